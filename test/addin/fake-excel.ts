/**
 * An in-memory fake of the Office.js members the Excel port uses (addin/excel/office-api.ts), with
 * the real constraints enforced: reading a property before `load` + `sync` throws; every
 * `context.sync()` is counted; a sync whose request or response is over 5 MB, or a read of a
 * range over 5,000,000 cells, is rejected; operations run in queue order at sync; an operation
 * Office.js cannot undo throws inside a `mergeUndoGroup` run; work left unsynced at the end of a
 * run is an error. Strings written into a cell not formatted as text are recorded the way Excel
 * would take them (a formula, a number or a date), so tests can assert that never happens.
 * Plain TypeScript without Node: the Chromium test bundles it into its office.js test double.
 */
import type { ExcelContextLike, ExcelHost } from '../../addin/excel/office-api';
import { a1Range, columnIndex } from '../../core/workbook';

export const FAKE_PAYLOAD_LIMIT = 5_000_000;
export const FAKE_CELL_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export type FakeValue = string | number | boolean;

export interface FakeCell {
  value?: FakeValue;
  format?: string;
  fill?: string;
  bold?: boolean;
  fontColor?: string;
  underline?: string;
  link?: { documentReference?: string; textToDisplay?: string };
  note?: string;
  wrap?: boolean;
  verticalAlignment?: string;
  /** Set when a string was written that Excel would have turned into a formula. */
  formula?: boolean;
  /** Set when a string was written that Excel would have turned into a number or a date. */
  coerced?: boolean;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  title: string;
  series: { name: string; values: string; categories: string | null }[];
  position: { start: string; end: string } | null;
  legend: { visible: boolean; position: string };
  dataLabels: { showValue: boolean; numberFormat: string | null };
  valueAxis: { maximum: number | null; minimum: number | null; numberFormat: string | null };
}

/** Cells by row, then column: a million-row sheet without a million-entry map of big keys. */
export class CellStore {
  private rows: (Map<number, FakeCell> | undefined)[] = [];
  get(row: number, col: number): FakeCell | undefined {
    return this.rows[row]?.get(col);
  }
  set(row: number, col: number, cell: FakeCell): void {
    (this.rows[row] ??= new Map()).set(col, cell);
  }
  delete(row: number, col: number): void {
    this.rows[row]?.delete(col);
  }
  *entries(): IterableIterator<[number, number, FakeCell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (line) for (const [c, cell] of line) yield [r, c, cell];
    }
  }
  /** Deletes every cell inside a rectangle. */
  clear(rect: Rect): void {
    for (let r = rect.top; r <= Math.min(rect.bottom, this.rows.length - 1); r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (const c of [...line.keys()]) if (c >= rect.left && c <= rect.right) line.delete(c);
    }
  }
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: CellStore;
  merges: Rect[];
  charts: FakeChart[];
  frozenRows: number;
  columnWidths: Map<number, number>;
  validations: { rect: Rect; rule: unknown; alert: unknown }[];
  /** Formats set on ranges too large to hold per cell (whole columns). */
  rectFormats: { rect: Rect; format: string }[];
}

export interface FakeBook {
  sheets: FakeSheet[];
  dateSystem: '1900' | '1904';
  selection: { sheet: string; address: string } | null;
  activeSheet: string | null;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}


export function rectAddress(r: Rect): string {
  return a1Range(r.top, r.left, r.bottom, r.right);
}

/** `A1`, `A1:B2`, `C:C`, `3:3`, `$A$1` → a rectangle (0-based, inclusive). */
export function parseRect(address: string): Rect {
  const local = address.replace(/^.*!/, '').replace(/\$/g, '').trim();
  const [a, b = a] = local.split(':');
  const part = (p: string, end: boolean) => {
    let m = /^([A-Za-z]{1,3})(\d+)$/.exec(p);
    if (m) return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
    m = /^([A-Za-z]{1,3})$/.exec(p);
    if (m) return { row: end ? MAX_ROWS - 1 : 0, col: columnIndex(m[1]) };
    m = /^(\d+)$/.exec(p);
    if (m) return { row: Number(m[1]) - 1, col: end ? MAX_COLS - 1 : 0 };
    throw fakeError('InvalidArgument', `bad address ${address}`);
  };
  const x = part(a, false);
  const y = part(b, true);
  return { top: Math.min(x.row, y.row), left: Math.min(x.col, y.col), bottom: Math.max(x.row, y.row), right: Math.max(x.col, y.col) };
}

