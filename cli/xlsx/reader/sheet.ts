/**
 * One worksheet's cells (ECMA-376 Part 1, §18.3.1: `sheetData` → `row` → `c`), read into the port's
 * shape: values from A1 (numbers stay numbers — a date-formatted cell gives its serial number and
 * `formatOf` says `date`; `t="d"` ISO dates give a `Date` whose UTC fields are the written date and
 * time; errors give their code; shared and inline strings with all their runs), the number-format
 * kind of every cell, the formulas without a cached result, and the merged ranges. Everything else
 * in the part (validations, conditional formats, drawings…) is skipped by the tokenizer without
 * being interpreted.
 */
import type { CellPosition, CellRange, CellValue, FormatKind } from '../../../core/workbook';
import { parseA1 } from '../../../core/workbook';
import { AttributeCursor, bytesAre, decodeText, digitsAt, ScanError, XmlByteScanner, type ScanLimits } from './scan';
import { kindCodes, unknownKindCode } from './styles';

/** Excel's grid: 1.048.576 rows × 16.384 columns (XFD). */
export const maxRows = 1_048_576;
export const maxColumns = 16_384;

/** A sheet as the port carries it, once read. */
export interface SheetContent {
  values: CellValue[][];
  formatOf: (row: number, col: number) => FormatKind | undefined;
  pendingFormulas: CellPosition[];
  merges: CellRange[];
}

/** Why a cell could not be read: `detail` is the text found, for the user's message. */
export type CellProblem = 'number' | 'sharedString' | 'boolean' | 'isoDate' | 'grid' | 'tooManyCells';

/** A cell that could not be read, with where it is. */
export class CellError extends Error {
  constructor(
    readonly problem: CellProblem,
    readonly row: number,
    readonly col: number,
    readonly detail = '',
  ) {
    super(`${problem} at ${row},${col}: ${detail}`);
  }
}

const enum CellType {
  Number,
  Shared,
  String,
  Inline,
  Boolean,
  Error,
  IsoDate,
}

