/**
 * Writing the core's output sheets into the open spreadsheet: each replaces its namesake whole, at
 * the same tab position, and is written once per property over its whole rectangle — number
 * formats, values, fills, font weights — plus its links, widths, frozen rows, drop-down lists and
 * native Sheets charts.
 *
 * Strings are always text: their cells get the plain-text format `@` before the values are set, so
 * Sheets never turns `=HYPERLINK(…)`, `2025-02` or `1.371` typed by a user into a formula, a date
 * or a number. Number formats are the Colombian codes of core/output without Excel's locale tags
 * (Sheets shows separators by the spreadsheet's locale: set it to Colombia for `1.371` and `98,3 %`).
 */
import { cellObject, hostValue, numberFormatCode, numberFormatCodes, untaggedFormat, type ChartSpec, type NumberFormat, type OutputSheet } from '../core/output';
import { parseA1 } from '../core/workbook';
import { templateDataRows } from '../core/template';
import type { ChartsEnums, EmbeddedChartBuilder, GoogleServices, RichTextValue, Sheet, Spreadsheet } from './google';

/** Sheets whose name starts with this are the tool's bookkeeping: written hidden. */
export const bookkeepingPrefix = '_cc_';

/** The Sheets number format of each output format: the shared codes without `[$-240A]`. */
export const sheetsNumberFormats = Object.fromEntries(
  (Object.keys(numberFormatCodes) as NumberFormat[]).map((f) => [f, untaggedFormat(numberFormatCodes[f])]),
) as Record<NumberFormat, string>;

