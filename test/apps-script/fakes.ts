/**
 * Small in-memory fakes of SpreadsheetApp, SlidesApp, LockService, HtmlService and Utilities,
 * implementing the host's narrow interfaces (apps-script/google.ts, themselves checked against
 * @types/google-apps-script). They record and count every call, advance a clock per call and per
 * cell (so a test can play the 6-minute limit), and enforce what the real services enforce:
 * `setValues` dimensions must match, sheet names are unique ignoring case, a string set into a
 * cell that is not plain text is parsed as Sheets parses typing (`=…` becomes a formula, `1.5` a
 * number), a number in a date-formatted cell reads back as a `Date`, and dates read back as the
 * instant of their wall-clock time in the spreadsheet's time zone.
 */
import type * as G from '../../apps-script/google';
import { a1Range } from '../../core/workbook';

type Blob = GoogleAppsScript.Base.Blob;

/** The record of calls made through the fakes, by `Class.method`. */
export class CallLog {
  readonly calls: string[] = [];
  count(name: string): number {
    return this.calls.filter((c) => c === name).length;
  }
  countMatching(re: RegExp): number {
    return this.calls.filter((c) => re.test(c)).length;
  }
}

/** The cost model of the fake backend: milliseconds per call and per cell moved. */
export interface CostModel {
  callMs: number;
  cellMs: number;
}

export class FakeClock {
  constructor(public t = Date.UTC(2025, 2, 10, 15, 0, 0)) {}
  now = () => this.t;
}

// Time zones, through Node's ICU (the real runtime asks Java).

function zoneFields(t: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** The instant whose wall-clock time in `timeZone` is the UTC fields of `calendar`. */
export function instantOfWallClock(calendar: Date, timeZone: string): Date {
  const wall = calendar.getTime();
  let t = wall;
  for (let i = 0; i < 3; i++) {
    const f = zoneFields(t, timeZone);
    const shown = Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) + (t % 1000);
    t += wall - shown;
  }
  return new Date(t);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export class FakeUtilities implements G.Utilities {
  constructor(private log: CallLog) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    this.log.calls.push('Utilities.formatDate');
    const f = zoneFields(date.getTime(), timeZone);
    const ms = ((date.getTime() % 1000) + 1000) % 1000;
    // The Java patterns the host uses.
    return format
      .replace("'T'", 'T')
      .replace('yyyy', String(f.y))
      .replace('MM', pad(f.mo))
      .replace('dd', pad(f.d))
      .replace('HH', pad(f.h))
      .replace('mm', pad(f.mi))
      .replace('ss', pad(f.s))
      .replace('SSS', pad(ms, 3));
  }
}

// Spreadsheet

export interface FakeCell {
  value: string | number | boolean | Date | null;
  formula?: string;
  format: string;
  background: string | null;
  note: string;
  weight: 'bold' | null;
  wrap?: boolean;
  verticalAlignment?: string | null;
  link?: string;
  validation?: G.DataValidation | null;
}

const blankCell = (): FakeCell => ({ value: null, format: 'General', background: null, note: '', weight: null });

