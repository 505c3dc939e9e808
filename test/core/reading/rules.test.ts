/** Each reading rule of issue 8, with a case it accepts and a case it flags. */
import { defaultYearWindow, fromExcelSerial, parseDate, parseMonth, parseYear, headerKey, readSheet } from '../../../core/table';
import { canalesSheet, logSheet } from '../../../core/template';
import { computeServiceIndicators } from '../../../core/service';
import { runDeck } from '../../../core/actions/deck';
import { readSpaces } from '../../../core/accountability';
import { actionsForCommand, defaultActionOptions, runActions } from '../../../core/actions';
import { accountabilityExampleSheets, exampleCutoff } from '../../../examples/data/accountability';
import { exampleServiceWorkbook } from '../../fixtures/example';
import { at, readAll, sheetOf, valueOf, workbookOf } from './evidence';

describe('serial dates and the two date systems', () => {
  test('1900: serial 45689 is 2025-02-01; the fictitious 1900-02-29 (60) is no date; 1904: serial 44227 is 2025-02-01', () => {
    expect(fromExcelSerial(45689)).toEqual({ y: 2025, m: 2, d: 1 });
    expect(fromExcelSerial(59)).toEqual({ y: 1900, m: 2, d: 28 });
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(fromExcelSerial(44227, '1904')).toEqual({ y: 2025, m: 2, d: 1 });
    expect(fromExcelSerial(0, '1904')).toEqual({ y: 1904, m: 1, d: 1 });
  });
});

describe('months: a number is a month only where it can be one', () => {
  test('a date-formatted serial in the workbook’s system; YYYYMM; a plausible serial in another format', () => {
    expect(parseMonth(44227, { format: 'date', dateSystem: '1904' })).toEqual({ kind: 'ok', value: '2025-02' });
    expect(parseMonth(44227, { format: 'date' })).toEqual({ kind: 'ok', value: '2021-01' }); // 2021-01-31: why the 1904 system matters
    expect(parseMonth(202502)).toEqual({ kind: 'ok', value: '2025-02' });
    expect(parseMonth('202502')).toEqual({ kind: 'ok', value: '2025-02' });
    expect(parseMonth(45689, { format: 'general' })).toEqual({ kind: 'ok', value: '2025-02' });
  });
  test('a serial outside the plausible years, YYYYMM as a date serial, a month number without its year: invalid, with the reason', () => {
    const years = defaultYearWindow; // sheets are always read with the window
    expect(parseMonth(2009, { format: 'date', years })).toEqual({ kind: 'invalid', reason: 'out-of-window', year: 1905 });
    expect(parseMonth(202502, { format: 'date', years })).toEqual({ kind: 'invalid', reason: 'out-of-window', year: 2454 });
    expect(parseMonth(2)).toEqual({ kind: 'invalid', reason: 'needs-year' });
    expect(parseMonth('febrero')).toEqual({ kind: 'invalid', reason: 'needs-year' });
    expect(parseMonth('1900-02', { years })).toEqual({ kind: 'invalid', reason: 'out-of-window', year: 1900 });
    // A direct call without a window (a custom function's argument) accepts any real month.
    expect(parseMonth('1990-02')).toEqual({ kind: 'ok', value: '1990-02' });
  });
  test('a month number or name next to its year', () => {
    expect(parseMonth(2, { year: 2025 })).toEqual({ kind: 'ok', value: '2025-02' });
    expect(parseMonth('Febrero', { year: 2025 })).toEqual({ kind: 'ok', value: '2025-02' });
    expect(parseMonth('2025-03', { year: 2024 })).toEqual({ kind: 'invalid', reason: 'year-mismatch', year: 2025 });
  });
  test('the plausible window is configurable', () => {
    expect(parseMonth('1999-12', { years: { from: 1990, to: 2030 } })).toEqual({ kind: 'ok', value: '1999-12' });
    expect(parseMonth('2031-01', { years: { from: 1990, to: 2030 } }).kind).toBe('invalid');
  });
  test('years: a whole number in the window', () => {
    expect(parseYear(2025)).toEqual({ kind: 'ok', value: 2025 });
    expect(parseYear(' 2025 ')).toEqual({ kind: 'ok', value: 2025 });
    expect(parseYear(1905)).toEqual({ kind: 'invalid', reason: 'out-of-window', year: 1905 });
    expect(parseYear(2025.5).kind).toBe('invalid');
  });
});

