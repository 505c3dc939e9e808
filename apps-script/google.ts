/// <reference types="google-apps-script" />
/**
 * The few members of Google's Apps Script services this host uses, as narrow interfaces. The real
 * services are checked against them at compile time (test/apps-script/google-types.test.ts assigns
 * `GoogleAppsScript.*` to each), and the test fakes implement them — so the host, the fakes and
 * @types/google-apps-script cannot drift apart silently.
 *
 * Everything reaches the host through `GoogleServices`, never through a global, so the same code
 * runs against the real runtime (`realServices()`) and against in-memory fakes.
 */

type ChartType = GoogleAppsScript.Charts.ChartType;
type ShapeType = GoogleAppsScript.Slides.ShapeType;
type PredefinedLayout = GoogleAppsScript.Slides.PredefinedLayout;
type ParagraphAlignment = GoogleAppsScript.Slides.ParagraphAlignment;
type ContentAlignment = GoogleAppsScript.Slides.ContentAlignment;
type ListPreset = GoogleAppsScript.Slides.ListPreset;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

export interface RichTextValue {
  getText(): string;
}

export interface RichTextValueBuilder {
  setText(text: string): RichTextValueBuilder;
  setLinkUrl(linkUrl: string | null): RichTextValueBuilder;
  build(): RichTextValue;
}

export interface DataValidation {
  getCriteriaValues(): any[];
}

export interface DataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder;
  build(): DataValidation;
}

export interface Range {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getA1Notation(): string;
  getValues(): any[][];
  getNumberFormats(): string[][];
  getMergedRanges(): Range[];
  getBackgrounds(): string[][];
  getNotes(): string[][];
  setValues(values: any[][]): Range;
  setNumberFormats(numberFormats: string[][]): Range;
  setNumberFormat(numberFormat: string): Range;
  setBackgrounds(color: Array<Array<string | null>>): Range;
  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): Range;
  setWraps(isWrapEnabled: boolean[][]): Range;
  setVerticalAlignments(alignments: Array<Array<'top' | 'middle' | 'bottom' | null>>): Range;
  setNotes(notes: Array<Array<string | null>>): Range;
  setRichTextValues(values: RichTextValue[][]): Range;
  setDataValidation(rule: DataValidation | null): Range;
  activate(): Range;
}

export interface EmbeddedChart {
  getAs(contentType: string): GoogleAppsScript.Base.Blob;
}