const textFormat = '@';
const automaticFormat = 'General';
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Pixels of a column `chars` characters wide (Excel's width unit), as Sheets sizes columns. */
export function columnPixels(chars: number): number {
  return Math.round(chars * 7 + 10);
}

/** Serial day number of an ISO date (1899-12-30 is 0), so a date cell needs no time zone. */
export function serialOfIsoDate(iso: string): number | null {
  const m = isoDate.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 + 25_569;
}

const sameName = (a: string, b: string) => a.toLocaleUpperCase('es') === b.toLocaleUpperCase('es');

/** The sheet of that name, by Sheets' case-insensitive rule. */
export function findSheetNamed(spreadsheet: Spreadsheet, name: string): Sheet | undefined {
  return spreadsheet.getSheets().find((s) => sameName(s.getName(), name));
}

/** The cells, formats, fills and weights of an output sheet, as the 2-D blocks Sheets takes. */
export function sheetBlocks(sheet: OutputSheet): {
  values: (string | number | boolean)[][];
  formats: string[][];
  fills: (string | null)[][] | null;
  weights: ('bold' | null)[][] | null;
  wraps: boolean[][] | null;
  links: { row: number; col: number; text: string; sheet: string; cell: string }[];
} {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const headerRows = Math.max(1, sheet.freezeRows ?? 0);
  const values: (string | number | boolean)[][] = [];
  const formats: string[][] = [];
  const fills: (string | null)[][] = [];
  const weights: ('bold' | null)[][] = [];
  const wraps: boolean[][] = [];
  const links: { row: number; col: number; text: string; sheet: string; cell: string }[] = [];
  let anyFill = false;
  let anyBold = false;
  let anyWrap = false;
  sheet.rows.forEach((row, r) => {
    const v: (string | number | boolean)[] = [];
    const f: string[] = [];
    const b: (string | null)[] = [];
    const w: ('bold' | null)[] = [];
    const x: boolean[] = [];
    for (let c = 0; c < width; c++) {
      const raw = row[c] ?? null;
      const object = cellObject(raw);
      let value = hostValue(raw);
      const format = object.format ?? (r >= headerRows ? sheet.columnFormats?.[c] : undefined);
      let code = object.format ? untaggedFormat(numberFormatCode(object.format, object.decimals)) : format ? sheetsNumberFormats[format] : automaticFormat;
      if ((object.format === 'date' || object.format === 'month') && typeof value === 'string') {
        const serial = serialOfIsoDate(value);
        if (serial !== null) value = serial;
      }
      if (typeof value === 'string') code = textFormat;
      v.push(value === null ? '' : value);
      f.push(code);
      b.push(object.fill ? `#${object.fill.toLowerCase()}` : null);
      w.push(object.bold ? 'bold' : null);
      x.push(Boolean(object.wrap));
      anyWrap ||= Boolean(object.wrap);
      anyFill ||= Boolean(object.fill);
      anyBold ||= Boolean(object.bold);
      if (object.link && typeof value === 'string') links.push({ row: r, col: c, text: value, sheet: object.link.sheet, cell: object.link.cell });
    }
    values.push(v);
    formats.push(f);
    fills.push(b);
    weights.push(w);
    wraps.push(x);
  });
  return { values, formats, fills: anyFill ? fills : null, weights: anyBold ? weights : null, wraps: anyWrap ? wraps : null, links };
}

/**
 * Replaces (or creates) each output sheet. A sheet of the same name is removed and the new one takes
 * its tab position; sheets named `_cc_…` are hidden. Links to cells are set once every sheet exists.
 */
export function writeOutputSheets(services: GoogleServices, spreadsheet: Spreadsheet, sheets: readonly OutputSheet[]): void {
  const written: { sheet: Sheet; spec: OutputSheet; links: ReturnType<typeof sheetBlocks>['links'] }[] = [];
  for (const spec of sheets) {
    const target = replaceSheet(spreadsheet, spec.name);
    const blocks = sheetBlocks(spec);
    if (spec.rows.length) {
      const range = target.getRange(1, 1, blocks.values.length, blocks.values[0].length);
      // Formats first: a string lands in a plain-text cell and stays text.
      range.setNumberFormats(blocks.formats);
      range.setValues(blocks.values);
      if (blocks.fills) range.setBackgrounds(blocks.fills);
      if (blocks.weights) range.setFontWeights(blocks.weights);
      if (blocks.wraps) {
        // Wrapped text grows its row downwards, so it reads from the top (as the .xlsx writer sets it).
        range.setWraps(blocks.wraps);
        range.setVerticalAlignments(blocks.wraps.map((row) => row.map((wrap) => (wrap ? 'top' : null))));
      }
    }
    spec.columnWidths?.forEach((width, c) => {
      if (width > 0) target.setColumnWidth(c + 1, columnPixels(width));
    });
    if (spec.freezeRows) target.setFrozenRows(spec.freezeRows);
    writeColumnFormats(target, spec);
    for (const validation of spec.validations ?? []) {
      const range = rangeOfA1(target, validation.range);
      if (!range) continue;
      const rule = services.SpreadsheetApp.newDataValidation().requireValueInList([...validation.values], true).setAllowInvalid(true).build();
      range.setDataValidation(rule);
    }
    for (const chart of spec.charts ?? []) insertChart(services.Charts, target, chart);
    if (spec.hidden || spec.name.startsWith(bookkeepingPrefix)) target.hideSheet();
    written.push({ sheet: target, spec, links: blocks.links });
  }
  for (const { sheet, links } of written) writeLinks(services, spreadsheet, sheet, links);
}

/** A fresh sheet named `name` at the position of the old one (removed), or at the end. */
function replaceSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const old = findSheetNamed(spreadsheet, name);
  if (!old) return spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  const index = old.getIndex() - 1;
  // Insert under a temporary name first: a spreadsheet cannot be left without sheets, and two sheets cannot share a name.
  const fresh = spreadsheet.insertSheet(`${bookkeepingPrefix}nueva_${index}`, index);
  spreadsheet.deleteSheet(old);
  fresh.setName(name);
  return fresh;
}

/** Whole-column formats of a template sheet: rows 2 to the template's last data row. */
function writeColumnFormats(sheet: Sheet, spec: OutputSheet): void {
  const headerRows = Math.max(1, spec.freezeRows ?? 0);
  for (const [c, format] of Object.entries(spec.columnFormats ?? {})) {
    if (!format) continue;
    const from = Math.max(headerRows, spec.rows.length) + 1;
    const to = Math.max(templateDataRows + 1, from);
    sheet.getRange(from, Number(c) + 1, to - from + 1, 1).setNumberFormat(sheetsNumberFormats[format]);
  }
}