const dateCodes = /[dy]|mm(?!:)|hh/i;
const isDateFormat = (code: string) => code !== 'General' && code !== '@' && !/^[#0.,% "]+$/.test(code) && dateCodes.test(code.replace(/"[^"]*"/g, ''));

export class FakeRichText implements G.RichTextValue, G.RichTextValueBuilder {
  text = '';
  url: string | null = null;
  getText() {
    return this.text;
  }
  setText(text: string) {
    this.text = text;
    return this;
  }
  setLinkUrl(url: string | null) {
    this.url = url;
    return this;
  }
  build() {
    return this;
  }
}

export class FakeValidation implements G.DataValidation, G.DataValidationBuilder {
  values: string[] = [];
  allowInvalid = false;
  getCriteriaValues() {
    return [this.values];
  }
  requireValueInList(values: string[]) {
    this.values = values;
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  build() {
    return this;
  }
}

export class FakeChart implements G.EmbeddedChart, G.EmbeddedChartBuilder {
  type: unknown = null;
  ranges: string[] = [];
  options: Record<string, unknown> = {};
  headers = 0;
  position: [number, number] = [1, 1];
  constructor(private sheet: FakeSheet) {}
  addRange(range: G.Range) {
    this.ranges.push((range as FakeRange).a1());
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.type = type;
    return this;
  }
  setNumHeaders(n: number) {
    this.headers = n;
    return this;
  }
  setOption(option: string, value: unknown) {
    this.options[option] = value;
    return this;
  }
  setPosition(row: number, col: number) {
    this.position = [row, col];
    return this;
  }
  build() {
    this.sheet.log.calls.push('EmbeddedChartBuilder.build');
    return this;
  }
  getAs(contentType: string): Blob {
    this.sheet.log.calls.push('EmbeddedChart.getAs');
    this.sheet.book.tick(this.sheet.book.cost.callMs * 20, 0);
    return { fakeChartImage: { contentType, title: this.options.title, ranges: this.ranges, sheet: this.sheet.name } } as unknown as Blob;
  }
}

export class FakeRange implements G.Range {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {
    if (row < 1 || col < 1 || rows < 1 || cols < 1) throw new Error(`The coordinates of the range are outside the dimensions of the sheet (${row}, ${col}, ${rows}, ${cols}).`);
  }
  private call(name: string, cells = 0) {
    this.sheet.log.calls.push(`Range.${name}`);
    this.sheet.book.tick(this.sheet.book.cost.callMs, cells);
  }
  a1(): string {
    // Sheets' rows and columns count from 1; the core's A1 helpers from 0.
    return a1Range(this.row - 1, this.col - 1, this.row + this.rows - 2, this.col + this.cols - 2);
  }
  getRow() {
    return this.row;
  }
  getColumn() {
    return this.col;
  }
  getNumRows() {
    return this.rows;
  }
  getNumColumns() {
    return this.cols;
  }
  getLastRow() {
    return this.row + this.rows - 1;
  }
  getLastColumn() {
    return this.col + this.cols - 1;
  }
  getA1Notation() {
    return this.a1();
  }
  private map<T>(f: (cell: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.cols; c++) row.push(f(this.sheet.cell(this.row + r, this.col + c)));
      out.push(row);
    }
    return out;
  }
  private each<T>(name: string, grid: T[][], f: (cell: FakeCell, v: T) => void) {
    if (grid.length !== this.rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${this.rows}.`);
    grid.forEach((row) => {
      if (row.length !== this.cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.cols}.`);
    });
    this.call(name, this.rows * this.cols);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) f(this.sheet.cell(this.row + r, this.col + c, true), grid[r][c]);
  }
  getValues() {
    this.call('getValues', this.rows * this.cols);
    return this.map((cell) => this.sheet.book.shownValue(cell));
  }
  getNumberFormats() {
    this.call('getNumberFormats', this.rows * this.cols);
    return this.map((cell) => cell.format);
  }
  getMergedRanges() {
    this.call('getMergedRanges');
    return this.sheet.merges
      .filter((m) => m.row <= this.getLastRow() && m.getLastRow() >= this.row && m.col <= this.getLastColumn() && m.getLastColumn() >= this.col)
      .map((m) => new FakeRange(this.sheet, m.row, m.col, m.rows, m.cols));
  }
  getBackgrounds() {
    this.call('getBackgrounds', this.rows * this.cols);
    return this.map((cell) => cell.background ?? '#ffffff');
  }
  getNotes() {
    this.call('getNotes', this.rows * this.cols);
    return this.map((cell) => cell.note);
  }
  setValues(values: unknown[][]) {
    this.each('setValues', values, (cell, v) => this.sheet.book.typeInto(cell, v));
    return this;
  }
  setNumberFormats(formats: string[][]) {
    this.each('setNumberFormats', formats, (cell, f) => (cell.format = f));
    return this;
  }
  setNumberFormat(format: string) {
    this.call('setNumberFormat', this.rows * this.cols);
    this.map(() => null);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.cell(this.row + r, this.col + c, true).format = format;
    return this;
  }
  setBackgrounds(colors: (string | null)[][]) {
    this.each('setBackgrounds', colors, (cell, color) => {
      if (color !== null && !/^#[0-9a-f]{6}$/i.test(color)) throw new Error(`Invalid color ${color}`);
      cell.background = color === null || color.toLowerCase() === '#ffffff' ? null : color.toLowerCase();
    });
    return this;
  }
  setFontWeights(weights: ('bold' | 'normal' | null)[][]) {
    this.each('setFontWeights', weights, (cell, w) => (cell.weight = w === 'bold' ? 'bold' : null));
    return this;
  }
  setWraps(wraps: boolean[][]) {
    this.each('setWraps', wraps, (cell, w) => (cell.wrap = w));
    return this;
  }
  setVerticalAlignments(alignments: ('top' | 'middle' | 'bottom' | null)[][]) {
    this.each('setVerticalAlignments', alignments, (cell, a) => (cell.verticalAlignment = a));
    return this;
  }
  setNotes(notes: (string | null)[][]) {
    this.each('setNotes', notes, (cell, n) => (cell.note = n ?? ''));
    return this;
  }
  setRichTextValues(values: G.RichTextValue[][]) {
    this.each('setRichTextValues', values, (cell, v) => {
      const rt = v as FakeRichText;
      cell.value = rt.text;
      cell.formula = undefined;
      cell.link = rt.url ?? undefined;
    });
    return this;
  }
  setDataValidation(rule: G.DataValidation | null) {
    this.call('setDataValidation', this.rows * this.cols);
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) this.sheet.cell(this.row + r, this.col + c, true).validation = rule;
    return this;
  }
  activate() {
    this.call('activate');
    this.sheet.book.activeRange = this;
    return this;
  }
}

