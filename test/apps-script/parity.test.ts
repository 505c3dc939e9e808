/**
 * Host parity: the example workbook's cells loaded into the Sheets fake, every menu action run, and
 * the output sheets compared cell by cell with what the command line writes for the same workbook
 * (number formats aside: Sheets has no locale tags). The marks on the input cells are compared too.
 */
import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { plainValue } from '../support/exceljs-reading';
import { openWorkbookPackage, type WorkbookPackage } from '../../cli/xlsx';
import { runCommand } from '../../apps-script/run';
import { calendarDates } from '../../apps-script/read';
import { presentationsSheetName } from '../../apps-script/presentations';
import { menuEntries } from '../../core/actions/menu';
import { actions } from '../../core/actions';
import { marksSheetName } from '../../core/checks';
import { a1 } from '../../core/workbook';
import { accountabilitySheets } from '../../core/accountability';
import { FakeGoogle, FakeUtilities, CallLog, type FakeSheet } from './fakes';
import { fakeWithWorkbook, readXlsx } from './load';
import { xlsxCharts } from '../support/xlsx-charts';

const example = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');

type Cell = string | number | boolean | Date | null;

const bin = path.join(__dirname, '..', '..', 'bin', 'cuentas-claras.js');

/** The built command line (`npm test` builds first), as a user runs it. */
function cli(args: string[]): void {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
}

/** Runs a command on a copy of the example (asynchronously, so the runs overlap) and reads the result workbook. */
function runCli(command: string): Promise<{ book: ExcelJS.Workbook; pkg: WorkbookPackage; file: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-parity-'));
  const file = path.join(dir, 'ejemplo-anm-2025.xlsx');
  fs.copyFileSync(example, file);
  const out = path.join(dir, 'salida');
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [bin, command, file, '--out', out], (error, _stdout, stderr) => {
      if (error || stderr) reject(new Error(`cuentas-claras ${command}: ${stderr || error}`));
      else {
        const result = path.join(out, 'ejemplo-anm-2025-resultado.xlsx');
        Promise.all([readXlsx(result), openWorkbookPackage(result)]).then(([book, pkg]) => resolve({ book, pkg, file: result }), reject);
      }
    }),
  );
}

/** A sheet's used range from A1 as values (exceljs side). */
function xlsxGrid(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = plainValue(cell.value);
      if (v === null || v === undefined) return;
      (rows[r - 1] ??= [])[c - 1] = v;
    });
  });
  return normalize(rows);
}

/** A fake sheet's values, dates back to calendar dates (as the Sheets port reads them). */
function fakeGrid(sheet: FakeSheet): Cell[][] {
  const toCalendar = calendarDates(new FakeUtilities(new CallLog()), sheet.book.timeZone);
  return normalize(sheet.grid().map((row) => row.map((v) => (v === '' ? null : v instanceof Date ? toCalendar(v) : v))));
}

function normalize(rows: Cell[][]): Cell[][] {
  let width = 0;
  for (let r = 0; r < rows.length; r++) width = Math.max(width, rows[r]?.length ?? 0);
  const out: Cell[][] = [];
  for (let r = 0; r < rows.length; r++) out.push(Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
  while (out.length && out[out.length - 1].every((v) => v === null)) out.pop();
  return out;
}

/** Cell-by-cell comparison; numbers to 12 significant digits (the .xlsx writer keeps Excel's 15). */
function expectSameCells(sheet: string, actual: Cell[][], expected: Cell[][]): void {
  expect({ sheet, rows: actual.length, cols: actual[0]?.length ?? 0 }).toEqual({ sheet, rows: expected.length, cols: expected[0]?.length ?? 0 });
  expected.forEach((row, r) =>
    row.forEach((want, c) => {
      const got = actual[r][c];
      const where = `${sheet}!R${r + 1}C${c + 1}`;
      if (typeof want === 'number' && typeof got === 'number') expect({ where, v: Number(got.toPrecision(12)) }).toEqual({ where, v: Number(want.toPrecision(12)) });
      else if (want instanceof Date) expect({ where, v: got instanceof Date ? got.toISOString() : got }).toEqual({ where, v: want.toISOString() });
      else expect({ where, v: got }).toEqual({ where, v: want });
    }),
  );
}

/** Fill and note of every input cell that has either, as `sheet!A1`, read as the command line reads them. */
function xlsxMarks(book: ExcelJS.Workbook, pkg: WorkbookPackage, sheets: readonly string[]): Map<string, { fill: string | null; note: string | null }> {
  const out = new Map<string, { fill: string | null; note: string | null }>();
  for (const name of sheets) {
    const ws = book.getWorksheet(name)!;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const { fill, note } = pkg.cellState(name, cell.address);
        if ((fill && fill !== 'FFFFFF') || note) out.set(`${name}!${cell.address}`, { fill: fill === 'FFFFFF' ? null : fill, note: note || null });
      }),
    );
  }
  return out;
}

