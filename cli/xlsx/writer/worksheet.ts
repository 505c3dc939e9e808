/**
 * An input worksheet part, edited in place for marks: a cell's style index (`s`) changes, a cell
 * or row is inserted where none was, and `<legacyDrawing>` (the notes' shapes) is added or
 * removed. The part may be a million rows: its bytes are never parsed whole. Row start tags are
 * found by a byte scan of `<sheetData>` (indexed once, on first use), and only the rows touched,
 * the part's head (before `<sheetData>`) and tail (after it) go through the XML tokenizer.
 */
import { applySplices, prefixOf, qualified, scanXml, setAttributes, type Splice, type XmlElement } from './xml';
import { transitionalRel, strictRel } from './opc';
import { columnIndex, columnLetters } from '../../../core/workbook';

/** CT_Worksheet's child order (ECMA-376 §18.3.1.99): a new child goes before the first that must follow it. */
export const worksheetOrder = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
];


/** 0-based row and column of an A1 reference (`$` allowed), or null. */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

interface RowInfo {
  /** 1-based row number. */
  r: number;
  start: number;
  /** Byte offset just past the start tag. */
  openEnd: number;
  /** Byte offset just past the row (equals openEnd for `<row/>`). */
  end: number;
}

interface RowIndex {
  /** 1-based row numbers, ascending. */
  numbers: Int32Array;
  /** Byte offset of each row's `<row`. */
  starts: Float64Array;
}

interface CellInfo {
  col: number;
  el: XmlElement;
}

export class WorksheetPart {
  private readonly prefix: string;
  private readonly rootTag: XmlElement;
  /** Byte offsets of `<sheetData ...>` (start, just past its start tag) and of `</sheetData>` (start, end). */
  private readonly data: { start: number; openEnd: number; closeStart: number; end: number; empty: boolean };
  private rows: RowIndex | null = null;
  private readonly head: string;
  private readonly headElements: XmlElement[];
  private tail: string;
  private tailChanged = false;
  private readonly styleEdits = new Map<number, Map<number, number>>();

