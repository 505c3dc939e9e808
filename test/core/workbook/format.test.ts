/** Number-format codes as cell evidence, the same on every host. */
import fc from 'fast-check';
import { formatKindOfBuiltInId, formatKindOfCode } from '../../../core/workbook';

describe('formatKindOfCode', () => {
  it.each([
    ['General', 'general'],
    ['@', 'text'],
    ['0.0%', 'percent'],
    ['[$-240A]0.0 %', 'percent'],
    ['0%;[Red]-0%', 'percent'],
    ['dd/mm/yyyy', 'date'],
    ['mmm yyyy', 'date'],
    ['[$-240A]dd/mm/yyyy', 'date'],
    ['m/d/yy h:mm AM/PM', 'date'],
    ['[h]:mm', 'date'],
    ['#,##0', 'number'],
    ['[$-240A]#,##0.0##', 'number'],
    ['0.00_);[Red](0.00)', 'number'],
    ['"mes" 0', 'number'],
    ['[Blue]#,##0', 'number'],
    ['$#,##0.00', 'number'],
    // Codes met in .xlsx styles parts (the reader classifies with this same function).
    ['0', 'number'],
    ['#,##0.00 "COP"', 'number'],
    ['[Red]0%;[Blue]-0%', 'percent'],
    ['d/m/yyyy', 'date'],
    ['[h]:mm:ss', 'date'],
    ['h:mm AM/PM', 'date'],
    ['mmm-yy', 'date'],
    ['"Día "0', 'number'],
    ['0.00E+00', 'number'],
    ['\\d0', 'number'],
    ['[$-es-CO]dd/mm/yyyy;@', 'date'],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', 'number'],
  ])('%s → %s', (code, kind) => {
    expect(formatKindOfCode(code)).toBe(kind);
  });

  it('gives no evidence for what it cannot classify', () => {
    expect(formatKindOfCode('')).toBeUndefined();
    expect(formatKindOfCode(null)).toBeUndefined();
    expect(formatKindOfCode('"texto fijo"')).toBeUndefined();
    // Letters inside quotes, colours and locale tags are not date tokens.
    expect(formatKindOfCode('"días" 0')).toBe('number');
    expect(formatKindOfCode('[Magenta]0')).toBe('number');
  });

  it('classifies built-in ids', () => {
    expect([0, 3, 9, 10, 14, 22, 49, 164].map(formatKindOfBuiltInId)).toEqual(['general', 'number', 'percent', 'percent', 'date', 'date', 'text', undefined]);
    // The East Asian ids (27–36, 50–58) are dates or times in every one of ECMA-376's language lists.
    expect([27, 28, 31, 32, 35, 36, 50, 54, 58].map(formatKindOfBuiltInId)).toEqual(Array(9).fill('date'));
    expect([23, 26, 59, 82].map(formatKindOfBuiltInId)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('never throws, whatever the code', () => {
    fc.assert(fc.property(fc.string(), (s) => void formatKindOfCode(s)));
  });
});
