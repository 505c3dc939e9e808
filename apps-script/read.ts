/**
 * Reading the open spreadsheet into the core's workbook port: every sheet read once — its values
 * and number formats in one call each (or in row chunks for a large log), its merged ranges in one
 * more — with the cell evidence the port asks for (format kind, merges, the 1900 date system).
 */
import type { CellRange, CellValue, FormatKind, RawSheet, RawWorkbook } from '../core/workbook';
import { formatKindOfCode } from '../core/workbook/format';
import type { Budget } from './budget';
import type { Range, Sheet, Spreadsheet, Utilities } from './google';

/** Cells per `getValues` call: a 200,000-row log of 10 columns is read in 8 calls (and 8 for its formats). */
export const maxCellsPerRead = 250_000;

/**
 * The number format Google Sheets reports for a cell left on *Automatic* (and `General`, which
 * Sheets also accepts): no format chosen, so no evidence.
 */
const sheetsAutomatic = new Set(['', 'General', 'general', '0.###############']);

/** The kind of a Sheets number format: Automatic is `general`; any other code as ECMA-376 classifies it. */
export function sheetsFormatKind(code: string): FormatKind | undefined {
  return sheetsAutomatic.has(code) ? 'general' : formatKindOfCode(code);
}

/**
 * Converts the `Date` values Sheets returns (instants at the cell's wall-clock time in the
 * spreadsheet's time zone) to the port's convention: a `Date` whose UTC fields hold that calendar
 * date and time. The zone offset is asked of `Utilities.formatDate` once per hour of data (offsets
 * only change on the hour), so a log of a year costs at most ~8,800 calls, usually a few hundred.
 */
export function calendarDates(utilities: Utilities, timeZone: string): (date: Date) => Date {
  const offsets = new Map<number, number>();
  return (date: Date) => {
    const t = date.getTime();
    if (!Number.isFinite(t)) return date;
    const hour = Math.floor(t / 3_600_000);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      const shown = utilities.formatDate(date, timeZone, "yyyy-MM-dd'T'HH:mm:ss.SSS");
      const m = /^(-?\d+)-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/.exec(shown);
      if (!m) return date;
      const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]));
      offset = utc - t;
      offsets.set(hour, offset);
    }
    return new Date(t + offset);
  };
}

/** A compact store of a sheet's number formats: the distinct codes and one small index per cell. */
class FormatStore {
  private codes: string[] = [];
  private kinds: (FormatKind | undefined)[] = [];
  private byCode = new Map<string, number>();
  private cells: Uint8Array | Uint16Array;

  constructor(
    private readonly rows: number,
    private readonly cols: number,
  ) {
    this.cells = new Uint8Array(rows * cols);
  }

  /** Stores the codes of `block` starting at 0-based row `top`. */
  put(top: number, block: string[][]): void {
    for (let r = 0; r < block.length; r++) {
      const row = block[r];
      for (let c = 0; c < this.cols; c++) this.set((top + r) * this.cols + c, row[c] ?? '');
    }
  }

  kindAt(row: number, col: number): FormatKind | undefined {
    if (row < 0 || col < 0 || row >= this.rows || col >= this.cols) return undefined;
    return this.kinds[this.cells[row * this.cols + col]];
  }

  private set(index: number, code: string): void {
    let id = this.byCode.get(code);
    if (id === undefined) {
      id = this.codes.length;
      this.codes.push(code);
      this.kinds.push(sheetsFormatKind(code));
      this.byCode.set(code, id);
      // More than 255 distinct formats in one sheet: widen the store once.
      if (id === 256) this.cells = Uint16Array.from(this.cells);
    }
    this.cells[index] = id;
  }
}

export interface ReadContext {
  utilities: Utilities;
  timeZone: string;
  budget: Budget;
  locale: 'es' | 'en';
}

/** One sheet's used range from A1 with its evidence; large sheets are read in row chunks. */
export function readSheet(sheet: Sheet, context: ReadContext, toCalendar: (d: Date) => Date): RawSheet {
  const name = sheet.getName();
  const dataRange = sheet.getDataRange();
  const rows = dataRange.getLastRow();
  const cols = dataRange.getLastColumn();
  const what = context.locale === 'es' ? `leer la hoja «${name}»` : `reading the sheet “${name}”`;
  const formats = new FormatStore(rows, cols);
  const values: CellValue[][] = new Array(rows);
  const rowsPerRead = Math.max(1, Math.floor(maxCellsPerRead / Math.max(1, cols)));
  for (let top = 0; top < rows; top += rowsPerRead) {
    const count = Math.min(rowsPerRead, rows - top);
    const range: Range = rows <= rowsPerRead ? dataRange : sheet.getRange(top + 1, 1, count, cols);
    const block = range.getValues();
    for (let r = 0; r < count; r++) values[top + r] = plainRow(block[r] ?? [], cols, toCalendar);
    formats.put(top, range.getNumberFormats());
    context.budget.require(0, what);
  }
  const merges: CellRange[] = dataRange.getMergedRanges().map((m) => ({
    top: m.getRow() - 1,
    left: m.getColumn() - 1,
    bottom: m.getLastRow() - 1,
    right: m.getLastColumn() - 1,
  }));
  const empty = rows === 1 && cols === 1 && values[0][0] === null;
  return {
    name,
    values: empty ? [] : values,
    formatOf: (row, col) => formats.kindAt(row, col),
    // Google Sheets computes every formula: there is never a formula without a result.
    pendingFormulas: [],
    merges,
  };
}

/** Sheets' cell values as the port's: '' → null, dates to calendar dates, everything else as is. */
function plainRow(row: unknown[], cols: number, toCalendar: (d: Date) => Date): CellValue[] {
  const out: CellValue[] = new Array(cols);
  for (let c = 0; c < cols; c++) {
    const v = row[c];
    if (v === '' || v === null || v === undefined) out[c] = null;
    else if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') out[c] = toCalendar(v as Date);
    else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[c] = v;
    else out[c] = String(v);
  }
  return out;
}

/** Every sheet of the spreadsheet, in tab order, each read once. Checks the time budget after each read. */
export function readWorkbook(spreadsheet: Spreadsheet, context: ReadContext): { workbook: RawWorkbook; sheets: Sheet[] } {
  const sheets = spreadsheet.getSheets();
  const toCalendar = calendarDates(context.utilities, context.timeZone);
  return { workbook: { sheets: sheets.map((s) => readSheet(s, context, toCalendar)), dateSystem: '1900' }, sheets };
}
