/**
 * Colombian business days (días hábiles): Saturdays, Sundays and national holidays are not
 * business days, nor are an entity's own closures (the `Festivos` sheet).
 *
 * National holidays come from the `colombian-holidays` library (Ley 51 de 1983 moves to Monday,
 * the Easter-based holidays, no moves before 1984), corrected by `statutoryHolidays`: holidays
 * created by laws the library does not carry (yet), each applied only from the year its law took
 * effect. Only Colombia's rules are bundled (a few kilobytes), so custom functions can load this.
 *
 * Dates are ISO `YYYY-MM-DD` strings; days are counted in whole calendar days (UTC day numbers).
 */
import { getHolidaysForYear } from 'colombian-holidays';
import type { Bilingual } from '../i18n';

/** The first year the calendar answers for: Ley 51 de 1983 (moves to Monday) rules from 1984. */
export const firstCalendarYear = 1984;
/** The last year the library computes Easter for. */
export const lastCalendarYear = 4099;

/** A holiday created by a law, on a fixed day of the year. */
export interface StatutoryHoliday {
  month: number;
  day: number;
  /** Moved to the following Monday when it does not fall on a Monday (Ley 51 de 1983, art. 1). */
  movesToMonday: boolean;
  /** The first year it is a holiday. */
  since: number;
  name: Bilingual;
  source: string;
}

/**
 * The correction layer: laws newer than the library's data. Ley 2578 de 2026 (1 June 2026), art. 6,
 * makes 9 July, Nuestra Señora del Rosario de Chiquinquirá, a national holiday moved by Ley 51 de
 * 1983 (13 July in 2026). colombian-holidays 5.0.11 lacks it; a later release that adds it for
 * every year is also corrected here (before `since` it is removed).
 */
export const statutoryHolidays: readonly StatutoryHoliday[] = [
  {
    month: 7,
    day: 9,
    movesToMonday: true,
    since: 2026,
    name: { es: 'Nuestra Señora del Rosario de Chiquinquirá', en: 'Our Lady of the Rosary of Chiquinquirá' },
    source: 'Ley 2578 de 2026, art. 6',
  },
];

/** A national holiday: the day off (`date`, after any move to Monday) and its name. */
export interface Holiday {
  date: string;
  name: Bilingual;
}

const dayMs = 86400000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Day number (days since 1970-01-01) of an ISO date; NaN when malformed. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / dayMs;
}