const inRect = (r: Rect, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
const rectCells = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);

function fakeError(code: string, message: string): Error {
  const e = new Error(`${code}: ${message}`);
  (e as Error & { code: string }).code = code;
  e.name = 'RichApi.Error';
  return e;
}

const bytes = (v: unknown) => (v === undefined ? 0 : JSON.stringify(v).length);

export function newSheet(name: string): FakeSheet {
  return { name, visibility: 'Visible', cells: new CellStore(), merges: [], charts: [], frozenRows: 0, columnWidths: new Map(), validations: [], rectFormats: [] };
}

/** A fake book from rows of values (and optional per-cell formats), sheet by sheet. */
export function fakeBook(sheets: { name: string; rows: (FakeValue | null | undefined)[][]; formats?: (string | null | undefined)[][]; merges?: Rect[] }[], dateSystem: '1900' | '1904' = '1900'): FakeBook {
  return {
    dateSystem,
    selection: null,
    activeSheet: sheets[0]?.name ?? null,
    sheets: sheets.map((s) => {
      const sheet = newSheet(s.name);
      s.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const format = s.formats?.[r]?.[c] ?? undefined;
          if ((v === null || v === undefined || v === '') && !format) return;
          const cell: FakeCell = {};
          if (v !== null && v !== undefined && v !== '') cell.value = v;
          if (format) cell.format = format;
          sheet.cells.set(r, c, cell);
        }),
      );
      sheet.merges = s.merges ?? [];
      return sheet;
    }),
  };
}

type Op = { bytes: number; undoable: boolean; run: () => number | void };

/** Statistics of a fake host, across runs. */
export interface FakeStats {
  runs: { syncs: number; mergeUndoGroup: boolean; maxRequest: number; maxResponse: number }[];
  syncs: number;
}

class FakeContext implements ExcelContextLike {
  readonly queue: Op[] = [];
  syncs = 0;
  maxRequest = 0;
  maxResponse = 0;
  readonly workbook: FakeWorkbook;

