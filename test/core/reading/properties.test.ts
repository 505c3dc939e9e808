/**
 * fast-check properties of reading (issue 8): a percentage reads the same however it is typed, a month
 * reads the same in any accepted form and date system, no number becomes an implausible month, and
 * removing any one input value never changes an output value — it can only disappear.
 */
import fc from 'fast-check';
import type { CellValue, DateSystem, FormatKind, RawWorkbook } from '../../../core/workbook';
import { computeServiceIndicators } from '../../../core/service';
import { defaultYearWindow, parseMonth } from '../../../core/table';
import { copyBook, cleanWorkbook, workedExample } from '../checks/fixtures';
import { sheetOf, workbookOf } from './evidence';

/** Indicators and reading findings only (the percent properties need no cross-sheet checks). */
function readAll(wb: RawWorkbook) {
  const { data, inputs, indicators } = computeServiceIndicators(wb);
  return { indicators, findings: [...data.findings, ...inputs.findings] };
}

const pad = (n: number) => String(n).padStart(2, '0');
const months6 = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'];

// ---- percentages ------------------------------------------------------------------------------------

type PercentForm = 'fraction-formatted' | 'points' | 'text-comma-sign' | 'text-dot-space-sign' | 'text-comma';
const percentForms: PercentForm[] = ['fraction-formatted', 'points', 'text-comma-sign', 'text-dot-space-sign', 'text-comma'];

/** A percentage in points (one decimal) as a cell typed in a form, with the format its host reports. */
function typed(points: number, form: PercentForm): { value: CellValue; format: FormatKind } {
  const comma = String(points).replace('.', ',');
  switch (form) {
    case 'fraction-formatted':
      return { value: Number((points / 100).toPrecision(12)), format: 'percent' };
    case 'points':
      return { value: points, format: 'general' };
    case 'text-comma-sign':
      return { value: `${comma}%`, format: 'text' };
    case 'text-dot-space-sign':
      return { value: `${points} %`, format: 'general' };
    case 'text-comma':
      return { value: comma, format: 'text' };
  }
}

/** Presencial's satisfaction per month, each typed in its own form. */
function satisfactionColumn(cells: { points: number; form: PercentForm }[]): RawWorkbook {
  const rows: CellValue[][] = [['Mes', 'Canal', 'Interacciones', 'Encuestados', 'Satisfacción']];
  const formats: Record<string, FormatKind> = {};
  cells.forEach((c, i) => {
    const t = typed(c.points, c.form);
    rows.push([months6[i], 'Presencial', 1000, 500, t.value]);
    formats[`E${i + 2}`] = t.format;
  });
  return workbookOf([sheetOf('Canales', rows, { formats })]);
}

const tenth = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((t) => t / 10);

test('property: a percentage above 1 reads the same as a %-formatted fraction, as points or as text', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ points: tenth(1.1, 100), form: fc.constantFrom(...percentForms) }), { minLength: 1, maxLength: 6 }), (cells) => {
      const { indicators, findings } = readAll(satisfactionColumn(cells));
      expect(findings.filter((f) => f.cell?.startsWith('E'))).toEqual([]);
      cells.forEach((c, i) => {
        expect(indicators.find((v) => v.id === 'satisfaction' && v.channel === 'Presencial' && v.month === months6[i])?.value).toBe(c.points);
      });
    }),
    { numRuns: 200 },
  );
});

test('property: any percentage, typed in any form, reads as itself, or is an ambiguous-percent finding at its cell (or a bare fraction of a column whose odd points values are), or — a column of bare numbers all ≤ 1 — reads as fractions (workbook.md); never another number', () => {
  const bare = (form: PercentForm) => form === 'points' || form === 'text-comma';
  fc.assert(
    fc.property(fc.array(fc.record({ points: tenth(0, 100), form: fc.constantFrom(...percentForms) }), { minLength: 1, maxLength: 6 }), (cells) => {
      const { indicators, findings } = readAll(satisfactionColumn(cells));
      const fractionsColumn = cells.filter((c) => bare(c.form)).every((c) => c.points <= 1);
      cells.forEach((c, i) => {
        const value = indicators.find((v) => v.id === 'satisfaction' && v.channel === 'Presencial' && v.month === months6[i])?.value;
        const flagged = findings.map((f) => `${f.code}@${f.cell}`);
        // Unused: flagged at its cell, or a bare fraction of a column whose odd points values are flagged.
        const oddPoints = cells.map((d, j) => (bare(d.form) && d.points > 1 ? `ambiguous-percent@E${j + 2}` : '')).filter((x) => flagged.includes(x));
        if (value === undefined) {
          if (!(bare(c.form) && c.points <= 1 && oddPoints.length)) expect(flagged).toContain(`ambiguous-percent@E${i + 2}`);
        } else if (bare(c.form) && fractionsColumn) expect(value).toBeCloseTo(c.points * 100, 9);
        else expect(value).toBe(c.points);
      });
    }),
    { numRuns: 200 },
  );
});

// ---- months ----------------------------------------------------------------------------------------

const monthNames = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
type MonthForm =
  | 'iso' | 'mm/yyyy' | 'm/yyyy' | 'name yyyy' | 'Name de yyyy' | 'abbr-yy' | 'yyyymm text' | 'yyyymm number' | 'dd/mm/yyyy' | 'iso date'
  | 'date cell' | 'serial 1900 date-formatted' | 'serial 1904 date-formatted' | 'serial 1900 general' | 'serial 1904 general' | 'serial with time'
  | 'number + Año' | 'name + Año';
