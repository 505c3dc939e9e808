/**
 * Corrections of damaged date texts in the spaces calendar. Scanned calendars lose their slashes:
 * OCR reads `/` as `1` (`1110912021` = `11/09/2021`), keeps one of the two (`14/1012021`), or drops
 * one (`131012021` = `13/10/2021`). Each reading has a cost; the cheapest valid dates are the candidates.
 */
import { parseDate } from '../table';

/** A valid date a damaged text may stand for, with how many changes the reading assumes. */
export interface DateCandidate {
  /** `YYYY-MM-DD`. */
  date: string;
  cost: number;
}

/** Cost of reading one character (or nothing) as a date separator. */
function separatorCost(ch: string | null): number | undefined {
  if (ch === null) return 2; // a dropped separator: rarer than a misread one
  if (ch === '/' || ch === '-' || ch === '.') return 0;
  if (ch === '1' || ch === 'l' || ch === 'I' || ch === '|' || ch === '!') return 1; // OCR reads a slash as 1, l, I or |
  if (/\D/.test(ch)) return 0.5;
  return undefined;
}

/**
 * Every valid day-first date (`d/m/yyyy`) the text may stand for when its separators were misread or
 * lost, cheapest first; duplicates keep their cheapest reading. Texts that already parse give themselves.
 */
export function dateCandidates(text: string): DateCandidate[] {
  const s = text.trim();
  const direct = parseDate(s);
  if (direct.kind === 'ok') return [{ date: direct.value, cost: 0 }];
  const found = new Map<string, number>();
  const m = /^(.*?)(\d{4})$/.exec(s);
  if (!m) return [];
  const [, head, year] = m;
  // head = D sep M sep, with D and M of one or two digits and each separator one character or none.
  for (let dLen = 1; dLen <= 2; dLen++) {
    const day = head.slice(0, dLen);
    if (!/^\d+$/.test(day) || day.length !== dLen) continue;
    for (const sepA of [1, 0]) {
      const aCost = separatorCost(sepA ? (head[dLen] ?? '') : null);
      if (aCost === undefined || (sepA && head[dLen] === undefined)) continue;
      for (let mLen = 1; mLen <= 2; mLen++) {
        const mStart = dLen + sepA;
        const month = head.slice(mStart, mStart + mLen);
        if (!/^\d+$/.test(month) || month.length !== mLen) continue;
        const rest = head.slice(mStart + mLen);
        if (rest.length > 1) continue;
        const bCost = separatorCost(rest.length ? rest : null);
        if (bCost === undefined) continue;
        const parsed = parseDate(`${day}/${month}/${year}`);
        if (parsed.kind !== 'ok') continue;
        const cost = aCost + bCost;
        if (cost < (found.get(parsed.value) ?? Infinity)) found.set(parsed.value, cost);
      }
    }
  }
  return [...found.entries()].map(([date, cost]) => ({ date, cost })).sort((a, b) => a.cost - b.cost || a.date.localeCompare(b.date));
}

const dayMs = 86400000;
const toDay = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / dayMs;

/**
 * The date a damaged text most likely stands for (`YYYY-MM-DD`), or undefined: the cheapest reading
 * when it is the only one at its cost; when several tie, the one nearest the valid dates of the rows
 * around it (`neighbours`), as calendars are mostly in order.
 */
export function suggestCalendarDate(text: string, neighbours: readonly string[] = []): string | undefined {
  const candidates = dateCandidates(text);
  if (!candidates.length) return undefined;
  const cheapest = candidates.filter((c) => c.cost === candidates[0].cost);
  if (cheapest.length === 1) return cheapest[0].date;
  if (!neighbours.length) return undefined;
  const distance = (c: DateCandidate) => neighbours.reduce((sum, n) => sum + Math.abs(toDay(c.date) - toDay(n)), 0);
  const ranked = cheapest.map((c) => ({ c, d: distance(c) })).sort((a, b) => a.d - b.d);
  return ranked[0].d < ranked[1].d ? ranked[0].c.date : undefined;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy` (core/i18n). */
export { formatDayFirst } from '../i18n';

/** The day `days` after an ISO date. */
export function addDays(iso: string, days: number): string {
  return new Date((toDay(iso) + days) * dayMs).toISOString().slice(0, 10);
}

/** Excel serial number of an ISO date (for date-formatted output cells). */
export function excelSerial(iso: string): number {
  return toDay(iso) - Date.UTC(1899, 11, 30) / dayMs;
}