  constructor(
    readonly book: FakeBook,
    readonly undoGroup: boolean,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(opBytes: number, run: () => number | void, undoable = true): void {
    this.queue.push({ bytes: opBytes + 40, undoable, run });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue.splice(0);
    const request = ops.reduce((a, o) => a + o.bytes, 0);
    this.maxRequest = Math.max(this.maxRequest, request);
    if (request > FAKE_PAYLOAD_LIMIT) throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    let response = 0;
    for (const op of ops) {
      if (this.undoGroup && !op.undoable) throw fakeError('UndoNotSupported', 'an operation of this batch cannot be undone');
      response += op.run() || 0;
      if (response > FAKE_PAYLOAD_LIMIT) throw fakeError('ResponsePayloadSizeLimitExceeded', `response over ${FAKE_PAYLOAD_LIMIT} bytes`);
    }
    this.maxResponse = Math.max(this.maxResponse, response);
  }
}

/** Base of every proxy: properties readable only once loaded and synced. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected got<T>(name: string): T {
    if (!this.loaded.has(name)) throw fakeError('PropertyNotLoaded', `${this.constructor.name}.${name} read before load + sync`);
    return this.loaded.get(name) as T;
  }
  /** Loads property names (`a,b`, arrays, `items/x` for collections) at the next sync. */
  load(names?: string | string[]): this {
    const list = (Array.isArray(names) ? names : String(names ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
    this.ctx.enqueue(bytes(list), () => {
      let size = 0;
      for (const n of list) {
        const v = this.read(n);
        this.loaded.set(n, v);
        size += bytes(v);
      }
      return size;
    });
    return this;
  }
  protected read(name: string): unknown {
    throw fakeError('InvalidArgument', `${this.constructor.name} cannot load ${name}`);
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly functions: { date(y: number, m: number, d: number): FakeFunctionResult };
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.functions = { date: (y, m, d) => new FakeFunctionResult(ctx, () => dateSerial(ctx.book.dateSystem, y, m, d)) };
  }
  getSelectedRange(): FakeRange {
    const sel = this.ctx.book.selection;
    return new FakeRange(this.ctx, () => this.ctx.book.sheets.find((s) => s.name === sel?.sheet)!, parseRect(sel?.address ?? 'A1'));
  }
}

function dateSerial(system: '1900' | '1904', y: number, m: number, d: number): number {
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  return system === '1904' ? days - 1462 : days;
}

class FakeFunctionResult extends Proxy {
  constructor(ctx: FakeContext, private readonly compute: () => unknown) {
    super(ctx);
  }
  protected override read(name: string): unknown {
    if (name === 'value') return this.compute();
    return super.read(name);
  }
  get value(): any {
    return this.got('value');
  }
}

class FakeWorksheets extends Proxy {
  constructor(ctx: FakeContext) {
    super(ctx);
  }
  override load(names?: string | string[]): this {
    const props = (Array.isArray(names) ? names : String(names ?? '').split(',')).map((n) => n.trim().replace(/^items\//, '')).filter(Boolean);
    this.ctx.enqueue(bytes(props), () => {
      const items = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s);
        ws.setLoaded(props);
        return ws;
      });
      this.loaded.set('items', items);
      return items.length * bytes(props) * 2;
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.got('items');
  }
  add(name?: string): FakeWorksheet {
    const sheet = newSheet(name ?? `Hoja${this.ctx.book.sheets.length + 1}`);
    this.ctx.enqueue(bytes(name), () => {
      if (this.ctx.book.sheets.some((s) => s.name.toUpperCase() === sheet.name.toUpperCase())) throw fakeError('ItemAlreadyExists', sheet.name);
      this.ctx.book.sheets.push(sheet);
    });
    return new FakeWorksheet(this.ctx, sheet);
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.ctx.book.sheets.find((s) => s.name === name);
    if (!sheet) {
      // Resolved lazily: fails at sync, as Office.js does.
      const ghost = newSheet(name);
      this.ctx.enqueue(0, () => {
        throw fakeError('ItemNotFound', name);
      });
      return new FakeWorksheet(this.ctx, ghost);
    }
    return new FakeWorksheet(this.ctx, sheet);
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.getItem(this.ctx.book.activeSheet ?? this.ctx.book.sheets[0].name);
  }
}

class FakeWorksheet extends Proxy {
  readonly charts: FakeCharts;
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  readonly notes: FakeNotes;
  constructor(
    ctx: FakeContext,
    readonly model: FakeSheet,
  ) {
    super(ctx);
    this.charts = new FakeCharts(ctx, model, this);
    this.notes = new FakeNotes(ctx, model);
    this.freezePanes = {
      freezeRows: (count = 1) => ctx.enqueue(8, () => void (model.frozenRows = count)),
      unfreeze: () => ctx.enqueue(8, () => void (model.frozenRows = 0)),
    };
  }
  setLoaded(props: string[]): void {
    for (const p of props) this.loaded.set(p, this.read(p));
  }
  protected override read(name: string): unknown {
    if (name === 'name') return this.model.name;
    if (name === 'visibility') return this.model.visibility;
    return super.read(name);
  }
  get name(): string {
    return this.got('name');
  }
  get visibility(): any {
    return this.got('visibility');
  }
  set visibility(v: any) {
    // Office.js cannot undo a visibility change on Windows and Mac.
    this.ctx.enqueue(16, () => void (this.model.visibility = v), false);
  }
  get isNullObject(): boolean {
    return false;
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.model, address ? parseRect(address) : { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 });
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, () => this.model, { top: r, left: c, bottom: r + rows - 1, right: c + cols - 1 });
  }
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, this.model, String(address ?? '').split(',').map((a) => parseRect(a)));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, () => this.model, null);
    range.usedOf = { valuesOnly: !!valuesOnly };
    return range;
  }
  activate(): void {
    this.ctx.enqueue(8, () => void (this.ctx.book.activeSheet = this.model.name));
  }
  delete(): void {
    this.ctx.enqueue(8, () => void (this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s !== this.model)), false);
  }
}

/** A cell's format, whether set on the cell or on a large range around it. */
export function formatAt(sheet: FakeSheet, row: number, col: number): string {
  const own = sheet.cells.get(row, col)?.format;
  if (own !== undefined) return own;
  if (!sheet.rectFormats.length) return 'General';
  for (let i = sheet.rectFormats.length - 1; i >= 0; i--) if (inRect(sheet.rectFormats[i].rect, row, col)) return sheet.rectFormats[i].format;
  return 'General';
}

function cellAt(sheet: FakeSheet, row: number, col: number): FakeCell {
  let c = sheet.cells.get(row, col);
  if (!c) sheet.cells.set(row, col, (c = {}));
  return c;
}