export interface EmbeddedChartBuilder {
  addRange(range: Range): EmbeddedChartBuilder;
  setChartType(type: ChartType): EmbeddedChartBuilder;
  setNumHeaders(headers: number): EmbeddedChartBuilder;
  setOption(option: string, value: any): EmbeddedChartBuilder;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface Sheet {
  getName(): string;
  getSheetId(): number;
  getIndex(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getDataRange(): Range;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getCharts(): EmbeddedChart[];
  removeChart(chart: EmbeddedChart): void;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  clear(): Sheet;
  setFrozenRows(rows: number): void;
  setColumnWidth(columnPosition: number, width: number): Sheet;
  setName(name: string): Sheet;
  hideSheet(): Sheet;
  isSheetHidden(): boolean;
  activate(): Sheet;
}

export interface Spreadsheet {
  getId(): string;
  getName(): string;
  getUrl(): string;
  getSpreadsheetTimeZone(): string;
  getSheets(): Sheet[];
  getSheetByName(name: string): Sheet | null;
  insertSheet(sheetName: string, sheetIndex: number): Sheet;
  deleteSheet(sheet: Sheet): void;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface HtmlOutput {
  setTitle(title: string): HtmlOutput;
  getContent(): string;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface Ui {
  createAddonMenu(): Menu;
  showSidebar(userInterface: HtmlOutput): void;
  showModelessDialog(userInterface: HtmlOutput, title: string): void;
  alert(prompt: string): GoogleAppsScript.Base.Button;
}

export interface SpreadsheetApp {
  getActiveSpreadsheet(): Spreadsheet;
  getUi(): Ui;
  flush(): void;
  newRichTextValue(): RichTextValueBuilder;
  newDataValidation(): DataValidationBuilder;
}

export interface Lock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockService {
  getDocumentLock(): Lock | null;
}

export interface HtmlService {
  createHtmlOutput(html: string): HtmlOutput;
  /** A page of the project (`Sidebar.html` is `Sidebar`). */
  createHtmlOutputFromFile(filename: string): HtmlOutput;
}

export interface Utilities {
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string;
}

// Slides

export interface TextStyle {
  setBold(bold: boolean): TextStyle;
  setItalic(italic: boolean): TextStyle;
  setFontSize(fontSize: number): TextStyle;
  setFontFamily(fontFamily: string): TextStyle;
  setForegroundColor(hexColor: string): TextStyle;
}

export interface ParagraphStyle {
  setParagraphAlignment(alignment: ParagraphAlignment): ParagraphStyle;
  setSpaceBelow(space: number): ParagraphStyle;
  setSpaceAbove(space: number): ParagraphStyle;
}

export interface ListStyle {
  applyListPreset(listPreset: ListPreset): ListStyle;
}

export interface TextRange {
  asString(): string;
  setText(newText: string): TextRange;
  getRange(startOffset: number, endOffset: number): TextRange;
  getTextStyle(): TextStyle;
  getParagraphStyle(): ParagraphStyle;
  getListStyle(): ListStyle;
}

export interface Fill {
  setSolidFill(hexString: string): void;
  setTransparent(): void;
}

export interface Border {
  setTransparent(): Border;
}

export interface Shape {
  getText(): TextRange;
  getFill(): Fill;
  getBorder(): Border;
  setContentAlignment(contentAlignment: ContentAlignment): Shape;
}

export interface TableCell {
  getText(): TextRange;
  getFill(): Fill;
  setContentAlignment(contentAlignment: ContentAlignment): TableCell;
}

/** SlidesApp cannot set a table column's width: the Slides API does it (`SlidesApi`). */
export interface Table {
  getObjectId(): string;
  getCell(rowIndex: number, columnIndex: number): TableCell;
}

export interface SlideImage {
  getObjectId(): string;
}

export interface Slide {
  getObjectId(): string;
  remove(): void;
  insertTextBox(text: string, left: number, top: number, width: number, height: number): Shape;
  insertShape(shapeType: ShapeType, left: number, top: number, width: number, height: number): Shape;
  insertTable(numRows: number, numColumns: number, left: number, top: number, width: number, height: number): Table;
  insertImage(blobSource: GoogleAppsScript.Base.BlobSource, left: number, top: number, width: number, height: number): SlideImage;
}

export interface Presentation {
  getId(): string;
  getUrl(): string;
  getName(): string;
  setName(name: string): void;
  getPageWidth(): number;
  getPageHeight(): number;
  getSlides(): Slide[];
  appendSlide(predefinedLayout: PredefinedLayout): Slide;
  saveAndClose(): void;
}

/** The enums the Slides renderer uses, as the runtime exposes them (`SlidesApp.ShapeType.RECTANGLE`…). */
export interface SlidesEnums {
  PredefinedLayout: { BLANK: PredefinedLayout };
  ShapeType: { RECTANGLE: ShapeType; TEXT_BOX: ShapeType };
  ParagraphAlignment: { START: ParagraphAlignment; END: ParagraphAlignment; CENTER: ParagraphAlignment };
  ContentAlignment: { TOP: ContentAlignment; MIDDLE: ContentAlignment; BOTTOM: ContentAlignment };
  ListPreset: { DISC_CIRCLE_SQUARE: ListPreset };
}

export interface SlidesApp extends SlidesEnums {
  create(name: string): Presentation;
  openById(id: string): Presentation;
}

/**
 * The advanced Slides service (the Slides API; `Slides` in the script, enabled in appsscript.json):
 * used once per deck, for what SlidesApp cannot do — the width of each table column.
 */
export interface SlidesApi {
  Presentations: {
    batchUpdate(resource: GoogleAppsScript.Slides.Schema.BatchUpdatePresentationRequest, presentationId: string): unknown;
  };
}

/** The chart types the output sheets and the deck use (`Charts.ChartType.COLUMN`…). */
export interface ChartsEnums {
  ChartType: { COLUMN: ChartType; BAR: ChartType; PIE: ChartType; LINE: ChartType };
}

/** Everything the host touches of Google's runtime, plus a clock (so a test can play the 6-minute limit). */
export interface GoogleServices {
  SpreadsheetApp: SpreadsheetApp;
  SlidesApp: SlidesApp;
  /** Null when the advanced service is not enabled: tables then keep equal columns. */
  SlidesApi: SlidesApi | null;
  Charts: ChartsEnums;
  LockService: LockService;
  HtmlService: HtmlService;
  Utilities: Utilities;
  /** Milliseconds since the epoch. */
  now(): number;
}

/** The real services, read from the Apps Script globals when first needed (never at load: a custom function has none of them). */
export function realServices(): GoogleServices {
  const g = globalThis as unknown as Record<string, unknown>;
  return {
    SpreadsheetApp: g.SpreadsheetApp as SpreadsheetApp,
    SlidesApp: g.SlidesApp as SlidesApp,
    SlidesApi: (g.Slides as SlidesApi | undefined) ?? null,
    Charts: g.Charts as ChartsEnums,
    LockService: g.LockService as LockService,
    HtmlService: g.HtmlService as HtmlService,
    Utilities: g.Utilities as Utilities,
    now: () => Date.now(),
  };
}
