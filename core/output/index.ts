/**
 * Host-neutral output: the sheets, charts and files an action produces. Hosts only draw them.
 * String values are always literal text: hosts must never let a string become a formula
 * (a user's `=HYPERLINK(…)` is written as text).
 */
import type { Finding } from '../findings';
import type { DeckPlan } from '../deck';
import { formatCount, formatNumber, formatPercent, type Locale } from '../i18n';

/**
 * How a numeric cell is shown. `percent` cells hold points (98.3), hosts show them as `98,3 %`.
 * `date` and `month` cells hold an ISO date string (`2025-02-01`), shown `01/02/2025` and `febrero 2025`.
 */
/** `integer`: a whole number without thousands separator (a year, a row number: `2024`, `1`). */
export type NumberFormat = 'count' | 'percent' | 'decimal' | 'integer' | 'date' | 'month';

export interface OutputCellObject {
  value: string | number | boolean | null;
  format?: NumberFormat;
  /**
   * Decimals shown, when not the format's own (`percent` 1, `decimal` up to 3): the unit and
   * precision of the figure (`82,2 %`, `42,39 %`, `78 %`). Hosts use `numberFormatCode`.
   */
  decimals?: number;
  /** Long text wraps within the column (the row grows) instead of spilling over the next cells. */
  wrap?: boolean;
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
  /** As OutputSheet's `locale`: `en` labels with English separators. */
  locale?: Locale;
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
  /** Decimals of the data labels (`42,39 %` has 2); default 1 for percent and decimal, 0 for counts. */
  decimals?: number;
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
  /**
   * The language of the sheet's number formats: `en` (English mode) writes English separators
   * (`1,091`, `84.7 %`), as its `Value shown` text; absent, Colombian (`1.091`, `84,7 %`).
   */
  locale?: Locale;
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
  integer: '0',
  date: '[$-240A]dd/mm/yyyy',
  month: '[$-240A]mmmm yyyy',
};

/** A Colombian (es-CO tagged) format code in the sheet's language: English mode tags it en-US. */
export function inLocale(code: string, locale?: Locale): string {
  return locale === 'en' ? code.replace('[$-240A]', '[$-409]') : code;
}

/** The format code of a cell: its format's, or with `decimals` fixed decimals (`[$-240A]0.00 %`); English separators for `locale` `en`. */
export function numberFormatCode(format: NumberFormat, decimals?: number, locale?: Locale): string {
  if (decimals === undefined || format === 'date' || format === 'month') return inLocale(numberFormatCodes[format], locale);
  const fraction = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (format === 'percent') return inLocale(`[$-240A]0${fraction} %`, locale);
  return inLocale(`[$-240A]#,##0${fraction}`, locale);
}

/**
 * The format code of a chart's data labels or axis that shows Colombian figures in every viewer:
 * whole numbers get literal thousands dots (`[>=1000]#\.##0`), which no locale setting changes
 * (`6.217` in PowerPoint, Excel, LibreOffice and Sheets alike); a format with decimals cannot be
 * written locale-free, so it is tagged es-CO (`[$-240A]`: LibreOffice shows `42,39 %` anywhere,
 * Office follows the viewer's regional settings; renderers that can also write each label's text).
 * `suffix` follows the number (` %`). Counts beyond 999.999.999 are not expected.
 */
export function colombianFormatCode(decimals: number, suffix = ''): string {
  const tail = suffix ? `"${suffix}"` : '';
  if (decimals <= 0) return `[>=1000000]#\\.###\\.##0${tail};[>=1000]#\\.##0${tail};0${tail}`;
  return `[$-240A]#,##0.${'0'.repeat(decimals)}${tail}`;
}

/**
 * The data-label and axis format of a sheet chart over cells of `format` (percent cells hold
 * fractions there): whole counts and whole percentages locale-free (`6.217`, `98 %` in any viewer),
 * decimals tagged es-CO (see colombianFormatCode).
 */
