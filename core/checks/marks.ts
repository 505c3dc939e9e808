/**
 * Reversible marks on the offending cells (checks.md, "Marks in the sheet"): a fill per severity and
 * a note with the message. The core plans them; hosts only read and set fills and notes.
 *
 * The record of what was marked (each cell's original fill and note, and the mark set) lives in the
 * workbook itself, in the hidden sheet `_cc_marcas`, written like any output sheet — so every host
 * keeps it, and a re-run or *clear marks* restores the originals exactly instead of stacking marks.
 */
import type { RawWorkbook } from '../workbook';
import { a1, parseA1 } from '../workbook';
import { normalizeName } from '../text';
import { severityRank, type Finding } from '../findings';
import type { CellMark, OutputSheet } from '../output';
import { severityFills } from './report';

/** The hidden sheet holding the marks record (the `_cc_` prefix is the tool's bookkeeping). */
export const marksSheetName = '_cc_marcas';

const recordHeader = ['Hoja', 'Celda', 'Relleno original', 'Nota original', 'Relleno marca', 'Nota marca'];

/** Ranges larger than this are marked on their first cell only (a log's rows can be a million). */
export const maxMarkedCellsPerFinding = 200;

/** A cell's fill (`RRGGBB` or null) and note (text or null). */
export interface CellState {
  fill: string | null;
  note: string | null;
}

/** Reads the current fill and note of a cell, in the host. */
export type CellStateReader = (sheet: string, cell: string) => CellState;

/** One marked cell: what it held before, and what the mark set. */
export interface MarkEntry {
  sheet: string;
  cell: string;
  original: CellState;
  mark: CellState;
}

/** What to apply now, what would undo it, and the record to store (`_cc_marcas`). */
export interface MarkPlan {
  /** In order: the previous marks restored (where not marked again), then the new marks. */
  apply: CellMark[];
  /** Restores every cell marked now to its state before any mark of the tool. */
  undo: CellMark[];
  record: MarkEntry[];
}

/** `RRGGBB` upper case, or null: accepts `#rrggbb` and `AARRGGBB`. */
export function normalizeFill(fill: string | null | undefined): string | null {
  if (!fill) return null;
  const hex = fill.trim().replace(/^#/, '');
  if (!/^([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$/.test(hex)) return null;
  return hex.slice(-6).toUpperCase();
}

/** A note as stored (kept exactly, so it is restored exactly); an empty one is no note. */
function normalizeNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined || note === '') return null;
  return String(note);
}

/** Notes compare ignoring line-ending style and surrounding spaces (hosts may rewrite both). */
const sameNote = (a: string | null, b: string | null) => {
  const key = (n: string | null) => (n === null ? '' : n.replace(/\r\n?/g, '\n').trim());
  return key(a) === key(b);
};
const cellKey = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** The cells a finding marks: its cell, or every cell of its range (its first cell only for huge ranges). */
export function cellsOfFinding(finding: Finding): string[] {
  if (!finding.sheet || !finding.cell) return [];
  const [from, to] = finding.cell.split(':');
  const a = parseA1(from);
  const b = to ? parseA1(to) : a;
  if (!a || !b) return [];
  const rows = Math.abs(b.row - a.row) + 1;
  const cols = Math.abs(b.col - a.col) + 1;
  if (rows * cols > maxMarkedCellsPerFinding) return [a1(Math.min(a.row, b.row), Math.min(a.col, b.col))];
  const cells: string[] = [];
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) cells.push(a1(r, c));
  }
  return cells;
}

/** The marks the findings ask for, one per cell: the most severe fill, and the messages joined. */
export function marksOf(findings: readonly Finding[]): Map<string, { sheet: string; cell: string; mark: CellState }> {
  const byCell = new Map<string, { sheet: string; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    for (const cell of cellsOfFinding(f)) {
      const key = cellKey(f.sheet!, cell);
      const entry = byCell.get(key) ?? { sheet: f.sheet!, cell, findings: [] };
      if (!entry.findings.some((g) => g.message === f.message)) entry.findings.push(f);
      byCell.set(key, entry);
    }
  }
  const out = new Map<string, { sheet: string; cell: string; mark: CellState }>();
  for (const [key, e] of byCell) {
    const worst = e.findings.reduce((w, f) => (severityRank(f.severity) < severityRank(w.severity) ? f : w));
    out.set(key, { sheet: e.sheet, cell: e.cell, mark: { fill: severityFills[worst.severity], note: e.findings.map((f) => f.message).join('\n') } });
  }
  return out;
}