/** `t="d"` (ISO 8601): the written calendar date and time, in the UTC fields; null when malformed. */
export function isoDateValue(text: string): Date | null {
  const m = /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  const t = m ? null : /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*$/.exec(text);
  if (!m && !t) return null;
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [1899, 12, 31];
  const [h, mi, s, frac] = m ? [m[4], m[5], m[6], m[7]] : [t![1], t![2], t![3], t![4]];
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const date = new Date(Date.UTC(y, mo - 1, d, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms));
  if (y >= 0 && y < 100) date.setUTCFullYear(y);
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

export class SheetScanner extends XmlByteScanner {
  private readonly rows: CellValue[][] = [];
  private readonly attrs = new AttributeCursor();
  private inSheetData = false;
  private rowIndex = -1;
  private row: CellValue[] | null = null;
  private rowOfRow = -1;
  // The cell being read.
  private inCell = false;
  private cellRow = 0;
  private col = -1;
  private type = CellType.Number;
  private style = 0;
  private hasFormula = false;
  private hasValue = false;
  private inValue = false;
  private inInline = false;
  private phonetic = 0;
  private number = -1;
  private textValue = '';
  private pieces = 0;
  // What the sheet holds.
  private height = 0;
  private width = 0;
  private cells = 0;
  private readonly kinds: (Uint8Array | undefined)[] = [];
  private readonly rowKinds = new Map<number, number>();
  private readonly colKinds: { min: number; max: number; code: number }[] = [];
  readonly pending: CellPosition[] = [];
  readonly merges: CellRange[] = [];
  /** Rows the `<dimension>` declares (for progress), when written. */
  declaredRows: number | undefined;

  constructor(
    private readonly strings: readonly string[],
    private readonly styleKinds: Uint8Array,
    private readonly onRows: ((rows: number) => void) | undefined,
    limits?: ScanLimits,
    private readonly maxCells = 40_000_000,
  ) {
    super(limits);
  }

  /** The cell being read (0-based), when inside one: to name it when its bytes cannot be read. */
  currentCell(): CellPosition | null {
    return this.inCell ? { row: this.cellRow, col: this.col } : null;
  }

  /** The sheet read, once the whole part was fed and `end()` called. */
  content(): SheetContent {
    const { rows, height, width } = this;
    const values: CellValue[][] = new Array(height);
    for (let r = 0; r < height; r++) {
      const row = rows[r] ?? [];
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
      row.length = width;
      values[r] = row;
    }
    const kinds = this.kinds;
    const rowKinds = this.rowKinds;
    const colKinds = this.colKinds;
    const defaultCode = this.styleKinds[0] ?? 0;
    const formatOf = (row: number, col: number): FormatKind | undefined => {
      const code = kinds[col]?.[row];
      if (code) return kindCodes[code];
      const rowCode = rowKinds.get(row);
      if (rowCode !== undefined) return kindCodes[rowCode];
      for (const c of colKinds) if (col >= c.min && col <= c.max) return kindCodes[c.code];
      return kindCodes[defaultCode];
    };
    return { values, formatOf, pendingFormulas: this.pending, merges: this.merges };
  }

  protected open(buf: Uint8Array, s: number, e: number, as: number, ae: number, selfClosing: boolean): void {
    const len = e - s;
    const b = buf[s];
    if (len === 1) {
      if (b === 99 /* c */) {
        if (this.inSheetData && this.rowIndex >= 0) this.openCell(buf, as, ae);
      } else if (b === 118 /* v */) {
        if (this.inCell) {
          this.hasValue = true;
          this.inValue = true;
          this.wantText = !selfClosing;
        }
      } else if (b === 102 /* f */) {
        if (this.inCell) this.hasFormula = true;
      } else if (b === 116 /* t */) {
        if (this.inInline && this.phonetic === 0) this.wantText = !selfClosing;
      }
      return;
    }
    if (len === 3 && b === 114 /* row */ && bytesAre(buf, s, e, 'row')) {
      if (this.inSheetData) this.openRow(buf, as, ae);
    } else if (len === 2 && b === 105 && buf[s + 1] === 115 /* is */) {
      if (this.inCell) {
        this.inInline = true;
        this.hasValue = true;
      }
    } else if (len === 3 && bytesAre(buf, s, e, 'rPh')) this.phonetic++;
    else if (len === 9 && bytesAre(buf, s, e, 'sheetData')) {
      this.inSheetData = !selfClosing;
    } else if (len === 9 && bytesAre(buf, s, e, 'mergeCell')) this.openMerge(buf, as, ae);
    else if (len === 3 && bytesAre(buf, s, e, 'col')) this.openCol(buf, as, ae);
    else if (len === 9 && bytesAre(buf, s, e, 'dimension')) {
      const a = this.attrs.reset(buf, as, ae);
      while (a.next()) if (a.is('ref')) this.declaredRows = parseA1(a.value().split(':').pop() ?? '')?.row;
      if (this.declaredRows !== undefined) this.declaredRows++;
    }
  }

  protected close(buf: Uint8Array, s: number, e: number): void {
    const len = e - s;
    const b = buf[s];
    if (len === 1) {
      if (b === 99 /* c */) {
        if (this.inCell) this.closeCell();
      } else if (b === 118 /* v */) {
        this.inValue = false;
        this.wantText = false;
      } else if (b === 116 /* t */) {
        if (this.inInline) this.wantText = false;
      }
      return;
    }
    if (len === 3 && b === 114 && bytesAre(buf, s, e, 'row')) {
      if (this.onRows && (this.rowIndex & 0xffff) === 0) this.onRows(this.rowIndex + 1);
    } else if (len === 2 && b === 105 && buf[s + 1] === 115) this.inInline = false;
    else if (len === 3 && bytesAre(buf, s, e, 'rPh')) this.phonetic--;
    else if (len === 9 && bytesAre(buf, s, e, 'sheetData')) this.inSheetData = false;
  }

  protected text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    if (this.inValue && this.pieces === 0 && !cdata && (this.type === CellType.Number || this.type === CellType.Shared)) {
      const n = digitsAt(buf, start, end);
      if (n >= 0) {
        this.number = n;
        this.pieces = 1;
        return;
      }
    }
    if (this.number >= 0) {
      this.textValue = String(this.number);
      this.number = -1;
    }
    this.textValue += decodeText(buf, start, end, cdata, !this.inValue || this.type === CellType.String);
    this.pieces++;
  }

  private openRow(buf: Uint8Array, as: number, ae: number): void {
    let r = -1;
    let style = -1;
    let custom = false;
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      const len = a.nameEnd - a.nameStart;
      if (len === 1) {
        const n = buf[a.nameStart];
        if (n === 114 /* r */) r = a.int();
        else if (n === 115 /* s */) style = a.int();
      } else if (a.is('customFormat')) custom = buf[a.valueStart] === 49 || buf[a.valueStart] === 116;
    }
    this.rowIndex = r > 0 ? r - 1 : this.rowIndex + 1;
    if (this.rowIndex >= maxRows) throw new CellError('grid', this.rowIndex, 0);
    this.col = -1;
    this.row = null;
    this.rowOfRow = this.rowIndex;
    if (custom && style >= 0) this.rowKinds.set(this.rowIndex, this.styleKinds[style] ?? unknownKindCode);
  }

  private openCell(buf: Uint8Array, as: number, ae: number): void {
    let col = -1;
    let row = this.rowIndex;
    let type = CellType.Number;
    let style = 0;
    // Attributes parsed inline (the hottest loop of a large log): name="value" pairs.
    let p = as;
    while (p < ae) {
      if (buf[p] <= 32) {
        p++;
        continue;
      }
      const nameStart = p;
      while (p < ae && buf[p] !== 61 && buf[p] > 32) p++;
      const nameLen = p - nameStart;
      while (p < ae && buf[p] !== 61) p++;
      p++;
      while (p < ae && buf[p] <= 32) p++;
      const q = buf[p];
      if (q !== 34 && q !== 39) throw new ScanError('malformed', 'attribute without quotes');
      const vs = ++p;
      while (p < ae && buf[p] !== q) p++;
      if (p >= ae) throw new ScanError('malformed', 'unterminated attribute');
      const ve = p++;
      if (nameLen !== 1) continue;
      const n = buf[nameStart];
      if (n === 114 /* r */) {
        let c = 0;
        let k = vs;
        for (; k < ve; k++) {
          const ch = buf[k] | 32;
          if (ch < 97 || ch > 122) break;
          c = c * 26 + (ch - 96);
        }
        const digits = digitsAt(buf, k, ve);
        if (c > 0) col = c - 1;
        if (digits > 0) row = digits - 1;
      } else if (n === 116 /* t */) {
        const len = ve - vs;
        const t = buf[vs];
        if (len === 1 && t === 115) type = CellType.Shared;
        else if (len === 1 && t === 110) type = CellType.Number;
        else if (len === 1 && t === 98) type = CellType.Boolean;
        else if (len === 1 && t === 101) type = CellType.Error;
        else if (len === 1 && t === 100) type = CellType.IsoDate;
        else if (len === 3 && t === 115) type = CellType.String;
        else if (len === 9 && t === 105) type = CellType.Inline;
        else type = CellType.String;
      } else if (n === 115 /* s */) style = digitsAt(buf, vs, ve);
    }
    if (col < 0) col = this.col + 1;
    if (col >= maxColumns || row >= maxRows) throw new CellError('grid', row, col);
    if (row !== this.rowOfRow) {
      // A cell whose reference names another row than its <row>: the reference wins, as in Excel.
      this.rowOfRow = row;
      this.row = this.rows[row] ?? null;
    }
    this.col = col;
    this.cellRow = row;
    this.type = type;
    this.style = style < 0 ? 0 : style;
    this.inCell = true;
    this.hasFormula = false;
    this.hasValue = false;
    this.number = -1;
    this.textValue = '';
    this.pieces = 0;
    this.phonetic = 0;
  }

  private closeCell(): void {
    this.inCell = false;
    this.inInline = false;
    this.wantText = false;
    const { cellRow: row, col } = this;
    let kinds = this.kinds[col];
    if (!kinds || kinds.length <= row) {
      const grown = new Uint8Array(Math.min(maxRows, Math.max(1024, (row + 1) * 2)));
      if (kinds) grown.set(kinds);
      this.kinds[col] = kinds = grown;
    }
    kinds[row] = this.styleKinds[this.style] ?? unknownKindCode;

    const value = this.pieces === 0 ? null : this.cellValue();
    const result = this.pieces > 0 || (this.hasValue && (this.type === CellType.String || this.type === CellType.Inline));
    if (this.hasFormula && !result) this.pending.push({ row, col });
    else if (value === null) return;
    if (++this.cells > this.maxCells) throw new CellError('tooManyCells', row, col, String(this.maxCells));
    if (value !== null) {
      let r = this.row;
      if (!r) {
        r = this.rows[row];
        if (!r) this.rows[row] = r = new Array(this.width > col ? this.width : col + 1);
        this.row = r;
      }
      r[col] = value;
    }
    if (row >= this.height) this.height = row + 1;
    if (col >= this.width) this.width = col + 1;
  }

  private cellValue(): CellValue {
    const { type, number } = this;
    switch (type) {
      case CellType.Number: {
        if (number >= 0) return number;
        const n = Number(this.textValue);
        if (!Number.isFinite(n) || this.textValue.trim() === '') throw new CellError('number', this.cellRow, this.col, this.textValue.slice(0, 40));
        return n;
      }
      case CellType.Shared: {
        const i = number >= 0 ? number : Number(this.textValue.trim());
        const s = this.strings[i];
        if (s === undefined) throw new CellError('sharedString', this.cellRow, this.col, this.textValue || String(number));
        return s === '' ? null : s;
      }
      case CellType.Boolean: {
        const t = this.textValue.trim();
        if (t === '1' || t === 'true') return true;
        if (t === '0' || t === 'false') return false;
        throw new CellError('boolean', this.cellRow, this.col, t.slice(0, 40));
      }
      case CellType.IsoDate: {
        const d = isoDateValue(this.textValue);
        if (!d) throw new CellError('isoDate', this.cellRow, this.col, this.textValue.slice(0, 40));
        return d;
      }
      default:
        return this.textValue === '' ? null : this.textValue;
    }
  }

  private openMerge(buf: Uint8Array, as: number, ae: number): void {
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (!a.is('ref')) continue;
      const [from, to = from] = a.value().split(':');
      const p = parseA1(from);
      const q = parseA1(to);
      if (p && q) this.merges.push({ top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) });
    }
  }

  private openCol(buf: Uint8Array, as: number, ae: number): void {
    let min = -1;
    let max = -1;
    let style = -1;
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (a.is('min')) min = a.int();
      else if (a.is('max')) max = a.int();
      else if (a.is('style')) style = a.int();
    }
    if (min > 0 && max >= min && style >= 0) this.colKinds.push({ min: min - 1, max: max - 1, code: this.styleKinds[style] ?? unknownKindCode });
  }
}

export { ScanError };
