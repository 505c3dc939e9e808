/**
 * The reading the command line had before its own reader: exceljs's model turned into raw values.
 * Kept only as the reference of the reader's property test (test/cli/reader-property.test.ts).
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../core/workbook';

/** The plain value of an exceljs cell value: formula → cached result, rich text → text, link → its text, error → its code. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return plainValue((value as { text?: ExcelJS.CellValue }).text);
  return null;
}

/** One worksheet's used range from A1 as a rectangle (merged cells hold their value in the top-left cell only). */
export function exceljsValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plainValue(cell.value);
      if (v !== null) values[c - 1] = v;
    });
    if (values.length) {
      rows[r - 1] = values;
      width = Math.max(width, values.length);
    }
  });
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? null;
    values[r] = full;
  }
  return values;
}