/** The range of an A1 reference (`B2:B1001`) on a sheet. */
function rangeOfA1(sheet: Sheet, ref: string) {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return sheet.getRange(Math.min(a.row, b.row) + 1, Math.min(a.col, b.col) + 1, Math.abs(b.row - a.row) + 1, Math.abs(b.col - a.col) + 1);
}

/**
 * Internal links as rich text pointing at `#gid=…&range=…`, one `setRichTextValues` per run of
 * consecutive link cells in a column (the `Celda` column of `Hallazgos` is usually one run).
 */
function writeLinks(services: GoogleServices, spreadsheet: Spreadsheet, sheet: Sheet, links: ReturnType<typeof sheetBlocks>['links']): void {
  if (!links.length) return;
  const ids = new Map<string, number | null>();
  const idOf = (name: string) => {
    if (!ids.has(name)) ids.set(name, findSheetNamed(spreadsheet, name)?.getSheetId() ?? null);
    return ids.get(name)!;
  };
  const byColumn = new Map<number, typeof links>();
  for (const link of links) byColumn.set(link.col, [...(byColumn.get(link.col) ?? []), link]);
  for (const [col, cells] of byColumn) {
    cells.sort((x, y) => x.row - y.row);
    let run: RichTextValue[][] = [];
    let start = -1;
    let previous = -2;
    const flush = () => {
      if (run.length) sheet.getRange(start + 1, col + 1, run.length, 1).setRichTextValues(run);
      run = [];
    };
    for (const link of cells) {
      if (link.row !== previous + 1) {
        flush();
        start = link.row;
      }
      const id = idOf(link.sheet);
      const builder = services.SpreadsheetApp.newRichTextValue().setText(link.text);
      run.push([(id === null ? builder : builder.setLinkUrl(`#gid=${id}&range=${link.cell}`)).build()]);
      previous = link.row;
    }
    flush();
  }
}

/** Pixels per row and per column of the chart anchors (Sheets' default row height and a typical column). */
const anchorPixels = { row: 21, column: 100 };

/** A native Sheets chart over ranges of its own sheet, as the core specifies it. */
export function insertChart(charts: ChartsEnums, sheet: Sheet, spec: ChartSpec): void {
  const builder = chartBuilder(charts, sheet, spec);
  if (builder) sheet.insertChart(builder.build());
}

/** The builder of a chart (not yet inserted); null when a range is malformed. */
export function chartBuilder(charts: ChartsEnums, sheet: Sheet, spec: ChartSpec): EmbeddedChartBuilder | null {
  const anchor = parseA1(spec.anchor.cell);
  const categories = rangeOfA1(sheet, spec.categories);
  if (!anchor || !categories) return null;
  const type = { column: charts.ChartType.COLUMN, columnStacked: charts.ChartType.COLUMN, bar: charts.ChartType.BAR, pie: charts.ChartType.PIE, line: charts.ChartType.LINE }[spec.kind];
  let builder = sheet.newChart().setChartType(type).setNumHeaders(0).addRange(categories);
  for (const s of spec.series) {
    const values = rangeOfA1(sheet, s.values);
    if (!values) return null;
    builder = builder.addRange(values);
  }
  const series: Record<number, Record<string, unknown>> = {};
  spec.series.forEach((s, i) => {
    series[i] = { labelInLegend: s.name, ...(spec.dataLabels ? { dataLabel: 'value' } : {}) };
  });
  builder = builder
    .setPosition(anchor.row + 1, anchor.col + 1, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.anchor.columns * anchorPixels.column)
    .setOption('height', spec.anchor.rows * anchorPixels.row)
    .setOption('series', series)
    .setOption('legend', { position: spec.series.length > 1 || spec.kind === 'pie' ? 'bottom' : 'none' });
  if (spec.kind === 'columnStacked') builder = builder.setOption('isStacked', true);
  // The value axis is horizontal on a bar chart.
  if (spec.max !== undefined) builder = builder.setOption(spec.kind === 'bar' ? 'hAxis' : 'vAxis', { viewWindow: { min: 0, max: spec.max } });
  return builder;
}
