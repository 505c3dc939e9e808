/** Reading a sheet into typed rows by its spec: headers matched, every value kept with its cell. */
import type { CellValue, DateSystem, FormatKind, RawSheet, RawWorkbook } from '../workbook';
import { a1, a1Range, findSheet } from '../workbook';
import { closest, editDistance, normalizeName } from '../text';
import { makeFinding, type Finding } from '../findings';
import { formatPercent, type Bilingual, type Locale } from '../i18n';
import {
  channelEnum,
  decimalsOf,
  defaultYearWindow,
  displayRaw,
  isBlank,
  parseDate,
  parseEnum,
  parseMonth,
  parseNumber,
  parseYear,
  parseYesNo,
  readPercentCell,
  resolvePercentColumn,
  type Channel,
  type DateReading,
  type EnumSpec,
  type Parsed,
  type ReadProblem,
  type YearWindow,
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
  /** A1 address (of a merged range's top-left cell when the value came from a merge). */
  cell: string;
  /** Decimals as written (numbers and percentages), for the precision of published values. */
  decimals?: number;
  /** The cell as written, for messages. */
  raw: CellValue;
  /** The cell's number-format kind, when the host knows it. */
  format?: FormatKind;
}

export type RowOf<C extends readonly ColumnSpec[]> = {
  [S in C[number] as S['key']]?: Located<ValueOfType<S['type']>>;
};

export interface TypedRow<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  /** 1-based sheet row. */
  row: number;
  values: RowOf<C>;
  /** False when a required value is blank or unreadable: the row is reported and not computed with as a whole. */
  complete: boolean;
  /**
   * Keys of the row's columns whose cell is there but could not be read (a finding at the cell), or
   * is required and blank: figures built on them are absent, never partial.
   */
  unreadable: C[number]['key'][];
}

export interface Table<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  spec: SheetSpec<C>;
  /** The sheet's name as written in the workbook, or null when absent. */
  sheetName: string | null;
  /** 0-based column index per key, for present columns. */
  columns: Partial<Record<C[number]['key'], number>>;
  /** Keys of required columns the header row lacks (`missing-column`). */
  missingColumns: C[number]['key'][];
  rows: TypedRow<C>[];
  findings: Finding[];
  /** Size of the sheet's used range (rows × columns), for bounds. */
  size: { rows: number; columns: number };
}

/** How cells are read: the language of findings, the workbook's date system, the plausible years. */
export interface ReadOptions {
  locale: Locale;
  dateSystem: DateSystem;
  /** Years a month or date may fall in without a finding (default 2000–2100). */
  years: YearWindow;
}

/** A locale alone, or some reading options (the rest take their defaults). */
export type ReadOptionsInput = Locale | Partial<ReadOptions>;

/** Complete reading options; a workbook's own date system wins over the default. */
export function readOptionsOf(input: ReadOptionsInput | undefined, workbook?: RawWorkbook): ReadOptions {
  const given = typeof input === 'string' ? { locale: input } : (input ?? {});
  return {
    locale: given.locale ?? 'es',
    dateSystem: given.dateSystem ?? workbook?.dateSystem ?? '1900',
    years: given.years ?? defaultYearWindow,
  };
}

/**
 * A header as matched (workbook.md): case, accents and spaces ignored, and units or qualifiers in
 * parentheses or brackets, `%`, `#`, `*` and a trailing `:` or `.` too (`Satisfaccion (%)` =
 * `Satisfacción`).
 */
