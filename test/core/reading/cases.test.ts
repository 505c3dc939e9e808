/**
 * Every workbook of ../shared/cases (copied to test/fixtures/cases) reproduced in memory with the cell
 * evidence its host gives the core, and the figure — or the finding at its cell — its README demands.
 * test/cases/ runs the real command on the files themselves.
 */
import { a1 } from '../../../core/workbook';
import { at, readAll, sheetOf, valueOf, workbookOf } from './evidence';

const header = ['Mes', 'Canal', 'Interacciones'];
const channels = ['Telefónico', 'Presencial', 'Virtual'];
const janFeb = (jan: unknown, feb: unknown) => [
  header,
  [jan, 'Telefónico', 542], [jan, 'Presencial', 847], [jan, 'Virtual', 4853],
  [feb, 'Telefónico', 142], [feb, 'Presencial', 1371], [feb, 'Virtual', 6217],
] as (string | number | Date | null)[][];

describe('date-system-1904.xlsx: January as date cells, February as serials in General cells, 1904 system', () => {
  // 44196 and 44227 are 2025-01-01 and 2025-02-01 counted from 1904 (they would be 2021 from 1900).
  const wb = workbookOf([sheetOf('Canales', janFeb(44196, 44227), { formats: { 'A2:A4': 'date' } })], '1904');

  test('months 2025-01 and 2025-02, ANM February 7.730; never 2021', () => {
    const { months, indicators, findings } = readAll(wb);
    expect(months).toEqual(['2025-01', '2025-02']);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBe(7730);
    expect(findings.filter((f) => f.code === 'invalid-month')).toEqual([]);
  });

  test('a serial that falls outside the plausible years in the workbook’s system is invalid-month at its cell, never a year like 1905', () => {
    const odd = workbookOf([sheetOf('Canales', janFeb(44196, 2000), { formats: { 'A2:A4': 'date' } })], '1904');
    const { months, findings } = readAll(odd);
    expect(months).toEqual(['2025-01']);
    expect(at(findings).filter((c) => c.startsWith('invalid-month'))).toEqual(['invalid-month@A5', 'invalid-month@A6', 'invalid-month@A7']);
    expect(findings.find((f) => f.cell === 'A5')!.message).toBe('«2000» no es un mes válido en Canales!A5: el año 1909 está fuera del rango admitido (2000–2100).');
  });
});

describe('iso-date-cells.xlsx: month cells stored as ISO dates (t="d")', () => {
  const feb = new Date(Date.UTC(2025, 1, 1));
  const wb = workbookOf([sheetOf('Canales', [header, [feb, 'Telefónico', 142], [feb, 'Presencial', 1371], [feb, 'Virtual', 6217]], { formats: { 'A2:A4': 'date' } })]);

  test('2025-02, ANM 7.730; never 1905', () => {
    const { months, indicators } = readAll(wb);
    expect(months).toEqual(['2025-02']);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBe(7730);
  });

  test('the ISO text itself, as a reader without t="d" support would pass it, reads the same', () => {
    const text = workbookOf([sheetOf('Canales', [header, ['2025-02-01', 'Telefónico', 142], ['2025-02-01T00:00:00', 'Presencial', 1371], ['2025-02-01', 'Virtual', 6217]])]);
    expect(readAll(text).months).toEqual(['2025-02']);
  });

  test('the date misread as a serial (the 1905 bug) is a finding, not a month', () => {
    // 2025-02-01 misread as the number 20250201 or as a serial like 2009 (1905-07-01).
    const bad = workbookOf([sheetOf('Canales', [header, [2009, 'Telefónico', 142], [20250201, 'Presencial', 1371]], { formats: { A2: 'date' } })]);
    const { months, findings } = readAll(bad);
    expect(months).toEqual([]);
    expect(at(findings).filter((c) => c.startsWith('invalid-month'))).toEqual(['invalid-month@A2', 'invalid-month@A3']);
  });
});