describe('dates (Fecha): the same care', () => {
  test('a date cell, a serial in either system, an ISO date with time', () => {
    expect(parseDate(new Date(Date.UTC(2025, 1, 3)))).toEqual({ kind: 'ok', value: '2025-02-03' });
    expect(parseDate(44229, { dateSystem: '1904', format: 'date' })).toEqual({ kind: 'ok', value: '2025-02-03' });
    expect(parseDate('2025-02-03T10:15:00Z')).toEqual({ kind: 'ok', value: '2025-02-03' });
  });
  test('a date outside the plausible years is invalid-date at its cell, with why', () => {
    expect(parseDate('03/02/1925', { years: defaultYearWindow })).toEqual({ kind: 'invalid', reason: 'out-of-window', year: 1925 });
    const wb = workbookOf([sheetOf('Interacciones', [['Fecha', 'Canal'], ['03/02/2025', 'Virtual'], [new Date(Date.UTC(1905, 6, 1)), 'Virtual']])]);
    const t = readSheet(wb.sheets[0], logSheet);
    expect(t.findings.map((f) => `${f.code}@${f.cell}: ${f.message}`)).toEqual([
      'invalid-date@A3: «1905-07-01» no es una fecha válida en Interacciones!A3: el año 1905 está fuera del rango admitido (2000–2100).',
    ]);
  });
});

describe('the accountability calendar’s Fecha too', () => {
  test('a date-formatted serial in a 1904 workbook is its date; in 1900 it would be four years earlier', () => {
    const rows = [['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'], [1, 'Audiencia pública', 'Boyacá', 'Sogamoso', 'Realizada', 43721]];
    const in1904 = readSpaces(workbookOf([sheetOf('Espacios RdC', rows, { formats: { F2: 'date' } })], '1904'), '2025-12-31');
    expect(in1904.spaces[0].date).toBe('2023-09-14');
    const in1900 = readSpaces(workbookOf([sheetOf('Espacios RdC', rows, { formats: { F2: 'date' } })]), '2025-12-31');
    expect(in1900.spaces[0].date).toBe('2019-09-13');
  });
});

describe('the Año column', () => {
  test('Mes = 1 next to Año = 2025 reads January 2025; «febrero» next to it, February', () => {
    const { months, findings } = readAll(workbookOf([sheetOf('Canales', [['Año', 'Mes', 'Canal', 'Interacciones'], [2025, 1, 'Virtual', 10], [2025, 'febrero', 'Virtual', 12]])]));
    expect(months).toEqual(['2025-01', '2025-02']);
    expect(at(findings)).toEqual([]);
  });
  test('a month number without Año, an unreadable Año, a month whose year disagrees with Año: findings where they are', () => {
    expect(at(readAll(workbookOf([sheetOf('Canales', [['Mes', 'Canal', 'Interacciones'], [2, 'Virtual', 10]])])).findings)).toEqual(['invalid-month@A2']);
    const { findings } = readAll(workbookOf([sheetOf('Canales', [['Año', 'Mes', 'Canal', 'Interacciones'], ['dos mil', 2, 'Virtual', 10], [2024, '2025-03', 'Virtual', 12]])]));
    expect(at(findings)).toEqual(['invalid-month@A2', 'invalid-month@B3']);
    expect(findings.find((f) => f.cell === 'B3')!.message).toBe('«2025-03» no es un mes válido en Canales!B3: su año (2025) no coincide con la columna «Año».');
  });
});

describe('headers', () => {
  test('units and qualifiers in parentheses or brackets, %, and a trailing colon are ignored', () => {
    expect(headerKey('Satisfaccion (%)')).toBe('satisfaccion');
    expect(headerKey('Interacciones [número]:')).toBe('interacciones');
    expect(headerKey('% Confianza')).toBe('confianza');
  });
  test('an extra column far from every known one is ignored without a finding', () => {
    const t = readSheet(sheetOf('Canales', [['Mes', 'Canal', 'Interacciones', 'Observaciones', 'Responsable'], ['2025-02', 'Virtual', 5, 'ok', 'Ana']]), canalesSheet);
    expect(t.findings).toEqual([]);
  });
});

