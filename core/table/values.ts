/** Cell parsers: each reads one raw cell by the workbook's reading rules (workbook.md). */
import type { CellValue, DateSystem, FormatKind } from '../workbook';
import { normalizeName } from '../text';
import type { Locale } from '../i18n';

/** The outcome of reading one cell: blank, a value, or invalid (a finding for the caller). */
export type Parsed<T> =
  | { kind: 'blank' }
  | { kind: 'ok'; value: T; decimals?: number }
  | { kind: 'invalid'; reason?: ReadProblem; year?: number };

/** Why a present value could not be read, when more can be said than "not a valid value". */
export type ReadProblem =
  | 'out-of-window'
  | 'needs-year'
  | 'year-mismatch'
  | 'ambiguous-percent'
  | 'points-among-fractions'
  | 'mixed-percent-column'
  | 'pending-formula';

const BLANK = { kind: 'blank' } as const;
const INVALID = { kind: 'invalid' } as const;

/** True for null, undefined, empty or whitespace-only text. */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** The cell as the user would read it (for messages). */
export function displayRaw(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** Decimals beyond this say nothing about how a figure was written (a double holds ~15 digits). */
export const MAX_DECIMALS = 15;

/** Decimals of a number as JavaScript writes it (`97.7` → 1), at most MAX_DECIMALS. */
export function decimalsOf(n: number): number {
  if (!isFinite(n)) return 0;
  const s = String(n);
  const mantissa = s.split('e')[0].split('.')[1]?.length ?? 0;
  const exp = /e-(\d+)$/.exec(s);
  return Math.min(MAX_DECIMALS, exp ? Number(exp[1]) + mantissa : mantissa);
}

/**
 * Reads a number: a numeric cell, or text in Colombian (`1.371`, `98,3`, `1.234.567,5`) or plain
 * (`1371`, `98.3`) notation. A lone `.` followed by exactly three digits groups thousands (`1.371`);
 * a comma is always the decimal mark unless a later `.` is (`1,234.5`).
 */
export function parseNumber(v: CellValue): Parsed<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return isFinite(v) ? { kind: 'ok', value: v, decimals: decimalsOf(v) } : INVALID;
  if (typeof v !== 'string') return INVALID;
  let s = v.trim().replace(/[\u00a0\u202f ]/g, '').replace(/^\u2212/, '-');
  let sign = 1;
  if (/^[+-]/.test(s)) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  let normalized: string;
  if (/^\d+$/.test(s)) normalized = s;
  else if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(s)) normalized = s.replace(/\./g, ''); // 1.371, 1.234.567
  else if (/^\d+\.\d+$/.test(s) || /^\.\d+$/.test(s)) normalized = s; // 98.3
  else if (/^\d+,\d+$/.test(s) || /^,\d+$/.test(s)) normalized = s.replace(',', '.'); // 98,3
  else if (/^[1-9]\d{0,2}(\.\d{3})+,\d+$/.test(s)) normalized = s.replace(/\./g, '').replace(',', '.'); // 1.234,5
  else if (/^[1-9]\d{0,2}(,\d{3})+\.\d+$/.test(s)) normalized = s.replace(/,/g, ''); // 1,234.5
  else return INVALID;
  const value = sign * Number(normalized);
  if (!isFinite(value)) return INVALID;
  const decimals = Math.min(MAX_DECIMALS, normalized.includes('.') ? normalized.split('.')[1].length : 0);
  return { kind: 'ok', value: value === 0 ? 0 : value, decimals };
}

/**
 * A percentage cell before the per-column decision: `points` when written with `%`, `fraction` when
 * the host says the cell is formatted as a percentage (it holds 0.983 for 98,3 %), else a bare number.
 */
export type PercentRead =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  | { kind: 'points'; value: number; decimals: number }
  | { kind: 'fraction'; value: number; decimals: number }
  | { kind: 'bare'; value: number; decimals: number };

/**
 * Reads one percentage cell. A number in a %-formatted cell is a fraction whatever its neighbours hold
 * (workbook.md, "Cell evidence"); text with `%` is points; other numbers are resolved per column by
 * `resolvePercentColumn`.
 */
export function readPercentCell(v: CellValue, format?: FormatKind): PercentRead {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number' && format === 'percent') {
    if (!isFinite(v)) return INVALID;
    return { kind: 'fraction', value: roundTo(v * 100, 12), decimals: Math.max(0, decimalsOf(v) - 2) };
  }
  if (typeof v === 'string' && /%\s*$/.test(v.trim())) {
    const n = parseNumber(v.trim().replace(/\s*%\s*$/, ''));
    return n.kind === 'ok' ? { kind: 'points', value: n.value, decimals: n.decimals ?? 0 } : INVALID;
  }
  const n = parseNumber(v);
  if (n.kind === 'ok') return { kind: 'bare', value: n.value, decimals: n.decimals ?? 0 };
  return n.kind === 'blank' ? BLANK : INVALID;
}

