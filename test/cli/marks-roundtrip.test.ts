/**
 * Marks through real .xlsx files: mark, write, re-run (no stacking), clear, write again — every
 * cell's fill and note equal the original's, and the marked sheets are back byte for byte.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { defaultActionOptions } from '../../core/actions';
import { clearMarks, runChecks } from '../../core/actions/checks';
import { marksSheetName, severityFills } from '../../core/checks';
import type { ActionResult } from '../../core/output';
import { openWorkbookPackage, readWorkbookFile, writeResultWorkbook, type WorkbookPackage } from '../../cli/xlsx';
import { a1 } from '../../core/workbook';
import { workedExample } from '../core/checks/fixtures';
import { openPackage, part, sheetXml, tempDir } from './xlsx-helpers';

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

const states = (pkg: WorkbookPackage) => allCells().map(({ sheet, cell }) => ({ sheet, cell, ...pkg.cellState(sheet, cell) }));

/** One run as the CLI does it: read values, run the action with the package's cell states, write the result. */
async function run(input: string, name: string, action: (raw: Awaited<ReturnType<typeof readWorkbookFile>>['raw'], pkg: WorkbookPackage) => ActionResult): Promise<string> {
  const raw = (await readWorkbookFile(input)).raw;
  const pkg = await openWorkbookPackage(input);
  const result = action(raw, pkg);
  const file = path.join(dir, name);
  await writeResultWorkbook(pkg, file, result.sheets, result.marks?.apply ?? []);
  return file;
}

const check = (raw: Parameters<typeof runChecks>[0], pkg: WorkbookPackage) => runChecks(raw, { ...defaultActionOptions, cellState: (s, c) => pkg.cellState(s, c) });

test('mark, write, re-run, clear, write: every cell’s fill and note equal the original’s', async () => {
  const input = await inputFile();
  const original = states(await openWorkbookPackage(input));

  const marked = await run(input, 'marcado.xlsx', check);
  const markedPkg = await openWorkbookPackage(marked);
  expect(markedPkg.cellState('Reportado', 'E13')).toMatchObject({ fill: severityFills.error, note: expect.stringContaining('Participación por tipo de punto') });
  expect(markedPkg.cellState('Canales', 'C5')).toMatchObject({ fill: severityFills.info, note: expect.stringContaining('−73,8 %') });
  expect(markedPkg.cellState('Tipos de interacción', 'D3').fill).toBe(severityFills.warning);
  const workbook = await part(await openPackage(marked), 'xl/workbook.xml');
  expect(workbook).toMatch(new RegExp(`<sheet name="${marksSheetName}" sheetId="\\d+" state="hidden"`));
  expect(workbook).toContain('<sheet name="Hallazgos"');

  // A re-run on the marked file replaces its own marks: the cells look exactly as after one run.
  const afterOne = states(markedPkg);
  const rerun = await run(marked, 'marcado-2.xlsx', check);
  expect(states(await openWorkbookPackage(rerun))).toEqual(afterOne);

  // Clearing restores every original fill and note exactly.
  const cleared = await run(rerun, 'limpio.xlsx', (raw, pkg) => clearMarks(raw, { locale: 'es', cellState: (s, c) => pkg.cellState(s, c) }));
  expect(states(await openWorkbookPackage(cleared))).toEqual(original);
  // Values were never touched, and each marked sheet's part is back byte for byte.
  expect((await readWorkbookFile(cleared)).raw.sheets.filter((s) => !['Hallazgos', marksSheetName].includes(s.name))).toEqual((await readWorkbookFile(input)).raw.sheets);
  const [a, b] = await Promise.all([openPackage(input), openPackage(cleared)]);
  for (const s of workedExample().sheets) expect([s.name, (await sheetXml(b, s.name)).xml]).toEqual([s.name, (await sheetXml(a, s.name)).xml]);
});