function fakeMarks(google: FakeGoogle, sheets: readonly string[]): Map<string, { fill: string | null; note: string | null }> {
  const out = new Map<string, { fill: string | null; note: string | null }>();
  for (const name of sheets) {
    const sheet = google.spreadsheet.sheet(name);
    for (const [r, c, cell] of sheet.entries()) {
      if (!cell.background && !cell.note) continue;
      out.set(`${name}!${a1(r - 1, c - 1)}`, { fill: cell.background ? cell.background.slice(1).toUpperCase() : null, note: cell.note || null });
    }
  }
  return out;
}

const googleOnly = new Set([presentationsSheetName]);

describe('host parity with the command line on the example workbook', () => {
  /** [menu entry, command-line command] of every entry that runs actions. */
  const commands = menuEntries.flatMap((e) => (e.run.kind === 'command' ? [[e.id, e.run.command] as const] : []));
  let inputNames: string[];
  const cliResults = new Map<string, Promise<{ book: ExcelJS.Workbook; pkg: WorkbookPackage; file: string }>>();
  beforeAll(async () => {
    // Started together: the command line runs overlap with the comparisons.
    for (const [, command] of commands) cliResults.set(command, runCli(command));
    for (const p of cliResults.values()) p.catch(() => undefined);
    inputNames = (await readXlsx(example)).worksheets.map((w) => w.name);
  });

  test('every action of the core registry is a menu command', () => {
    expect(commands.map(([, c]) => c)).toEqual(expect.arrayContaining([...actions.map((a) => a.command), 'todo']));
  });

  test.each(commands)('menu «%s» = command line «%s»: same output sheets, same cells, same marks', async (entry, command) => {
    const { book: cli, pkg, file } = await cliResults.get(command)!;
    const google = await fakeWithWorkbook(example);
    const report = runCommand(google, entry);
    expect(report.error).toBeNull();
    expect(report.ok).toBe(true);

    const cliOutputs = cli.worksheets.map((w) => w.name).filter((n) => !inputNames.includes(n));
    const fakeOutputs = google.spreadsheet.sheets.map((s) => s.name).filter((n) => !inputNames.includes(n) && !googleOnly.has(n));
    expect(fakeOutputs).toEqual(cliOutputs);
    expect(cliOutputs.length).toBeGreaterThan(0);
    for (const name of cliOutputs) {
      expectSameCells(name, fakeGrid(google.spreadsheet.sheet(name)), xlsxGrid(cli.getWorksheet(name)!));
      expect({ name, hidden: google.spreadsheet.sheet(name).hidden }).toEqual({ name, hidden: cli.getWorksheet(name)!.state !== 'visible' });
      // The same charts, over the same cells.
      const charts = google.spreadsheet.sheet(name).charts.map((c) => ({ title: (c.options.title as string | undefined) ?? null, ranges: [...new Set(c.ranges)] }));
      expect({ name, charts }).toEqual({ name, charts: await xlsxCharts(fs.readFileSync(file), name) });
    }
    if (command === 'pqrsd') expect(google.spreadsheet.sheet('Resultado PQRSD').charts.map((c) => c.options.title)).toEqual(['Oportunidad de respuesta por mes']);
    // Input sheets keep their values, and carry the same marks.
    for (const name of inputNames) expectSameCells(name, fakeGrid(google.spreadsheet.sheet(name)), xlsxGrid(cli.getWorksheet(name)!));
    expect(Object.fromEntries(fakeMarks(google, inputNames))).toEqual(Object.fromEntries(xlsxMarks(cli, pkg, inputNames)));
    // Every finding's cell is a link to that cell's sheet.
    const findings = google.spreadsheet.sheets.find((s) => s.name === 'Hallazgos');
    if (findings) {
      const links = [...findings.entries()].filter(([, , cell]) => cell.link).map(([, , cell]) => cell.link!);
      // Hallazgos lists the month's report's findings; the accountability sheets' are in their own result sheets (issue 8).
      const accountability = new Set(accountabilitySheets.map((sheet) => sheet.name.es));
      expect(links.length).toBe(report.findings.filter((f) => f.sheet && f.cell && !accountability.has(f.sheet)).length);
      const canales = google.spreadsheet.sheet('Canales').getSheetId();
      expect(links.some((l) => l.startsWith(`#gid=${canales}&range=`)) || !report.findings.some((f) => f.sheet === 'Canales')).toBe(true);
    }
    // No string was ever taken for a formula.
    for (const sheet of google.spreadsheet.sheets) for (const [, , cell] of sheet.entries()) expect(cell.formula).toBeUndefined();
  });

  test('«Borrar marcas» after «Revisar consistencia» restores every marked cell and empties the record', async () => {
    const google = await fakeWithWorkbook(example);
    const before = fakeMarks(google, inputNames);
    const checked = runCommand(google, 'checks');
    expect(checked.ok).toBe(true);
    expect(fakeMarks(google, inputNames).size).toBeGreaterThan(before.size);
    const cleared = runCommand(google, 'clearMarks');
    expect(cleared.ok).toBe(true);
    expect(Object.fromEntries(fakeMarks(google, inputNames))).toEqual(Object.fromEntries(before));
    expect(fakeGrid(google.spreadsheet.sheet(marksSheetName))).toEqual([['Hoja', 'Celda', 'Relleno original', 'Nota original', 'Relleno marca', 'Nota marca']]);
    expect(cleared.summary[0]).toMatch(/^Marcas quitadas de \d+ celdas\.$/);
  });

  test('re-running «Revisar consistencia» replaces its marks instead of stacking them', async () => {
    const google = await fakeWithWorkbook(example);
    runCommand(google, 'checks');
    const once = fakeMarks(google, inputNames);
    const sheetsOnce = google.spreadsheet.sheets.map((s) => s.name);
    runCommand(google, 'checks');
    expect(Object.fromEntries(fakeMarks(google, inputNames))).toEqual(Object.fromEntries(once));
    expect(google.spreadsheet.sheets.map((s) => s.name)).toEqual(sheetsOnce);
  });

  test('«Insertar plantilla» on an empty spreadsheet adds the input sheets of the command line template, cell for cell', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-parity-'));
    const file = path.join(dir, 'plantilla.xlsx');
    cli(['plantilla', file]);
    const template = await readXlsx(file);
    const google = new FakeGoogle();
    google.spreadsheet.addSheet('Hoja 1');
    const report = runCommand(google, 'template');
    expect(report.ok).toBe(true);
    // The command line's template file also has an instructions sheet; inserting adds the input sheets.
    const cliSheets = template.worksheets.map((w) => w.name).filter((n) => !n.startsWith('_cc_') && n !== 'Instrucciones');
    expect(google.spreadsheet.sheets.map((s) => s.name)).toEqual(['Hoja 1', ...cliSheets]);
    for (const name of cliSheets) expectSameCells(name, fakeGrid(google.spreadsheet.sheet(name)), xlsxGrid(template.getWorksheet(name)!));
    // Drop-down lists on the first data row of Canales' Canal column.
    const canales = google.spreadsheet.sheet('Canales');
    const header = fakeGrid(canales)[0];
    const validation = canales.cell(2, header.indexOf('Canal') + 1).validation as { values: string[] } | undefined;
    expect(validation?.values).toEqual(['Telefónico', 'Presencial', 'Virtual']);
    // A second run adds nothing and touches nothing.
    const writes = () => google.log.countMatching(/^Range\.set|^Spreadsheet\.(insertSheet|deleteSheet)|^Sheet\.(setName|hideSheet)/);
    const before = writes();
    expect(runCommand(google, 'template').summary[0]).toMatch(/^El libro ya tiene todas las hojas de datos; no se agregó ninguna\.$/);
    expect(writes()).toBe(before);
  });
});