/** What Excel does with a string typed into a cell not formatted as text. */
function takeString(cell: FakeCell, value: string, format: string): void {
  cell.value = value;
  if (format === '@') return;
  if (/^[=+\-]/.test(value)) cell.formula = true;
  else if (/^\d+([./-]\d+)*$/.test(value.trim()) || /^(true|false|verdadero|falso)$/i.test(value.trim())) cell.coerced = true;
}

class FakeFill {
  constructor(
    private readonly ctx: FakeContext,
    private readonly each: (f: (c: FakeCell) => void) => void,
  ) {}
  set color(v: string) {
    this.ctx.enqueue(bytes(v), () => this.each((c) => void (c.fill = v.replace(/^#/, '').toUpperCase())));
  }
  get color(): string {
    throw fakeError('PropertyNotLoaded', 'fill.color (use getCellProperties)');
  }
  clear(): void {
    this.ctx.enqueue(8, () => this.each((c) => void delete c.fill));
  }
}

class FakeFont {
  constructor(
    private readonly ctx: FakeContext,
    private readonly each: (f: (c: FakeCell) => void) => void,
  ) {}
  set bold(v: boolean) {
    this.ctx.enqueue(8, () => this.each((c) => void (c.bold = v)));
  }
  set color(v: string) {
    this.ctx.enqueue(bytes(v), () => this.each((c) => void (c.fontColor = v)));
  }
  set underline(v: string) {
    this.ctx.enqueue(bytes(v), () => this.each((c) => void (c.underline = v)));
  }
  get bold(): boolean {
    throw fakeError('PropertyNotLoaded', 'font.bold');
  }
  get color(): string {
    throw fakeError('PropertyNotLoaded', 'font.color');
  }
  get underline(): string {
    throw fakeError('PropertyNotLoaded', 'font.underline');
  }
}

class FakeRangeAreas extends Proxy {
  readonly format: { fill: FakeFill; font: FakeFont; wrapText: boolean; verticalAlignment: any };
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly rects: Rect[],
    private readonly nullObject = false,
  ) {
    super(ctx);
    const each = (f: (c: FakeCell) => void) => {
      for (const r of rects) {
        if (rectCells(r) > 1_000_000) throw fakeError('InvalidArgument', 'styling a huge area cell by cell');
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(cellAt(sheet, row, col));
      }
    };
    this.format = {
      fill: new FakeFill(ctx, each),
      font: new FakeFont(ctx, each),
      set wrapText(v: boolean) {
        ctx.enqueue(8, () => each((c) => void (c.wrap = v)));
      },
      get wrapText(): boolean {
        throw fakeError('PropertyNotLoaded', 'wrapText');
      },
      set verticalAlignment(v: string) {
        ctx.enqueue(8, () => each((c) => void (c.verticalAlignment = v)));
      },
      get verticalAlignment(): string {
        throw fakeError('PropertyNotLoaded', 'verticalAlignment');
      },
    };
  }
  protected override read(name: string): unknown {
    if (name === 'address') return this.rects.map((r) => `${this.sheet.name}!${rectAddress(r)}`).join(', ');
    if (name === 'isNullObject') return this.nullObject;
    return super.read(name);
  }
  get address(): string {
    return this.got('address');
  }
  get isNullObject(): boolean {
    return this.nullObject;
  }
}

class FakeMergedAreas extends Proxy {
  private result: { address: string; isNull: boolean } | null = null;
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  override load(names?: string | string[]): this {
    this.ctx.enqueue(bytes(names), () => {
      const rect = this.range.resolvedRect();
      const sheet = this.range.sheet();
      const areas = rect ? sheet.merges.filter((m) => m.top >= rect.top && m.bottom <= rect.bottom && m.left >= rect.left && m.right <= rect.right) : [];
      this.result = { address: areas.map((m) => `${sheet.name}!${rectAddress(m)}`).join(', '), isNull: areas.length === 0 };
      this.loaded.set('address', this.result.address);
      return bytes(this.result.address);
    });
    return this;
  }
  get address(): string {
    return this.got('address');
  }
  get isNullObject(): boolean {
    if (!this.result) throw fakeError('PropertyNotLoaded', 'isNullObject');
    return this.result.isNull;
  }
  get format(): never {
    throw fakeError('InvalidArgument', 'format of merged areas is not used');
  }
}

class FakeRange extends Proxy {
  usedOf: { valuesOnly: boolean } | null = null;
  private usedRect: Rect | null | undefined;
  readonly format: { fill: FakeFill; font: FakeFont; columnWidth: number; wrapText: boolean; verticalAlignment: any };
  readonly dataValidation: { rule: any; errorAlert: any; clear(): void };

  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    private readonly rect: Rect | null,
  ) {
    super(ctx);
    const each = (f: (c: FakeCell) => void) => {
      const r = this.resolvedRect()!;
      if (rectCells(r) > 1_000_000) throw fakeError('InvalidArgument', 'styling a huge range cell by cell');
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(cellAt(this.sheet(), row, col));
    };
    const range = this;
    this.format = {
      fill: new FakeFill(ctx, each),
      font: new FakeFont(ctx, each),
      set columnWidth(points: number) {
        ctx.enqueue(8, () => {
          const r = range.resolvedRect()!;
          for (let c = r.left; c <= r.right; c++) range.sheet().columnWidths.set(c, points);
        });
      },
      get columnWidth(): number {
        throw fakeError('PropertyNotLoaded', 'columnWidth');
      },
      set wrapText(v: boolean) {
        ctx.enqueue(8, () => each((c) => void (c.wrap = v)));
      },
      get wrapText(): boolean {
        throw fakeError('PropertyNotLoaded', 'wrapText');
      },
      set verticalAlignment(v: string) {
        ctx.enqueue(8, () => each((c) => void (c.verticalAlignment = v)));
      },
      get verticalAlignment(): string {
        throw fakeError('PropertyNotLoaded', 'verticalAlignment');
      },
    };
    this.dataValidation = {
      set rule(rule: any) {
        ctx.enqueue(bytes(rule), () => {
          const sheet = range.sheet();
          const r = range.resolvedRect()!;
          const existing = sheet.validations.find((v) => rectAddress(v.rect) === rectAddress(r));
          if (existing) existing.rule = rule;
          else sheet.validations.push({ rect: r, rule, alert: null });
        });
      },
      get rule(): any {
        throw fakeError('PropertyNotLoaded', 'dataValidation.rule');
      },
      set errorAlert(alert: any) {
        ctx.enqueue(bytes(alert), () => {
          const v = range.sheet().validations.find((x) => rectAddress(x.rect) === rectAddress(range.resolvedRect()!));
          if (!v) throw fakeError('InvalidOperation', 'errorAlert before rule');
          v.alert = alert;
        });
      },
      get errorAlert(): any {
        throw fakeError('PropertyNotLoaded', 'dataValidation.errorAlert');
      },
      clear: () =>
        ctx.enqueue(8, () => {
          const r = range.resolvedRect()!;
          const sheet = range.sheet();
          sheet.validations = sheet.validations.filter((v) => !(v.rect.top >= r.top && v.rect.bottom <= r.bottom && v.rect.left >= r.left && v.rect.right <= r.right));
        }),
    };
  }

  /** The range's rectangle; for a used range, computed at the sync that loads it. */
  resolvedRect(): Rect | null {
    if (this.rect) return this.rect;
    if (this.usedRect === undefined) {
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [r, col, c] of this.sheet().cells.entries()) {
        if (this.usedOf?.valuesOnly ? c.value === undefined : c.value === undefined && c.format === undefined && c.fill === undefined) continue;
        top = Math.min(top, r);
        left = Math.min(left, col);
        bottom = Math.max(bottom, r);
        right = Math.max(right, col);
      }
      this.usedRect = bottom < 0 ? null : { top, left, bottom, right };
    }
    return this.usedRect;
  }

  protected override got<T>(name: string): T {
    if (name !== 'isNullObject' && this.loaded.get('isNullObject') === true) throw fakeError('InvalidObjectPath', `${name} of a null range`);
    return super.got<T>(name);
  }

  protected override read(name: string): unknown {
    const r = this.resolvedRect();
    if (name === 'isNullObject') return r === null;
    if (!r) return undefined;
    switch (name) {
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'rowCount':
        return r.bottom - r.top + 1;
      case 'columnCount':
        return r.right - r.left + 1;
      case 'address':
        return `${this.sheet().name}!${rectAddress(r)}`;
      case 'values':
      case 'numberFormat': {
        if (rectCells(r) > FAKE_CELL_LIMIT) throw fakeError('ResponsePayloadSizeLimitExceeded', `read of ${rectCells(r)} cells`);
        const out: unknown[][] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: unknown[] = [];
          for (let col = r.left; col <= r.right; col++) line.push(name === 'values' ? (this.sheet().cells.get(row, col)?.value ?? '') : formatAt(this.sheet(), row, col));
          out.push(line);
        }
        return out;
      }
    }
    return super.read(name);
  }