export class FakeSheet implements G.Sheet {
  /** Cells by 1-based row and column. */
  private rowsOfCells: (FakeCell | undefined)[][] = [];
  private extentCache: { rows: number; cols: number } | null = null;
  merges: FakeRange[] = [];
  charts: FakeChart[] = [];
  hidden = false;
  frozenRows = 0;
  widths = new Map<number, number>();
  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}
  get log() {
    return this.book.log;
  }
  private call(name: string) {
    this.log.calls.push(`Sheet.${name}`);
    this.book.tick(this.book.cost.callMs, 0);
  }
  /** A cell; with `create`, the cell is kept (and may be written: the extent is recomputed). */
  cell(row: number, col: number, create = false): FakeCell {
    const existing = this.rowsOfCells[row]?.[col];
    if (existing) {
      if (create) this.extentCache = null;
      return existing;
    }
    const cell = blankCell();
    if (create) {
      (this.rowsOfCells[row] ??= [])[col] = cell;
      this.extentCache = null;
    }
    return cell;
  }
  /** Every kept cell with its 1-based position. */
  *entries(): Generator<[number, number, FakeCell]> {
    for (let r = 1; r < this.rowsOfCells.length; r++) {
      const row = this.rowsOfCells[r];
      if (!row) continue;
      for (let c = 1; c < row.length; c++) if (row[c]) yield [r, c, row[c]!];
    }
  }
  /** The 1-based last row and column holding a value. */
  extent(): { rows: number; cols: number } {
    if (this.extentCache) return this.extentCache;
    let rows = 0;
    let cols = 0;
    for (let r = 1; r < this.rowsOfCells.length; r++) {
      const row = this.rowsOfCells[r];
      if (!row) continue;
      for (let c = 1; c < row.length; c++) {
        const v = row[c]?.value;
        if (v === null || v === undefined || v === '') continue;
        rows = r;
        if (c > cols) cols = c;
      }
    }
    return (this.extentCache = { rows, cols });
  }
  getName() {
    return this.name;
  }
  getSheetId() {
    return this.id;
  }
  getIndex() {
    return this.book.sheets.indexOf(this) + 1;
  }
  getLastRow() {
    this.call('getLastRow');
    return this.extent().rows;
  }
  getLastColumn() {
    this.call('getLastColumn');
    return this.extent().cols;
  }
  getDataRange() {
    this.call('getDataRange');
    const { rows, cols } = this.extent();
    return new FakeRange(this, 1, 1, Math.max(1, rows), Math.max(1, cols));
  }
  getRange(row: number, column: number, numRows: number, numColumns: number) {
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  getCharts() {
    this.call('getCharts');
    return [...this.charts];
  }
  removeChart(chart: G.EmbeddedChart) {
    this.call('removeChart');
    this.charts = this.charts.filter((c) => c !== chart);
  }
  newChart() {
    this.call('newChart');
    return new FakeChart(this);
  }
  insertChart(chart: G.EmbeddedChart) {
    this.call('insertChart');
    this.charts.push(chart as FakeChart);
  }
  clear() {
    this.call('clear');
    this.rowsOfCells = [];
    this.extentCache = null;
    return this;
  }
  setFrozenRows(rows: number) {
    this.call('setFrozenRows');
    this.frozenRows = rows;
  }
  setColumnWidth(col: number, width: number) {
    this.call('setColumnWidth');
    this.widths.set(col, width);
    return this;
  }
  setName(name: string) {
    this.call('setName');
    this.book.checkName(name, this);
    this.name = name;
    return this;
  }
  hideSheet() {
    this.call('hideSheet');
    this.hidden = true;
    return this;
  }
  isSheetHidden() {
    return this.hidden;
  }
  activate() {
    this.call('activate');
    this.book.activeSheet = this;
    return this;
  }
  /** The values as `getValues` would give them over the data range (for assertions; not counted). */
  grid(): (string | number | boolean | Date)[][] {
    const { rows, cols } = this.extent();
    const out: (string | number | boolean | Date)[][] = [];
    for (let r = 1; r <= rows; r++) {
      const row: (string | number | boolean | Date)[] = [];
      for (let c = 1; c <= cols; c++) row.push(this.book.shownValue(this.cell(r, c)));
      out.push(row);
    }
    return out;
  }
}

