/** The Colombian business-day calendar: pqrsd.md's worked examples, the law, and properties. */
import fc from 'fast-check';
import {
  addBusinessDays,
  businessCalendar,
  businessDaysBetween,
  dayNumber,
  firstCalendarYear,
  isBusinessDay,
  isoOfDay,
  nationalHolidays,
  statutoryHolidays,
} from '../../../core/calendar';

describe('pqrsd.md worked examples (national calendar)', () => {
  test.each([
    ['2025-03-14', 15, '2025-04-07'], // Petición: skips the weekend and San José (Monday 2025-03-24)
    ['2025-04-16', 10, '2025-05-05'], // Solicitud de información: skips Holy Thursday and Friday and 1 May
    ['2025-12-01', 30, '2026-01-16'], // Consulta: skips 8 Dec, 25 Dec, 1 Jan and Reyes (Monday 2026-01-12)
    ['2025-03-15', 15, '2025-04-07'], // Queja filed on a Saturday: day 1 is Monday 2025-03-17
  ])('filed %s, %i business days → due %s', (filed, days, due) => {
    expect(addBusinessDays(filed, days)).toBe(due);
  });

  test('a Petición filed 2025-03-14 and answered 2025-04-09 took 17 business days', () => {
    expect(businessDaysBetween('2025-03-14', '2025-04-09')).toBe(17);
  });

  test('day 1 after a Saturday filing is Monday 2025-03-17', () => {
    expect(addBusinessDays('2025-03-15', 1)).toBe('2025-03-17');
  });
});

describe('national holidays (Ley 51 de 1983, Ley 2578 de 2026)', () => {
  test('2025: the official list, San José and the Easter-based ones moved to Monday', () => {
    expect([...new Set(nationalHolidays(2025).map((h) => h.date))]).toEqual([
      '2025-01-01', '2025-01-06', '2025-03-24', '2025-04-17', '2025-04-18', '2025-05-01', '2025-06-02', '2025-06-23',
      '2025-06-30', '2025-07-20', '2025-08-07', '2025-08-18', '2025-10-13', '2025-11-03', '2025-11-17', '2025-12-08', '2025-12-25',
    ]);
    // Sagrado Corazón and San Pedro y San Pablo both fall on 2025-06-30: both are listed.
    expect(nationalHolidays(2025)).toHaveLength(18);
  });

  test('2026 has the new holiday of Ley 2578 de 2026 on Monday 13 July (9 July is a Thursday)', () => {
    const h = nationalHolidays(2026);
    expect(h).toHaveLength(19);
    expect(h.find((x) => x.date === '2026-07-13')?.name.es).toBe('Nuestra Señora del Rosario de Chiquinquirá');
    expect(isBusinessDay('2026-07-13')).toBe(false);
    expect(isBusinessDay('2026-07-09')).toBe(true);
  });

  test('the Ley 2578 holiday is never applied before 2026', () => {
    expect(isBusinessDay('2025-07-14')).toBe(true); // the Monday after 9 July 2025
    for (let y = firstCalendarYear; y < 2026; y++) {
      expect(nationalHolidays(y).filter((h) => h.date >= `${y}-07-09` && h.date <= `${y}-07-15`)).toEqual([]);
    }
  });

  test('on a Monday the holiday stays (2029-07-09), on a Friday it moves (2027-07-12)', () => {
    expect(nationalHolidays(2029).some((h) => h.date === '2029-07-09')).toBe(true);
    expect(nationalHolidays(2027).some((h) => h.date === '2027-07-12')).toBe(true);
  });

  test('outside 1984–4099 the calendar refuses instead of guessing', () => {
    expect(() => nationalHolidays(1983)).toThrow(RangeError);
    expect(() => addBusinessDays('1983-12-30', 3)).toThrow(RangeError);
    expect(() => nationalHolidays(4100)).toThrow(RangeError);
  });

  test('every year 1984–2200 equals the law computed independently (Ley 51 de 1983 art. 1–2, Ley 2578 de 2026)', () => {
    for (let y = 1984; y <= 2200; y++) {
      const expected = [...lawHolidays(y)].sort();
      expect([...new Set(nationalHolidays(y).map((h) => h.date))].sort()).toEqual(expected);
    }
  });
});

describe('the correction layer survives a library release that adds Ley 2578 to every year', () => {
  test('the library entry is removed before 2026 and kept (once) from 2026 on', () => {
    jest.isolateModules(() => {
      jest.doMock('colombian-holidays', () => {
        const real = jest.requireActual('colombian-holidays');
        return {
          ...real,
          getHolidaysForYear: (year: number) => {
            const day = new Date(Date.UTC(year, 6, 9));
            const monday = new Date(day.getTime() + (((8 - day.getUTCDay()) % 7) * 86400000));
            return [...real.getHolidaysForYear(year), { date: `${year}-07-09`, celebrationDate: monday.toISOString().slice(0, 10), name: { es: 'Virgen de Chiquinquirá', en: 'x' }, nextMonday: true }];
          },
        };
      });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const calendar = require('../../../core/calendar') as typeof import('../../../core/calendar');
      expect(calendar.nationalHolidays(2025).some((h) => h.date === '2025-07-14')).toBe(false);
      expect(calendar.nationalHolidays(2026).filter((h) => h.date === '2026-07-13')).toHaveLength(1);
    });
  });

  test('the layer is documented with its source', () => {
    expect(statutoryHolidays).toEqual([expect.objectContaining({ month: 7, day: 9, since: 2026, movesToMonday: true, source: 'Ley 2578 de 2026, art. 6' })]);
  });
});