describe('merged ranges and formulas without result', () => {
  test('a merged range gives its value to every cell; a merge that starts on the header row does not', () => {
    const sheet = sheetOf('Canales', [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 5], [null, 'Presencial', 6]], { merges: ['A2:A3', 'C1:C1'] });
    const t = readSheet(sheet, canalesSheet);
    expect(t.rows.map((r) => r.values.month?.value)).toEqual(['2025-02', '2025-02']);
    expect(t.rows[1].values.month!.cell).toBe('A2');
  });
  test('a row holding only formulas without result is a row, with a finding per cell', () => {
    const sheet = sheetOf('Canales', [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 5], [null, null, null]], { pending: ['A3', 'B3', 'C3'] });
    const t = readSheet(sheet, canalesSheet);
    expect(t.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['formula-without-result@A3', 'formula-without-result@B3', 'formula-without-result@C3']);
    expect(t.rows[1].unreadable).toEqual(['month', 'channel', 'interactions']);
  });
});

describe('a channel missing from a month', () => {
  const rows = [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Telefónico', 10], ['2025-01', 'Virtual', 20], ['2025-02', 'Telefónico', 11]];
  test('when earlier months have it: missing-row over the month’s rows, and no entity-wide figure for that month', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(at(findings)).toEqual(['missing-row@A4']);
    expect(findings.find((f) => f.code === 'missing-row')!.message).toBe('Falta la fila de Virtual de 2025-02 en Canales; los meses anteriores la tienen. Las cifras de toda la entidad de 2025-02 no se calculan. Si no hubo interacciones, escriba 0.');
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'interactions', '2025-02', 'Telefónico')).toBe(11);
    expect(valueOf(indicators, 'ytd_interactions', '2025-02', 'Telefónico')).toBe(21);
  });
  test('a channel that starts later is not missing before: earlier totals are whole, and it counts 0 in its year to date', () => {
    const later = [...rows.slice(0, 3), ['2025-02', 'Telefónico', 11], ['2025-02', 'Virtual', 21], ['2025-02', 'Presencial', 5]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', later)]));
    expect(at(findings)).toEqual([]);
    expect(valueOf(indicators, 'interactions', '2025-01', 'ANM')).toBe(30);
    expect(valueOf(indicators, 'ytd_interactions', '2025-02', 'Presencial')).toBe(5);
    expect(valueOf(indicators, 'ytd_interactions', '2025-02', 'ANM')).toBe(67);
  });
  test('a row of no channel («Chat») beside all three channels takes nothing from the month’s total', () => {
    const all = [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Telefónico', 10], ['2025-01', 'Presencial', 5], ['2025-01', 'Virtual', 20], ['2025-01', 'Chat', 35]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', all)]));
    expect(at(findings)).toEqual(['unknown-value@B5']);
    expect(valueOf(indicators, 'interactions', '2025-01', 'ANM')).toBe(35);
  });
  test('…but when the month lacks a channel, that row may be it: no entity-wide figure', () => {
    const typo = [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Telefónico', 10], ['2025-01', 'Presencial', 5], ['2025-01', 'Virtul', 20]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', typo)]));
    expect(at(findings)).toEqual(['unknown-value@B4']);
    expect(findings.find((f) => f.code === 'unknown-value')!.suggestion).toBe('Virtual');
    expect(valueOf(indicators, 'interactions', '2025-01', 'ANM')).toBeUndefined();
  });
});

describe('a stray first month with fewer channels (issue 8)', () => {
  const header = ['Mes', 'Canal', 'Interacciones'];
  const full = (month: string, base: number) => [[month, 'Telefónico', base], [month, 'Presencial', base + 1], [month, 'Virtual', base + 2]];
  test('a lone month of an earlier year with a strict subset of the next month’s channels: no entity-wide figure, no change against it, a finding at its row', () => {
    const rows = [header, ['2023-12', 'Virtual', 26000], ...full('2024-01', 100), ...full('2024-02', 110)];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    const partial = findings.filter((f) => f.code === 'partial-first-month');
    expect(at(partial)).toEqual(['partial-first-month@A2']);
    expect(partial[0].message).toBe('2023-12 solo tiene Virtual en Canales; los meses siguientes tienen Telefónico, Presencial y Virtual. Las cifras de toda la entidad de 2023-12 no se calculan (serían parciales). Complete los canales de 2023-12 o quite la fila si no corresponde.');
    expect(valueOf(indicators, 'interactions', '2023-12', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'channel_share', '2023-12', 'Virtual')).toBeUndefined();
    expect(valueOf(indicators, 'interactions', '2023-12', 'Virtual')).toBe(26000);
    expect(valueOf(indicators, 'month_over_month', '2024-01', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'month_over_month', '2024-02', 'ANM')).toBeCloseTo((100 * 333) / 303 - 100, 9);
  });
  test('the same month with every channel is whole, and the change against it is computed', () => {
    const rows = [header, ...full('2023-12', 90), ...full('2024-01', 100)];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(findings.filter((f) => f.code === 'partial-first-month' || f.code === 'missing-row')).toEqual([]);
    expect(valueOf(indicators, 'interactions', '2023-12', 'ANM')).toBe(273);
    expect(valueOf(indicators, 'month_over_month', '2024-01', 'ANM')).toBeCloseTo((100 * 303) / 273 - 100, 9);
  });
  test('an entity change between months of different channels (a channel that starts later) is not computed; a channel’s own is', () => {
    const rows = [header, ['2025-01', 'Telefónico', 10], ['2025-01', 'Virtual', 20], ...full('2025-02', 10)];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(findings.filter((f) => f.code === 'partial-first-month' || f.code === 'missing-row')).toEqual([]);
    expect(valueOf(indicators, 'interactions', '2025-01', 'ANM')).toBe(30);
    expect(valueOf(indicators, 'month_over_month', '2025-02', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'month_over_month', '2025-02', 'Virtual')).toBeCloseTo(-40, 9);
  });
});

