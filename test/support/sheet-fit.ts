/**
 * Whether an output sheet's text fits its columns, as a spreadsheet shows it: a cell's text is
 * measured in characters (Excel's column width unit, with a margin for wide letters) and must fit
 * its column unless it wraps or spills into empty cells to its right (a title row). A cell whose
 * text is cut by a filled neighbour, or a header wider than its column, is a problem.
 */
import { cellObject, hostValue, type OutputSheet } from '../../core/output';
import { formatCount, formatNumber, formatPercent } from '../../core/i18n';

/** The text a cell shows (numbers formatted the Colombian way, as their format shows them). */
export function shownText(cell: OutputSheet['rows'][number][number]): string {
  const o = cellObject(cell);
  if (o.value === null || o.value === undefined) return '';
  if (typeof o.value === 'number') {
    switch (o.format) {
      case 'percent':
        return formatPercent(o.value, o.decimals ?? 1);
      case 'count':
        return formatCount(Math.round(o.value));
      case 'decimal':
        return formatNumber(o.value, o.decimals ?? 3).replace(/,?0+$/, '');
      case 'date':
        return '00/00/0000';
      default:
        return String(hostValue(cell));
    }
  }
  if (o.format === 'date') return '00/00/0000';
  if (o.format === 'month') return 'septiembre 0000';
  return String(o.value);
}

/** Characters of width a text needs: bold text is wider; a little margin for the cell's padding. */
function needed(text: string, bold: boolean): number {
  return Math.max(...text.split('\n').map((l) => [...l].length)) * (bold ? 1.1 : 1) + 1;
}

export interface FitProblem {
  sheet: string;
  cell: string;
  text: string;
  needs: number;
  has: number;
}

/** Cells whose text does not fit (see the module's comment). Columns without a width count as Excel's default 8,43. */
export function overflowingCells(sheet: OutputSheet): FitProblem[] {
  const widths = sheet.columnWidths ?? [];
  const widthOf = (c: number) => (widths[c] && widths[c] > 0 ? widths[c] : 8.43);
  const out: FitProblem[] = [];
  sheet.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const o = cellObject(cell);
      const text = shownText(cell);
      if (!text || o.wrap) return;
      const need = needed(text, !!o.bold);
      let has = widthOf(c);
      // Text (not numbers) spills over empty cells to its right.
      if (typeof o.value === 'string') for (let k = c + 1; has < need && k < Math.max(row.length, widths.length) + 8 && !shownText(row[k] ?? null); k++) has += widthOf(k);
      if (need > has) out.push({ sheet: sheet.name, cell: `${String.fromCharCode(65 + c)}${r + 1}`, text, needs: Math.ceil(need), has: Math.floor(has) });
    });
  });
  return out;
}
