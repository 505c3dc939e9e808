/** The Sheets port's reading: each sheet read once, the same raw values as the .xlsx port, dates as calendar dates, evidence. */
import path from 'node:path';
import { readWorkbookFile } from '../../cli/xlsx';
import { startBudget, OutOfTimeError } from '../../apps-script/budget';
import { calendarDates, maxCellsPerRead, readWorkbook, sheetsFormatKind } from '../../apps-script/read';
import { FakeGoogle, FakeUtilities, CallLog } from './fakes';
import { fakeWithWorkbook } from './load';

const example = path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx');

const context = (google: FakeGoogle, limitMs?: number) => ({
  utilities: google.Utilities,
  timeZone: google.spreadsheet.timeZone,
  budget: startBudget(google.now, 'es', limitMs),
  locale: 'es' as const,
});

describe('reading the example workbook through the Sheets port', () => {
  let google: FakeGoogle;
  let raw: Awaited<ReturnType<typeof readWorkbookFile>>['raw'];
  beforeAll(async () => {
    google = await fakeWithWorkbook(example);
    raw = (await readWorkbookFile(example)).raw;
  });

  test('one getValues, one getNumberFormats and one getMergedRanges per sheet', () => {
    google.log.calls.length = 0;
    const { workbook } = readWorkbook(google.spreadsheet, context(google));
    const sheets = workbook.sheets.length;
    expect(sheets).toBe(raw.sheets.length);
    expect(google.log.count('Range.getValues')).toBe(sheets);
    expect(google.log.count('Range.getNumberFormats')).toBe(sheets);
    expect(google.log.count('Range.getMergedRanges')).toBe(sheets);
    // Nothing is written while reading.
    expect(google.log.countMatching(/^Range\.set|insertSheet|deleteSheet/)).toBe(0);
  });

  test('gives the same values as the .xlsx port, dates as calendar dates', () => {
    const { workbook } = readWorkbook(google.spreadsheet, context(google));
    expect(workbook.sheets.map((s) => s.name)).toEqual(raw.sheets.map((s) => s.name));
    // The .xlsx port gives a date cell as its serial number and a 'date' format (as Office.js does);
    // Sheets gives a Date. Both are the same calendar date.
    const calendar = (sheet: (typeof raw.sheets)[number]) =>
      sheet.values.map((row, r) => row.map((v, c) => (typeof v === 'number' && sheet.formatOf?.(r, c) === 'date' ? new Date(Date.UTC(1899, 11, 30) + v * 86400000) : v)));
    workbook.sheets.forEach((sheet, i) => {
      expect(sheet.values).toEqual(calendar(raw.sheets[i]));
    });
    expect(workbook.dateSystem).toBe('1900');
  });

  test('carries the cell evidence: format kinds, no pending formulas, merges', () => {
    const { workbook } = readWorkbook(google.spreadsheet, context(google));
    const canales = workbook.sheets.find((s) => s.name === 'Canales')!;
    expect(canales.pendingFormulas).toEqual([]);
    expect(Array.isArray(canales.merges)).toBe(true);
    const header = canales.values[0] as string[];
    const percentCol = header.indexOf('Satisfacción');
    const kind = canales.formatOf!(1, percentCol);
    expect(['percent', 'number', 'general']).toContain(kind);
    expect(canales.formatOf!(10_000, 0)).toBeUndefined();
  });
});

describe('a 200,000-row log', () => {
  test('is read in row chunks: a bounded number of calls', () => {
    const google = new FakeGoogle({ cost: { callMs: 1, cellMs: 0 } });
    const sheet = google.spreadsheet.addSheet('Interacciones');
    const headers = ['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía'];
    headers.forEach((h, c) => (sheet.cell(1, c + 1, true).value = h));
    const rows = 200_000;
    for (let r = 2; r <= rows + 1; r++) {
      const cells = ['03/02/2025', 'Virtual', null, null, 'RUCOM', 'Sí', 'No', null, null, null];
      cells.forEach((v, c) => {
        if (v !== null) sheet.cell(r, c + 1, true).value = v;
      });
    }
    const { workbook } = readWorkbook(google.spreadsheet, context(google));
    const chunks = Math.ceil((rows + 1) / Math.floor(maxCellsPerRead / headers.length));
    expect(google.log.count('Range.getValues')).toBe(chunks);
    expect(google.log.count('Range.getNumberFormats')).toBe(chunks);
    expect(google.log.count('Range.getMergedRanges')).toBe(1);
    expect(chunks).toBeLessThanOrEqual(10);
    expect(workbook.sheets[0].values).toHaveLength(rows + 1);
    expect(workbook.sheets[0].values[rows]).toEqual(['03/02/2025', 'Virtual', null, null, 'RUCOM', 'Sí', 'No', null, null, null]);
  });

  test('a read that passes the time budget stops with a message saying what to do', () => {
    const google = new FakeGoogle({ cost: { callMs: 1, cellMs: 1 } });
    const sheet = google.spreadsheet.addSheet('Interacciones');
    for (let r = 1; r <= 1000; r++) sheet.cell(r, 1, true).value = r;
    expect(() => readWorkbook(google.spreadsheet, context(google, 500))).toThrow(OutOfTimeError);
    try {
      readWorkbook(google.spreadsheet, context(google, 500));
    } catch (e) {
      expect((e as Error).message).toMatch(/6 minutos.*no se escribió nada.*línea de comandos/);
    }
  });
});

describe('dates and formats', () => {
  test('a Sheets date (midnight in the spreadsheet zone) becomes the calendar date in UTC fields', () => {
    const log = new CallLog();
    const toCalendar = calendarDates(new FakeUtilities(log), 'America/Bogota');
    // 2025-02-03 00:00 in Bogotá is 05:00 UTC.
    expect(toCalendar(new Date(Date.UTC(2025, 1, 3, 5))).toISOString()).toBe('2025-02-03T00:00:00.000Z');
    // Another date in the same hour bucket costs no call; a new hour asks once.
    toCalendar(new Date(Date.UTC(2025, 1, 3, 5, 30)));
    expect(log.count('Utilities.formatDate')).toBe(1);
    const madrid = calendarDates(new FakeUtilities(log), 'Europe/Madrid');
    expect(madrid(new Date(Date.UTC(2025, 6, 14, 22))).toISOString()).toBe('2025-07-15T00:00:00.000Z');
  });

  test('Sheets Automatic is no evidence; percent, date, text and number codes are', () => {
    expect(sheetsFormatKind('0.###############')).toBe('general');
    expect(sheetsFormatKind('General')).toBe('general');
    expect(sheetsFormatKind('0.00%')).toBe('percent');
    expect(sheetsFormatKind('dd/mm/yyyy')).toBe('date');
    expect(sheetsFormatKind('@')).toBe('text');
    expect(sheetsFormatKind('#,##0')).toBe('number');
  });
});