describe('percent-mixed-formats.xlsx: Satisfacción typed 100 for one channel and a %-formatted 0,998 for another', () => {
  const rows = [
    ['Mes', 'Canal', 'Interacciones', 'Encuestados', 'Satisfacción', 'Percepción', 'Confianza'],
    ['2025-02', 'Telefónico', 142, 30, 100, 96.3, 96.3],
    ['2025-02', 'Presencial', 1371, 1085, 0.998, 0.985, 0.978],
    ['2025-02', 'Virtual', 6217],
  ];

  test('with the formats: Presencial 99,8 % / 98,5 % / 97,8 %, Telefónico 100 / 96,3 / 96,3, ANM 99,8 %', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows, { formats: { 'E3:G3': 'percent' } })]));
    expect(['satisfaction', 'perception', 'trust'].map((id) => valueOf(indicators, id, '2025-02', 'Presencial'))).toEqual([99.8, 98.5, 97.8]);
    expect(['satisfaction', 'perception', 'trust'].map((id) => valueOf(indicators, id, '2025-02', 'Telefónico'))).toEqual([100, 96.3, 96.3]);
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'ANM')).toBeCloseTo(99.805, 3);
    expect(findings.filter((f) => f.sheet === 'Canales' && f.severity === 'error')).toEqual([]);
  });

  test('without formats (a host that cannot tell): each fraction is an ambiguous-percent finding at its cell, never 0,998 %', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(at(findings).filter((c) => c.startsWith('ambiguous-percent'))).toEqual(['ambiguous-percent@E3', 'ambiguous-percent@F3', 'ambiguous-percent@G3']);
    expect(findings.find((f) => f.cell === 'E3')!.message).toBe(
      '«0,998» en Canales!E3 puede ser 99,8 % o 0,998 %: la columna «Satisfacción» mezcla fracciones y puntos. Escríbalo con su signo % o dé a la celda formato de porcentaje.',
    );
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'Presencial')).toBeUndefined();
    // Nor an entity-wide mean of one channel of two.
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'consolidated_satisfaction', '2025-02', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'Telefónico')).toBe(100);
  });
});

describe('formula-without-cached-value.xlsx: formulas never computed (openpyxl)', () => {
  const wb = workbookOf([
    sheetOf('Canales', [
      ['Mes', 'Canal', 'Interacciones', 'Encuestados', 'Satisfacción', 'Base'],
      ['2025-02', 'Telefónico', null, null, 100, 142],
      ['2025-02', 'Presencial', null, null, 99.8, 1371],
      ['2025-02', 'Virtual', 6217, null, null, 6217],
    ], { pending: ['C2', 'D2', 'C3', 'D3'] }),
  ]);

  test('a finding at C2, C3, D2 and D3 saying what it is and how to fix it; never missing-value', () => {
    const { findings } = readAll(wb);
    expect(at(findings).sort()).toEqual([
      'formula-without-result@C2', 'formula-without-result@C3', 'formula-without-result@D2', 'formula-without-result@D3',
      // Only February is there: its year to date is not presented short of January.
      'incomplete-year@A2:A4',
    ]);
    expect(findings.find((f) => f.cell === 'D2')!.message).toBe(
      'Canales!D2 («Encuestados») tiene una fórmula sin resultado calculado: abra el libro en Excel o LibreOffice y guárdelo para que se calcule.',
    );
  });

  test('no entity total from one channel of three, no share; Virtual’s own figure stays', () => {
    const { indicators } = readAll(wb);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'channel_share', '2025-02', 'Virtual')).toBeUndefined();
    expect(valueOf(indicators, 'interactions', '2025-02', 'Virtual')).toBe(6217);
    // Satisfaction as given is read; the entity's mean cannot be weighed without the respondents.
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'Presencial')).toBe(99.8);
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'ANM')).toBeUndefined();
  });
});

describe('merged-month-cells.xlsx: Mes merged down over each month’s three rows', () => {
  const rows = [header, ['2025-01', 'Telefónico', 542], [null, 'Presencial', 847], [null, 'Virtual', 4853], ['2025-02', 'Telefónico', 142], [null, 'Presencial', 1371], [null, 'Virtual', 6217]];
  const wb = workbookOf([sheetOf('Canales', rows, { merges: ['A2:A4', 'A5:A7'] })]);

  test('every row takes its month: ANM February 7.730, no "falta Mes"', () => {
    const { indicators, findings } = readAll(wb);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBe(7730);
    expect(valueOf(indicators, 'interactions', '2025-01', 'ANM')).toBe(6242);
    expect(findings.filter((f) => f.code === 'missing-value')).toEqual([]);
  });

  test('a bad month in a merged range is one finding, at the range’s cell', () => {
    const bad = workbookOf([sheetOf('Canales', rows.map((r, i) => (i === 4 ? ['febrerito', ...r.slice(1)] : r)), { merges: ['A2:A4', 'A5:A7'] })]);
    expect(at(readAll(bad).findings)).toEqual(['invalid-month@A5']);
  });

  test('without the merges (a host that cannot tell), the blank months are findings, never a guess', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(at(findings).filter((c) => c.startsWith('missing-value'))).toEqual(['missing-value@A3', 'missing-value@A4', 'missing-value@A6', 'missing-value@A7']);
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBeUndefined();
  });
});

