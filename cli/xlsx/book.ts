/** What reading an .xlsx file returns: the core's raw values, read by our reader (reader/). The writer opens the package itself (writer/). */
import type { RawWorkbook } from '../../core/workbook';

export interface XlsxBook {
  /** Every sheet's used range from A1, as read; sheets are parsed on first access. */
  raw: RawWorkbook;
}
