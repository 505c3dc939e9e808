/**
 * Writes examples/ejemplo-anm-2025.xlsx from the example data in examples/data/ (run: `npm run example`).
 * The workbook is committed; this script regenerates it.
 */
import ExcelJS from 'exceljs';
import path from 'node:path';
import { serviceExampleSheets, type ExampleSheet } from '../examples/data/service';
import { accountabilityExampleSheets } from '../examples/data/accountability';
import { reportExampleSheets } from '../examples/data/report';
import { pqrsdExampleSheets } from '../examples/data/pqrsd';

/** Writes the example sheets into a new workbook at `file`. */
export async function writeExampleWorkbook(file: string, sheets: readonly ExampleSheet[]): Promise<void> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cuentas Claras';
  // Fixed dates keep the file byte-stable across regenerations.
  book.created = book.modified = new Date(Date.UTC(2025, 2, 1));
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of s.rows) ws.addRow(row.map((v) => (v === undefined ? null : v)));
    ws.getRow(1).font = { bold: true };
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const [col, fmt] of Object.entries(s.formats ?? {})) {
      for (let r = 2; r <= s.rows.length; r++) ws.getCell(r, Number(col) + 1).numFmt = fmt;
    }
  }
  await book.xlsx.writeFile(file);
}

if (require.main === module) {
  const file = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');
  writeExampleWorkbook(file, [...reportExampleSheets, ...serviceExampleSheets, ...accountabilityExampleSheets, ...pqrsdExampleSheets]).then(
    () => console.log(`Escrito ${path.relative(process.cwd(), file)}`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