export class FakeSpreadsheet implements G.Spreadsheet {
  sheets: FakeSheet[] = [];
  toasts: string[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  private nextId = 1000;
  constructor(
    readonly log: CallLog,
    readonly clock: FakeClock,
    readonly cost: CostModel = { callMs: 5, cellMs: 0.0005 },
    readonly timeZone = 'America/Bogota',
  ) {}
  tick(ms: number, cells: number) {
    this.clock.t += ms + cells * this.cost.cellMs;
  }
  private call(name: string) {
    this.log.calls.push(`Spreadsheet.${name}`);
    this.tick(this.cost.callMs, 0);
  }
  checkName(name: string, self?: FakeSheet) {
    if (!name || name.length > 100) throw new Error(`Invalid sheet name ${name}`);
    if (this.sheets.some((s) => s !== self && s.name.toUpperCase() === name.toUpperCase()))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
  /** Adds a sheet without counting (to load a test workbook). */
  addSheet(name: string): FakeSheet {
    this.checkName(name);
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.push(sheet);
    return sheet;
  }
  getId() {
    return 'fake-spreadsheet-id';
  }
  getName() {
    return 'Libro de prueba';
  }
  getUrl() {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
  getSpreadsheetTimeZone() {
    this.call('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSheets() {
    this.call('getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string) {
    this.call('getSheetByName');
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index: number) {
    this.call('insertSheet');
    this.checkName(name);
    if (index < 0 || index > this.sheets.length) throw new Error(`Invalid sheet index ${index}`);
    const sheet = new FakeSheet(this, name, this.nextId++);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }
  deleteSheet(sheet: G.Sheet) {
    this.call('deleteSheet');
    if (this.sheets.length === 1) throw new Error('You can\u2019t remove all the sheets in a document.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
  }
  toast(msg: string) {
    this.call('toast');
    this.toasts.push(msg);
  }
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What `getValues` shows for a cell: '' for blank, a Date for a serial in a date-formatted cell. */
  shownValue(cell: FakeCell): string | number | boolean | Date {
    const v = cell.value;
    if (v === null) return '';
    if (typeof v === 'number' && isDateFormat(cell.format)) {
      const ms = Math.round((v - 25569) * 86_400_000);
      return instantOfWallClock(new Date(ms), this.timeZone);
    }
    return v;
  }

  /** A value set with `setValues`, as Sheets takes it: strings typed into a non-text cell are parsed. */
  typeInto(cell: FakeCell, v: unknown) {
    cell.formula = undefined;
    cell.link = undefined;
    if (v === null || v === undefined || v === '') {
      cell.value = null;
    } else if (typeof v === 'string' && cell.format !== '@') {
      if (v.startsWith("'")) cell.value = v.slice(1);
      else if (/^[=+]/.test(v) && v.length > 1) {
        cell.formula = v;
        cell.value = '#ERROR!';
      } else if (/^-?\d+(\.\d+)?$/.test(v)) cell.value = Number(v);
      else if (/^-?\d+(\.\d+)?%$/.test(v)) {
        cell.value = Number(v.slice(0, -1)) / 100;
        cell.format = '0.00%';
      } else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) {
        const [y, m, d] = v.split('-').map(Number);
        cell.value = Date.UTC(y, m - 1, d) / 86_400_000 + 25569;
        cell.format = 'yyyy-mm-dd';
      } else cell.value = v;
    } else if (v instanceof Date) {
      cell.value = v;
    } else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      cell.value = v;
    } else {
      throw new Error(`Unsupported value ${String(v)}`);
    }
  }
}

export class FakeMenu implements G.Menu {
  items: { caption: string; fn: string }[] = [];
  separators = 0;
  added = false;
  addItem(caption: string, fn: string) {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator() {
    this.separators++;
    return this;
  }
  addToUi() {
    this.added = true;
  }
}

export class FakeHtmlOutput implements G.HtmlOutput {
  title = '';
  constructor(readonly html: string) {}
  setTitle(title: string) {
    this.title = title;
    return this;
  }
  getContent() {
    return this.html;
  }
}

export class FakeUi implements G.Ui {
  menus: FakeMenu[] = [];
  sidebars: FakeHtmlOutput[] = [];
  alerts: string[] = [];
  createAddonMenu() {
    const m = new FakeMenu();
    this.menus.push(m);
    return m;
  }
  dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  showSidebar(html: G.HtmlOutput) {
    this.sidebars.push(html as FakeHtmlOutput);
  }
  showModelessDialog(html: G.HtmlOutput, title: string) {
    this.dialogs.push({ html: html as FakeHtmlOutput, title });
  }
  alert(prompt: string) {
    this.alerts.push(prompt);
    return 'OK' as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeLock implements G.Lock {
  held = false;
  acquisitions = 0;
  constructor(private available = true) {}
  tryLock() {
    if (!this.available) return false;
    this.held = true;
    this.acquisitions++;
    return true;
  }
  releaseLock() {
    this.held = false;
  }
}

// Slides

export interface TextRun {
  start: number;
  end: number;
  style: Record<string, unknown>;
}

export class FakeText implements G.TextRange, G.TextStyle, G.ParagraphStyle, G.ListStyle {
  constructor(
    readonly owner: { text: string; runs: TextRun[]; log: CallLog },
    readonly start = 0,
    readonly end?: number,
  ) {}
  private record(key: string, value: unknown) {
    this.owner.log.calls.push(`Text.${key}`);
    this.owner.runs.push({ start: this.start, end: this.end ?? this.owner.text.length, style: { [key]: value } });
    return this;
  }
  asString() {
    return this.owner.text.slice(this.start, this.end);
  }
  setText(text: string) {
    this.owner.log.calls.push('Text.setText');
    this.owner.text = text;
    return new FakeText(this.owner, 0, text.length);
  }
  getRange(start: number, end: number) {
    const length = this.owner.text.length;
    if (start < 0 || end > length || start > end) throw new Error(`The start and end offsets (${start}, ${end}) are out of the text's range (0, ${length}).`);
    return new FakeText(this.owner, this.start + start, this.start + end);
  }
  getTextStyle() {
    return this;
  }
  getParagraphStyle() {
    return this;
  }
  getListStyle() {
    return this;
  }
  setBold(v: boolean) {
    return this.record('bold', v);
  }
  setItalic(v: boolean) {
    return this.record('italic', v);
  }
  setFontSize(v: number) {
    return this.record('fontSize', v);
  }
  setFontFamily(v: string) {
    return this.record('fontFamily', v);
  }
  setForegroundColor(v: string) {
    return this.record('color', v);
  }
  setParagraphAlignment(v: GoogleAppsScript.Slides.ParagraphAlignment) {
    return this.record('align', v);
  }
  setSpaceBelow(v: number) {
    return this.record('spaceBelow', v);
  }
  setSpaceAbove(v: number) {
    return this.record('spaceAbove', v);
  }
  applyListPreset(v: GoogleAppsScript.Slides.ListPreset) {
    return this.record('list', v);
  }
}

export class FakeShape implements G.Shape, G.Fill, G.Border {
  text: string;
  runs: TextRun[] = [];
  fill: string | null = null;
  border = true;
  alignment: unknown = null;
  constructor(
    readonly log: CallLog,
    readonly kind: string,
    text: string,
    readonly box: [number, number, number, number],
  ) {
    this.text = text;
  }
  getText() {
    return new FakeText(this);
  }
  getFill() {
    return this;
  }
  getBorder() {
    return this;
  }
  setSolidFill(color: string) {
    this.log.calls.push('Fill.setSolidFill');
    this.fill = color;
  }
  setTransparent(): FakeShape {
    this.border = false;
    return this;
  }
  setContentAlignment(a: GoogleAppsScript.Slides.ContentAlignment) {
    this.alignment = a;
    return this;
  }
}

export class FakeTable implements G.Table {
  cells: FakeShape[][];
  /** Column widths in points, once the Slides API sets them. */
  widths: number[] | null = null;
  constructor(
    readonly log: CallLog,
    readonly id: string,
    readonly rows: number,
    readonly cols: number,
    readonly box: [number, number, number, number],
  ) {
    this.cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => new FakeShape(log, 'cell', '', box)));
  }
  getObjectId() {
    return this.id;
  }
  getCell(r: number, c: number) {
    if (r >= this.rows || c >= this.cols) throw new Error(`Table cell (${r}, ${c}) out of range`);
    return this.cells[r][c];
  }
}

export class FakeSlide implements G.Slide {
  elements: (FakeShape | FakeTable | { kind: 'image'; blob: unknown; box: number[] })[] = [];
  removed = false;
  constructor(
    readonly presentation: FakePresentation,
    readonly id: string,
  ) {}
  private call(name: string) {
    this.presentation.log.calls.push(`Slide.${name}`);
    this.presentation.clock.t += 20;
  }
  getObjectId() {
    return this.id;
  }
  remove() {
    this.call('remove');
    this.removed = true;
    this.presentation.slides = this.presentation.slides.filter((s) => s !== this);
  }
  insertTextBox(text: string, left: number, top: number, width: number, height: number) {
    this.call('insertTextBox');
    const shape = new FakeShape(this.presentation.log, 'textBox', text, [left, top, width, height]);
    this.elements.push(shape);
    return shape;
  }
  insertShape(type: GoogleAppsScript.Slides.ShapeType, left: number, top: number, width: number, height: number) {
    this.call('insertShape');
    const shape = new FakeShape(this.presentation.log, String(type), '', [left, top, width, height]);
    this.elements.push(shape);
    return shape;
  }
  insertTable(rows: number, cols: number, left: number, top: number, width: number, height: number) {
    this.call('insertTable');
    const table = new FakeTable(this.presentation.log, `${this.id}-table${this.elements.length}`, rows, cols, [left, top, width, height]);
    this.elements.push(table);
    return table;
  }
  insertImage(blob: GoogleAppsScript.Base.BlobSource, left: number, top: number, width: number, height: number) {
    this.call('insertImage');
    this.elements.push({ kind: 'image', blob, box: [left, top, width, height] });
    return { getObjectId: () => `${this.id}-img${this.elements.length}` };
  }
  /** Every text on the slide: text boxes and shapes, then table cells row by row. */
  texts(): string[] {
    const out: string[] = [];
    for (const e of this.elements) {
      if (e instanceof FakeShape) {
        if (e.text) out.push(e.text);
      } else if (e instanceof FakeTable) {
        for (const row of e.cells) for (const cell of row) if (cell.text) out.push(cell.text);
      }
    }
    return out;
  }
}

export class FakePresentation implements G.Presentation {
  slides: FakeSlide[] = [];
  private next = 1;
  /** Times saved and closed; while closed, every method throws (as Apps Script's does) until reopened. */
  closed = 0;
  isOpen = true;
  private open() {
    if (!this.isOpen) throw new Error('The presentation is closed: it was saved and closed (saveAndClose) and cannot be used.');
  }
  constructor(
    readonly log: CallLog,
    readonly clock: FakeClock,
    readonly id: string,
    public name: string,
  ) {
    // A new presentation starts with a title slide, as Google's does.
    this.slides.push(new FakeSlide(this, 'p0'));
  }
  getId() {
    this.open();
    return this.id;
  }
  /** The link (for assertions; not a call). */
  get url() {
    return `https://docs.google.com/presentation/d/${this.id}/edit`;
  }
  getUrl() {
    this.open();
    return `https://docs.google.com/presentation/d/${this.id}/edit`;
  }
  getName() {
    this.open();
    return this.name;
  }
  setName(name: string) {
    this.open();
    this.name = name;
  }
  getPageWidth() {
    this.open();
    return 720;
  }
  getPageHeight() {
    this.open();
    return 405;
  }
  getSlides() {
    this.open();
    return [...this.slides];
  }
  appendSlide() {
    this.open();
    this.log.calls.push('Presentation.appendSlide');
    const slide = new FakeSlide(this, `s${this.next++}`);
    this.slides.push(slide);
    return slide;
  }
  saveAndClose() {
    this.open();
    this.closed++;
    this.isOpen = false;
  }
  /** Every table of the presentation, by object id. */
  tables(): Map<string, FakeTable> {
    return new Map(this.slides.flatMap((s) => s.elements.filter((e): e is FakeTable => e instanceof FakeTable).map((t) => [t.id, t] as const)));
  }
}

export const slidesEnums: G.SlidesEnums = {
  PredefinedLayout: { BLANK: 'BLANK' as unknown as GoogleAppsScript.Slides.PredefinedLayout },
  ShapeType: { RECTANGLE: 'RECTANGLE' as unknown as GoogleAppsScript.Slides.ShapeType, TEXT_BOX: 'TEXT_BOX' as unknown as GoogleAppsScript.Slides.ShapeType },
  ParagraphAlignment: {
    START: 'START' as unknown as GoogleAppsScript.Slides.ParagraphAlignment,
    END: 'END' as unknown as GoogleAppsScript.Slides.ParagraphAlignment,
    CENTER: 'CENTER' as unknown as GoogleAppsScript.Slides.ParagraphAlignment,
  },
  ContentAlignment: {
    TOP: 'TOP' as unknown as GoogleAppsScript.Slides.ContentAlignment,
    MIDDLE: 'MIDDLE' as unknown as GoogleAppsScript.Slides.ContentAlignment,
    BOTTOM: 'BOTTOM' as unknown as GoogleAppsScript.Slides.ContentAlignment,
  },
  ListPreset: { DISC_CIRCLE_SQUARE: 'DISC_CIRCLE_SQUARE' as unknown as GoogleAppsScript.Slides.ListPreset },
};

export class FakeSlidesApp implements G.SlidesApp {
  presentations = new Map<string, FakePresentation>();
  created = 0;
  PredefinedLayout = slidesEnums.PredefinedLayout;
  ShapeType = slidesEnums.ShapeType;
  ParagraphAlignment = slidesEnums.ParagraphAlignment;
  ContentAlignment = slidesEnums.ContentAlignment;
  ListPreset = slidesEnums.ListPreset;
  constructor(
    private log: CallLog,
    private clock: FakeClock,
  ) {}
  create(name: string) {
    this.log.calls.push('SlidesApp.create');
    this.created++;
    const p = new FakePresentation(this.log, this.clock, `pres-${this.created}`, name);
    this.presentations.set(p.id, p);
    return p;
  }
  openById(id: string) {
    this.log.calls.push('SlidesApp.openById');
    const p = this.presentations.get(id);
    if (!p) throw new Error(`Requested entity was not found: ${id}`);
    p.isOpen = true;
    return p;
  }
}

/** The advanced Slides service: `batchUpdate` with `updateTableColumnProperties` requests, checked like the API checks them. */
export class FakeSlidesApi implements G.SlidesApi {
  batches: { presentationId: string; requests: GoogleAppsScript.Slides.Schema.Request[] }[] = [];
  constructor(
    private log: CallLog,
    private slides: FakeSlidesApp,
  ) {}
  Presentations = {
    batchUpdate: (resource: GoogleAppsScript.Slides.Schema.BatchUpdatePresentationRequest, presentationId: string) => {
      this.log.calls.push('SlidesApi.batchUpdate');
      const p = this.slides.presentations.get(presentationId);
      if (!p) throw new Error(`Requested entity was not found: ${presentationId}`);
      // SlidesApp's pending changes reach the API only once saved.
      if (p.isOpen) throw new Error('The table does not exist yet: SlidesApp changes not saved before the API request.');
      const tables = p.tables();
      for (const r of resource.requests ?? []) {
        const u = r.updateTableColumnProperties;
        if (!u || !u.objectId || !u.columnIndices || u.fields !== 'columnWidth') throw new Error('Invalid requests[0]: unsupported request in this fake');
        const table = tables.get(u.objectId);
        if (!table) throw new Error(`Invalid requests: the object (${u.objectId}) could not be found.`);
        const width = u.tableColumnProperties?.columnWidth;
        if (!width || width.unit !== 'PT' || !(width.magnitude! >= 32)) throw new Error('Invalid requests: the minimum column width is 32 points.');
        table.widths ??= new Array(table.cols).fill(null);
        for (const i of u.columnIndices) {
          if (i >= table.cols) throw new Error(`Invalid requests: column index ${i} out of range.`);
          table.widths[i] = width.magnitude!;
        }
      }
      this.batches.push({ presentationId, requests: resource.requests ?? [] });
      return {};
    },
  };
}

export const chartsEnums: G.ChartsEnums = {
  ChartType: {
    COLUMN: 'COLUMN' as unknown as GoogleAppsScript.Charts.ChartType,
    BAR: 'BAR' as unknown as GoogleAppsScript.Charts.ChartType,
    PIE: 'PIE' as unknown as GoogleAppsScript.Charts.ChartType,
    LINE: 'LINE' as unknown as GoogleAppsScript.Charts.ChartType,
  },
};

/** A whole fake Google: one spreadsheet, its UI, the lock, Slides, a clock. */
export class FakeGoogle implements G.GoogleServices {
  readonly log = new CallLog();
  readonly clock = new FakeClock();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi();
  readonly lock: FakeLock;
  readonly slides: FakeSlidesApp;
  readonly slidesApi: FakeSlidesApi;
  flushes = 0;
  SpreadsheetApp: G.SpreadsheetApp;
  SlidesApp: G.SlidesApp;
  SlidesApi: G.SlidesApi | null;
  Charts = chartsEnums;
  LockService: G.LockService;
  /** The project's HTML files, by name (the build's `Sidebar.html` is `Sidebar`). */
  readonly htmlFiles = new Map<string, string>();
  HtmlService: G.HtmlService = {
    createHtmlOutput: (html: string) => new FakeHtmlOutput(html),
    createHtmlOutputFromFile: (name: string) => {
      const html = this.htmlFiles.get(name);
      if (html === undefined) throw new Error(`No HTML file named ${name} was found.`);
      return new FakeHtmlOutput(html);
    },
  };
  Utilities: G.Utilities;
  now: () => number;

  constructor(options: { cost?: CostModel; lockAvailable?: boolean; timeZone?: string; advancedSlides?: boolean } = {}) {
    this.spreadsheet = new FakeSpreadsheet(this.log, this.clock, options.cost, options.timeZone);
    this.lock = new FakeLock(options.lockAvailable ?? true);
    this.slides = new FakeSlidesApp(this.log, this.clock);
    this.SlidesApp = this.slides;
    this.slidesApi = new FakeSlidesApi(this.log, this.slides);
    this.SlidesApi = options.advancedSlides === false ? null : this.slidesApi;
    this.LockService = { getDocumentLock: () => this.lock };
    this.Utilities = new FakeUtilities(this.log);
    this.now = this.clock.now;
    this.SpreadsheetApp = {
      getActiveSpreadsheet: () => this.spreadsheet,
      getUi: () => this.ui,
      flush: () => {
        this.flushes++;
      },
      newRichTextValue: () => new FakeRichText(),
      newDataValidation: () => new FakeValidation(),
    };
  }
}
