/**
 * Writes examples/ejemplo-anm-2025.xlsx from the example data in examples/data/ (run: `npm run example`).
 * The workbook is committed; this script regenerates it with the tool's own writer, from scratch.
 */
import path from 'node:path';
import { serviceExampleSheets, type ExampleSheet } from '../examples/data/service';
import { accountabilityExampleSheets } from '../examples/data/accountability';
import { reportExampleSheets } from '../examples/data/report';
import { pqrsdExampleSheets } from '../examples/data/pqrsd';
import { writeNewWorkbook, type SheetModel } from '../cli/xlsx/writer';

/** An example sheet as the writer lays it out: bold frozen header, its widths and per-column formats. */
export function exampleSheetModel(sheet: ExampleSheet): SheetModel {
  return {
    name: sheet.name,
    rows: sheet.rows.map((row, r) =>
      row.map((v, c) => {
        const value = v === undefined ? null : v;
        if (r === 0) return value === null ? null : { value, look: { bold: true } };
        const numFmt = sheet.formats?.[c];
        if (value === null && !numFmt) return null;
        return { value, look: numFmt ? { numFmt } : undefined };
      }),
    ),
    columnWidths: sheet.widths,
    freezeRows: 1,
  };
}

/** Writes the example sheets into a new workbook at `file`. */
export async function writeExampleWorkbook(file: string, sheets: readonly ExampleSheet[]): Promise<void> {
  // A fixed date keeps the file byte-stable across regenerations.
  await writeNewWorkbook(file, sheets.map(exampleSheetModel), new Date(Date.UTC(2025, 2, 1)));
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