export function chartFormatCode(format: NumberFormat, decimals?: number, locale?: Locale): string {
  if (locale === 'en') {
    // English mode: the viewer's English separators, as the sheet's cells (`6,217`, `42.4 %`).
    if (format === 'count') return '[$-409]#,##0';
    if (format === 'percent' || format === 'decimal') return inLocale(chartFormatCode(format, decimals), 'en');
  }
  switch (format) {
    case 'count':
      return colombianFormatCode(0);
    case 'percent': {
      const d = decimals ?? 1;
      return d > 0 ? `[$-240A]0.${'0'.repeat(d)} %` : '0 %';
    }
    case 'decimal':
      return colombianFormatCode(decimals ?? 1);
    default:
      return numberFormatCodes[format];
  }
}

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

/** The text a cell shows, numbers formatted as its format shows them (`1.371`, `82,2 %`). */
export function displayText(cell: OutputCell, locale: Locale = 'es'): string {
  const o = cellObject(cell);
  if (o.value === null || o.value === undefined) return '';
  if (typeof o.value === 'number') {
    switch (o.format) {
      case 'percent':
        return formatPercent(o.value, o.decimals ?? 1, locale);
      case 'count':
        return formatCount(Math.round(o.value), locale);
      case 'decimal':
        return formatNumber(o.value, o.decimals ?? 3, locale);
      case 'integer':
        return String(Math.round(o.value));
      case 'date':
        return '00/00/0000';
      default:
        return String(o.value);
    }
  }
  if (o.format === 'date') return '00/00/0000';
  if (o.format === 'month') return 'septiembre 0000';
  return String(o.value);
}

/** Width a text needs in a column, in Excel's units (characters of the default font): bold is wider, plus padding. */
export function textWidth(text: string, bold = false): number {
  const longest = Math.max(0, ...text.split('\n').map((l) => [...l].length));
  return Math.ceil(longest * (bold ? 1.12 : 1.02) + 2);
}

/**
 * Sets a sheet's column widths from its content, so nothing is cut and no column is too narrow:
 * each column gets the width its widest cell needs, between `min` and `max`; a cell wider than
 * `max` wraps (its row grows). A row with only its first cell filled is a title: it spills over
 * the empty cells to its right and sets no width. Columns left empty keep their given width
 * (spacers before a chart).
 */
export function fitColumns(sheet: OutputSheet, options: { min?: number; max?: number; locale?: Locale } = {}): OutputSheet {
  const min = options.min ?? 8;
  const max = options.max ?? 60;
  const widths: number[] = [...(sheet.columnWidths ?? [])];
  const needs: number[] = [];
  const isTitle = (row: OutputCell[]) => row.filter((c) => displayText(c, options.locale) !== '').length === 1 && displayText(row[0], options.locale) !== '' && typeof cellObject(row[0]).value === 'string';
  for (const row of sheet.rows) {
    if (isTitle(row)) continue;
    row.forEach((cell, c) => {
      const text = displayText(cell, options.locale);
      if (!text) return;
      needs[c] = Math.max(needs[c] ?? 0, textWidth(text, !!cellObject(cell).bold));
    });
  }
  const columns = Math.max(widths.length, needs.length);
  for (let c = 0; c < columns; c++) {
    if (needs[c] === undefined) continue;
    widths[c] = Math.min(max, Math.max(min, needs[c]));
  }
  const rows = sheet.rows.map((row) =>
    isTitle(row)
      ? row
      : row.map((cell, c) => {
          const text = displayText(cell, options.locale);
          if (!text || textWidth(text, !!cellObject(cell).bold) <= (widths[c] ?? 8.43)) return cell;
          return { ...cellObject(cell), wrap: true };
        }),
  );
  // English mode: the number formats follow the language (see OutputSheet's `locale`).
  const english = options.locale === 'en' ? { locale: 'en' as const, charts: sheet.charts?.map((c) => ({ ...c, locale: 'en' as const })) } : {};
  return { ...sheet, rows, columnWidths: widths.map((w) => w ?? 0), ...english };
}
