/**
 * The workbook port: what every host (Excel, Google Sheets, the .xlsx command line) hands the core.
 * Hosts read raw 2-D values once per sheet; the core never touches a host API.
 */

/**
 * A raw cell value as hosts deliver it. Dates arrive as `Date` whose UTC fields hold the calendar
 * date and time shown in the cell (hosts convert from their time zone), or as Excel serial numbers.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * What a host knows of a cell's number format, beyond its value (workbook.md, "Cell evidence"):
 * `percent` (the cell holds a fraction, 0.983 shown as 98,3 %), `date` (a number is a serial date
 * in the workbook's date system), `number`, `text` (typed as text: `@`), `general` (no format
 * chosen). A host that cannot tell gives no evidence (`formatOf` absent or returning undefined),
 * and the core then treats the cell as unknown, never as a guess.
 */
export type FormatKind = 'percent' | 'date' | 'number' | 'text' | 'general';

/** A 0-based cell position. */
export interface CellPosition {
  row: number;
  col: number;
}

/** A 0-based, inclusive rectangle of cells (a merged range). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * One sheet's used range, starting at A1: `values[0]` is row 1 (the header row). Rows may be
 * shorter than the widest row (missing cells are blank).
 */
export interface RawSheet {
  name: string;
  values: CellValue[][];
  /**
   * The number-format kind of the cell at a 0-based row and column, when the host knows it
   * (Office.js `numberFormat`, Sheets `getNumberFormats`, the `.xlsx` styles). A function rather
   * than a 2-D array, so a host can answer from a compact store for a million-row log.
   */
  formatOf?: (row: number, col: number) => FormatKind | undefined;
  /**
   * Cells holding a formula without a computed result (a file written by a library and never
   * opened in a spreadsheet program): their `values` entry is null, and reading them is a finding.
   */
  pendingFormulas?: readonly CellPosition[];
  /** The sheet's merged ranges; each cell of a range takes the value of its top-left cell. */
  merges?: readonly CellRange[];
}

/**
 * Excel's two date systems: serial 1 is 1900-01-01 (Windows, default; with the fictitious
 * 1900-02-29) or 1904-01-02 (old Excel for Mac, `<workbookPr date1904="1"/>`).
 */
export type DateSystem = '1900' | '1904';

/** All sheets of a workbook, in tab order. */
export interface RawWorkbook {
  sheets: RawSheet[];
  /** How serial numbers map to dates; default `1900` (Google Sheets has only that one). */
  dateSystem?: DateSystem;
}

/** A1 column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of A1 column letters (A → 0). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a 0-based row and column (0, 0 → A1). */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of two 0-based corners; a single cell when they coincide. */
export function a1Range(row1: number, col1: number, row2: number, col2: number): string {
  const start = a1(row1, col1);
  const end = a1(row2, col2);
  return start === end ? start : `${start}:${end}`;
}

/** 0-based row and column of an A1 address (`E3` → {row: 2, col: 4}); null when malformed. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** The sheet whose name matches, using the workbook's matching rules (case, accents, spaces). */
export function findSheet(workbook: RawWorkbook, names: readonly string[], normalize: (s: string) => string): RawSheet | undefined {
  const wanted = new Set(names.map(normalize));
  return workbook.sheets.find((s) => wanted.has(normalize(s.name)));
}

export { formatKindOfCode, formatKindOfBuiltInId } from './format';