/** Every cell whose current state the host must read before planning: the previous marks' and the new ones'. */
export function markTargets(findings: readonly Finding[], previous: readonly MarkEntry[] = []): { sheet: string; cell: string }[] {
  const seen = new Map<string, { sheet: string; cell: string }>();
  for (const e of previous) seen.set(cellKey(e.sheet, e.cell), { sheet: e.sheet, cell: e.cell });
  for (const m of marksOf(findings).values()) seen.set(cellKey(m.sheet, m.cell), { sheet: m.sheet, cell: m.cell });
  return [...seen.values()];
}

/**
 * What a previously marked cell goes back to: each property to its recorded original, unless the
 * user changed it since the mark (then the user's value stays).
 */
function restoredState(entry: MarkEntry, current: CellState): CellState {
  const fill = normalizeFill(current.fill) === normalizeFill(entry.mark.fill) ? entry.original.fill : normalizeFill(current.fill);
  const note = sameNote(current.note, entry.mark.note) ? entry.original.note : normalizeNote(current.note);
  return { fill, note };
}

/**
 * Plans the marks of these findings: first the previous record is restored (so marks never stack),
 * then every offending cell gets its fill and note. Pure: `read` gives the cells' current state.
 */
export function planMarks(findings: readonly Finding[], read: CellStateReader, previous: readonly MarkEntry[] = []): MarkPlan {
  const wanted = marksOf(findings);
  const restored = new Map<string, CellState>();
  const apply: CellMark[] = [];
  for (const e of previous) {
    const state = restoredState(e, read(e.sheet, e.cell));
    const key = cellKey(e.sheet, e.cell);
    restored.set(key, state);
    if (!wanted.has(key)) apply.push({ sheet: e.sheet, cell: e.cell, ...state });
  }
  const record: MarkEntry[] = [];
  const undo: CellMark[] = [];
  for (const [key, m] of wanted) {
    const current = read(m.sheet, m.cell);
    const original = restored.get(key) ?? { fill: normalizeFill(current.fill), note: normalizeNote(current.note) };
    apply.push({ sheet: m.sheet, cell: m.cell, ...m.mark });
    undo.push({ sheet: m.sheet, cell: m.cell, ...original });
    record.push({ sheet: m.sheet, cell: m.cell, original, mark: m.mark });
  }
  return { apply, undo, record };
}

/** The *clear marks* plan: every recorded cell back to its original (user changes since kept); the record empties. */
export function planClearMarks(previous: readonly MarkEntry[], read?: CellStateReader): { apply: CellMark[]; record: MarkEntry[] } {
  const apply = previous.map((e) => ({ sheet: e.sheet, cell: e.cell, ...(read ? restoredState(e, read(e.sheet, e.cell)) : e.original) }));
  return { apply, record: [] };
}

/** The record as the hidden output sheet `_cc_marcas` (fills written `#RRGGBB` so no host takes them for numbers). */
export function markRecordSheet(record: readonly MarkEntry[]): OutputSheet {
  const fill = (f: string | null) => (f ? `#${f}` : null);
  return {
    name: marksSheetName,
    hidden: true,
    rows: [recordHeader, ...record.map((e) => [e.sheet, e.cell, fill(e.original.fill), e.original.note, fill(e.mark.fill), e.mark.note])],
  };
}

/** The marks record stored in a workbook (empty when there is none); entries of sheets no longer there are dropped. */
export function readMarkRecord(workbook: RawWorkbook): MarkEntry[] {
  const sheet = workbook.sheets.find((s) => normalizeName(s.name) === normalizeName(marksSheetName));
  if (!sheet) return [];
  const present = new Set(workbook.sheets.map((s) => s.name));
  const text = (v: unknown) => (v === null || v === undefined || v === '' ? null : String(v));
  const out: MarkEntry[] = [];
  for (const row of sheet.values.slice(1)) {
    const [s, c, of, on, mf, mn] = [0, 1, 2, 3, 4, 5].map((i) => text(row?.[i]));
    if (!s || !c || !present.has(s) || !parseA1(c)) continue;
    out.push({ sheet: s, cell: c.toUpperCase(), original: { fill: normalizeFill(of), note: normalizeNote(on) }, mark: { fill: normalizeFill(mf), note: normalizeNote(mn) } });
  }
  return out;
}
