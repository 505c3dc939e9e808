/** The value an output cell is written with, shared by the sheet writer and the chart caches. */
import { hostValue, type OutputCell } from '../../../core/output';

/**
 * `hostValue` (percent points → fractions), with numbers cut to Excel's 15 significant digits so
 * that 98.4 / 100 is written as 0.984, not 0.9840000000000001.
 */
export function writtenValue(cell: OutputCell): string | number | boolean | null {
  const value = hostValue(cell);
  return typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** Excel's serial number of a calendar date (its UTC fields), in the workbook's date system. */
export function serialDate(date: Date, date1904 = false): number {
  const days = (date.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  return date1904 ? days - 1462 : days;
}