describe('business days', () => {
  test('a closure of the entity (Festivos) counts as a holiday', () => {
    const calendar = businessCalendar(['2025-04-01']);
    expect(addBusinessDays('2025-03-14', 15, calendar)).toBe('2025-04-08');
    expect(businessDaysBetween('2025-03-14', '2025-04-09', calendar)).toBe(16);
    // A closure on a weekend or national holiday changes nothing.
    const idle = businessCalendar(['2025-03-22', '2025-03-24']);
    expect(addBusinessDays('2025-03-14', 15, idle)).toBe('2025-04-07');
    expect(businessDaysBetween('2025-03-14', '2025-04-09', idle)).toBe(17);
  });

  test('answered the same day is 0 business days; before the start is negative', () => {
    expect(businessDaysBetween('2025-04-07', '2025-04-07')).toBe(0);
    expect(businessDaysBetween('2025-04-09', '2025-03-14')).toBe(-17);
    expect(addBusinessDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(() => addBusinessDays('2025-03-15', -1)).toThrow(RangeError);
    expect(() => addBusinessDays('2025-03-15', 1.5)).toThrow(RangeError);
  });

  const day = fc.integer({ min: dayNumber('1984-01-01'), max: dayNumber('2099-06-30') }).map(isoOfDay);
  const closures = fc.array(fc.integer({ min: dayNumber('2024-01-01'), max: dayNumber('2026-12-31') }).map(isoOfDay), { maxLength: 8 });

  test('property: the due date is a business day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 60 }), closures, (start, n, extra) => {
        const calendar = businessCalendar(extra);
        return isBusinessDay(addBusinessDays(start, n, calendar), calendar);
      }),
    );
  });

  test('property: adding n business days then counting them back gives n', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), closures, (start, n, extra) => {
        const calendar = businessCalendar(extra);
        return businessDaysBetween(start, addBusinessDays(start, n, calendar), calendar) === n;
      }),
    );
  });

  test('property: a later filing never has an earlier due date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 60 }), (start, later, n) => {
        const next = isoOfDay(dayNumber(start) + later);
        return addBusinessDays(next, n) >= addBusinessDays(start, n);
      }),
    );
  });

  test('property: counting agrees with stepping day by day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 900 }), closures, (start, span, extra) => {
        const calendar = businessCalendar(extra);
        const end = isoOfDay(dayNumber(start) + span);
        let stepped = 0;
        for (let d = dayNumber(start) + 1; d <= dayNumber(end); d++) if (isBusinessDay(isoOfDay(d), calendar)) stepped++;
        return businessDaysBetween(start, end, calendar) === stepped;
      }),
      { numRuns: 60 },
    );
  });
});

// ---- the law, written out independently of the library ----------------------------------------

/** Easter Sunday by Gauss's algorithm with the Lichtenberg corrections (not the library's Meeus/Jones/Butcher). */
function easter(year: number): number {
  const a = year % 19;
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const d = (19 * a + m) % 30;
  const r = Math.floor((d + Math.floor(a / 11)) / 29);
  const og = 21 + d - r;
  const sz = 7 - ((year + Math.floor(year / 4) + s) % 7);
  const oe = 7 - ((og - sz) % 7);
  return Date.UTC(year, 2, 1) / 86400000 + og + oe - 1;
}

/** Ley 51 de 1983: fixed days, days moved to the next Monday, and the Easter-based ones; plus Ley 2578 de 2026. */
function lawHolidays(year: number): Set<string> {
  const at = (m: number, d: number) => Date.UTC(year, m - 1, d) / 86400000;
  const monday = (day: number) => day + ((8 - new Date(day * 86400000).getUTCDay()) % 7);
  const e = easter(year);
  const days = [
    at(1, 1), at(5, 1), at(7, 20), at(8, 7), at(12, 8), at(12, 25), // art. 1: on their day
    monday(at(1, 6)), monday(at(3, 19)), monday(at(6, 29)), monday(at(8, 15)), monday(at(10, 12)), monday(at(11, 1)), monday(at(11, 11)), // art. 2
    e - 3, e - 2, // Holy Thursday and Good Friday
    monday(e + 39), monday(e + 60), monday(e + 68), // Ascension, Corpus Christi, Sacred Heart (art. 2)
  ];
  if (year >= 2026) days.push(monday(at(7, 9))); // Ley 2578 de 2026, art. 6
  return new Set(days.map(isoOfDay));
}
