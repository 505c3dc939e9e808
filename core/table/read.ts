/** Reading a sheet into typed rows by its spec: headers matched, every value kept with its cell. */
import type { CellValue, RawSheet, RawWorkbook } from '../workbook';
import { a1, a1Range, findSheet } from '../workbook';
import { closest, normalizeName } from '../text';
import { makeFinding, type Finding } from '../findings';
import type { Bilingual, Locale } from '../i18n';
import {
  channelEnum,
  displayRaw,
  isBlank,
  parseDate,
  parseEnum,
  parseMonth,
  parseNumber,
  parseYesNo,
  readPercentCell,
  resolvePercentColumn,
  type Channel,
  type EnumSpec,
  type Parsed,
} from './values';

/** Column types of the template and what each reads into. */
export type ColumnType = 'count' | 'percent' | 'number' | 'month' | 'date' | 'yesno' | 'channel' | 'text' | 'enum' | 'raw';

type ValueOfType<T extends ColumnType> = T extends 'count' | 'percent' | 'number'
  ? number
  : T extends 'yesno'
    ? boolean
    : T extends 'channel'
      ? Channel
      : T extends 'raw'
        ? CellValue
        : string;

export interface ColumnSpec<K extends string = string, T extends ColumnType = ColumnType> {
  key: K;
  header: Bilingual;
  aliases?: readonly string[];
  type: T;
  /** The column must exist (`missing-column`). */
  required?: boolean;
  /** A blank cell is a finding (`missing-value`) and makes the row incomplete. */
  requiredValue?: boolean;
  /** For `enum` columns. */
  enumSpec?: EnumSpec;
  /** For the template: what the column holds. */
  note?: Bilingual;
}

export interface SheetSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  name: Bilingual;
  aliases?: readonly string[];
  columns: C;
}

/** A value read from a cell, with where it came from. */
export interface Located<T> {
  value: T;
  sheet: string;
  /** A1 address. */
  cell: string;
  /** Decimals as written (numbers and percentages), for the precision of published values. */
  decimals?: number;
  /** The cell as written, for messages. */
  raw: CellValue;
}

export type RowOf<C extends readonly ColumnSpec[]> = {
  [S in C[number] as S['key']]?: Located<ValueOfType<S['type']>>;
};

export interface TypedRow<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  /** 1-based sheet row. */
  row: number;
  values: RowOf<C>;
  /** False when a required value is blank or invalid: the row is reported and not computed with. */
  complete: boolean;
}

export interface Table<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  spec: SheetSpec<C>;
  /** The sheet's name as written in the workbook, or null when absent. */
  sheetName: string | null;
  /** 0-based column index per key, for present columns. */
  columns: Partial<Record<C[number]['key'], number>>;
  rows: TypedRow<C>[];
  findings: Finding[];
  /** Size of the sheet's used range (rows × columns), for bounds. */
  size: { rows: number; columns: number };
}

/** All names a spec's sheet or column answers to. */
export function namesOf(x: { name?: Bilingual; header?: Bilingual; aliases?: readonly string[] }): string[] {
  const b = x.name ?? x.header!;
  return [b.es, b.en, ...(x.aliases ?? [])];
}

/** The sheet of a spec in the workbook, if present. */
export function findSpecSheet(workbook: RawWorkbook, spec: SheetSpec): RawSheet | undefined {
  return findSheet(workbook, namesOf(spec), normalizeName);
}

/** Reads a sheet by its spec. A missing sheet gives an empty table (the caller decides whether that is a finding). */
export function readTable<C extends readonly ColumnSpec[]>(workbook: RawWorkbook, spec: SheetSpec<C>, locale: Locale = 'es'): Table<C> {
  const sheet = findSpecSheet(workbook, spec);
  if (!sheet) return { spec, sheetName: null, columns: {}, rows: [], findings: [], size: { rows: 0, columns: 0 } };
  return readSheet(sheet, spec, locale);
}

