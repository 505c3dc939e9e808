/** One test per reading rule of workbook.md, each with its failure case. */
import fc from 'fast-check';
import { defaultYearWindow,
  parseNumber, readPercentCell, resolvePercentColumn, parseMonth, parseDate, parseYesNo, parseEnum, channelEnum, pointTypeEnum,
} from '../../../core/table';
import { formatDayFirst, suggestCalendarDate } from '../../../core/accountability';
import type { CellValue } from '../../../core/workbook';
import { formatNumber } from '../../../core/i18n';

const ok = <T>(value: T) => expect.objectContaining({ kind: 'ok', value });
const invalid = { kind: 'invalid' };

describe('numbers', () => {
  test.each<[CellValue, number]>([
    [1371, 1371], ['1.371', 1371], ['1371', 1371], ['98,3', 98.3], ['98.3', 98.3], ['1.234.567', 1234567],
    ['1.234,5', 1234.5], ['1,234.5', 1234.5], [' 7 730 ', 7730], ['-5', -5], ['−5', -5], ['0.983', 0.983], ['0,5', 0.5],
  ])('%p reads as %p', (raw, expected) => expect(parseNumber(raw)).toEqual(ok(expected)));

  test.each<CellValue>(['abc', '1,2,3', '12a', '1.2.3,4,5', true, '--1', 'NaN', 'Infinity', '#DIV/0!'])('%p is invalid, never 0', (raw) => {
    expect(parseNumber(raw)).toEqual(invalid);
  });

  test('decimals as written, capped where a double stops meaning anything (5e-324 once made a check throw)', () => {
    expect(parseNumber(97.7)).toEqual({ kind: 'ok', value: 97.7, decimals: 1 });
    expect(parseNumber('98,60')).toEqual({ kind: 'ok', value: 98.6, decimals: 2 });
    expect(parseNumber(5e-324)).toEqual({ kind: 'ok', value: 5e-324, decimals: 15 });
    expect(parseNumber(`0,${'1'.repeat(200)}`)).toEqual(expect.objectContaining({ kind: 'ok', decimals: 15 }));
  });

  test('blank is blank', () => {
    expect(parseNumber(null)).toEqual({ kind: 'blank' });
    expect(parseNumber('  ')).toEqual({ kind: 'blank' });
  });

  test('property: a count written in Colombian notation reads back to itself', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
      const parsed = parseNumber(formatNumber(n, 0, 'es'));
      return parsed.kind === 'ok' && parsed.value === n;
    }));
  });

  test('property: no cell content makes a reader throw', () => {
    const anyCell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: false }));
    fc.assert(fc.property(anyCell, (v) => {
      parseNumber(v); readPercentCell(v); parseMonth(v); parseDate(v); parseYesNo(v); parseEnum(v, channelEnum);
      if (typeof v === 'string') suggestCalendarDate(v);
    }), { numRuns: 2000 });
  });
});

describe('percentages', () => {
  const points = (cells: CellValue[]) => resolvePercentColumn(cells.map((v) => readPercentCell(v))).map((p) => (p.kind === 'ok' ? p.value : p.kind));

  test('a column of values ≤ 1 is read as fractions', () => {
    expect(points([0.983, 1, 0.5])).toEqual([98.3, 100, 50]);
  });
  test('a column of mostly points: its values in (0, 1] could be either and are ambiguous, never guessed; the points are read', () => {
    expect(points([98.3, 97.1, 95, 1, 0.5, 0])).toEqual([98.3, 97.1, 95, 'invalid', 'invalid', 0]);
    expect(resolvePercentColumn([readPercentCell(98.3), readPercentCell(0.5)])[1]).toEqual({ kind: 'invalid', reason: 'ambiguous-percent' });
  });
  test('a column of mostly fractions with a points value: the points value is the finding, and no fraction is used', () => {
    const col = resolvePercentColumn([0.887, 0.948, 0.822, 81, 0].map((v) => readPercentCell(v)));
    expect(col).toEqual([
      { kind: 'invalid', reason: 'mixed-percent-column' },
      { kind: 'invalid', reason: 'mixed-percent-column' },
      { kind: 'invalid', reason: 'mixed-percent-column' },
      { kind: 'invalid', reason: 'points-among-fractions' },
      { kind: 'ok', value: 0, decimals: 0 },
    ]);
  });
  test('a %-formatted cell holds a fraction whatever its neighbours hold', () => {
    const col = resolvePercentColumn([readPercentCell(100, 'general'), readPercentCell(0.998, 'percent'), readPercentCell(1, 'percent')]);
    expect(col).toEqual([{ kind: 'ok', value: 100, decimals: 0 }, { kind: 'ok', value: 99.8, decimals: 1 }, { kind: 'ok', value: 100, decimals: 0 }]);
    // 98,3 formatted as % is 9.830 %: out of range, not silently 98,3.
    expect(resolvePercentColumn([readPercentCell(98.3, 'percent')])[0]).toEqual({ kind: 'ok', value: 9830, decimals: 0 });
  });
  test('text with % is always points, whatever the column', () => {
    expect(points(['98,3%', 0.5])).toEqual([98.3, 50]);
    expect(points(['98.3 %', '0,5 %'])).toEqual([98.3, 0.5]);
  });
  test('text that is not a percentage is invalid', () => {
    expect(points(['muy bien', 0.5])).toEqual(['invalid', 50]);
  });
  test('decimals as written: 98,6% has one, 0.986 as a fraction has one in points', () => {
    expect(resolvePercentColumn([readPercentCell('98,6%')])[0]).toEqual({ kind: 'ok', value: 98.6, decimals: 1 });
    expect(resolvePercentColumn([readPercentCell(0.986)])[0]).toEqual({ kind: 'ok', value: 98.6, decimals: 1 });
  });
  test('property: a column reads the same as fractions or as points, except where it mixes them: then no value in (0, 1] is used, and the cells of the minority form are findings', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 20 }).filter((xs) => xs.some((x) => x > 10)), (tenths) => {
      const asPoints = resolvePercentColumn(tenths.map((t) => readPercentCell(t / 10)));
      const asFractions = points(tenths.map((t) => t / 1000));
      const small = tenths.filter((t) => t >= 1 && t <= 10).length;
      const large = tenths.filter((t) => t > 10).length;
      return asPoints.every((p, i) => {
        const t = tenths[i];
        if (small === 0 || t === 0) return p.kind === 'ok' && Math.abs(p.value - (asFractions[i] as number)) < 1e-9;
        if (small > large) return p.kind === 'invalid' && p.reason === (t <= 10 ? 'mixed-percent-column' : 'points-among-fractions');
        return t <= 10 ? p.kind === 'invalid' && p.reason === 'ambiguous-percent' : p.kind === 'ok' && p.value === t / 10;
      });
    }));
  });
  test('property: any column of fractions with one points value flags that value’s cell, and uses none of the fractions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 20 }), fc.integer({ min: 11, max: 1000 }), fc.nat(), (thousandths, pointTenths, at) => {
        const cells: number[] = thousandths.map((t) => t / 1000);
        const i = at % (cells.length + 1);
        cells.splice(i, 0, pointTenths / 10);
        const col = resolvePercentColumn(cells.map((v) => readPercentCell(v)));
        expect(col[i]).toEqual({ kind: 'invalid', reason: 'points-among-fractions' });
        col.forEach((p, j) => {
          if (j !== i) expect(p).toEqual({ kind: 'invalid', reason: 'mixed-percent-column' });
        });
      }),
    );
  });
});

