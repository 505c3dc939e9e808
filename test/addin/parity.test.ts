/**
 * Host parity: the example workbook's cells loaded into the fake Excel, every ribbon action run
 * through the Excel port, and the output sheets compared cell by cell with what the command line
 * writes for the same workbook: same indicators, same findings at the same cells, same marks.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { menuEntries, menuEntry } from '../../core/actions/menu';
import { runMenuEntry } from '../../addin/excel/run';
import { a1 } from '../../core/workbook';
import { FakeExcelHost, cellsOf, sheetOf, type FakeBook } from './fake-excel';
import { fakeBookFromXlsx, readCliResult, type CliSheet } from './xlsx-fake';

const example = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');
const cutoff = '2021-10-31';
const bin = path.join(__dirname, '..', '..', 'bin', 'cuentas-claras.js');

/** The real command (built by `npm test`'s pretest), on the example file; `at` null: the default cut-off. */
async function cliResult(command: string, at: string | null = cutoff): Promise<Map<string, CliSheet>> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-parity-'));
  const run = spawnSync(process.execPath, [bin, command, example, '--out', out, ...(at ? ['--fecha-corte', at] : [])], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return readCliResult(fs.readFileSync(path.join(out, 'ejemplo-anm-2025-resultado.xlsx')));
}

/** Every difference between a CLI sheet and the fake's sheet of the same name, as readable lines. */
function differences(cli: CliSheet, book: FakeBook): string[] {
  const diffs: string[] = [];
  const sheet = book.sheets.find((s) => s.name === cli.name);
  if (!sheet) return [`${cli.name}: missing in Excel`];
  if ((sheet.visibility !== 'Visible') !== cli.hidden) diffs.push(`${cli.name}: hidden ${sheet.visibility} vs ${cli.hidden}`);
  const excelCells = new Map(cellsOf(sheet).map(([r, c, cell]) => [a1(r, c), cell]));
  for (const [address, want] of cli.cells) {
    const got = excelCells.get(address);
    const at = `${cli.name}!${address}`;
    if (got?.value !== want.value && !(typeof want.value === 'number' && typeof got?.value === 'number' && Math.abs(want.value - got.value) < 1e-9)) diffs.push(`${at}: value ${JSON.stringify(got?.value)} vs ${JSON.stringify(want.value)}`);
    if (typeof want.value === 'number' && (got?.format ?? 'General') !== want.format) diffs.push(`${at}: format ${got?.format} vs ${want.format}`);
    if (typeof want.value === 'string' && got?.format !== undefined && got.format !== '@' && got.format !== want.format) diffs.push(`${at}: text cell format ${got.format}`);
    if (!!got?.bold !== want.bold && want.value !== undefined) diffs.push(`${at}: bold ${!!got?.bold} vs ${want.bold}`);
    if (!!got?.wrap !== want.wrap && want.value !== undefined) diffs.push(`${at}: wrap ${!!got?.wrap} vs ${want.wrap}`);
    if ((got?.fill ?? undefined) !== want.fill) diffs.push(`${at}: fill ${got?.fill} vs ${want.fill}`);
    if ((got?.note ?? undefined) !== want.note) diffs.push(`${at}: note ${JSON.stringify(got?.note)} vs ${JSON.stringify(want.note)}`);
    if (got?.formula || got?.coerced) diffs.push(`${at}: text taken as ${got.formula ? 'a formula' : 'a number or date'}`);
  }
  for (const [address, got] of excelCells) {
    if (got.value !== undefined && !cli.cells.has(address)) diffs.push(`${cli.name}!${address}: extra value ${JSON.stringify(got.value)}`);
    if (got.fill && !cli.cells.has(address)) diffs.push(`${cli.name}!${address}: extra fill ${got.fill}`);
    if (got.note !== undefined && !cli.cells.has(address)) diffs.push(`${cli.name}!${address}: extra note`);
  }
  for (const [address, location] of cli.links) {
    const got = excelCells.get(address)?.link?.documentReference;
    if (got !== location) diffs.push(`${cli.name}!${address}: link ${got} vs ${location}`);
  }
  if (sheet.frozenRows !== cli.frozenRows) diffs.push(`${cli.name}: frozen rows ${sheet.frozenRows} vs ${cli.frozenRows}`);
  const titles = sheet.charts.map((c) => c.title).sort();
  if (JSON.stringify(titles) !== JSON.stringify([...cli.chartTitles].sort())) diffs.push(`${cli.name}: charts ${JSON.stringify(titles)} vs ${JSON.stringify(cli.chartTitles)}`);
  return diffs;
}