  override load(names?: string | string[]): this {
    const list = (Array.isArray(names) ? names : String(names ?? '').split(',')).map((n) => n.trim()).filter(Boolean);
    super.load([...list, 'isNullObject']);
    return this;
  }

  get isNullObject(): boolean {
    return this.got('isNullObject');
  }
  get address(): string {
    return this.got('address');
  }
  get rowIndex(): number {
    return this.got('rowIndex');
  }
  get columnIndex(): number {
    return this.got('columnIndex');
  }
  get rowCount(): number {
    return this.got('rowCount');
  }
  get columnCount(): number {
    return this.got('columnCount');
  }
  get values(): any[][] {
    return this.got('values');
  }
  get numberFormat(): any[][] {
    return this.got('numberFormat');
  }

  /** Writes a matrix the size of the range, or one value for every cell (a 1×1 matrix). */
  private setMatrix(matrix: unknown[][], apply: (row: number, col: number, v: unknown) => void, bulk?: (v: unknown) => boolean): void {
    this.ctx.enqueue(bytes(matrix), () => {
      const r = this.resolvedRect()!;
      const rows = r.bottom - r.top + 1;
      const cols = r.right - r.left + 1;
      const broadcast = matrix.length === 1 && matrix[0].length === 1 && (rows > 1 || cols > 1);
      if (broadcast && bulk?.(matrix[0][0])) return;
      if (!broadcast && (matrix.length !== rows || matrix.some((line) => line.length !== cols))) throw fakeError('InvalidArgument', `matrix ${matrix.length}×${matrix[0]?.length} for a ${rows}×${cols} range`);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) {
        const v = broadcast ? matrix[0][0] : matrix[i][j];
        if (v !== null && v !== undefined) apply(r.top + i, r.left + j, v);
      }
    });
  }
  set values(matrix: any[][]) {
    this.setMatrix(matrix, (row, col, v) => {
      const sheet = this.sheet();
      const cell = cellAt(sheet, row, col);
      delete cell.formula;
      delete cell.coerced;
      if (v === '') delete cell.value;
      else if (typeof v === 'string') takeString(cell, v, formatAt(sheet, row, col));
      else cell.value = v as FakeValue;
    });
  }
  set numberFormat(matrix: any[][]) {
    this.setMatrix(
      matrix,
      (row, col, v) => void (cellAt(this.sheet(), row, col).format = String(v)),
      (v) => {
        const r = this.resolvedRect()!;
        if (rectCells(r) <= 100_000) return false;
        this.sheet().rectFormats.push({ rect: r, format: String(v) });
        return true;
      },
    );
  }
  set hyperlink(link: any) {
    this.ctx.enqueue(bytes(link), () => {
      const r = this.resolvedRect()!;
      const cell = cellAt(this.sheet(), r.top, r.left);
      cell.link = link;
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }
  get hyperlink(): any {
    throw fakeError('PropertyNotLoaded', 'hyperlink');
  }
  clear(applyTo: string = 'All'): void {
    this.ctx.enqueue(bytes(applyTo), () => {
      const r = this.resolvedRect();
      if (!r) return;
      const sheet = this.sheet();
      sheet.cells.clear(r);
      sheet.rectFormats = sheet.rectFormats.filter((f) => !(f.rect.top >= r.top && f.rect.bottom <= r.bottom && f.rect.left >= r.left && f.rect.right <= r.right));
    });
  }
  select(): void {
    this.ctx.enqueue(8, () => {
      const r = this.resolvedRect()!;
      this.ctx.book.selection = { sheet: this.sheet().name, address: rectAddress(r) };
      this.ctx.book.activeSheet = this.sheet().name;
    });
  }
  getCellProperties(options: unknown): { readonly value: any } {
    const result = new FakeFunctionResult(this.ctx, () => {
      const r = this.resolvedRect()!;
      const out: unknown[][] = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: unknown[] = [];
        // Excel reports a cell without fill as white with pattern None.
        for (let col = r.left; col <= r.right; col++) {
          const fill = this.sheet().cells.get(row, col)?.fill;
          line.push({ format: { fill: fill ? { color: `#${fill}`, pattern: 'Solid' } : { color: '#FFFFFF', pattern: 'None' } } });
        }
        out.push(line);
      }
      return out;
    });
    result.load('value');
    void options;
    return result;
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, this);
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly cell: string,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    if (!orNull) this.ctx.enqueue(0, () => {
      if (this.model().note === undefined) throw fakeError('ItemNotFound', `note ${cell}`);
    });
  }
  private model(): FakeCell {
    const r = parseRect(this.cell);
    return cellAt(this.sheet, r.top, r.left);
  }
  protected override read(name: string): unknown {
    if (name === 'content') return this.model().note ?? null;
    return super.read(name);
  }
  override load(names?: string | string[]): this {
    super.load(names);
    this.ctx.enqueue(0, () => void this.loaded.set('isNullObject', this.model().note === undefined));
    return this;
  }
  get isNullObject(): boolean {
    return this.got('isNullObject');
  }
  get content(): string {
    if (this.orNull && this.loaded.get('isNullObject') === true) throw fakeError('InvalidObjectPath', 'content of a null note');
    return this.got('content');
  }
  set content(text: string) {
    this.ctx.enqueue(bytes(text), () => void (this.model().note = text));
  }
  delete(): void {
    this.ctx.enqueue(8, () => void delete this.model().note);
  }
}