/** ISO date of a day number. */
export function isoOfDay(day: number): string {
  const d = new Date(day * dayMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The last year looked up and its first and last day: business-day loops step through one year at a time. */
let yearMemo = { year: NaN, first: 0, last: -1 };

function yearOfDay(day: number): number {
  if (day >= yearMemo.first && day <= yearMemo.last) return yearMemo.year;
  const year = new Date(day * dayMs).getUTCFullYear();
  yearMemo = { year, first: Date.UTC(year, 0, 1) / dayMs, last: Date.UTC(year + 1, 0, 1) / dayMs - 1 };
  return year;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < firstCalendarYear || year > lastCalendarYear) {
    throw new RangeError(`The Colombian holiday calendar covers ${firstCalendarYear}–${lastCalendarYear}, not ${year}.`);
  }
}

const holidayCache = new Map<number, Holiday[]>();

/**
 * Colombia's national holidays of a year (law: Ley 51 de 1983, Ley 2578 de 2026), by date; two
 * holidays on the same day are both listed. Throws RangeError outside 1984–4099.
 */
export function nationalHolidays(year: number): readonly Holiday[] {
  checkYear(year);
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const list: Holiday[] = [];
  for (const h of getHolidaysForYear(year)) {
    const original = h.date.slice(5);
    if (statutoryHolidays.some((s) => `${pad(s.month)}-${pad(s.day)}` === original)) continue;
    list.push({ date: h.celebrationDate, name: { es: h.name.es, en: h.name.en } });
  }
  for (const s of statutoryHolidays) {
    if (year < s.since) continue;
    const day = Date.UTC(year, s.month - 1, s.day) / dayMs;
    const shift = s.movesToMonday ? (8 - weekday(day)) % 7 : 0;
    list.push({ date: isoOfDay(day + shift), name: s.name });
  }
  list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  holidayCache.set(year, list);
  return list;
}

const holidayDaysCache = new Map<number, number[]>();

/** Day numbers of a year's national holidays that fall on weekdays, ascending, without repeats. */
function weekdayHolidayDays(year: number): number[] {
  let days = holidayDaysCache.get(year);
  if (!days) {
    days = [...new Set(nationalHolidays(year).map((h) => dayNumber(h.date)))].filter((d) => weekday(d) !== 0 && weekday(d) !== 6).sort((a, b) => a - b);
    holidayDaysCache.set(year, days);
  }
  return days;
}

/** A business-day calendar: the national one plus an entity's own non-working days. */
export interface BusinessCalendar {
  /** Extra non-working days (day numbers), e.g. from the `Festivos` sheet. */
  readonly closures: ReadonlySet<number>;
}

/** The national calendar plus `closures` (ISO dates the entity did not work; they count as holidays). */
export function businessCalendar(closures: readonly string[] = []): BusinessCalendar {
  return { closures: new Set(closures.map(dayNumber).filter((d) => Number.isFinite(d))) };
}

/** The national calendar alone. */
export const nationalCalendar: BusinessCalendar = businessCalendar();

function isBusinessDayNumber(day: number, calendar: BusinessCalendar): boolean {
  const w = weekday(day);
  if (w === 0 || w === 6) return false;
  if (calendar.closures.has(day)) return false;
  const year = yearOfDay(day);
  checkYear(year);
  return !weekdayHolidayDays(year).includes(day);
}

function toDay(iso: string): number {
  const day = dayNumber(iso);
  if (!Number.isFinite(day)) throw new RangeError(`Not an ISO date: ${iso}`);
  checkYear(yearOfDay(day));
  return day;
}

/** True when the date is a business day: not a weekend, national holiday or closure. */
export function isBusinessDay(iso: string, calendar: BusinessCalendar = nationalCalendar): boolean {
  return isBusinessDayNumber(toDay(iso), calendar);
}

/**
 * The date of the `n`-th business day after `start` (n ≥ 0, whole): day 1 is the first business day
 * strictly after `start`, whatever day `start` is (Ley 1755 de 2015, art. 14: terms count from the
 * day after filing); n = 0 gives `start`. Throws RangeError for a negative or fractional n, or
 * beyond the calendar's years.
 */
export function addBusinessDays(start: string, n: number, calendar: BusinessCalendar = nationalCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Business days must be a whole number ≥ 0, not ${n}.`);
  let day = toDay(start);
  let left = n;
  while (left > 0) {
    day++;
    if (isBusinessDayNumber(day, calendar)) left--;
  }
  return isoOfDay(day);
}

/** Weekdays (Monday–Friday) among the days d with a < d ≤ b (a ≤ b). */
function weekdaysBetween(a: number, b: number): number {
  const span = b - a;
  let count = 5 * Math.floor(span / 7);
  for (let d = a + 1 + 7 * Math.floor(span / 7); d <= b; d++) {
    const w = weekday(d);
    if (w !== 0 && w !== 6) count++;
  }
  return count;
}

/**
 * Business days from `start` to `end`: how many business days d satisfy start < d ≤ end (the
 * response time of a request filed on `start` and answered on `end`; 0 when answered the same day).
 * Negative when `end` is before `start`. Throws RangeError beyond the calendar's years.
 */
export function businessDaysBetween(start: string, end: string, calendar: BusinessCalendar = nationalCalendar): number {
  const a = toDay(start);
  const b = toDay(end);
  if (b < a) return -businessDaysBetween(end, start, calendar);
  let count = weekdaysBetween(a, b);
  for (let y = yearOfDay(a); y <= yearOfDay(b); y++) {
    for (const h of weekdayHolidayDays(y)) if (h > a && h <= b && !calendar.closures.has(h)) count--;
  }
  for (const c of calendar.closures) {
    const w = weekday(c);
    if (c > a && c <= b && w !== 0 && w !== 6) count--;
  }
  return count;
}
