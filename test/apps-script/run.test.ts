/** Running menu commands: the document lock, the time budget (stop before writing anything), bad options, the marks written once per band. */
import path from 'node:path';
import { lockWaitMs, overridesOfRun, runCommand, writeEstimateMs } from '../../apps-script/run';
import { bandRows, CellStates } from '../../apps-script/marks';
import { FakeGoogle } from './fakes';
import { menu, useServices } from '../../apps-script/main';
import { fakeWithWorkbook } from './load';

const example = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');
const writes = (google: FakeGoogle) => google.log.countMatching(/^Range\.set|^Spreadsheet\.(insertSheet|deleteSheet)|^Sheet\.(setName|hideSheet|setColumnWidth|setFrozenRows|insertChart)|^SlidesApp\.create/);

describe('a run on the example workbook', () => {
  test('reads each input sheet once and writes each output sheet once per property', async () => {
    const google = await fakeWithWorkbook(example);
    const sheets = google.spreadsheet.sheets.length;
    const report = runCommand(google, 'all');
    expect(report.ok).toBe(true);
    expect(google.log.count('Range.getValues')).toBe(sheets);
    const outputs = report.summary.length > 0 ? google.spreadsheet.sheets.length - sheets : 0;
    expect(outputs).toBeGreaterThanOrEqual(4);
    // One setValues per new sheet (the presentations record among them), plus one per chart block of the deck's helper sheet.
    const charts = google.log.count('EmbeddedChart.getAs');
    expect(google.log.count('Range.setValues')).toBe(outputs + charts);
    expect(google.log.count('Range.setNumberFormats')).toBe(outputs + charts);
    // Marks: one read and one write of fills and of notes per marked sheet (all small: one band each).
    expect(google.log.count('Range.getBackgrounds')).toBe(google.log.count('Range.getNotes'));
    expect(google.log.count('Range.setBackgrounds')).toBeLessThanOrEqual(google.log.count('Range.getBackgrounds') + outputs);
    expect(google.lock.acquisitions).toBe(1);
    expect(google.lock.held).toBe(false);
  });

  test('the panel overrides only what it sets; the rest is resolved as on the command line', () => {
    expect(overridesOfRun({})).toEqual({});
    expect(overridesOfRun({ month: '2025-02', cutoff: '2021-10-31', totalRule: 'etapas', locale: 'en' })).toEqual({ month: '2025-02', cutoff: '2021-10-31', totalRule: 'etapas', locale: 'en' });
    expect(overridesOfRun({ month: null, cutoff: '' })).toEqual({});
  });

  test('bad options from the sidebar are one Spanish sentence, and nothing is read or written', async () => {
    const google = await fakeWithWorkbook(example);
    const report = runCommand(google, 'deck', { month: 'febrero' });
    expect(report.ok).toBe(false);
    expect(report.error).toBe('El mes debe tener la forma AAAA-MM (por ejemplo 2025-02), no «febrero».');
    expect(google.log.count('Range.getValues')).toBe(0);
    expect(writes(google)).toBe(0);
    expect(runCommand(google, 'spaces', { cutoff: '31/10/2021' }).error).toMatch(/^La fecha de corte debe tener la forma AAAA-MM-DD/);
    expect(runCommand(google, 'selfDiagnosis', { totalRule: 'promedio' as never }).error).toMatch(/^La regla del total es/);
    expect(runCommand(google, 'nada').error).toBe('Orden desconocida: «nada».');
  });

  test('another run holding the document lock: the user is told to wait, nothing happens', async () => {
    const google = await fakeWithWorkbook(example, { lockAvailable: false });
    const report = runCommand(google, 'indicators');
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/^Otra ejecución de Cuentas Claras está escribiendo en este libro/);
    expect(google.log.calls).toEqual([]);
    expect(lockWaitMs).toBeGreaterThan(0);
  });

  test('an unexpected failure of the host is one sentence, never a stack trace, and the lock is released', async () => {
    const google = await fakeWithWorkbook(example);
    google.spreadsheet.getSheets = () => {
      throw new Error('Service Spreadsheets failed while accessing document.');
    };
    const report = runCommand(google, 'indicators');
    expect(report.error).toBe('Ocurrió un error inesperado y no se completó la acción: Service Spreadsheets failed while accessing document.');
    expect(report.error).not.toMatch(/\bat .+:\d+/);
    expect(google.lock.held).toBe(false);
  });
});

describe('the 6-minute limit', () => {
  test('a workbook whose writing would not fit stops before writing anything, saying what to do', async () => {
    // A slow backend: reading the example costs most of the budget, so writing cannot fit.
    const google = await fakeWithWorkbook(example, { cost: { callMs: 30_000, cellMs: 0 } });
    const report = runCommand(google, 'all');
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/^No alcanza el tiempo: .* no se escribió nada\. Ejecute las acciones una por una/);
    expect(writes(google)).toBe(0);
    expect(google.lock.held).toBe(false);
  });

  test('the same workbook on a normal backend fits', async () => {
    const google = await fakeWithWorkbook(example);
    expect(runCommand(google, 'all').ok).toBe(true);
    expect(google.clock.t - Date.UTC(2025, 2, 10, 15)).toBeLessThan(6 * 60_000);
  });

  test('the estimate grows with what is written', () => {
    const small = writeEstimateMs([{ name: 'A', rows: [[1]] }], [], null);
    const big = writeEstimateMs([{ name: 'A', rows: Array.from({ length: 10_000 }, () => [1, 2, 3, 4, 5]) }], [], null);
    expect(big).toBeGreaterThan(small);
  });
});

