/** The `revisar` action: registry entry, sheets, file, summary, marks with a host's cell state, clearing marks. */
import { actions, defaultActionOptions } from '../../../core/actions';
import { accountabilityFindings, checksAction, checksMarks, clearMarks, runChecks } from '../../../core/actions/checks';
import { marksSheetName, markTargets, readMarkRecord, severityFills, type CellState } from '../../../core/checks';
import { cellObject, type CellMark, type OutputSheet } from '../../../core/output';
import type { RawWorkbook } from '../../../core/workbook';
import { copyBook, withCell, workedExample } from '../checks/fixtures';

/** A host: cell states, and output sheets written back into the raw workbook as a host would. */
class FakeHost {
  readonly cells = new Map<string, CellState>();
  constructor(public workbook: RawWorkbook) {}
  read = (sheet: string, cell: string): CellState => ({ ...(this.cells.get(`${sheet}!${cell}`) ?? { fill: null, note: null }) });
  applyMarks(marks: readonly CellMark[]): void {
    for (const m of marks) this.cells.set(`${m.sheet}!${m.cell}`, { fill: m.fill, note: m.note });
  }
  writeSheets(sheets: readonly OutputSheet[]): void {
    const wb = copyBook(this.workbook);
    for (const s of sheets) {
      const values = s.rows.map((r) => r.map((c) => cellObject(c).value as string | number | null));
      const i = wb.sheets.findIndex((x) => x.name === s.name);
      if (i >= 0) wb.sheets[i] = { name: s.name, values };
      else wb.sheets.push({ name: s.name, values });
    }
    this.workbook = wb;
  }
  run(options = {}) {
    const result = runChecks(this.workbook, { ...defaultActionOptions, cellState: this.read, ...options });
    this.writeSheets(result.sheets);
    this.applyMarks(result.marks!.apply);
    return result;
  }
}

test('the registry has the action right after the indicators, as `revisar`', () => {
  expect(actions.map((a) => a.id).slice(0, 2)).toEqual(['indicators', 'checks']);
  expect(checksAction).toMatchObject({ command: 'revisar', title: { es: 'Revisar consistencia' } });
});

describe('without a cell state', () => {
  const result = checksAction.run(workedExample(), defaultActionOptions);

  test('the Hallazgos sheet, the JSON file and the summary; findings sorted', () => {
    expect(result.sheets.map((s) => s.name)).toEqual(['Hallazgos']);
    expect(result.files).toEqual([{ suffix: 'hallazgos.json', json: expect.objectContaining({ summary: { error: 2, warning: 2, info: 3 } }) }]);
    expect(result.findings.map((f) => f.severity)).toEqual(['error', 'error', 'warning', 'warning', 'info', 'info', 'info']);
    expect(result.summary[0]).toBe('Revisión de consistencia: 2 errores, 2 advertencias, 3 de información.');
  });

  test('no marks are planned (and no record sheet replaces a previous one)', () => {
    expect(result.marks).toBeUndefined();
  });

  test('English', () => {
    const en = checksAction.run(workedExample(), { ...defaultActionOptions, locale: 'en' });
    expect(en.sheets[0].name).toBe('Findings');
    expect(en.summary[0]).toBe('Consistency check: 2 errors, 2 warnings, 3 info.');
  });
});