/** Reads one raw sheet by a spec. */
export function readSheet<C extends readonly ColumnSpec[]>(sheet: RawSheet, spec: SheetSpec<C>, locale: Locale = 'es'): Table<C> {
  const findings: Finding[] = [];
  const values = sheet.values;
  const width = values.reduce((w, r) => Math.max(w, r?.length ?? 0), 0);
  const header = values[0] ?? [];
  const headerKeys = header.map((h) => (isBlank(h) ? '' : normalizeName(displayRaw(h))));
  const columns: Partial<Record<string, number>> = {};
  for (const col of spec.columns) {
    const names = new Set(namesOf(col).map(normalizeName));
    const index = headerKeys.findIndex((h) => h !== '' && names.has(h));
    if (index >= 0) columns[col.key] = index;
    else if (col.required) {
      const unmatched = header.map(displayRaw).filter((h, i) => h && !Object.values(columns).includes(i));
      const suggestion = closest(col.header[locale], unmatched) ?? null;
      findings.push(
        makeFinding('missing-column', { sheet: sheet.name, cell: 'A1', params: { column: col.header[locale] }, suggestion }, locale),
      );
    }
  }

  const dataRows: number[] = [];
  for (let r = 1; r < values.length; r++) {
    const row = values[r] ?? [];
    if (row.some((v) => !isBlank(v))) dataRows.push(r);
  }

  // Percent columns are decided per column before any cell is read.
  const percentByColumn = new Map<string, Map<number, Parsed<number>>>();
  for (const col of spec.columns) {
    const c = columns[col.key];
    if (col.type !== 'percent' || c === undefined) continue;
    const resolved = resolvePercentColumn(dataRows.map((r) => readPercentCell(values[r]?.[c])));
    percentByColumn.set(col.key, new Map(dataRows.map((r, i) => [r, resolved[i]])));
  }

  const rows: TypedRow<C>[] = [];
  for (const r of dataRows) {
    const out: Record<string, Located<unknown>> = {};
    let complete = true;
    for (const col of spec.columns) {
      const c = columns[col.key];
      if (c === undefined) {
        if (col.required && col.requiredValue) complete = false;
        continue;
      }
      const raw = values[r]?.[c];
      const cell = a1(r, c);
      // Built only for a finding: most cells have none, and a sheet may have a million rows.
      const at = () => ({ sheet: sheet.name, cell, params: { column: col.header[locale], value: displayRaw(raw) } });
      const parsed = col.type === 'percent' ? percentByColumn.get(col.key)!.get(r)! : parseByType(raw, col);
      if (parsed.kind === 'blank') {
        if (col.requiredValue) {
          complete = false;
          findings.push(makeFinding('missing-value', at(), locale));
        }
        continue;
      }
      if (parsed.kind === 'invalid') {
        if (col.requiredValue) complete = false;
        findings.push(invalidFinding(col, raw, at(), locale));
        continue;
      }
      const problem = rangeProblem(col.type, parsed.value);
      if (problem) {
        if (col.requiredValue) complete = false;
        findings.push(makeFinding(problem, at(), locale));
        continue;
      }
      out[col.key] = { value: parsed.value, sheet: sheet.name, cell, raw, ...(parsed.decimals !== undefined ? { decimals: parsed.decimals } : {}) };
    }
    rows.push({ row: r + 1, values: out as RowOf<C>, complete });
  }
  return { spec, sheetName: sheet.name, columns: columns as Table<C>['columns'], rows, findings, size: { rows: values.length, columns: width } };
}

function parseByType(raw: CellValue, col: ColumnSpec): Parsed<unknown> {
  switch (col.type) {
    case 'count':
    case 'number':
      return parseNumber(raw);
    case 'month':
      return parseMonth(raw);
    case 'date':
      return parseDate(raw);
    case 'yesno':
      return parseYesNo(raw);
    case 'channel':
      return parseEnum(raw, channelEnum);
    case 'enum':
      return parseEnum(raw, col.enumSpec!);
    case 'text':
      return isBlank(raw) ? { kind: 'blank' } : { kind: 'ok', value: displayRaw(raw) };
    case 'raw':
      return isBlank(raw) ? { kind: 'blank' } : { kind: 'ok', value: raw };
    case 'percent':
      throw new Error('percent columns are resolved per column');
  }
}

function rangeProblem(type: ColumnType, value: unknown): 'negative-count' | 'non-integer-count' | 'percent-out-of-range' | undefined {
  if (type === 'count' && typeof value === 'number') {
    if (value < 0) return 'negative-count';
    if (!Number.isInteger(value)) return 'non-integer-count';
  }
  if (type === 'percent' && typeof value === 'number' && (value < 0 || value > 100)) return 'percent-out-of-range';
  return undefined;
}

function invalidFinding(col: ColumnSpec, raw: CellValue, at: { sheet: string; cell: string; params: Record<string, string> }, locale: Locale): Finding {
  switch (col.type) {
    case 'month':
      return makeFinding('invalid-month', at, locale);
    case 'date':
      return makeFinding('invalid-date', at, locale);
    case 'channel':
    case 'enum':
    case 'yesno': {
      const allowed = col.type === 'channel' ? channelEnum.values.map((v) => v.value) : col.type === 'yesno' ? ['Sí', 'No'] : col.enumSpec!.values.map((v) => v.value);
      const suggestion = closest(displayRaw(raw), allowed) ?? null;
      return makeFinding('unknown-value', { ...at, params: { ...at.params, allowed: allowed.join(', ') }, suggestion }, locale);
    }
    default:
      return makeFinding('invalid-number', at, locale);
  }
}

/** The A1 range of a set of rows in one column (for findings about a whole breakdown). */
export function rowsRange(rows: readonly { row: number }[], column: number): string {
  const ns = rows.map((r) => r.row - 1);
  return a1Range(Math.min(...ns), column, Math.max(...ns), column);
}
