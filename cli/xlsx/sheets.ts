/** Writing output sheets into an exceljs workbook: each replaces its namesake whole, other sheets untouched. */
import ExcelJS from 'exceljs';
import { cellObject, numberFormatCode, numberFormatCodes, type NumberFormat, type OutputSheet, type ValidationSpec } from '../../core/output';
import { a1, columnLetters } from '../../core/workbook';
import type { XlsxBook } from './book';
import { writtenValue } from './cells';
import { resolveChart } from './charts';
import type { InternalLink } from './links';

/** Sheets whose name starts with this are the tool's bookkeeping: written hidden. */
export const bookkeepingPrefix = '_cc_';
/** Hidden sheet holding drop-down lists too long (or with commas) for an inline list. */
const listsSheetName = `${bookkeepingPrefix}listas`;

const linkFont: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ordered = ExcelJS.Worksheet & { orderNo: number };

const sameName = (a: string, b: string) => a.toLocaleUpperCase('es') === b.toLocaleUpperCase('es');

/** Writes output sheets; a sheet of the same name (Excel's case-insensitive rule) is removed and the new one takes its tab position. */
export function applyOutputSheets(xb: XlsxBook, sheets: readonly OutputSheet[]): void {
  for (const sheet of sheets) {
    const old = xb.book.worksheets.find((ws) => sameName(ws.name, sheet.name));
    // `orderNo` (tab position) is exceljs runtime state its types do not declare.
    const orderNo = old ? (old as Ordered).orderNo : undefined;
    if (old) {
      xb.book.removeWorksheet(old.id);
      for (const key of [...xb.extras.keys()]) if (sameName(key, sheet.name)) xb.extras.delete(key);
    }
    const ws = xb.book.addWorksheet(sheet.name);
    if (orderNo !== undefined) (ws as Ordered).orderNo = orderNo;
    if (sheet.name.startsWith(bookkeepingPrefix)) ws.state = 'hidden';
    const links = writeSheet(xb, ws, sheet);
    const charts = (sheet.charts ?? []).map((spec) => resolveChart(spec, sheet.rows));
    if (links.length || charts.length) xb.extras.set(sheet.name, { charts, links });
  }
}

function writeSheet(xb: XlsxBook, ws: ExcelJS.Worksheet, sheet: OutputSheet): InternalLink[] {
  const headerRows = Math.max(1, sheet.freezeRows ?? 0);
  sheet.columnWidths?.forEach((width, c) => {
    if (width > 0) ws.getColumn(c + 1).width = width;
  });
  // A column's format goes on the column itself (`<col style>`), so it covers rows typed later too.
  const columnFormats = Object.entries(sheet.columnFormats ?? {}) as [string, NumberFormat][];
  for (const [c, format] of columnFormats) ws.getColumn(Number(c) + 1).numFmt = numberFormatCodes[format];

  const links: InternalLink[] = [];
  sheet.rows.forEach((row, r) => {
    row.forEach((raw, c) => {
      if (raw === null || raw === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      const object = cellObject(raw);
      const value = writtenValue(raw);
      const style: Partial<ExcelJS.Style> = {};
      const columnFormat = sheet.columnFormats?.[c];
      if (columnFormat && r >= headerRows) style.numFmt = numberFormatCodes[columnFormat];
      if (object.format) style.numFmt = numberFormatCode(object.format, object.decimals);
      if (object.wrap) style.alignment = { wrapText: true, vertical: 'top' };
      if (object.bold) style.font = { bold: true };
      if (object.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${object.fill}` } };
      if (object.link) {
        style.font = { ...style.font, ...linkFont };
        links.push({ cell: a1(r, c), target: object.link });
      }
      // A fresh style object per cell: exceljs shares style objects between cells of the same style.
      cell.style = style;
      const date = (object.format === 'date' || object.format === 'month') && typeof value === 'string' ? isoDate.exec(value) : null;
      // Strings are set as plain values, which exceljs always writes as text (never as a formula).
      cell.value = date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : value;
    });
  });

  // Printed (or exported to PDF) one page wide, so a sheet's columns and charts stay together.
  ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (sheet.freezeRows) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: a1(sheet.freezeRows, 0) }];
  for (const validation of sheet.validations ?? []) addListValidation(xb, ws, validation);
  return links;
}

/** A drop-down list on a range: inline when Excel allows it (≤ 255 characters, no commas), else from the hidden lists sheet. */
function addListValidation(xb: XlsxBook, ws: ExcelJS.Worksheet, validation: ValidationSpec): void {
  const inline = `"${validation.values.join(',').replace(/"/g, '""')}"`;
  const fitsInline = inline.length <= 255 && !validation.values.some((v) => v.includes(','));
  const formula = fitsInline ? inline : listRange(xb, validation.values);
  // exceljs's Worksheet type does not declare `dataValidations`; the runtime has it.
  const dataValidations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  dataValidations.add(validation.range, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    // A warning, not a stop: aliases the readers accept (`Teléfono`) stay possible; checks report the rest.
    errorStyle: 'warning',
  });
}

function listRange(xb: XlsxBook, values: readonly string[]): string {
  const ws = xb.book.getWorksheet(listsSheetName) ?? xb.book.addWorksheet(listsSheetName, { state: 'hidden' });
  const column = ws.columnCount + 1;
  values.forEach((v, i) => {
    ws.getCell(i + 1, column).value = v;
  });
  const letters = columnLetters(column - 1);
  return `'${listsSheetName}'!$${letters}$1:$${letters}$${Math.max(1, values.length)}`;
}