describe('marks', () => {
  test('the offending cells get the severity fill and the message; the record is a hidden sheet', () => {
    const host = new FakeHost(workedExample());
    host.cells.set('Reportado!E13', { fill: 'FFFF00', note: 'revisado por Ana' });
    const result = host.run();
    const record = result.sheets.find((s) => s.name === marksSheetName)!;
    expect(record.hidden).toBe(true);
    expect(host.read('Reportado', 'E13')).toEqual({ fill: severityFills.error, note: result.findings[0].message });
    expect(host.read('Tipos de interacción', 'D3').fill).toBe(severityFills.warning);
    expect(host.read('Canales', 'C5').fill).toBe(severityFills.info);
    expect(readMarkRecord(host.workbook).find((e) => e.cell === 'E13')!.original).toEqual({ fill: 'FFFF00', note: 'revisado por Ana' });
    expect(result.summary.at(-1)).toBe('Celdas marcadas en las hojas de datos: 9.');
  });

  test('a re-run after a fix restores the fixed cell first, and the rest is not stacked', () => {
    const host = new FakeHost(workedExample());
    host.cells.set('Reportado!E13', { fill: 'FFFF00', note: 'revisado por Ana' });
    host.run();
    const once = new Map(host.cells);
    host.run();
    expect(host.cells).toEqual(once);

    host.workbook = withCell(host.workbook, 'Reportado', 'E13', '82%'); // fixed
    const result = host.run();
    expect(result.marks!.apply[0]).toEqual({ sheet: 'Reportado', cell: 'E13', fill: 'FFFF00', note: 'revisado por Ana' });
    expect(host.read('Reportado', 'E13')).toEqual({ fill: 'FFFF00', note: 'revisado por Ana' });
  });

  test('clear marks gives every cell its original fill and note back, and empties the record', () => {
    const host = new FakeHost(workedExample());
    host.cells.set('Canales!C5', { fill: 'C6EFCE', note: null });
    const original = new Map(host.cells);
    host.run();
    const cleared = clearMarks(host.workbook, { locale: 'es', cellState: host.read });
    host.applyMarks(cleared.marks!.apply);
    host.writeSheets(cleared.sheets);
    const marked = [...host.cells].filter(([, s]) => s.fill !== null || s.note !== null);
    expect(new Map(marked)).toEqual(original);
    expect(readMarkRecord(host.workbook)).toEqual([]);
    expect(cleared.summary).toEqual(['Marcas quitadas de 9 celdas.']);
    expect(clearMarks(host.workbook, { locale: 'es' }).summary).toEqual(['No había marcas que quitar.']);
  });

  test('the two-step API for asynchronous hosts gives the same marks', () => {
    const wb = workedExample();
    const host = new FakeHost(wb);
    const result = checksAction.run(wb, defaultActionOptions);
    const targets = markTargets(result.findings, readMarkRecord(wb));
    const states = new Map(targets.map((t) => [`${t.sheet}!${t.cell}`, host.read(t.sheet, t.cell)]));
    const twoStep = checksMarks(wb, result.findings, (s, c) => states.get(`${s}!${c}`)!);
    expect(twoStep.marks).toEqual(runChecks(wb, { ...defaultActionOptions, cellState: host.read }).marks);
  });
});

describe('accountability findings', () => {
  test('are reported for the accountability sheets the workbook has, apart from the consistency check', () => {
    const wb = copyBook(workedExample());
    wb.sheets.push({
      name: 'Espacios RdC',
      values: [
        ['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'],
        [1, 'Audiencia pública', 'Boyaca', 'Sogamoso', 'Realizada', '15/04/2021'],
        [2, 'Audiencia pública', 'Cundinamarka', 'Bogotá', 'Realizada', '31/02/2021'],
      ],
    });
    const codes = accountabilityFindings(wb, { locale: 'es', cutoff: '2021-10-31' }).map((f) => `${f.code}|${f.sheet}`);
    expect(codes).toContain('unknown-department|Espacios RdC');
    expect(codes).toContain('invalid-date|Espacios RdC');
    // The month's report (revisar) is about the service sheets: none of these are its findings (issue 8).
    const checks = runChecks(wb, { ...defaultActionOptions, cutoff: '2021-10-31' }).findings;
    expect(checks.filter((f) => f.sheet === 'Espacios RdC')).toEqual([]);
    expect(checks.map((f) => f.code).sort()).toEqual(runChecks(workedExample(), defaultActionOptions).findings.map((f) => f.code).sort());
  });

  test('absent accountability sheets are not findings of the consistency check', () => {
    expect(accountabilityFindings(workedExample(), { locale: 'es', cutoff: '2025-03-01' })).toEqual([]);
  });
});