describe('year to date', () => {
  test('covers January up to the month; with an earlier month missing it is absent, and an info finding says which', () => {
    const rows = [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Virtual', 10], ['2025-03', 'Virtual', 12], ['2025-04', 'Virtual', 13]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'ytd_interactions', '2025-01', 'ANM')).toBe(10);
    expect(valueOf(indicators, 'ytd_interactions', '2025-03', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'ytd_interactions', '2025-04', 'Virtual')).toBeUndefined();
    expect(findings.filter((f) => f.code === 'incomplete-year').map((f) => `${f.cell}: ${f.message}`)).toEqual([
      'A3: El acumulado del año de 2025-03 a 2025-04 no se calcula: faltan los datos de 2025-02.',
    ]);
  });
});

describe('entity-wide rates over the channels that report the part', () => {
  const header = ['Mes', 'Canal', 'Interacciones', 'Resueltas en primer contacto', 'Encuestados', 'Satisfacción'];
  test('a channel that reports nothing optional is simply not part of them', () => {
    const rows = [header, ['2025-01', 'Telefónico', 100, 80, 30, 90], ['2025-01', 'Presencial', 200, 190, 50, 98], ['2025-01', 'Virtual', 500]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'first_contact_resolution', '2025-01', 'ANM')).toBeCloseTo(90, 9);
    expect(at(findings)).toEqual([]);
  });
  test('a blank part in a row that reports other figures is an omission: a warning at the cell, and no partial rate', () => {
    const rows = [header, ['2025-01', 'Telefónico', 100, null, 30, 90], ['2025-01', 'Presencial', 200, 190, 50, 98], ['2025-01', 'Virtual', 500]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'first_contact_resolution', '2025-01', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'first_contact_resolution', '2025-01', 'Presencial')).toBe(95);
    expect(findings.filter((f) => f.sheet === 'Canales').map((f) => `${f.code}@${f.cell}/${f.severity}`)).toEqual(['missing-value@D2/warning']);
  });
  test('a survey share without its respondents cannot be weighed: a warning, no entity mean', () => {
    const rows = [header, ['2025-01', 'Telefónico', 100, 80, null, 90], ['2025-01', 'Presencial', 200, 190, 50, 98]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'satisfaction', '2025-01', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'satisfaction', '2025-01', 'Telefónico')).toBe(90);
    expect(at(findings)).toEqual(['missing-value@E2']);
  });
});

