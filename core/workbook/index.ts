/**
 * The workbook port: what every host (Excel, Google Sheets, the .xlsx command line) hands the core.
 * Hosts read raw 2-D values once per sheet; the core never touches a host API.
 */

/**
 * A raw cell value as hosts deliver it. Dates arrive as `Date` whose UTC fields hold the calendar
 * date and time shown in the cell (hosts convert from their time zone), or as Excel serial numbers.
 */
export type CellValue = string | number | boolean | Date | null | undefined;

/** One sheet's used range, starting at A1: `values[0]` is row 1 (the header row). */
export interface RawSheet {
  name: string;
  values: CellValue[][];
}

/** All sheets of a workbook, in tab order. */
export interface RawWorkbook {
  sheets: RawSheet[];
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