export function headerKey(text: string): string {
  return normalizeName(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[%#*]+/g, ' ').replace(/[.:]+\s*$/, ''));
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

/**
 * The workbook's sheet whose name is closest to a spec's (`Canal` → `Canales`), for the message of a
 * missing sheet; sheets that are another known sheet (`others`) are not suggested.
 */
export function closestSheet(workbook: RawWorkbook, spec: SheetSpec, others: readonly SheetSpec[] = []): string | undefined {
  const taken = new Set(others.flatMap((o) => namesOf(o).map(normalizeName)));
  const candidates = workbook.sheets.map((s) => s.name).filter((n) => !taken.has(normalizeName(n)));
  for (const name of namesOf(spec)) {
    const near = closest(name, candidates);
    if (near) return near;
  }
  const words = namesOf(spec).flatMap((n) => normalizeName(n).split(' ')).filter((w) => w.length >= 5);
  return candidates.find((c) => normalizeName(c).split(' ').some((w) => words.some((x) => w.startsWith(x.slice(0, 5)))));
}

/** Reads a sheet by its spec. A missing sheet gives an empty table (the caller decides whether that is a finding). */
export function readTable<C extends readonly ColumnSpec[]>(workbook: RawWorkbook, spec: SheetSpec<C>, options?: ReadOptionsInput): Table<C> {
  const sheet = findSpecSheet(workbook, spec);
  if (!sheet) return { spec, sheetName: null, columns: {}, missingColumns: [], rows: [], findings: [], size: { rows: 0, columns: 0 } };
  return readSheet(sheet, spec, readOptionsOf(options, workbook));
}

const noReading: DateReading = {};

/** Headers that give a row's year, for months written without one (`Mes` = 2, `Año` = 2025). */
const yearHeaders = new Set(['ano', 'anio', 'year', 'vigencia'].map(normalizeName));

/** The cell a value is read from: its own, or its merged range's top-left when its own is empty. */
interface SourceCell {
  raw: CellValue;
  format: FormatKind | undefined;
  /** A formula without a computed result. */
  pending: boolean;
  row: number;
  col: number;
}

/**
 * One data row as read by `scanSheet`: per spec column (by its index in `spec.columns`), whether a
 * value was read and what it is. The same object is reused for every row — a million-row log reads
 * without an object per cell — so a visitor must copy what it keeps before returning.
 */
export interface ScannedRow {
  /** 0-based sheet row. */
  row: number;
  /** Per spec column: a value was read (blank, unreadable and absent columns are false). */
  readonly ok: boolean[];
  readonly value: unknown[];
  readonly decimals: (number | undefined)[];
  readonly raw: CellValue[];
  readonly format: (FormatKind | undefined)[];
  /** The cell the value came from (0-based): its own, or its merged range's top-left. */
  readonly srcRow: number[];
  readonly srcCol: number[];
  /** Bit i set: spec column i is there but unreadable (or required and blank) — `TypedRow.unreadable`. */
  unreadable: number;
  complete: boolean;
}

/** What `scanSheet` says about a sheet besides its rows. */
export interface ScannedSheet<C extends readonly ColumnSpec[]> {
  columns: Partial<Record<C[number]['key'], number>>;
  missingColumns: C[number]['key'][];
  findings: Finding[];
  size: { rows: number; columns: number };
}

/** A parse of a column's cell that depends only on its value and format, memoised per column. */
interface MemoParse {
  parsed: Parsed<unknown>;
  problem: ReturnType<typeof rangeProblem>;
}

/**
 * Distinct values memoised per column: a log repeats a few channel, yes/no and date texts a million
 * times. A column of mostly distinct values (free text) stops being memoised at this size.
 */
const memoLimit = 8192;

/** Reads one raw sheet by a spec, using the host's evidence (formats, merges, formulas without result). */
export function readSheet<C extends readonly ColumnSpec[]>(sheet: RawSheet, spec: SheetSpec<C>, options?: ReadOptionsInput): Table<C> {
  const rows: TypedRow<C>[] = [];
  const keys = spec.columns.map((c) => c.key);
  const scanned = scanSheet(sheet, spec, options, (s) => {
    const out: Record<string, Located<unknown>> = {};
    const unreadable: string[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (s.unreadable & (1 << i)) unreadable.push(keys[i]);
      if (!s.ok[i]) continue;
      const located: Located<unknown> = { value: s.value[i], sheet: sheet.name, cell: a1(s.srcRow[i], s.srcCol[i]), raw: s.raw[i] };
      if (s.decimals[i] !== undefined) located.decimals = s.decimals[i];
      if (s.format[i] !== undefined) located.format = s.format[i];
      out[keys[i]] = located;
    }
    rows.push({ row: s.row + 1, values: out as RowOf<C>, complete: s.complete, unreadable: unreadable as C[number]['key'][] });
  });
  return { spec, sheetName: sheet.name, ...scanned, rows };
}

/**
 * Reads one raw sheet by a spec without building its rows: headers are matched and every reading
 * finding is made as `readSheet` makes them (it is built on this), and each data row is handed to
 * `visit` in sheet order as a reused `ScannedRow`. Cell addresses are built only for findings.
 * Parses that depend only on a cell's value and format are memoised per column.
 */
export function scanSheet<C extends readonly ColumnSpec[]>(sheet: RawSheet, spec: SheetSpec<C>, options: ReadOptionsInput | undefined, visit: (row: ScannedRow) => void): ScannedSheet<C> {
  if (spec.columns.length > 31) throw new Error('a sheet spec has at most 31 columns');
  const opts = readOptionsOf(options);
  const locale = opts.locale;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const report = (f: Finding) => {
    const key = `${f.code}|${f.cell}`;
    if (seen.has(key)) return; // a merged cell read by several rows is one finding
    seen.add(key);
    findings.push(f);
  };
  const values = sheet.values;
  let width = 0;
  for (const r of values) if (r && r.length > width) width = r.length;
  const pending = new Set((sheet.pendingFormulas ?? []).map((p) => `${p.row},${p.col}`));
  const merges = (sheet.merges ?? []).filter((m) => m.top >= 1 && (m.bottom > m.top || m.right > m.left));
  const isPending = (r: number, c: number) => pending.size > 0 && pending.has(`${r},${c}`);
  const source = (r: number, c: number): SourceCell => {
    const own = values[r]?.[c];
    if (merges.length && isBlank(own) && !isPending(r, c)) {
      const m = merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
      if (m && (m.top !== r || m.left !== c)) return cellAt(m.top, m.left);
    }
    return cellAt(r, c);
  };
  const cellAt = (r: number, c: number): SourceCell => ({ raw: values[r]?.[c], format: sheet.formatOf?.(r, c), pending: isPending(r, c), row: r, col: c });

  const header = values[0] ?? [];
  const headerText = header.map((h) => (isBlank(h) ? '' : displayRaw(h)));
  const headerKeys = headerText.map((h) => (h ? headerKey(h) : ''));
  const columns: Partial<Record<string, number>> = {};
  const claimed = new Set<number>();
  for (const col of spec.columns) {
    const names = new Set(namesOf(col).map(headerKey));
    const index = headerKeys.findIndex((h, i) => h !== '' && !claimed.has(i) && names.has(h));
    if (index >= 0) {
      columns[col.key] = index;
      claimed.add(index);
    }
  }

  // A header that matches nothing but is close to a column the sheet lacks: said, never dropped silently.
  const nearHeader = new Map<string, number>();
  for (let i = 0; i < headerKeys.length; i++) {
    if (!headerKeys[i] || claimed.has(i)) continue;
    const near = nearestColumn(headerKeys[i], spec.columns.filter((c) => columns[c.key] === undefined));
    if (!near || nearHeader.has(near.key)) continue;
    nearHeader.set(near.key, i);
    report(
      makeFinding('unknown-column', {
        sheet: sheet.name,
        cell: a1(0, i),
        params: { value: headerText[i], column: near.header[locale] },
        suggestion: near.header[locale],
      }, locale),
    );
  }

  const missingColumns: string[] = [];
  for (const col of spec.columns) {
    if (columns[col.key] !== undefined || !col.required) continue;
    missingColumns.push(col.key);
    const unclaimed = headerText.filter((h, i) => h && !claimed.has(i));
    const near = nearHeader.get(col.key);
    const suggestion = near !== undefined ? headerText[near] : closestHeader(col, unclaimed);
    report(makeFinding('missing-column', { sheet: sheet.name, cell: 'A1', params: { column: col.header[locale] }, suggestion: suggestion ?? null }, locale));
  }

  // Data rows: any non-blank cell of its own (a merged value alone does not make a row), or a formula without result.
  const pendingRows = new Set((sheet.pendingFormulas ?? []).map((p) => p.row));
  let lastRow = values.length;
  for (const r of pendingRows) if (r + 1 > lastRow) lastRow = r + 1;
  const dataRows: number[] = [];
  for (let r = 1; r < lastRow; r++) {
    if (pendingRows.has(r)) {
      dataRows.push(r);
      continue;
    }
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      if (!isBlank(row[c])) {
        dataRows.push(r);
        break;
      }
    }
  }

  // The row's year, when the sheet has an `Año` column beside its `Mes`.
  const hasMonth = spec.columns.some((c) => c.type === 'month' && columns[c.key] !== undefined);
  const yearColumn = hasMonth ? headerKeys.findIndex((h, i) => h !== '' && !claimed.has(i) && yearHeaders.has(h)) : -1;

  // Percent columns are decided per column before any cell is read.
  const percentByColumn = new Map<string, Map<number, Parsed<number>>>();
  for (const col of spec.columns) {
    const c = columns[col.key];
    if (col.type !== 'percent' || c === undefined) continue;
    const cells = dataRows.map((r) => source(r, c));
    const resolved = resolvePercentColumn(cells.map((s) => (s.pending ? ({ kind: 'invalid' } as const) : readPercentCell(s.raw, s.format))));
    percentByColumn.set(col.key, new Map(dataRows.map((r, i) => [r, resolved[i]])));
  }

  const n = spec.columns.length;
  const scanned: ScannedRow = {
    row: 0,
    ok: new Array<boolean>(n).fill(false),
    value: new Array<unknown>(n).fill(undefined),
    decimals: new Array<number | undefined>(n).fill(undefined),
    raw: new Array<CellValue>(n).fill(null),
    format: new Array<FormatKind | undefined>(n).fill(undefined),
    srcRow: new Array<number>(n).fill(0),
    srcCol: new Array<number>(n).fill(0),
    unreadable: 0,
    complete: true,
  };
  const columnOf = spec.columns.map((col) => columns[col.key]);
  // Per column and format kind: the parse of each distinct value (rows without an `Año` only), and
  // the last one looked up (a log's columns repeat a value row after row).
  const memos = spec.columns.map(() => new Map<FormatKind | undefined, Map<CellValue, MemoParse>>());
  const lastRaw: CellValue[] = new Array(n).fill(undefined);
  const lastFormat: (FormatKind | undefined)[] = new Array(n).fill(undefined);
  const lastMemo: (MemoParse | undefined)[] = new Array(n).fill(undefined);
  // The map of the format looked up last, per column (a column's cells mostly share one format).
  const lastMapFormat: (FormatKind | undefined | null)[] = new Array(n).fill(null);
  const lastMap: (Map<CellValue, MemoParse> | undefined)[] = new Array(n).fill(undefined);
  const memoOf = (i: number, raw: CellValue, format: FormatKind | undefined): MemoParse => {
    const col = spec.columns[i];
    let byFormat = lastMapFormat[i] === format ? lastMap[i] : memos[i].get(format);
    if (!byFormat) memos[i].set(format, (byFormat = new Map()));
    lastMapFormat[i] = format;
    lastMap[i] = byFormat;
    let memo = byFormat.get(raw);
    if (!memo) {
      const p = col.type === 'month' || col.type === 'date' ? parseByType(raw, col, { format, dateSystem: opts.dateSystem, years: opts.years }) : parseByType(raw, col, noReading);
      memo = { parsed: p, problem: p.kind === 'ok' ? rangeProblem(col.type, p.value) : undefined };
      if (byFormat.size < memoLimit) byFormat.set(raw, memo);
    }
    lastRaw[i] = raw;
    lastFormat[i] = format;
    lastMemo[i] = memo;
    return memo;
  };
  // Built only for a finding: a million-row log reads mostly good cells.
  const findingAt = (i: number, row: number, col: number, raw: CellValue) => ({ sheet: sheet.name, cell: a1(row, col), params: { column: spec.columns[i].header[locale], value: displayRaw(raw) } });
  // Without merges or formulas pending, a cell's source is itself: read straight from the row.
  const direct = merges.length === 0 && pending.size === 0;
  const formatOf = sheet.formatOf;
  const { ok: okOf, value: valueOf, decimals: decimalsOfCell, raw: rawOf, format: formatOfCell, srcRow: srcRowOf, srcCol: srcColOf } = scanned;
  for (const r of dataRows) {
    let complete = true;
    let unreadableMask = 0;
    let year: number | undefined;
    let yearProblem = false;
    if (yearColumn >= 0) {
      const y = source(r, yearColumn);
      const parsed: Parsed<number> = y.pending ? { kind: 'invalid' } : parseYear(y.raw, opts.years);
      if (parsed.kind === 'ok') year = parsed.value;
      else if (parsed.kind === 'invalid') {
        yearProblem = true;
        const at = { sheet: sheet.name, cell: a1(y.row, y.col), params: { column: headerText[yearColumn], value: displayRaw(y.raw) } };
        report(y.pending ? pendingFinding(at, locale) : makeFinding('invalid-month', { ...at, params: { ...at.params, detail: problemDetail(parsed, opts, locale) } }, locale));
      }
    }
    const own = values[r];
    for (let i = 0; i < n; i++) {
      okOf[i] = false;
      const c = columnOf[i];
      if (c === undefined) {
        const col = spec.columns[i];
        if (col.required && col.requiredValue) complete = false;
        continue;
      }
      let raw: CellValue;
      let format: FormatKind | undefined;
      let isPendingCell = false;
      let srcRow = r;
      let srcCol = c;
      if (direct) {
        raw = own ? own[c] : undefined;
        format = formatOf ? formatOf(r, c) : undefined;
      } else {
        const src = source(r, c);
        raw = src.raw;
        format = src.format;
        isPendingCell = src.pending;
        srcRow = src.row;
        srcCol = src.col;
      }
      let parsed: Parsed<unknown>;
      let problem: ReturnType<typeof rangeProblem>;
      const col = spec.columns[i];
      if (isPendingCell) parsed = { kind: 'invalid', reason: 'pending-formula' };
      else if (col.type === 'percent') {
        parsed = percentByColumn.get(col.key)!.get(r)!;
        if (parsed.kind === 'ok') problem = rangeProblem(col.type, parsed.value);
      } else if (year === undefined && (typeof raw !== 'object' || raw === null)) {
        const memo = raw === lastRaw[i] && format === lastFormat[i] && lastMemo[i] ? lastMemo[i]! : memoOf(i, raw, format);
        parsed = memo.parsed;
        problem = memo.problem;
      } else {
        parsed = col.type === 'month' || col.type === 'date' ? parseByType(raw, col, { format, dateSystem: opts.dateSystem, years: opts.years, year }) : parseByType(raw, col, noReading);
        if (parsed.kind === 'ok') problem = rangeProblem(col.type, parsed.value);
      }
      if (parsed.kind === 'ok') {
        if (!problem) {
          okOf[i] = true;
          valueOf[i] = parsed.value;
          decimalsOfCell[i] = parsed.decimals;
          rawOf[i] = raw;
          formatOfCell[i] = format;
          srcRowOf[i] = srcRow;
          srcColOf[i] = srcCol;
          continue;
        }
        report(makeFinding(problem, findingAt(i, srcRow, srcCol, raw), locale));
      } else if (parsed.kind === 'blank') {
        if (!col.requiredValue) continue;
        report(makeFinding('missing-value', findingAt(i, srcRow, srcCol, raw), locale));
      } else if (parsed.reason === 'pending-formula') {
        report(pendingFinding(findingAt(i, srcRow, srcCol, raw), locale));
      } else if (!(col.type === 'month' && parsed.reason === 'needs-year' && yearProblem)) {
        // (A month that needed the row's unreadable `Año` has its finding at the year's cell already.)
        report(invalidFinding(col, raw, parsed, findingAt(i, srcRow, srcCol, raw), opts, locale));
      }
      unreadableMask |= 1 << i;
      if (col.requiredValue) complete = false;
    }
    scanned.row = r;
    scanned.unreadable = unreadableMask;
    scanned.complete = complete;
    visit(scanned);
  }
  return {
    columns: columns as ScannedSheet<C>['columns'],
    missingColumns: missingColumns as C[number]['key'][],
    findings,
    size: { rows: lastRow, columns: width },
  };
}

/** The column a header is a near miss of: within a quarter of the name's length in edits (at least one). */
function nearestColumn(key: string, candidates: readonly ColumnSpec[]): ColumnSpec | undefined {
  let best: ColumnSpec | undefined;
  let bestDistance = Infinity;
  for (const col of candidates) {
    for (const name of namesOf(col).map(headerKey)) {
      const d = editDistance(key, name);
      const limit = Math.max(1, Math.floor(Math.max(key.length, name.length) / 4));
      if (d <= limit && d < bestDistance) {
        bestDistance = d;
        best = col;
      }
    }
  }
  return best;
}

/** The header present that a missing column most likely is: the closest name, else one sharing a word. */
function closestHeader(col: ColumnSpec, headers: readonly string[]): string | undefined {
  for (const name of namesOf(col)) {
    const near = closest(headerKey(name), headers, headerKey);
    if (near) return near;
  }
  const words = namesOf(col).flatMap((n) => headerKey(n).split(' ')).filter((w) => w.length >= 5);
  return headers.find((h) => headerKey(h).split(' ').some((w) => words.includes(w)));
}

function parseByType(raw: CellValue, col: ColumnSpec, reading: DateReading): Parsed<unknown> {
  switch (col.type) {
    case 'count':
    case 'number':
      return parseNumber(raw);
    case 'month':
      return parseMonth(raw, reading);
    case 'date':
      return parseDate(raw, reading);
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

type FindingAt = { sheet: string; cell: string; params: Record<string, string> };

function pendingFinding(at: FindingAt, locale: Locale): Finding {
  return makeFinding('formula-without-result', { sheet: at.sheet, cell: at.cell, params: { column: at.params.column } }, locale);
}

/** The sentence that says why a month or date could not be read (empty when nothing more can be said). */
function problemDetail(parsed: { reason?: ReadProblem; year?: number }, opts: ReadOptions, locale: Locale): string {
  const { from, to } = opts.years;
  switch (parsed.reason) {
    case 'out-of-window':
      return locale === 'es'
        ? `: el año ${parsed.year} está fuera del rango admitido (${from}–${to})`
        : `: the year ${parsed.year} is outside the accepted range (${from}–${to})`;
    case 'needs-year':
      return locale === 'es'
        ? ': un mes sin año (un número de 1 a 12 o solo el nombre) necesita una columna «Año» en la misma fila'
        : ': a month without a year (a number 1–12 or a bare name) needs a “Año” column on the same row';
    case 'year-mismatch':
      return locale === 'es' ? `: su año (${parsed.year}) no coincide con la columna «Año»` : `: its year (${parsed.year}) does not match the “Año” column`;
    default:
      return '';
  }
}

function invalidFinding(col: ColumnSpec, raw: CellValue, parsed: { reason?: ReadProblem; year?: number }, at: FindingAt, opts: ReadOptions, locale: Locale): Finding {
  switch (col.type) {
    case 'month':
      return makeFinding('invalid-month', { ...at, params: { ...at.params, detail: problemDetail(parsed, opts, locale) } }, locale);
    case 'date':
      return makeFinding('invalid-date', { ...at, params: { ...at.params, detail: problemDetail(parsed, opts, locale) } }, locale);
    case 'channel':
    case 'enum':
    case 'yesno': {
      const allowed = col.type === 'channel' ? channelEnum.values.map((v) => v.value) : col.type === 'yesno' ? ['Sí', 'No'] : col.enumSpec!.values.map((v) => v.value);
      const suggestion = closest(displayRaw(raw), allowed) ?? null;
      return makeFinding('unknown-value', { ...at, params: { ...at.params, allowed: allowed.join(', ') }, suggestion }, locale);
    }
    case 'percent':
      if (parsed.reason === 'ambiguous-percent') {
        const n = typeof raw === 'number' ? raw : Number(displayRaw(raw).replace(',', '.'));
        return makeFinding('ambiguous-percent', {
          ...at,
          params: { ...at.params, asFraction: formatPercent(n * 100, 1, locale), asPoints: formatPercent(n, Math.max(1, decimalsOf(n)), locale) },
        }, locale);
      }
      return makeFinding('invalid-number', at, locale);
    default:
      return makeFinding('invalid-number', at, locale);
  }
}
/** The A1 range of a set of rows in one column (for findings about a whole breakdown). */
export function rowsRange(rows: readonly { row: number }[], column: number): string {
  const ns = rows.map((r) => r.row - 1);
  return a1Range(Math.min(...ns), column, Math.max(...ns), column);
}