class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeSheet,
  ) {}
  add(cellAddress: unknown, content: any): FakeNote {
    const address = String(cellAddress);
    const r = parseRect(address);
    if (rectCells(r) !== 1) throw fakeError('InvalidCellAddress', address);
    this.ctx.enqueue(bytes(content), () => {
      const cell = cellAt(this.sheet, r.top, r.left);
      if (cell.note !== undefined) throw fakeError('InvalidOperation', `a note already exists at ${address}`);
      cell.note = String(content);
    });
    return new FakeNote(this.ctx, this.sheet, address, true);
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.ctx, this.sheet, key, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, this.sheet, key, true);
  }
}

class FakeChartProxy extends Proxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: any };
  readonly dataLabels: { showValue: boolean; numberFormat: string };
  readonly axes: { valueAxis: { maximum: any; minimum: any; numberFormat: string } };
  readonly series: { getItemAt(i: number): FakeSeries; add(name?: string): FakeSeries };
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    readonly model: FakeChart,
  ) {
    super(ctx);
    const set = (f: () => void) => ctx.enqueue(16, f);
    const m = model;
    this.title = {
      set text(v: string) {
        set(() => void (m.title = v));
      },
      get text(): string {
        throw fakeError('PropertyNotLoaded', 'title.text');
      },
    };
    this.legend = {
      set visible(v: boolean) {
        set(() => void (m.legend.visible = v));
      },
      get visible(): boolean {
        throw fakeError('PropertyNotLoaded', 'legend.visible');
      },
      set position(v: any) {
        set(() => void (m.legend.position = v));
      },
      get position(): any {
        throw fakeError('PropertyNotLoaded', 'legend.position');
      },
    };
    this.dataLabels = {
      set showValue(v: boolean) {
        set(() => void (m.dataLabels.showValue = v));
      },
      get showValue(): boolean {
        throw fakeError('PropertyNotLoaded', 'dataLabels.showValue');
      },
      set numberFormat(v: string) {
        set(() => void (m.dataLabels.numberFormat = v));
      },
      get numberFormat(): string {
        throw fakeError('PropertyNotLoaded', 'dataLabels.numberFormat');
      },
    };
    this.axes = {
      valueAxis: {
        set maximum(v: any) {
          set(() => void (m.valueAxis.maximum = v));
        },
        get maximum(): any {
          throw fakeError('PropertyNotLoaded', 'maximum');
        },
        set minimum(v: any) {
          set(() => void (m.valueAxis.minimum = v));
        },
        set numberFormat(v: string) {
          set(() => void (m.valueAxis.numberFormat = v));
        },
        get numberFormat(): string {
          throw fakeError('PropertyNotLoaded', 'valueAxis.numberFormat');
        },
        get minimum(): any {
          throw fakeError('PropertyNotLoaded', 'minimum');
        },
      },
    };
    this.series = {
      getItemAt: (i) => new FakeSeries(ctx, () => m.series[i] ?? (() => { throw fakeError('ItemNotFound', `series ${i}`); })()),
      add: (name) => {
        const s = { name: name ?? '', values: '', categories: null };
        set(() => void m.series.push(s));
        return new FakeSeries(ctx, () => s);
      },
    };
  }
  protected override read(name: string): unknown {
    if (name === 'name') return this.model.name;
    return super.read(name);
  }
  get name(): string {
    return this.got('name');
  }
  setPosition(start: unknown, end?: unknown): void {
    this.ctx.enqueue(16, () => void (this.model.position = { start: String(start), end: String(end ?? start) }));
  }
  delete(): void {
    this.ctx.enqueue(8, () => void (this.sheet.charts = this.sheet.charts.filter((c) => c !== this.model)));
  }
  setLoaded(): void {
    this.loaded.set('name', this.model.name);
  }
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly model: () => FakeChart['series'][number],
  ) {}
  set name(v: string) {
    this.ctx.enqueue(bytes(v), () => void (this.model().name = v));
  }
  get name(): string {
    throw fakeError('PropertyNotLoaded', 'series.name');
  }
  setValues(range: FakeRange): void {
    this.ctx.enqueue(16, () => void (this.model().values = rectAddress(range.resolvedRect()!)));
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.enqueue(16, () => void (this.model().categories = rectAddress(range.resolvedRect()!)));
  }
}

