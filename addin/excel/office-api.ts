/**
 * The few Office.js members the Excel port uses, named and typed as Office.js names them. The
 * port is written against these interfaces, so it runs on the real `Excel.RequestContext` (a
 * compile-time check in `office-api-check.ts` proves the real types satisfy them) and on the
 * in-memory fake the tests use. Requirement sets are noted where above ExcelApi 1.1.
 */

/** Something whose properties can be read only after `load` and `context.sync()`. */
export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface ClientResult<T> {
  readonly value: T;
}

export interface CellPropertiesLike {
  format?: { fill?: { color?: string; pattern?: string } };
}

export interface FillLike {
  color: string;
  clear(): void;
}

export interface FontLike {
  bold: boolean;
  color: string;
  underline: string;
}

export interface RangeFormatLike {
  readonly fill: FillLike;
  readonly font: FontLike;
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment: any;
}

export interface DataValidationLike {
  rule: { list?: { inCellDropDown: boolean; source: any } };
  errorAlert: { showAlert?: boolean; style?: string; message?: string; title?: string };
  clear(): void;
}

export interface RangeLike extends Loadable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: any[][];
  numberFormat: any[][];
  hyperlink: { documentReference?: string; textToDisplay?: string; address?: string; screenTip?: string };
  readonly format: RangeFormatLike;
  /** ExcelApi 1.8 */
  readonly dataValidation: DataValidationLike;
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks' | 'ResetContents' | any): void;
  select(): void;
  /** ExcelApi 1.9 */
  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }): ClientResult<CellPropertiesLike[][]>;
  /** ExcelApi 1.13 */
  getMergedAreasOrNullObject(): RangeAreasLike;
}

/** ExcelApi 1.9 */
export interface RangeAreasLike extends Loadable {
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: { readonly fill: FillLike; readonly font: FontLike; wrapText: boolean; verticalAlignment: any };
}

export interface ChartSeriesLike {
  name: string;
  /** ExcelApi 1.7 */
  setValues(sourceData: RangeLike): void;
  /** ExcelApi 1.7 */
  setXAxisValues(sourceData: RangeLike): void;
}

export interface ChartLike extends Loadable {
  readonly name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: any };
  readonly dataLabels: { showValue: boolean; numberFormat: string; position?: any };
  readonly axes: { readonly valueAxis: { maximum: any; minimum: any; numberFormat?: string } };
  readonly series: { getItemAt(index: number): ChartSeriesLike; add(name?: string, index?: number): ChartSeriesLike };
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
  delete(): void;
}

export interface ChartCollectionLike extends Loadable {
  readonly items: ChartLike[];
  add(type: any, sourceData: RangeLike, seriesBy?: any): ChartLike;
}

export interface NoteLike extends Loadable {
  content: string;
  readonly isNullObject: boolean;
  delete(): void;
}

/** ExcelApi 1.18 */
export interface NoteCollectionLike {
  add(cellAddress: RangeLike | string, content: any): NoteLike;
  getItem(key: string): NoteLike;
  getItemOrNullObject(key: string): NoteLike;
}

export interface WorksheetLike extends Loadable {
  readonly name: string;
  visibility: any;
  readonly isNullObject: boolean;
  readonly charts: ChartCollectionLike;
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  /** ExcelApi 1.18 */
  readonly notes: NoteCollectionLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  /** ExcelApi 1.9 */
  getRanges(address?: string): RangeAreasLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
}

export interface WorksheetCollectionLike extends Loadable {
  readonly items: WorksheetLike[];
  add(name?: string): WorksheetLike;
  getItem(key: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
}

export interface ExcelContextLike {
  readonly workbook: {
    readonly worksheets: WorksheetCollectionLike;
    /** ExcelApi 1.2: worksheet functions, evaluated in the workbook (its date system included). */
    readonly functions: { date(year: any, month: any, day: any): { load(p?: string | string[]): unknown; readonly value: any } };
    getSelectedRange(): RangeLike;
  };
  sync(): Promise<void>;
}

/** How the port reaches Excel: `Excel.run` (with `mergeUndoGroup` where ExcelApi 1.20 has it) and requirement sets. */
export interface ExcelHost {
  run<T>(batch: (context: ExcelContextLike) => Promise<T>, options?: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }): Promise<T>;
  isSetSupported(name: string, minVersion: string): boolean;
}