describe('the raw log', () => {
  const header = ['Fecha', 'Canal', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho'];
  test('a resolved answer left blank on some rows of a channel-month: no first-contact resolution, a warning at the first blank', () => {
    const rows = [header, ['03/01/2025', 'Virtual', 'Sí', 'No', null], ['04/01/2025', 'Virtual', null, 'No', null], ['05/01/2025', 'Virtual', 'No', 'No', null]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Interacciones', rows)]));
    expect(valueOf(indicators, 'interactions', '2025-01', 'Virtual')).toBe(3);
    expect(valueOf(indicators, 'first_contact_resolution', '2025-01', 'Virtual')).toBeUndefined();
    expect(at(findings, 'Interacciones')).toEqual(['missing-value@C3']);
  });
  test('a respondent who left Satisfecho blank: no satisfaction share over the others', () => {
    const rows = [header, ['03/01/2025', 'Virtual', 'Sí', 'Sí', 'Sí'], ['04/01/2025', 'Virtual', 'Sí', 'Sí', null], ['05/01/2025', 'Virtual', 'Sí', 'No', null]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Interacciones', rows)]));
    expect(valueOf(indicators, 'satisfaction', '2025-01', 'Virtual')).toBeUndefined();
    expect(valueOf(indicators, 'survey_response_rate', '2025-01', 'Virtual')).toBeCloseTo(200 / 3, 9);
    expect(at(findings, 'Interacciones')).toEqual(['missing-value@E3']);
  });
  test('a row whose date cannot be read: the log’s figures of its channel are absent (it may be any month’s), the other channels’ stay', () => {
    const rows = [header, ['03/02/2025', 'Virtual', 'Sí'], ['31/02/2025', 'Virtual', 'Sí'], ['05/02/2025', 'Presencial', 'Sí']];
    const { indicators } = readAll(workbookOf([sheetOf('Interacciones', rows)]));
    expect(valueOf(indicators, 'interactions', '2025-02', 'Virtual')).toBeUndefined();
    expect(valueOf(indicators, 'interactions', '2025-02', 'Presencial')).toBe(1);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBeUndefined();
  });
});

describe('findings in their scope', () => {
  test('the deck’s data-quality slide is about the service sheets: a damaged accountability calendar never swamps it', () => {
    const wb = exampleServiceWorkbook();
    wb.sheets.push(...accountabilityExampleSheets.map((s) => ({ name: s.name, values: s.rows.map((r) => [...r]) })));
    const plan = runDeck(wb, { ...defaultActionOptions, cutoff: exampleCutoff }).deck!;
    const quality = plan.slides.filter((s) => s.key === 'dataQuality');
    const where = quality.flatMap((s) => s.table?.rows.map((r) => r[1].text) ?? []);
    expect(where.length).toBeGreaterThan(0);
    expect(where.filter((w) => /RdC/.test(w))).toEqual([]);
    expect(computeServiceIndicators(wb).inputs.months).toEqual(['2025-01', '2025-02']);
  });
});

describe('published figures (Reportado) use the cell’s format too', () => {
  // Presencial grew from 500 to 1.309: +161,8 %, published in a %-formatted cell as 1,618.
  const canales = [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Presencial', 500], ['2025-02', 'Presencial', 1309]];
  const reported = [['Mes', 'Indicador', 'Canal', 'Desagregación', 'Valor'], ['2025-02', 'Variación mensual', 'Presencial', null, 1.618]];
  const published = (formats?: Record<string, 'percent'>) =>
    readAll(workbookOf([sheetOf('Canales', canales), sheetOf('Reportado', reported, { formats })])).findings.filter((f) => f.sheet === 'Reportado');
  test('a %-formatted 1,618 is 161,8 % and agrees', () => {
    expect(published({ E2: 'percent' })).toEqual([]);
  });
  test('without the format it is 1,618 points, which does not', () => {
    expect(published().map((f) => `${f.code}@${f.cell}`)).toEqual(['reported-mismatch@E2']);
  });
});

describe('everything (todo) does what it can', () => {
  const accountabilityOnly = () => ({ sheets: accountabilityExampleSheets.map((s) => ({ name: s.name, values: s.rows.map((r) => [...r]) })) });
  const all = (wb: ReturnType<typeof accountabilityOnly>, month?: string) =>
    runActions(actionsForCommand('todo'), wb, { ...defaultActionOptions, cutoff: exampleCutoff, partOfAll: true, month }).map((r) => r.result);

  test('without service data, the accountability results stand and the reason is one summary line', () => {
    const results = all(accountabilityOnly());
    expect(results.filter((r) => r.unusable)).toEqual([]);
    expect(results.flatMap((r) => r.files.map((f) => f.suffix))).toEqual(expect.arrayContaining(['autodiagnostico.json', 'espacios.json']));
    expect(results.flatMap((r) => r.summary).filter((l) => /no tiene la hoja «Canales»/.test(l))).toHaveLength(1);
  });
  test('with nothing to do at all, or a month asked for without data, it is unusable', () => {
    expect(all({ sheets: [{ name: 'Otra', values: [['x']] }]}).some((r) => r.unusable)).toBe(true);
    expect(all(accountabilityOnly(), '2025-02').some((r) => r.unusable)).toBe(true);
  });
});
