/** The workbook wrapper the .xlsx port passes around: exceljs's model (for writing), the raw values read by our reader, and what exceljs cannot write. */
import ExcelJS from 'exceljs';
import type { RawWorkbook } from '../../core/workbook';
import type { ResolvedChart } from './charts';
import type { InternalLink } from './links';

/** What an output sheet needs beyond exceljs, added to the package after exceljs writes it. */
export interface SheetExtras {
  charts: ResolvedChart[];
  links: InternalLink[];
}

export interface XlsxBook {
  book: ExcelJS.Workbook;
  /** Every sheet's used range from A1, as read (not updated by later writes). */
  raw: RawWorkbook;
  /** Sheets of the input that held charts (or were chart sheets): exceljs drops them, so writing loses them. */
  inputChartSheets: string[];
  /** True when the input held any chart (`inputChartSheets` is not empty). */
  inputHadCharts: boolean;
  /** Charts and internal links of the output sheets applied, by sheet name. */
  extras: Map<string, SheetExtras>;
  /** exceljs could not load the input: the result workbook starts from its values only (no formats). */
  copiedValuesOnly?: boolean;
}

/** An empty workbook (for the template). */
export function createBook(): XlsxBook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Cuentas Claras';
  return { book, raw: { sheets: [] }, inputChartSheets: [], inputHadCharts: false, extras: new Map() };
}