describe('marks on a 200,000-row log', () => {
  test('cell states are read and written in bands: a bounded number of calls', () => {
    const google = new FakeGoogle();
    const sheet = google.spreadsheet.addSheet('Interacciones');
    for (let r = 1; r <= 200_001; r++) sheet.cell(r, 1, true).value = r;
    const states = new CellStates(google.spreadsheet);
    const cells = ['A2', 'A3', 'A150000', 'A150001', 'A200001'];
    for (const cell of cells) expect(states.read('Interacciones', cell)).toEqual({ fill: null, note: null });
    // Three bands touched: rows 1–2000, 148001–150000 and 150001–152000, 198001–200001 → four.
    expect(google.log.count('Range.getBackgrounds')).toBe(4);
    states.apply(cells.map((cell) => ({ sheet: 'Interacciones', cell, fill: 'F4CCCC', note: 'Fecha no válida' })));
    expect(states.write()).toBe(4);
    expect(google.log.count('Range.setBackgrounds')).toBe(4);
    expect(google.log.count('Range.setNotes')).toBe(4);
    expect(sheet.cell(150000, 1).background).toBe('#f4cccc');
    expect(sheet.cell(150000, 1).note).toBe('Fecha no válida');
    expect(sheet.cell(150000, 1).value).toBe(150000);
    expect(bandRows).toBe(2000);
  });
});

describe('the menu items', () => {
  afterEach(() => useServices(null));

  test('an action from the menu ends with a toast of its summary', async () => {
    const google = await fakeWithWorkbook(example);
    useServices(google);
    menu('indicators');
    expect(google.spreadsheet.toasts).toHaveLength(1);
    expect(google.spreadsheet.toasts[0]).toContain("Febrero 2025: 7.730 interacciones (Telefónico 142, Presencial 1.371, Virtual 6.217).");
  });

  test('the deck from the menu opens a dialog with the presentation link', async () => {
    const google = await fakeWithWorkbook(example);
    useServices(google);
    menu('deck');
    const [presentation] = [...google.slides.presentations.values()];
    expect(google.ui.dialogs).toHaveLength(1);
    expect(google.ui.dialogs[0].html.getContent()).toContain(`href="${presentation.url}"`);
  });

  test('a failure from the menu is an alert with its sentence; «Abrir panel» opens Sidebar.html', async () => {
    const google = await fakeWithWorkbook(example, { lockAvailable: false });
    useServices(google);
    menu('checks');
    expect(google.ui.alerts[0]).toMatch(/^Otra ejecución de Cuentas Claras/);
    google.htmlFiles.set('Sidebar', '<p>panel</p>');
    menu('panel');
    expect(google.ui.sidebars.map((s) => [s.getContent(), s.title])).toEqual([['<p>panel</p>', 'Cuentas Claras']]);
  });
});

describe('number formats in Sheets', () => {
  test('the Colombian codes without Excel locale tags; strings in plain-text cells', async () => {
    const google = await fakeWithWorkbook(example);
    runCommand(google, 'indicators');
    const sheet = google.spreadsheet.sheet('Indicadores');
    const formats = new Set<string>();
    const textCells: unknown[] = [];
    for (const [, , cell] of sheet.entries()) {
      formats.add(cell.format);
      if (cell.format === '@') textCells.push(cell.value);
    }
    // Counts, percentages with their decimals (`0.0 %`, `0.00 %`…), text and Automatic: never a locale tag.
    for (const f of formats) expect(f).toMatch(/^(@|General|#,##0|#,##0\.0##|0(\.0+)? %|dd\/mm\/yyyy|mmmm yyyy)$/);
    expect(formats.has('0.0 %')).toBe(true);
    expect(formats.has('#,##0')).toBe(true);
    expect(textCells.every((v) => v === null || typeof v === 'string')).toBe(true);
    // A month label stays text: Sheets would otherwise take «2025-02» for a date.
    expect(textCells).toContain('2025-02');
  });
});

describe('native charts in the output sheets', () => {
  test('each chart the core specifies is a Sheets chart over the same ranges, at its anchor', async () => {
    const google = await fakeWithWorkbook(example);
    runCommand(google, 'all');
    const indicadores = google.spreadsheet.sheet('Indicadores');
    expect(indicadores.charts.length).toBeGreaterThanOrEqual(1);
    const chart = indicadores.charts[0];
    expect(chart.options.title).toEqual(expect.any(String));
    expect(chart.ranges.length).toBeGreaterThanOrEqual(2);
    // Categories then one range per series, all on the sheet's own cells.
    for (const range of chart.ranges) expect(range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
    const charted = ['Resultado autodiagnóstico', 'Línea base espacios'].map((name) => google.spreadsheet.sheet(name).charts.length);
    expect(charted.every((n) => n >= 1)).toBe(true);
  });
});

describe('a workbook the command cannot use (issue 8)', () => {
  test('the run fails with one sentence saying what was found and what to do, and writes nothing', () => {
    const google = new FakeGoogle();
    const sheet = google.spreadsheet.addSheet('Canal');
    [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 12]].forEach((row, r) => row.forEach((v, c) => (sheet.cell(r + 1, c + 1, true).value = v)));
    const report = runCommand(google, 'indicators');
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/^El libro no tiene la hoja «Canales» ni el registro «Interacciones».* ¿Es la hoja «Canal»\?/);
    expect(writes(google)).toBe(0);
  });
});