/**
 * Per column (workbook.md): when every bare value is ≤ 1 the column holds fractions (Excel's `%`
 * cells without format evidence), else it mixes the two forms, and a bare value in (0, 1] could be
 * either — 0,998 is 99,8 % or 0,998 % — so no such value is used: a finding, never a guess (issue 8).
 * The finding points at the cells that differ from the column's majority form:
 * - most bare values > 1 (points, or a tie): each value in (0, 1] is `ambiguous-percent`; the values
 *   > 1 are points for certain and are read;
 * - most bare values in (0, 1] (fractions): each value > 1 is `points-among-fractions` (the slip, at
 *   its cell), and the fractions are `mixed-percent-column` (not used, the finding at the odd cells
 *   says why).
 * Zero is zero in either form. Returns the values in points.
 */
export function resolvePercentColumn(cells: readonly PercentRead[]): Parsed<number>[] {
  let fractionCount = 0;
  let pointCount = 0;
  for (const c of cells) {
    if (c.kind !== 'bare' || c.value === 0) continue;
    if (Math.abs(c.value) <= 1) fractionCount++;
    else pointCount++;
  }
  const fractions = pointCount === 0;
  const fractionMajority = fractionCount > pointCount;
  return cells.map((c): Parsed<number> => {
    if (c.kind === 'blank' || c.kind === 'invalid') return c;
    if (c.kind === 'points' || c.kind === 'fraction') return { kind: 'ok', value: c.value, decimals: c.decimals };
    if (fractions) return { kind: 'ok', value: roundTo(c.value * 100, 12), decimals: Math.max(0, c.decimals - 2) };
    if (c.value === 0) return { kind: 'ok', value: 0, decimals: c.decimals };
    const isFraction = Math.abs(c.value) <= 1;
    if (fractionMajority) return { kind: 'invalid', reason: isFraction ? 'mixed-percent-column' : 'points-among-fractions' };
    if (isFraction) return { kind: 'invalid', reason: 'ambiguous-percent' };
    return { kind: 'ok', value: c.value, decimals: c.decimals };
  });
}

/**
 * A cell's value as the user sees it, for messages: a number in Colombian notation (`9,44`, `1371`),
 * or as its % format shows it (`944 %`); text and dates as `displayRaw`.
 */
export function displayCell(v: CellValue, format?: FormatKind, locale: Locale = 'es'): string {
  if (typeof v !== 'number' || !isFinite(v)) return displayRaw(v);
  const value = format === 'percent' ? roundTo(v * 100, 12) : v;
  // As Excel's General format shows it in Colombia: a decimal comma, no thousands grouping (`2000`).
  const fixed = value.toFixed(decimalsOf(value));
  const text = locale === 'es' ? fixed.replace('.', ',') : fixed;
  return format === 'percent' ? `${text} %` : text;
}

/** Rounds away binary noise (0.983 × 100 = 98.30000000000001). */
function roundTo(n: number, digits: number): number {
  return Number(n.toPrecision(digits));
}

// ---- dates and months -------------------------------------------------------------------------

/** Years (inclusive) a month or date may fall in without a finding. */
export interface YearWindow {
  from: number;
  to: number;
}

/**
 * The default plausible window, 2000–2100: no month outside it reaches an output without a finding
 * (a February read as "Julio 1905" is a serial misread, never a figure). Configurable per run.
 */
export const defaultYearWindow: YearWindow = { from: 2000, to: 2100 };

/** What reading a date or month cell needs besides its value (workbook.md, "Cell evidence"). */
export interface DateReading {
  /** The cell's number-format kind, when the host knows it: `date` makes a number a serial date. */
  format?: FormatKind;
  /** How serial numbers map to dates; default `1900`. */
  dateSystem?: DateSystem;
  /**
   * Plausible years. Sheets are always read with one (`ReadOptions.years`, default
   * `defaultYearWindow`); a direct call without it accepts any real date (a custom function's argument).
   */
  years?: YearWindow;
  /** The row's year from an `Año` column: a month written as 1–12 or as a bare name needs it. */
  year?: number;
}

const DAY_MS = 86400000;
const EPOCH_1900_MS = Date.UTC(1899, 11, 30); // serial 61 = 1900-03-01 (Excel counts a fictitious 1900-02-29 as 60)
const EPOCH_1904_MS = Date.UTC(1904, 0, 1); // serial 0 = 1904-01-01

/**
 * Calendar date of an Excel serial number in a date system, or null when there is none (below 1, the
 * fictitious 1900-02-29, beyond 9999-12-31). The fraction (time of day) is ignored.
 */