class FakeCharts extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
  override load(): this {
    this.ctx.enqueue(16, () => {
      const items = this.sheet.charts.map((c) => {
        const p = new FakeChartProxy(this.ctx, this.sheet, c);
        p.setLoaded();
        return p;
      });
      this.loaded.set('items', items);
      return items.length * 32;
    });
    return this;
  }
  get items(): FakeChartProxy[] {
    return this.got('items');
  }
  add(type: any, source: FakeRange, seriesBy?: any): FakeChartProxy {
    const model: FakeChart = {
      name: `Gráfico ${this.sheet.charts.length + 1}`,
      type: String(type),
      seriesBy: String(seriesBy ?? 'Auto'),
      title: '',
      series: [],
      position: null,
      legend: { visible: true, position: 'Right' },
      dataLabels: { showValue: false, numberFormat: null },
      valueAxis: { maximum: null, minimum: null, numberFormat: null },
    };
    this.ctx.enqueue(32, () => {
      model.series.push({ name: '', values: rectAddress(source.resolvedRect()!), categories: null });
      this.sheet.charts.push(model);
    });
    void this.ws;
    return new FakeChartProxy(this.ctx, this.sheet, model);
  }
}

/** A fake `Excel.run` host over a book, supporting requirement sets up to `excelApi` (e.g. `1.20`). */
export class FakeExcelHost implements ExcelHost {
  readonly stats: FakeStats = { runs: [], syncs: 0 };
  constructor(
    readonly book: FakeBook,
    readonly excelApi = '1.20',
  ) {}

