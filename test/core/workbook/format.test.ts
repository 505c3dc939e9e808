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
  });

  it('never throws, whatever the code', () => {
    fc.assert(fc.property(fc.string(), (s) => void formatKindOfCode(s)));
  });
});