describe('namespace-prefixed-xml, rich-text-shared-string, validation-on-whole-columns, excel-table: the values as any reader gives them', () => {
  test.each([
    ['namespace-prefixed-xml.xlsx', 'Interacciones'],
    ['rich-text-shared-string.xlsx', 'Inter' + 'acciones'],
    ['validation-on-whole-columns.xlsx', 'Interacciones'],
    ['excel-table.xlsx', 'Interacciones'],
  ])('%s: ANM February 7.730', (_name, countHeader) => {
    const rows = janFeb('2025-01', '2025-02');
    rows[0] = ['Mes', 'Canal', countHeader];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBe(7730);
    expect(findings.filter((f) => f.sheet === 'Canales' && f.severity !== 'info')).toEqual([]);
  });
});

describe('blank-count-in-one-row.xlsx: March Presencial Interacciones left blank, the rest of the row filled', () => {
  const rows = [
    ['Mes', 'Canal', 'Interacciones', 'Resueltas en primer contacto', 'Llamadas entrantes', 'Llamadas contestadas', 'Encuestados', 'Satisfacción', 'Percepción', 'Confianza'],
    ['Enero 2025', 'Telefónico', 1250, 1100, 1400, 1250, 210, '95,2%', '93,1%', '90,5%'],
    ['Enero 2025', 'Presencial', 980, 950, null, null, 400, '97,5%', '96%', '94,8%'],
    ['Enero 2025', 'Virtual', '3.420'],
    ['Febrero 2025', 'Telefónico', 1310, 1150, 1500, 1310, 190, '94,7%', '92,0%', '91,3%'],
    ['Febrero 2025', 'Presencial', 1045, 1002, null, null, 380, '98,3%', '96,5%', '95,0%'],
    ['Febrero 2025', 'Virtual', '3.610'],
    ['Marzo 2025', 'Telefónico', 1190, 1040, 1350, 1190, 175, '96,0%', '93,4%', '92,2%'],
    ['Marzo 2025', 'Presencial', null, 990, null, null, 350, '97,9%', '95,7%', '94,1%'],
    ['Marzo 2025', 'Virtual', '3.890'],
  ];
  const wb = workbookOf([sheetOf('Canales', rows)]);

  test('a missing-value finding at C9, and nothing else', () => {
    expect(at(readAll(wb).findings)).toEqual(['missing-value@C9']);
  });

  test('no ANM total, share, year-to-date or month-over-month for March built from two channels', () => {
    const { indicators } = readAll(wb);
    for (const id of ['interactions', 'ytd_interactions', 'month_over_month', 'first_contact_resolution', 'survey_response_rate']) {
      expect([id, valueOf(indicators, id, '2025-03', 'ANM')]).toEqual([id, undefined]);
    }
    for (const c of channels) expect(valueOf(indicators, 'channel_share', '2025-03', c)).toBeUndefined();
    // Nor Presencial's own figures that need its count.
    for (const id of ['interactions', 'ytd_interactions', 'month_over_month', 'first_contact_resolution', 'survey_response_rate']) {
      expect([id, valueOf(indicators, id, '2025-03', 'Presencial')]).toEqual([id, undefined]);
    }
    // February stays whole.
    expect(valueOf(indicators, 'interactions', '2025-02', 'ANM')).toBe(5965);
    expect(valueOf(indicators, 'ytd_interactions', '2025-02', 'ANM')).toBe(5650 + 5965);
  });

  test('March Presencial’s other figures are still read (and the entity’s survey figures, which do not need the count)', () => {
    const { indicators } = readAll(wb);
    expect(valueOf(indicators, 'satisfaction', '2025-03', 'Presencial')).toBe(97.9);
    expect(valueOf(indicators, 'satisfaction', '2025-03', 'ANM')).toBeCloseTo((175 * 96 + 350 * 97.9) / 525, 9);
    expect(valueOf(indicators, 'interactions', '2025-03', 'Telefónico')).toBe(1190);
    expect(valueOf(indicators, 'month_over_month', '2025-03', 'Telefónico')).toBeCloseTo((100 * 1190) / 1310 - 100, 9);
  });

  test('…and still checked: an error elsewhere in that row is found at its cell', () => {
    const bad = workbookOf([sheetOf('Canales', rows.map((r, i) => (i === 8 ? r.map((v, c) => (c === 9 ? '194,1%' : c === 6 ? 2000 : v)) : r)))]);
    expect(at(readAll(bad).findings).sort()).toEqual(['missing-value@C9', 'percent-out-of-range@J9'].sort());
    // Respondents above interactions cannot be checked without the count, but resolved above… is; here, respondents > resolved is no rule.
    const worse = workbookOf([sheetOf('Canales', rows.map((r, i) => (i === 8 ? r.map((v, c) => (c === 7 ? 'mucho' : v)) : r)))]);
    expect(at(readAll(worse).findings).sort()).toEqual(['invalid-number@H9', 'missing-value@C9'].sort());
  });
});

