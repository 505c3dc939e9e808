/** Cell parsers: each reads one raw cell by the workbook's reading rules (workbook.md). */
import type { CellValue } from '../workbook';
import { normalizeName } from '../text';

/** The outcome of reading one cell: blank, a value, or invalid (a finding for the caller). */
export type Parsed<T> = { kind: 'blank' } | { kind: 'ok'; value: T; decimals?: number } | { kind: 'invalid' };

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

/** A percentage cell before the per-column decision: points when written with `%`, else a bare number. */
export type PercentRead = { kind: 'blank' } | { kind: 'invalid' } | { kind: 'points'; value: number; decimals: number } | { kind: 'bare'; value: number; decimals: number };

/** Reads one percentage cell; bare numbers are resolved per column by `resolvePercentColumn`. */
export function readPercentCell(v: CellValue): PercentRead {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'string' && /%\s*$/.test(v.trim())) {
    const n = parseNumber(v.trim().replace(/\s*%\s*$/, ''));
    return n.kind === 'ok' ? { kind: 'points', value: n.value, decimals: n.decimals ?? 0 } : INVALID;
  }
  const n = parseNumber(v);
  if (n.kind === 'ok') return { kind: 'bare', value: n.value, decimals: n.decimals ?? 0 };
  return n.kind === 'blank' ? BLANK : INVALID;
}

/**
 * Per column: when every bare value is ≤ 1 the column holds fractions (Excel's `%` cells), else
 * points. Returns the values in points.
 */
export function resolvePercentColumn(cells: readonly PercentRead[]): Parsed<number>[] {
  const bare = cells.filter((c): c is Extract<PercentRead, { kind: 'bare' }> => c.kind === 'bare');
  const fractions = bare.length > 0 && bare.every((c) => Math.abs(c.value) <= 1);
  return cells.map((c) => {
    if (c.kind === 'blank' || c.kind === 'invalid') return c;
    if (c.kind === 'points' || !fractions) return { kind: 'ok', value: c.value, decimals: c.decimals };
    return { kind: 'ok', value: roundTo(c.value * 100, 12), decimals: Math.max(0, c.decimals - 2) };
  });
}

/** Rounds away binary noise (0.983 × 100 = 98.30000000000001). */
function roundTo(n: number, digits: number): number {
  return Number(n.toPrecision(digits));
}

// ---- dates and months -------------------------------------------------------------------------

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Calendar date of an Excel serial number (1900 date system), or null out of range. */
export function fromExcelSerial(serial: number): { y: number; m: number; d: number } | null {
  if (!isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86400000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Reads a date, day first: a date cell, an Excel serial, `dd/mm/yyyy`, `d/m/yyyy`, `yyyy-mm-dd`. Returns `YYYY-MM-DD`. */
export function parseDate(v: CellValue): Parsed<string> {
  if (isBlank(v)) return BLANK;
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return INVALID;
    return { kind: 'ok', value: iso(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()) };
  }
  if (typeof v === 'number') {
    const c = fromExcelSerial(v);
    return c ? { kind: 'ok', value: iso(c.y, c.m, c.d) } : INVALID;
  }
  if (typeof v !== 'string') return INVALID;
  const s = v.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { kind: 'ok', value: iso(y, mo, d) } : INVALID;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { kind: 'ok', value: iso(y, mo, d) } : INVALID;
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

function monthKey(y: number, m: number): Parsed<string> {
  return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 ? { kind: 'ok', value: `${y}-${pad(m)}` } : INVALID;
}

/**
 * Reads a month: a date cell (any day), an Excel serial, or `2025-02`, `02/2025`, `2/2025`,
 * `febrero 2025`, `feb-25`, `Febrero de 2025` (also a full day-first date). Returns `YYYY-MM`.
 */
export function parseMonth(v: CellValue): Parsed<string> {
  if (isBlank(v)) return BLANK;
  if (v instanceof Date || typeof v === 'number') {
    const d = parseDate(v);
    return d.kind === 'ok' ? { kind: 'ok', value: d.value.slice(0, 7) } : INVALID;
  }
  if (typeof v !== 'string') return INVALID;
  const s = normalizeName(v);
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(s);
  if (m) return monthKey(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return monthKey(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?(?:\s*[-/ ]\s*|\s+de(?:l)?\s+)(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const month = monthByWord.get(m[1]);
    if (!month) return INVALID;
    const y = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return monthKey(y, month);
  }
  const d = parseDate(v);
  return d.kind === 'ok' ? { kind: 'ok', value: d.value.slice(0, 7) } : INVALID;
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
