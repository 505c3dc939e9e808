/**
 * The fills and notes of input cells, for the core's reversible marks: read in bands of rows (one
 * `getBackgrounds` and one `getNotes` per band touched, the whole sheet when it is small), changed
 * in memory as the core's mark plan says, and written back once per band (`setBackgrounds`,
 * `setNotes`) over the rectangle of the cells that changed. Values are never touched.
 */
import type { CellMark } from '../core/output';
import type { CellState } from '../core/checks';
import { normalizeFill } from '../core/checks';
import { parseA1 } from '../core/workbook';
import type { Sheet, Spreadsheet } from './google';

/** Rows per band on a large sheet; a sheet up to `wholeSheetRows` rows is one band. */
export const bandRows = 2000;
export const wholeSheetRows = 5000;

interface Band {
  top: number;
  rows: number;
  cols: number;
  fills: (string | null)[][];
  notes: string[][];
  changed: { top: number; left: number; bottom: number; right: number } | null;
}

/** Sheets reports a cell without fill as white: both mean "no fill" to the marks record. */
function fillOf(background: string | undefined): string | null {
  const fill = normalizeFill(background ?? null);
  return fill === 'FFFFFF' ? null : fill;
}

export class CellStates {
  private bands = new Map<string, Map<number, Band>>();
  private sheets = new Map<string, Sheet | null>();

  constructor(private readonly spreadsheet: Spreadsheet) {}

  /** The current fill and note of a cell (a cell of a sheet that is not there has neither). */
  read(sheetName: string, cell: string): CellState {
    const p = parseA1(cell);
    const sheet = this.sheet(sheetName);
    if (!p || !sheet) return { fill: null, note: null };
    const band = this.band(sheet, p.row, p.col);
    const r = p.row - band.top;
    return { fill: band.fills[r][p.col] ?? null, note: band.notes[r][p.col] || null };
  }

  /** Sets each cell's fill and note in memory (marks on sheets no longer there are skipped). */
  apply(marks: readonly CellMark[]): void {
    for (const mark of marks) {
      const p = parseA1(mark.cell);
      const sheet = this.sheet(mark.sheet);
      if (!p || !sheet) continue;
      const band = this.band(sheet, p.row, p.col);
      const r = p.row - band.top;
      band.fills[r][p.col] = mark.fill === null ? null : `#${mark.fill.toLowerCase()}`;
      band.notes[r][p.col] = mark.note ?? '';
      const c = band.changed;
      band.changed = c
        ? { top: Math.min(c.top, r), left: Math.min(c.left, p.col), bottom: Math.max(c.bottom, r), right: Math.max(c.right, p.col) }
        : { top: r, left: p.col, bottom: r, right: p.col };
    }
  }

  /** Writes the changed rectangle of every band: one `setBackgrounds` and one `setNotes` each. */
  write(): number {
    let written = 0;
    for (const [name, bands] of this.bands) {
      const sheet = this.sheet(name)!;
      for (const band of bands.values()) {
        const c = band.changed;
        if (!c) continue;
        const range = sheet.getRange(band.top + c.top + 1, c.left + 1, c.bottom - c.top + 1, c.right - c.left + 1);
        range.setBackgrounds(band.fills.slice(c.top, c.bottom + 1).map((row) => row.slice(c.left, c.right + 1)));
        range.setNotes(band.notes.slice(c.top, c.bottom + 1).map((row) => row.slice(c.left, c.right + 1)));
        band.changed = null;
        written++;
      }
    }
    return written;
  }

  private sheet(name: string): Sheet | null {
    if (!this.sheets.has(name)) this.sheets.set(name, this.spreadsheet.getSheetByName(name));
    return this.sheets.get(name)!;
  }

  private band(sheet: Sheet, row: number, col: number): Band {
    const name = sheet.getName();
    let bands = this.bands.get(name);
    if (!bands) this.bands.set(name, (bands = new Map()));
    const lastRow = Math.max(sheet.getLastRow(), 1);
    const small = lastRow <= wholeSheetRows;
    const key = small ? 0 : Math.floor(row / bandRows);
    const top = small ? 0 : key * bandRows;
    const existing = bands.get(key);
    if (existing && row - top < existing.rows && col < existing.cols) return existing;
    // Not read yet, or read smaller than this cell: read (again, before any change) large enough.
    if (existing?.changed) throw new Error(`band of ${name} grown after a change`);
    const rows = small ? Math.max(lastRow, row + 1, existing?.rows ?? 0) : bandRows;
    const cols = Math.max(sheet.getLastColumn(), col + 1, existing?.cols ?? 0);
    const range = sheet.getRange(top + 1, 1, rows, cols);
    const band: Band = {
      top,
      rows,
      cols,
      fills: range.getBackgrounds().map((r) => r.map(fillOf)),
      notes: range.getNotes().map((r) => r.map((n) => n ?? '')),
      changed: null,
    };
    bands.set(key, band);
    return band;
  }
}