describe('header-variants.xlsx: headers as a coordinator writes them', () => {
  const rows = [
    ['Mes', 'Canal', 'Interacciones', 'Resueltas primer contacto', 'Llamadas entrantes', 'Llamadas contestadas', 'Encuestados', 'Satisfaccion (%)', 'Percepción (%)', 'Confianza (%)'],
    ['2025-01', 'Telefónico', 1250, 1100, 1400, 1250, 210, 95.2, 93.1, 90.5],
    ['2025-01', 'Presencial', 980, 950, null, null, 400, 97.5, 96, 94.8],
    ['2025-01', 'Virtual', 3420],
    ['2025-02', 'Telefónico', 1310, 1150, 1500, 1310, 190, 94.7, 92, 91.3],
    ['2025-02', 'Presencial', 1045, 1002, null, null, 380, 98.3, 96.5, 95],
    ['2025-02', 'Virtual', 3610],
  ];

  test('every column read: Presencial February satisfaction 98,3 %, first-contact resolution present', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', rows)]));
    expect(valueOf(indicators, 'satisfaction', '2025-02', 'Presencial')).toBe(98.3);
    expect(valueOf(indicators, 'first_contact_resolution', '2025-02', 'Presencial')).toBeCloseTo((100 * 1002) / 1045, 9);
    expect(valueOf(indicators, 'trust', '2025-02', 'Presencial')).toBe(95);
    expect(findings.filter((f) => f.sheet === 'Canales')).toEqual([]);
  });

  test('the report’s own words: Interacciones atendidas, Canal de atención, Solución primer contacto', () => {
    const words = [['Mes', 'Canal de atención', 'Interacciones atendidas', 'Solución primer contacto'], ['2025-02', 'Presencial', 1371, 1348]];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', words)]));
    expect(valueOf(indicators, 'first_contact_resolution', '2025-02', 'Presencial')).toBeCloseTo((100 * 1348) / 1371, 9);
    expect(at(findings)).toEqual(['incomplete-year@A2']);
  });

  test('a header close to a column but matching nothing is a finding with the suggestion; a missing required column names the closest header', () => {
    const near = [['Mes', 'Canal', 'Interaciones', 'Satisfacion'], ['2025-02', 'Presencial', 1371, 98.3]];
    const { findings } = readAll(workbookOf([sheetOf('Canales', near)]));
    expect(findings.filter((f) => f.sheet === 'Canales' && f.severity !== 'info').map((f) => `${f.code}@${f.cell}→${f.suggestion}`)).toEqual([
      'unknown-column@D1→Satisfacción',
      'missing-column@C1→Interaciones',
    ]);
  });

  test('a missing sheet names the closest sheet present («Canal» → Canales)', () => {
    const { findings } = readAll(workbookOf([sheetOf('Canal', rows)]));
    expect(findings.find((f) => f.code === 'missing-sheet' && f.severity === 'error')!.suggestion).toBe('Canal');
  });
});

test('addresses of merged ranges in the helper are the ones the port uses', () => {
  expect(a1(4, 0)).toBe('A5');
});
