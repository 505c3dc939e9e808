/**
 * Marks through real .xlsx files: mark, write, re-run (no stacking), clear, write again — the fills and
 * notes of every cell equal the original's.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultActionOptions } from '../../core/actions';
import { clearMarks, runChecks } from '../../core/actions/checks';
import { marksSheetName, severityFills } from '../../core/checks';
import type { ActionResult } from '../../core/output';
import { applyCellMarks, applyOutputSheets, readCellMarks, readWorkbookFile, writeWorkbookAtomically, type XlsxBook } from '../../cli/xlsx';
import { a1 } from '../../core/workbook';
import { workedExample } from '../core/checks/fixtures';
import { tempDir } from './xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** The worked example as an .xlsx a coordinator might have: some cells already coloured and annotated. */
async function inputFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workedExample().sheets) {
    const ws = book.addWorksheet(sheet.name);
    for (const row of sheet.values) ws.addRow(row.map((v) => (v === undefined ? null : v)));
  }
  const reportado = book.getWorksheet('Reportado')!;
  reportado.getCell('E13').fill = solid('FFFFFF00'); // an offending cell, already yellow with a note
  reportado.getCell('E13').note = 'Cifra de la diapositiva 5';
  reportado.getCell('E2').fill = solid('FFC6EFCE'); // a clean cell with a fill
  book.getWorksheet('Canales')!.getCell('C5').note = 'dato del conmutador';
  const file = path.join(dir, 'entrada.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

/** Every cell of the input sheets' used ranges, and one row and column beyond. */
function allCells(): { sheet: string; cell: string }[] {
  return workedExample().sheets.flatMap((s) => {
    const width = Math.max(...s.values.map((r) => r.length));
    const cells: { sheet: string; cell: string }[] = [];
    for (let r = 0; r <= s.values.length; r++) for (let c = 0; c <= width; c++) cells.push({ sheet: s.name, cell: a1(r, c) });
    return cells;
  });
}

const cellState = (xb: XlsxBook) => (sheet: string, cell: string) => readCellMarks(xb, [{ sheet, cell }])[0];

async function write(xb: XlsxBook, result: ActionResult, name: string): Promise<XlsxBook> {
  applyOutputSheets(xb, result.sheets);
  applyCellMarks(xb, result.marks?.apply ?? []);
  const file = path.join(dir, name);
  await writeWorkbookAtomically(xb, file);
  return readWorkbookFile(file);
}

test('mark, write, re-run, clear, write: every cell’s fill and note equal the original’s', async () => {
  const input = await readWorkbookFile(await inputFile());
  const original = readCellMarks(input, allCells());

  const marked = await write(input, runChecks(input.raw, { ...defaultActionOptions, cellState: cellState(input) }), 'marcado.xlsx');
  const [e13, c5, d3] = readCellMarks(marked, [
    { sheet: 'Reportado', cell: 'E13' },
    { sheet: 'Canales', cell: 'C5' },
    { sheet: 'Tipos de interacción', cell: 'D3' },
  ]);
  expect(e13).toMatchObject({ fill: severityFills.error, note: expect.stringContaining('Participación por tipo de punto') });
  expect(c5).toMatchObject({ fill: severityFills.info, note: expect.stringContaining('−73,8 %') });
  expect(d3.fill).toBe(severityFills.warning);
  expect(marked.book.getWorksheet(marksSheetName)!.state).toBe('hidden');
  expect(marked.book.getWorksheet('Hallazgos')).toBeDefined();

  // A re-run on the marked file replaces its own marks: the cells look exactly as after one run.
  const afterOne = readCellMarks(marked, allCells());
  const rerun = await write(marked, runChecks(marked.raw, { ...defaultActionOptions, cellState: cellState(marked) }), 'marcado-2.xlsx');
  expect(readCellMarks(rerun, allCells())).toEqual(afterOne);

  // Clearing restores every original fill and note exactly.
  const cleared = await write(rerun, clearMarks(rerun.raw, { locale: 'es', cellState: cellState(rerun) }), 'limpio.xlsx');
  expect(readCellMarks(cleared, allCells())).toEqual(original);
  // Values were never touched.
  for (const s of workedExample().sheets) expect(cleared.raw.sheets.find((x) => x.name === s.name)!.values).toEqual(input.raw.sheets.find((x) => x.name === s.name)!.values);
});