  isSetSupported(name: string, minVersion: string): boolean {
    if (name !== 'ExcelApi') return false;
    const [a, b] = this.excelApi.split('.').map(Number);
    const [c, d] = minVersion.split('.').map(Number);
    return a > c || (a === c && b >= d);
  }

  async run<T>(batch: (context: ExcelContextLike) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T> {
    if (options?.mergeUndoGroup && !this.isSetSupported('ExcelApi', '1.20')) throw fakeError('InvalidArgument', 'mergeUndoGroup needs ExcelApi 1.20');
    const ctx = new FakeContext(this.book, !!options?.mergeUndoGroup);
    try {
      const result = await batch(ctx);
      if (ctx.queue.length) throw new Error(`${ctx.queue.length} operation(s) queued and never synced`);
      return result;
    } finally {
      this.stats.runs.push({ syncs: ctx.syncs, mergeUndoGroup: !!options?.mergeUndoGroup, maxRequest: ctx.maxRequest, maxResponse: ctx.maxResponse });
      this.stats.syncs += ctx.syncs;
    }
  }
}

/** A sheet of the fake book by name. */
export function sheetOf(book: FakeBook, name: string): FakeSheet {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell at an A1 address (undefined when empty). */
export function cellOf(sheet: FakeSheet, address: string): FakeCell | undefined {
  const r = parseRect(address);
  return sheet.cells.get(r.top, r.left);
}

/** Every cell of a sheet as `[row, col, cell]`. */
export function cellsOf(sheet: FakeSheet): [number, number, FakeCell][] {
  return [...sheet.cells.entries()];
}