  constructor(private readonly bytes: Buffer) {
    const sheetDataName = (p: string) => Buffer.from(`<${qualified(p, 'sheetData')}`);
    // The root's start tag is within the first few kilobytes (prolog and namespace declarations).
    const probe = bytes.subarray(0, Math.min(bytes.length, 65536)).toString('utf8');
    const rootIndex = probe.search(/<[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?[\s>]/);
    const rootEnd = probe.indexOf('>', rootIndex);
    if (rootIndex < 0 || rootEnd < 0) throw new Error('worksheet part without a root element');
    this.rootTag = scanXml(probe.slice(rootIndex, rootEnd + 1).replace(/\/?>$/, '/>'))[0];
    this.prefix = prefixOf(this.rootTag);
    const open = sheetDataName(this.prefix);
    let start = bytes.indexOf(open);
    while (start >= 0 && !isNameEnd(bytes[start + open.length])) start = bytes.indexOf(open, start + 1);
    if (start < 0) throw new Error('worksheet part without sheetData');
    const openEnd = bytes.indexOf('>', start) + 1;
    const empty = bytes[openEnd - 2] === 0x2f;
    const close = Buffer.from(`</${qualified(this.prefix, 'sheetData')}`);
    const closeStart = empty ? openEnd : bytes.lastIndexOf(close);
    const end = empty ? openEnd : bytes.indexOf('>', closeStart) + 1;
    this.data = { start, openEnd, closeStart, end, empty };
    this.head = bytes.subarray(0, start).toString('utf8');
    this.headElements = scanXml(this.head);
    this.tail = bytes.subarray(end).toString('utf8');
  }

  get changed(): boolean {
    return this.tailChanged || this.styleEdits.size > 0;
  }

  private q(name: string): string {
    return qualified(this.prefix, name);
  }

  /**
   * Every row's start, found by scanning the bytes for `<row` tags (once): row numbers and offsets
   * go in typed arrays, so a million-row sheet costs a few megabytes, not an object per row.
   */
  private index(): RowIndex {
    if (this.rows) return this.rows;
    const tag = Buffer.from(`<${this.q('row')}`);
    const closeTag = Buffer.from(`</${this.q('row')}>`);
    const { bytes } = this;
    let capacity = 1024;
    let numbers = new Int32Array(capacity);
    let starts = new Float64Array(capacity);
    let count = 0;
    let at = this.data.openEnd;
    let last = 0;
    while (at < this.data.closeStart) {
      const start = bytes.indexOf(tag, at);
      if (start < 0 || start >= this.data.closeStart) break;
      if (!isNameEnd(bytes[start + tag.length])) {
        at = start + 1;
        continue;
      }
      const openEnd = bytes.indexOf(0x3e, start) + 1;
      const r = rowNumberOf(bytes, start + tag.length, openEnd) ?? last + 1;
      last = r;
      if (count === capacity) {
        capacity *= 2;
        const n = new Int32Array(capacity);
        n.set(numbers);
        numbers = n;
        const st = new Float64Array(capacity);
        st.set(starts);
        starts = st;
      }
      numbers[count] = r;
      starts[count] = start;
      count++;
      let end = openEnd;
      if (bytes[openEnd - 2] !== 0x2f) {
        const close = bytes.indexOf(closeTag, openEnd);
        end = close < 0 ? this.data.closeStart : close + closeTag.length;
      }
      at = end;
    }
    this.rows = { numbers: numbers.subarray(0, count), starts: starts.subarray(0, count) };
    return this.rows;
  }

  /** The row at index `i` of the index, with its offsets. */
  private rowAt(i: number): RowInfo {
    const { numbers, starts } = this.index();
    const start = starts[i];
    const openEnd = this.bytes.indexOf(0x3e, start) + 1;
    let end = openEnd;
    if (this.bytes[openEnd - 2] !== 0x2f) {
      const close = this.bytes.indexOf(`</${this.q('row')}>`, openEnd);
      end = close < 0 ? this.data.closeStart : close + `</${this.q('row')}>`.length;
    }
    return { r: numbers[i], start, openEnd, end };
  }

  /** Index of the first row numbered `r` or more (rows are stored in ascending order). */
  private lowerBound(r: number): number {
    const { numbers } = this.index();
    let lo = 0;
    let hi = numbers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private rowInfo(r: number): RowInfo | undefined {
    const i = this.lowerBound(r);
    return i < this.index().numbers.length && this.index().numbers[i] === r ? this.rowAt(i) : undefined;
  }

  private rowTag(row: RowInfo): XmlElement {
    return scanXml(this.bytes.toString('utf8', row.start, row.openEnd).replace(/\/?>$/, '/>'))[0];
  }

  private cellsOf(row: RowInfo): { text: string; cells: CellInfo[] } {
    const text = this.bytes.toString('utf8', row.start, row.end);
    const elements = scanXml(text);
    const cells: CellInfo[] = [];
    let col = -1;
    for (const el of elements) {
      if (el.depth !== 1 || el.local !== 'c') continue;
      const ref = el.attrs.r ? parseCellRef(el.attrs.r) : null;
      col = ref ? ref.col : col + 1;
      cells.push({ col, el });
    }
    return { text, cells };
  }

  /** The style a column gives its empty cells (`<col style>`), 0 when none. */
  private columnStyle(col: number): number {
    for (const e of this.headElements) {
      if (e.local !== 'col') continue;
      const min = Number(e.attrs.min) - 1;
      const max = Number(e.attrs.max) - 1;
      if (col >= min && col <= max) return Number(e.attrs.style ?? 0) || 0;
    }
    return 0;
  }

  /** The style an absent cell shows: its row's (when the row sets one), else its column's. */
  private inheritedStyle(row: number, col: number): number {
    const info = this.rowInfo(row + 1);
    if (info) {
      const a = this.rowTag(info).attrs;
      if (a.customFormat === '1' || a.customFormat === 'true') return Number(a.s ?? 0) || 0;
    }
    return this.columnStyle(col);
  }

  /** The cell format index (`s`) a cell shows, 0-based position; edits made here count. */
  styleOf(row: number, col: number): number {
    const edited = this.styleEdits.get(row + 1)?.get(col);
    if (edited !== undefined) return edited;
    const info = this.rowInfo(row + 1);
    if (info) {
      const cell = this.cellsOf(info).cells.find((c) => c.col === col);
      if (cell) return Number(cell.el.attrs.s ?? 0) || 0;
    }
    return this.inheritedStyle(row, col);
  }

  /** Sets a cell's style index (the cell is created empty when absent). */
  setStyle(row: number, col: number, xf: number): void {
    if (this.styleOf(row, col) === xf) return;
    const edits = this.styleEdits.get(row + 1) ?? new Map<number, number>();
    edits.set(col, xf);
    this.styleEdits.set(row + 1, edits);
  }

  /** The root children of the tail (after `</sheetData>`), with offsets in the tail string. */
  private tailChildren(): XmlElement[] {
    return scanXml(this.tail).filter((e) => e.depth === 0);
  }

  /** The `r:id` of a tail element (`legacyDrawing`, `drawing`), or null when absent. */
  relIdOf(local: string): string | null {
    const el = this.tailChildren().find((e) => e.local === local);
    if (!el) return null;
    const key = Object.keys(el.attrs).find((k) => k.endsWith(':id'));
    return key ? el.attrs[key] : null;
  }

  /** Adds `<local r:id="…"/>` at its schema position in the tail (it must come after sheetData). */
  addRelElement(local: string, relId: string): void {
    const at = worksheetOrder.indexOf(local);
    if (at <= worksheetOrder.indexOf('sheetData')) throw new Error(`cannot insert ${local}`);
    const children = this.tailChildren();
    if (children.some((c) => c.local === local)) throw new Error(`worksheet already has ${local}`);
    const followers = new Set(worksheetOrder.slice(at + 1));
    const next = children.find((c) => followers.has(c.local));
    const rootClose = this.tail.lastIndexOf(`</${this.rootTag.name}`);
    const position = next ? next.start : rootClose;
    const declared = Object.entries(this.rootTag.attrs).find(([k, v]) => k.startsWith('xmlns:') && (v === transitionalRel || v === strictRel));
    const element = declared
      ? `<${this.q(local)} ${declared[0].slice(6)}:id="${relId}"/>`
      : `<${this.q(local)} xmlns:r="${this.isStrict() ? strictRel : transitionalRel}" r:id="${relId}"/>`;
    this.tail = this.tail.slice(0, position) + element + this.tail.slice(position);
    this.tailChanged = true;
  }

  /** Removes a tail element (`legacyDrawing`). */
  removeElement(local: string): void {
    const el = this.tailChildren().find((e) => e.local === local);
    if (!el) return;
    this.tail = this.tail.slice(0, el.start) + this.tail.slice(el.end);
    this.tailChanged = true;
  }

  isStrict(): boolean {
    return Object.values(this.rootTag.attrs).includes('http://purl.oclc.org/ooxml/spreadsheetml/main');
  }

  /** The part with its edits, as consecutive pieces (no copy of a huge part); unchanged rows keep their bytes. */
  serialize(): Buffer[] {
    if (!this.changed) return [this.bytes];
    const pieces: Buffer[] = [Buffer.from(this.head, 'utf8')];
    const edits = [...this.styleEdits.entries()].sort((a, b) => a[0] - b[0]);
    let at = this.data.start;
    let sheetDataOpen = this.bytes.subarray(this.data.start, this.data.openEnd);
    if (this.data.empty && edits.length) {
      // `<sheetData/>` becomes `<sheetData>…</sheetData>`.
      sheetDataOpen = Buffer.from(sheetDataOpen.toString('utf8').replace(/\s*\/>$/, '>'));
    }
    pieces.push(sheetDataOpen);
    at = this.data.openEnd;
    const count = edits.length ? this.index().numbers.length : 0;
    for (const [r, cols] of edits) {
      const ri = this.lowerBound(r);
      const existing = ri < count && this.index().numbers[ri] === r ? this.rowAt(ri) : undefined;
      if (existing) {
        pieces.push(this.bytes.subarray(at, existing.start));
        pieces.push(Buffer.from(this.editedRow(existing, cols), 'utf8'));
        at = existing.end;
      } else {
        const position = ri < count ? this.index().starts[ri] : this.data.closeStart;
        pieces.push(this.bytes.subarray(at, position));
        const cells = [...cols.entries()].sort((a, b) => a[0] - b[0]).map(([c, s]) => `<${this.q('c')} r="${columnLetters(c)}${r}" s="${s}"/>`);
        pieces.push(Buffer.from(`<${this.q('row')} r="${r}">${cells.join('')}</${this.q('row')}>`, 'utf8'));
        at = position;
      }
    }
    if (this.data.empty) {
      if (edits.length) pieces.push(Buffer.from(`</${this.q('sheetData')}>`));
    } else {
      pieces.push(this.bytes.subarray(at, this.data.end));
    }
    pieces.push(Buffer.from(this.tail, 'utf8'));
    return pieces;
  }

  private editedRow(row: RowInfo, cols: Map<number, number>): string {
    const { text, cells } = this.cellsOf(row);
    const splices: Splice[] = [];
    const r = row.r;
    let rowText = text;
    if (text.endsWith('/>') && row.end === row.openEnd) rowText = `${text.replace(/\s*\/>$/, '>')}</${this.q('row')}>`;
    const rowEl = scanXml(rowText)[0];
    const inherited = (col: number) => {
      const a = rowEl.attrs;
      return a.customFormat === '1' || a.customFormat === 'true' ? Number(a.s ?? 0) || 0 : this.columnStyle(col);
    };
    let remaining = 0;
    const reparsed = rowText === text ? cells : this.cellsOfText(rowText);
    const edited = new Set<number>();
    for (const cell of reparsed) {
      const s = cols.get(cell.col);
      if (s === undefined) {
        remaining++;
        continue;
      }
      edited.add(cell.col);
      const empty = cell.el.closeStart === cell.el.openEnd || rowText.slice(cell.el.openEnd, cell.el.closeStart).trim() === '';
      const hasType = cell.el.attrs.t !== undefined;
      if (empty && !hasType && s === inherited(cell.col)) {
        // Back to what the cell showed before it existed: remove the empty cell.
        splices.push({ start: cell.el.start, end: cell.el.end, text: '' });
        continue;
      }
      remaining++;
      const open = rowText.slice(cell.el.start, cell.el.openEnd);
      splices.push({ start: cell.el.start, end: cell.el.openEnd, text: setAttributes(open, { s: s === 0 ? null : String(s) }) });
    }
    for (const [col, s] of [...cols.entries()].sort((a, b) => a[0] - b[0])) {
      if (edited.has(col)) continue;
      if (s === inherited(col)) continue;
      remaining++;
      const next = reparsed.find((c) => c.col > col);
      const position = next ? next.el.start : rowEl.closeStart;
      splices.push({ start: position, end: position, text: `<${this.q('c')} r="${columnLetters(col)}${r}" s="${s}"/>` });
    }
    const out = applySplices(rowText, splices);
    const attrs = Object.keys(rowEl.attrs).filter((k) => k !== 'r' && k !== 'spans');
    // A row the tool created (only `r`, no cells left) goes away again.
    if (remaining === 0 && attrs.length === 0) return '';
    return out;
  }

  private cellsOfText(text: string): CellInfo[] {
    const cells: CellInfo[] = [];
    let col = -1;
    for (const el of scanXml(text)) {
      if (el.depth !== 1 || el.local !== 'c') continue;
      const ref = el.attrs.r ? parseCellRef(el.attrs.r) : null;
      col = ref ? ref.col : col + 1;
      cells.push({ col, el });
    }
    return cells;
  }
}

/** The `r` attribute of a row start tag, read from its bytes (`[from, to)`), or null. */
function rowNumberOf(bytes: Buffer, from: number, to: number): number | null {
  for (let i = from; i < to - 3; i++) {
    // ` r` then `=` and a quote (spaces allowed around `=`): the space before keeps `spans=` apart.
    if (bytes[i] !== 0x72 || !isSpace(bytes[i - 1])) continue;
    let j = i + 1;
    while (isSpace(bytes[j])) j++;
    if (bytes[j] !== 0x3d) continue;
    j++;
    while (isSpace(bytes[j])) j++;
    if (bytes[j] !== 0x22 && bytes[j] !== 0x27) continue;
    const digits = ++j;
    let n = 0;
    while (bytes[j] >= 0x30 && bytes[j] <= 0x39) n = n * 10 + (bytes[j++] - 0x30);
    return j > digits ? n : null;
  }
  return null;
}

function isSpace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function isNameEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