const ribbonCommands = menuEntries.filter((e) => e.run.kind === 'command') as { id: string; run: { kind: 'command'; command: string } }[];

describe('host parity with the command line on the example workbook', () => {
  it.each(ribbonCommands.map((e) => [e.id, e.run.command]))('%s writes what `cuentas-claras %s` writes', async (id, command) => {
    const [cli, book] = await Promise.all([cliResult(command), fakeBookFromXlsx(fs.readFileSync(example))]);
    const host = new FakeExcelHost(book);
    const outcome = await runMenuEntry(host, menuEntry(id)!, { cutoff });
    const diffs = [...cli.values()].flatMap((sheet) => differences(sheet, book));
    expect(diffs).toEqual([]);
    // No sheet the CLI did not write either.
    expect(book.sheets.map((s) => s.name).sort()).toEqual([...cli.keys()].sort());
    expect(outcome.summary.length).toBeGreaterThan(0);
    if (command === 'diapositivas' || command === 'todo') expect(outcome.deck?.slides.length).toBeGreaterThan(3);
  });

  it('Vencimientos PQRSD at the default cut-off (the report month’s last day) writes the overdue list and the timeliness chart as the command line', async () => {
    const [cli, book] = await Promise.all([cliResult('pqrsd', null), fakeBookFromXlsx(fs.readFileSync(example))]);
    const outcome = await runMenuEntry(new FakeExcelHost(book), menuEntry('pqrsd')!, {});
    expect([...cli.values()].flatMap((sheet) => differences(sheet, book))).toEqual([]);
    expect(book.sheets.map((s) => s.name).sort()).toEqual([...cli.keys()].sort());
    const sheet = sheetOf(book, 'Resultado PQRSD');
    expect(sheet.charts.map((c) => c.title)).toEqual(['Oportunidad de respuesta por mes']);
    // The cut-off cell and the overdue list are there: requests to act on, with their due dates.
    const values = cellsOf(sheet).map(([, , c]) => c.value);
    expect(values).toContain('Vencida');
    expect(values).toContain('Por vencer');
    expect(outcome.summary[0]).toMatch(/^PQRSD al 28\/02\/2025: /);
  });

  it('Borrar marcas gives every marked cell its fill and note back, values untouched', async () => {
    const original = await fakeBookFromXlsx(fs.readFileSync(example));
    const book = await fakeBookFromXlsx(fs.readFileSync(example));
    const host = new FakeExcelHost(book);
    await runMenuEntry(host, menuEntry('checks')!, { cutoff });
    const marked = cellsOf(sheetOf(book, 'Canales')).filter(([, , c]) => c.fill);
    expect(marked.length).toBeGreaterThan(0);
    const outcome = await runMenuEntry(host, menuEntry('clearMarks')!, { cutoff });
    expect(outcome.summary.join(' ')).toMatch(/Marcas quitadas de \d+ celdas/);
    for (const sheet of original.sheets) {
      const after = new Map(cellsOf(sheetOf(book, sheet.name)).map(([r, c, cell]) => [a1(r, c), cell]));
      for (const [r, c, cell] of cellsOf(sheet)) {
        const now = after.get(a1(r, c));
        expect([sheet.name, a1(r, c), now?.value, now?.fill, now?.note]).toEqual([sheet.name, a1(r, c), cell.value, cell.fill, cell.note]);
      }
    }
    expect(sheetOf(book, '_cc_marcas').visibility).toBe('Hidden');
  });
});
