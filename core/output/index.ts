/**
 * Host-neutral output: the sheets, charts and files an action produces. Hosts only draw them.
 * String values are always literal text: hosts must never let a string become a formula
 * (a user's `=HYPERLINK(…)` is written as text).
 */
import type { Finding } from '../findings';
import type { DeckPlan } from '../deck';

/** How a numeric cell is shown. `percent` cells hold points (98.3), hosts show them as `98,3 %`. */
export type NumberFormat = 'count' | 'percent' | 'decimal' | 'date';

export interface OutputCellObject {
  value: string | number | boolean | null;
  format?: NumberFormat;
  bold?: boolean;
  /** Background fill, `RRGGBB`. */
  fill?: string;
  /** An internal link to a cell of the workbook. */
  link?: { sheet: string; cell: string };
}

export type OutputCell = string | number | null | OutputCellObject;

export type ChartKind = 'column' | 'bar' | 'columnStacked' | 'pie' | 'line';

/** A native chart over ranges of its own sheet. */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** A1 range of the category labels (one column). */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left cell and size in columns and rows. */
  anchor: { cell: string; columns: number; rows: number };
  dataLabels?: boolean;
  /** Fixed maximum of the value axis (e.g. 100 for scores). */
  max?: number;
  /** The values' format, for data labels. */
  format?: NumberFormat;
}

/** An output sheet, replaced whole on every run. */
export interface OutputSheet {
  name: string;
  rows: OutputCell[][];
  columnWidths?: number[];
  charts?: ChartSpec[];
  /** Rows frozen at the top (the header). */
  freezeRows?: number;
  /** Bookkeeping sheets (e.g. the marks record `_cc_marcas`) are written hidden. */
  hidden?: boolean;
  /** Drop-down lists (template sheets). */
  validations?: ValidationSpec[];
  /** Number formats of whole columns below the header (template sheets), by 0-based column. */
  columnFormats?: Partial<Record<number, NumberFormat>>;
}

/** A file an action produces besides sheets; `suffix` follows `<base>-` (e.g. `indicadores.json`). */
export interface OutputFile {
  suffix: string;
  json: unknown;
}

/**
 * Number format codes for Excel / exceljs. The `[$-240A]` tag (es-CO) makes LibreOffice show
 * Colombian separators (`1.371`, `98,3 %`) whatever the machine's locale; Excel shows the user's
 * regional separators. Google Sheets has no locale tags: its host drops the tag (`untaggedFormat`).
 */
export const numberFormatCodes: Record<NumberFormat, string> = {
  count: '[$-240A]#,##0',
  percent: '[$-240A]0.0 %',
  decimal: '[$-240A]#,##0.0##',
  date: '[$-240A]dd/mm/yyyy',
};

/** A format code without its locale tag (for hosts that do not understand `[$-…]`). */
export function untaggedFormat(code: string): string {
  return code.replace(/^\[\$-[0-9A-Fa-f]+\]/, '');
}

/** The value a host writes for a cell: percent points become fractions for the `%` format. */
export function hostValue(cell: OutputCell): string | number | boolean | null {
  if (cell === null || typeof cell !== 'object') return cell;
  // toPrecision(15): Excel's precision, and no binary noise (98.4 / 100 = 0.9840000000000001).
  if (cell.format === 'percent' && typeof cell.value === 'number') return Number((cell.value / 100).toPrecision(15));
  return cell.value;
}

/** The object form of any output cell. */
export function cellObject(cell: OutputCell): OutputCellObject {
  return cell !== null && typeof cell === 'object' ? cell : { value: cell };
}

/** The fill of header cells on every output sheet. */
export const headerFill = 'D9E2F3';

/** A bold header cell, in the one header style of every output sheet. */
export function headerCell(value: string): OutputCellObject {
  return { value, bold: true, fill: headerFill };
}

/** Everything an action returns: output sheets, files, findings and a short summary for people. */
export interface ActionResult {
  sheets: OutputSheet[];
  files: OutputFile[];
  findings: Finding[];
  /** Lines for the terminal or the task pane, in the chosen language. */
  summary: string[];
  /** Marks to apply to input cells (checks), in order: restores of the previous marks first, then the new ones. */
  marks?: { apply: CellMark[] };
  /** A deck plan to render (slides). */
  deck?: DeckPlan;
  /**
   * Set when nothing the action needs could be read (no `Canales` nor log, required columns
   * missing, a month without data): one line saying what was found and what to do. Hosts then
   * write nothing (the CLI exits 2).
   */
  unusable?: string;
}

/**
 * The state a cell's mark sets: fill `RRGGBB` or null (no fill), note text or null (no note).
 * Marking and unmarking are both lists of these; hosts apply them exactly.
 */
export interface CellMark {
  sheet: string;
  cell: string;
  fill: string | null;
  note: string | null;
}

/** A drop-down list of allowed values on a range (template sheets). */
export interface ValidationSpec {
  range: string;
  values: readonly string[];
}