const monthForms: MonthForm[] = [
  'iso', 'mm/yyyy', 'm/yyyy', 'name yyyy', 'Name de yyyy', 'abbr-yy', 'yyyymm text', 'yyyymm number', 'dd/mm/yyyy', 'iso date',
  'date cell', 'serial 1900 date-formatted', 'serial 1904 date-formatted', 'serial 1900 general', 'serial 1904 general', 'serial with time',
  'number + Año', 'name + Año',
];

function serial(y: number, m: number, d: number, system: DateSystem): number {
  const epoch = system === '1900' ? Date.UTC(1899, 11, 30) : Date.UTC(1904, 0, 1);
  return (Date.UTC(y, m - 1, d) - epoch) / 86400000;
}

/** One Canales row whose month is written in a form; the workbook in the form's date system. */
function monthCell(y: number, m: number, d: number, form: MonthForm): RawWorkbook {
  let value: CellValue;
  let format: FormatKind = 'general';
  let system: DateSystem | undefined;
  let year = false;
  switch (form) {
    case 'iso': value = `${y}-${pad(m)}`; break;
    case 'mm/yyyy': value = `${pad(m)}/${y}`; break;
    case 'm/yyyy': value = `${m}/${y}`; break;
    case 'name yyyy': value = `${monthNames[m - 1]} ${y}`; break;
    case 'Name de yyyy': value = `${monthNames[m - 1].toUpperCase()} de ${y}`; break;
    case 'abbr-yy': value = `${monthNames[m - 1].slice(0, 3)}-${pad(y % 100)}`; break;
    case 'yyyymm text': value = `${y}${pad(m)}`; format = 'text'; break;
    case 'yyyymm number': value = y * 100 + m; break;
    case 'dd/mm/yyyy': value = `${pad(d)}/${pad(m)}/${y}`; break;
    case 'iso date': value = `${y}-${pad(m)}-${pad(d)}`; break;
    case 'date cell': value = new Date(Date.UTC(y, m - 1, d)); format = 'date'; break;
    case 'serial 1900 date-formatted': value = serial(y, m, d, '1900'); format = 'date'; break;
    case 'serial 1904 date-formatted': value = serial(y, m, d, '1904'); format = 'date'; system = '1904'; break;
    case 'serial 1900 general': value = serial(y, m, d, '1900'); break;
    case 'serial 1904 general': value = serial(y, m, d, '1904'); system = '1904'; break;
    case 'serial with time': value = serial(y, m, d, '1900') + 0.75; format = 'date'; break;
    case 'number + Año': value = m; year = true; break;
    case 'name + Año': value = monthNames[m - 1]; year = true; break;
  }
  const rows: CellValue[][] = year ? [['Año', 'Mes', 'Canal', 'Interacciones'], [y, value, 'Virtual', 10]] : [['Mes', 'Canal', 'Interacciones'], [value, 'Virtual', 10]];
  const monthCol = year ? 'B2' : 'A2';
  return workbookOf([sheetOf('Canales', rows, { formats: { [monthCol]: format } })], system);
}

test('property: a month written in any accepted form, as a date in either date system or as an ISO date cell, reads the same', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(...monthForms), (y, m, d, form) => {
      const { inputs, data } = computeServiceIndicators(monthCell(y, m, d, form));
      expect([form, inputs.months]).toEqual([form, [`${y}-${pad(m)}`]]);
      expect(data.findings.filter((f) => f.sheet === 'Canales')).toEqual([]);
    }),
    { numRuns: 500 },
  );
});

test('property: no number or date in a month cell becomes a month outside the plausible years', () => {
  const cell = fc.oneof(
    fc.integer({ min: -1e7, max: 1e7 }),
    fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    fc.date({ min: new Date(-1e13), max: new Date(1e13) }),
  );
  fc.assert(
    fc.property(cell, fc.constantFrom<FormatKind | undefined>('date', 'general', 'number', 'text', 'percent', undefined), fc.constantFrom<DateSystem>('1900', '1904'), (v, format, dateSystem) => {
      const parsed = parseMonth(v, { format, dateSystem, years: defaultYearWindow });
      if (parsed.kind !== 'ok') return;
      const year = Number(parsed.value.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(defaultYearWindow.from);
      expect(year).toBeLessThanOrEqual(defaultYearWindow.to);
    }),
    { numRuns: 3000 },
  );
});

// ---- removing one input value -----------------------------------------------------------------------

function cellsOf(wb: RawWorkbook): { sheet: number; row: number; col: number }[] {
  const out: { sheet: number; row: number; col: number }[] = [];
  wb.sheets.forEach((s, sheet) => s.values.forEach((r, row) => row > 0 && r.forEach((v, col) => v !== null && v !== undefined && v !== '' && out.push({ sheet, row, col }))));
  return out;
}

function indicatorMap(wb: RawWorkbook): Map<string, number> {
  return new Map(computeServiceIndicators(wb).indicators.map((v) => [`${v.id}|${v.month}|${v.channel}|${v.breakdown}`, v.value]));
}

describe.each([
  ['the February 2025 worked example', workedExample(), 100],
  ['a clean year with the raw log', cleanWorkbook(2), 40],
])('property on %s: removing any one input value never changes an output value — it can only disappear', (_name, base, runs) => {
  const before = indicatorMap(base);
  const cells = cellsOf(base);
  test('one cell at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cells.length - 1 }), (i) => {
        const { sheet, row, col } = cells[i];
        const wb = copyBook(base);
        wb.sheets[sheet].values[row][col] = null;
        const after = indicatorMap(wb);
        const changed = [...after].filter(([key, value]) => before.get(key) !== value).map(([key, value]) => `${key}: ${before.get(key)} → ${value}`);
        expect(changed).toEqual([]);
      }),
      { numRuns: runs },
    );
  });
});
