/**
 * Reversible marks on input cells: a cell's solid fill and its note, set and read exactly, never
 * touching values. The checks decide what to mark and what to restore; this only moves state.
 */
import type ExcelJS from 'exceljs';
import type { CellMark } from '../../core/output';
import type { XlsxBook } from './book';
import { fillRgb, themePalette } from './fills';

/** The text of an exceljs note (plain or rich), or null when the cell has none. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * The fill and note of each cell, as marks that would restore them. A theme or palette fill reads
 * as the RGB it shows; a rich note reads as its text (restoring it keeps the text, not its fonts).
 * A cell of a sheet that is not there reads as no fill and no note.
 */
export function readCellMarks(xb: XlsxBook, cells: readonly { sheet: string; cell: string }[]): CellMark[] {
  const theme = themePalette(xb.book);
  return cells.map(({ sheet, cell }) => {
    const ws = xb.book.getWorksheet(sheet);
    if (!ws) return { sheet, cell, fill: null, note: null };
    const c = ws.getCell(cell);
    return { sheet, cell, fill: fillRgb(c.style?.fill, theme), note: noteText(c.note) };
  });
}

/** Sets each cell's fill and note exactly as marked (null removes them). Marks on sheets no longer there are skipped. */
export function applyCellMarks(xb: XlsxBook, marks: readonly CellMark[]): void {
  for (const mark of marks) {
    const ws = xb.book.getWorksheet(mark.sheet);
    if (!ws) continue;
    const cell = ws.getCell(mark.cell);
    // Replace the style object rather than mutate it: exceljs shares one object among cells of the same style.
    const { fill: _old, ...style } = cell.style ?? {};
    cell.style = mark.fill === null ? style : { ...style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${mark.fill.toUpperCase()}` } } };
    if (mark.note === null) {
      // exceljs has no API to delete a note: it writes `_comment`, and a note read from a file also
      // stays on the value's model, which it writes too.
      const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
      delete internals._comment;
      if (internals._value?.model) delete internals._value.model.comment;
    } else {
      cell.note = mark.note;
    }
  }
}
