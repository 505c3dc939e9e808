/** Corrections of damaged calendar dates: slashes read as `1`, kept or lost. */
import fc from 'fast-check';
import { addDays, dateCandidates, excelSerial, formatDayFirst, suggestCalendarDate } from '../../../core/accountability';

describe('suggestCalendarDate', () => {
  test.each([
    ['1110912021', '2021-09-11'], // both slashes read as 1
    ['1510412021', '2021-04-15'],
    ['310812021', '2021-08-03'],
    ['111012021', '2021-10-01'], // the only reading with two misread slashes
    ['14/1012021', '2021-10-14'], // one slash kept
    ['20110/2021', '2021-10-20'],
    ['15 04 2021', '2021-04-15'],
  ])('%p → %p', (text, expected) => expect(suggestCalendarDate(text)).toBe(expected));

  test.each(['0/09/2021', 'Ps/08/2021', 'mañana', '31/02/2021', ''])('%p has no suggestion', (text) => {
    expect(suggestCalendarDate(text)).toBeUndefined();
  });

  test('a lost slash is ambiguous alone (13/10 or 13/01) and settled by the neighbouring rows', () => {
    expect(dateCandidates('131012021').map((c) => c.date)).toEqual(['2021-01-13', '2021-10-13']);
    expect(suggestCalendarDate('131012021')).toBeUndefined();
    expect(suggestCalendarDate('131012021', ['2021-10-13', '2021-10-14'])).toBe('2021-10-13');
    expect(suggestCalendarDate('131012021', ['2021-01-10'])).toBe('2021-01-13');
  });

  test('a valid date is its own only candidate', () => {
    expect(dateCandidates('26/03/2021')).toEqual([{ date: '2021-03-26', cost: 0 }]);
  });

  test('property: any date with both slashes read as 1 is suggested back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const damaged = formatDayFirst(iso).replace(/\//g, '1');
        return suggestCalendarDate(damaged) === iso;
      }),
    );
  });
});

describe('date helpers', () => {
  test('formatDayFirst, addDays and excelSerial', () => {
    expect(formatDayFirst('2021-10-31')).toBe('31/10/2021');
    expect(addDays('2021-10-31', 30)).toBe('2021-11-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(excelSerial('2021-10-31')).toBe(44500);
    expect(excelSerial('1900-03-01')).toBe(61);
  });
});