export function fromExcelSerial(serial: number, system: DateSystem = '1900'): { y: number; m: number; d: number } | null {
  if (!isFinite(serial)) return null;
  const days = Math.floor(serial);
  let ms: number;
  if (system === '1904') {
    if (days < 0) return null;
    ms = EPOCH_1904_MS + days * DAY_MS;
  } else {
    if (days < 1 || days === 60) return null;
    ms = days < 60 ? EPOCH_1900_MS + (days + 1) * DAY_MS : EPOCH_1900_MS + days * DAY_MS;
  }
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  if (y > 9999) return null;
  return { y, m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function inWindow<T>(value: T, y: number, reading: DateReading): Parsed<T> {
  const years = reading.years;
  if (years && (y < years.from || y > years.to)) return { kind: 'invalid', reason: 'out-of-window', year: y };
  if (reading.year !== undefined && y !== reading.year) return { kind: 'invalid', reason: 'year-mismatch', year: y };
  return { kind: 'ok', value };
}

/**
 * Reads a date, day first: a date cell, an Excel serial number (a date-formatted cell always; a number
 * in another format only when it falls in the plausible window), `dd/mm/yyyy`, `d/m/yyyy`, `yyyy-mm-dd`
 * (also with a time). Returns `YYYY-MM-DD`; a date outside the plausible years is `invalid`
 * (`out-of-window`).
 */
export function parseDate(v: CellValue, reading: DateReading = {}): Parsed<string> {
  if (isBlank(v)) return BLANK;
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return INVALID;
    const y = v.getUTCFullYear();
    return inWindow(iso(y, v.getUTCMonth() + 1, v.getUTCDate()), y, reading);
  }
  if (typeof v === 'number') {
    if (reading.format === 'percent') return INVALID;
    const c = fromExcelSerial(v, reading.dateSystem);
    return c ? inWindow(iso(c.y, c.m, c.d), c.y, reading) : INVALID;
  }
  if (typeof v !== 'string') return INVALID;
  const s = v.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? inWindow(iso(y, mo, d), y, reading) : INVALID;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? inWindow(iso(y, mo, d), y, reading) : INVALID;
  }
  return INVALID;
}

const monthWords: [string, number][] = [
  ['enero', 1], ['ene', 1], ['january', 1], ['jan', 1],
  ['febrero', 2], ['feb', 2], ['february', 2],
  ['marzo', 3], ['mar', 3], ['march', 3],
  ['abril', 4], ['abr', 4], ['april', 4], ['apr', 4],
  ['mayo', 5], ['may', 5],
  ['junio', 6], ['jun', 6], ['june', 6],
  ['julio', 7], ['jul', 7], ['july', 7],
  ['agosto', 8], ['ago', 8], ['august', 8], ['aug', 8],
  ['septiembre', 9], ['setiembre', 9], ['sept', 9], ['sep', 9], ['set', 9], ['september', 9],
  ['octubre', 10], ['oct', 10], ['october', 10],
  ['noviembre', 11], ['nov', 11], ['november', 11],
  ['diciembre', 12], ['dic', 12], ['december', 12], ['dec', 12],
];
const monthByWord = new Map(monthWords);

function monthKey(y: number, m: number, reading: DateReading): Parsed<string> {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12)) return INVALID;
  return inWindow(`${y}-${pad(m)}`, y, reading);
}

/** A month written without its year (`2`, `febrero`): the row's `Año` gives it, else it cannot be read. */
function monthOfRowYear(month: number, reading: DateReading): Parsed<string> {
  if (reading.year === undefined) return { kind: 'invalid', reason: 'needs-year' };
  return monthKey(reading.year, month, reading);
}

/**
 * Reads a month (workbook.md): a date cell (any day), or a number only where it can be a month — a
 * serial in a date-formatted cell, `YYYYMM` (`202502`), a serial of another format inside the
 * plausible window, or 1–12 next to an `Año` column — or text `2025-02`, `02/2025`, `2/2025`,
 * `202502`, `febrero 2025`, `feb-25`, `Febrero de 2025`, a full date, or `febrero` / `2` next to
 * `Año`. Returns `YYYY-MM`. Anything else, and any month outside the plausible years or disagreeing
 * with the row's `Año`, is `invalid` (with its reason).
 */