describe('months', () => {
  test.each<[CellValue, string]>([
    ['2025-02', '2025-02'], ['02/2025', '2025-02'], ['2/2025', '2025-02'], ['febrero 2025', '2025-02'], ['feb-25', '2025-02'],
    ['Febrero de 2025', '2025-02'], ['FEBRERO  2025', '2025-02'], ['sep-24', '2024-09'], ['Setiembre 2024', '2024-09'],
    [new Date(Date.UTC(2025, 1, 17)), '2025-02'], [45689, '2025-02'], ['15/02/2025', '2025-02'],
  ])('%p → %p', (raw, expected) => expect(parseMonth(raw)).toEqual(ok(expected)));
  test.each<CellValue>(['2025-13', '13/2025', 'febrerito 2025', 'feb', 'mes 2', -3, true, 2, 1.5, 44227.5e3])('%p is invalid (read from a sheet, with the plausible years)', (raw) => {
    expect(parseMonth(raw, { years: defaultYearWindow }).kind).toBe('invalid');
  });
});

describe('dates (day first, always)', () => {
  test.each<[CellValue, string]>([
    ['11/09/2021', '2021-09-11'], ['1/9/2021', '2021-09-01'], ['2021-09-11', '2021-09-11'], ['03/04/2021', '2021-04-03'],
    [new Date(Date.UTC(2021, 8, 11)), '2021-09-11'], [44450, '2021-09-11'],
  ])('%p → %p', (raw, expected) => expect(parseDate(raw)).toEqual(ok(expected)));
  test.each<CellValue>(['31/02/2021', '1110912021', '0/09/2021', 'Ps/08/2021', '2021-02-30', '32/01/2021', 'ayer'])('%p is invalid', (raw) => {
    expect(parseDate(raw)).toEqual(invalid);
  });
  test('a digit standing for a slash gets the corrected date suggested', () => {
    expect(formatDayFirst(suggestCalendarDate('1110912021')!)).toBe('11/09/2021');
    expect(formatDayFirst(suggestCalendarDate('1510412021')!)).toBe('15/04/2021');
    expect(suggestCalendarDate('0/09/2021')).toBeUndefined();
  });
});

describe('yes/no', () => {
  test.each<CellValue>(['Sí', 'Si', 'S', 'X', 'Yes', 'true', '1', 1, true])('%p is yes', (raw) => expect(parseYesNo(raw)).toEqual(ok(true)));
  test.each<CellValue>(['No', 'N', 'false', '0', 0, false])('%p is no', (raw) => expect(parseYesNo(raw)).toEqual(ok(false)));
  test('blank is unknown; other text is invalid', () => {
    expect(parseYesNo('')).toEqual({ kind: 'blank' });
    expect(parseYesNo('quizás')).toEqual(invalid);
  });
});

describe('channels and point types', () => {
  test.each<[string, string]>([
    ['Telefónico', 'Telefónico'], ['telefonico', 'Telefónico'], ['Teléfono', 'Telefónico'], ['Telefonía', 'Telefónico'],
    [' PRESENCIAL ', 'Presencial'], ['virtual', 'Virtual'],
  ])('%p is %p', (raw, expected) => expect(parseEnum(raw, channelEnum)).toEqual(ok(expected)));
  test.each(['Chat', 'Correo', 'Web'])('%p is not a channel', (raw) => expect(parseEnum(raw, channelEnum)).toEqual(invalid));
  test('point types', () => {
    expect(parseEnum('par', pointTypeEnum)).toEqual(ok('PAR'));
    expect(parseEnum('Sede central', pointTypeEnum)).toEqual(ok('Sede Central'));
    expect(parseEnum('PAX', pointTypeEnum)).toEqual(invalid);
  });
});
