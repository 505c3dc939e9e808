/** What the (exceljs-based) reader returns: exceljs's model and the raw values read. Writing no longer uses the model (see writer/). */
import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core/workbook';

/** Unused since output sheets are written by writer/ (kept for the reader's shape until it is replaced). */
export type SheetExtras = unknown;

export interface XlsxBook {
  book: ExcelJS.Workbook;
  /** Every sheet's used range from A1, as read (not updated by later writes). */
  raw: RawWorkbook;
  /** Sheets of the input that held charts (or were chart sheets). */
  inputChartSheets: string[];
  /** True when the input held any chart (`inputChartSheets` is not empty). */
  inputHadCharts: boolean;
  extras: Map<string, SheetExtras>;
}