export function parseMonth(v: CellValue, reading: DateReading = {}): Parsed<string> {
  if (isBlank(v)) return BLANK;
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return INVALID;
    return monthKey(v.getUTCFullYear(), v.getUTCMonth() + 1, reading);
  }
  if (typeof v === 'number') {
    if (!isFinite(v) || reading.format === 'percent') return INVALID;
    if (Number.isInteger(v) && v >= 1 && v <= 12 && reading.format !== 'date') return monthOfRowYear(v, reading);
    if (reading.format !== 'date' && Number.isInteger(v) && v >= 100001 && v <= 999912) {
      const yyyymm = monthKey(Math.floor(v / 100), v % 100, reading);
      if (yyyymm.kind === 'ok' || v % 100 <= 12) return yyyymm;
    }
    const c = fromExcelSerial(v, reading.dateSystem);
    return c ? monthKey(c.y, c.m, reading) : INVALID;
  }
  if (typeof v !== 'string') return INVALID;
  const s = normalizeName(v);
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return monthKey(Number(m[1]), Number(m[2]), reading);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return monthKey(Number(m[2]), Number(m[1]), reading);
  m = /^(\d{4})(\d{2})$/.exec(s);
  if (m) return monthKey(Number(m[1]), Number(m[2]), reading);
  m = /^(\d{1,2})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? monthOfRowYear(Number(m[1]), reading) : INVALID;
  m = /^([a-z]+)\.?(?:\s*[-/ ]\s*|\s+de(?:l)?\s+)(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = monthByWord.get(m[1]);
    if (!month) return INVALID;
    const y = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return monthKey(y, month, reading);
  }
  m = /^([a-z]+)\.?$/.exec(s);
  if (m) {
    const month = monthByWord.get(m[1]);
    return month ? monthOfRowYear(month, reading) : INVALID;
  }
  const d = parseDate(v, { ...reading, year: undefined });
  if (d.kind !== 'ok') return d.kind === 'invalid' && d.reason ? d : INVALID;
  return monthKey(Number(d.value.slice(0, 4)), Number(d.value.slice(5, 7)), reading);
}

/** A plausible year (an `Año` cell): a whole number, or text of one, inside the window. */
export function parseYear(v: CellValue, years: YearWindow = defaultYearWindow): Parsed<number> {
  if (isBlank(v)) return BLANK;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n)) return INVALID;
  if (n < years.from || n > years.to) return { kind: 'invalid', reason: 'out-of-window', year: n };
  return { kind: 'ok', value: n };
}

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

// ---- enumerations -----------------------------------------------------------------------------

/** An enumeration: canonical values (as shown to users) with the aliases that also match. */
export interface EnumSpec<T extends string = string> {
  values: readonly { value: T; aliases?: readonly string[] }[];
}

/** Each enumeration's names, normalized once (a sheet may have a million cells to match). */
const enumKeys = new WeakMap<EnumSpec, Map<string, string>>();

/** Reads a value of an enumeration, matching case-, accent- and space-insensitively. */
export function parseEnum<T extends string>(v: CellValue, spec: EnumSpec<T>): Parsed<T> {
  if (isBlank(v)) return BLANK;
  let keys = enumKeys.get(spec);
  if (!keys) {
    keys = new Map();
    // Reverse order so that, as before, the first option naming a key wins.
    for (const option of [...spec.values].reverse()) {
      for (const a of [...(option.aliases ?? [])].reverse()) keys.set(normalizeName(a), option.value);
      keys.set(normalizeName(option.value), option.value);
    }
    enumKeys.set(spec, keys);
  }
  const value = keys.get(normalizeName(displayRaw(v)));
  return value === undefined ? INVALID : { kind: 'ok', value: value as T };
}

export const channels = ['Telefónico', 'Presencial', 'Virtual'] as const;
export type Channel = (typeof channels)[number];

/** Channels and their aliases (`Chat`, `Correo`, `Web` are not channels: they are findings). */
export const channelEnum: EnumSpec<Channel> = {
  values: [
    { value: 'Telefónico', aliases: ['Teléfono', 'Telefonía', 'Telefónica', 'Phone', 'Telephone'] },
    { value: 'Presencial', aliases: ['In person', 'In-person'] },
    { value: 'Virtual' },
  ],
};

export const pointTypes = ['Sede Central', 'PAR', 'PAL'] as const;
export type PointType = (typeof pointTypes)[number];
export const pointTypeEnum: EnumSpec<PointType> = {
  values: [
    { value: 'Sede Central', aliases: ['Sede', 'Central', 'Headquarters'] },
    { value: 'PAR', aliases: ['Punto de Atención Regional', 'Punto de Atencion Regional'] },
    { value: 'PAL', aliases: ['Punto de Atención Local', 'Punto de Atencion Local'] },
  ],
};

const yesWords = new Set(['si', 's', 'x', 'yes', 'y', 'true', 'verdadero', '1']);
const noWords = new Set(['no', 'n', 'false', 'falso', '0']);

/** Reads yes/no: `Sí`, `Si`, `S`, `X`, `Yes`, `true`, `1` / `No`, `N`, `false`, `0`; blank is unknown. */
export function parseYesNo(v: CellValue): Parsed<boolean> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'boolean') return { kind: 'ok', value: v };
  const key = normalizeName(displayRaw(v));
  if (yesWords.has(key)) return { kind: 'ok', value: true };
  if (noWords.has(key)) return { kind: 'ok', value: false };
  return INVALID;
}
