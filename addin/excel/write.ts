/**
 * Writing an action's results into the open workbook: output sheets replaced whole (cleared in
 * place, so the action stays one undo step: deleting a sheet cannot be undone), whole 2-D blocks
 * of values and number formats, styles by `RangeAreas`, internal links, drop-down lists, native
 * charts, and the reversible marks (fills and notes) on input cells. Strings are always written as
 * text (`@`), so a user's `=…` is never a formula and `2025-02` never becomes a date.
 */
import { cellObject, chartFormatCode, hostValue, numberFormatCode, numberFormatCodes, type CellMark, type ChartKind, type OutputSheet } from '../../core/output';
import { a1, a1Range, columnLetters, parseA1, type DateSystem } from '../../core/workbook';
import { excelSerial } from '../../core/accountability';
import type { CellState } from '../../core/checks';
import { jsonBytes, type SyncBudget } from './budget';
import type { ExcelCapabilities, ExcelSheetRead } from './read';
import type { ExcelContextLike, WorksheetLike } from './office-api';

/** Sheets whose name starts with this are the tool's bookkeeping (the marks record): hidden. */
export const bookkeepingPrefix = '_cc_';
/** Hidden sheet holding drop-down lists too long (or with commas) for an inline list. */
export const listsSheetName = `${bookkeepingPrefix}listas`;

const chartTypes: Record<ChartKind, string> = { column: 'ColumnClustered', bar: 'BarClustered', columnStacked: 'ColumnStacked', pie: 'Pie', line: 'LineMarkers' };
const linkColor = '#0563C1';
/** The longest `RangeAreas` address queued at once. */
const maxAddressLength = 2000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WriteTarget {
  context: ExcelContextLike;
  budget: SyncBudget;
  caps: ExcelCapabilities;
  dateSystem: DateSystem;
  /** The workbook's sheets as read (each output sheet replaces its namesake). */
  sheets: ExcelSheetRead[];
}

const sameName = (a: string, b: string) => a.toLocaleUpperCase('es') === b.toLocaleUpperCase('es');

/** The value written for an output cell: percent points as fractions at Excel's 15 digits, ISO dates as serials. */
function cellValue(raw: OutputSheet['rows'][number][number], dateSystem: DateSystem): string | number | boolean | null {
  const object = cellObject(raw);
  const value = hostValue(raw);
  if ((object.format === 'date' || object.format === 'month') && typeof value === 'string' && isoDate.test(value)) return excelSerial(value) - (dateSystem === '1904' ? 1462 : 0);
  return typeof value === 'number' && Number.isFinite(value) ? Number(value.toPrecision(15)) : value;
}

/** A1 areas of cells, consecutive cells of a row joined (`A1:H1`), in address strings short enough to queue. */
export function areaAddresses(cells: readonly { row: number; col: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const areas: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1].row === sorted[i].row && sorted[j + 1].col === sorted[j].col + 1) j++;
    areas.push(a1Range(sorted[i].row, sorted[i].col, sorted[j].row, sorted[j].col));
    i = j + 1;
  }
  const out: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current && current.length + area.length + 2 > maxAddressLength) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}, ${area}` : area;
  }
  if (current) out.push(current);
  return out;
}

/** Writes output sheets; each replaces its namesake whole (Excel's case-insensitive names), other sheets untouched. */
export async function writeOutputSheets(target: WriteTarget, outputs: readonly OutputSheet[]): Promise<void> {
  const { budget } = target;
  for (const sheet of outputs) {
    const existing = target.sheets.find((s) => sameName(s.name, sheet.name));
    let ws: WorksheetLike;
    if (existing) {
      ws = existing.worksheet;
      await budget.reserve(300);
      ws.getRange().clear('All');
      ws.getRange().dataValidation.clear();
      ws.freezePanes.unfreeze();
      for (const chart of existing.charts) chart.delete();
      existing.charts = [];
    } else {
      await budget.reserve(100 + sheet.name.length);
      ws = target.context.workbook.worksheets.add(sheet.name);
      // Hidden sheets are created beforehand (hiding cannot be undone inside an undo group); this is the fallback.
      if (sheet.hidden || sheet.name.startsWith(bookkeepingPrefix)) ws.visibility = 'Hidden';
      target.sheets.push({ name: sheet.name, visibility: sheet.hidden ? 'Hidden' : 'Visible', worksheet: ws, charts: [] });
    }
    await writeSheet(target, ws, sheet);
  }
}

async function writeSheet(target: WriteTarget, ws: WorksheetLike, sheet: OutputSheet): Promise<void> {
  const { budget, dateSystem } = target;
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const headerRows = Math.max(1, sheet.freezeRows ?? 0);

  // Values and number formats, whole row blocks.
  const bold: { row: number; col: number }[] = [];
  const wrapped: { row: number; col: number }[] = [];
  const links: { row: number; col: number; sheet: string; cell: string; text: string }[] = [];
  const fills = new Map<string, { row: number; col: number }[]>();
  let block: { values: unknown[][]; formats: unknown[][]; first: number; bytes: number } | null = null;
  const flushBlock = async () => {
    if (!block || !block.values.length) return;
    const range = ws.getRangeByIndexes(block.first, 0, block.values.length, width);
    await budget.reserve(block.bytes);
    // Formats first: a string lands in a cell already formatted as text.
    range.numberFormat = block.formats;
    range.values = block.values;
    block = null;
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const values: unknown[] = new Array(width).fill(null);
    const formats: unknown[] = new Array(width).fill(null);
    sheet.rows[r].forEach((raw, c) => {
      if (raw === null || raw === undefined) return;
      const object = cellObject(raw);
      const value = cellValue(raw, dateSystem);
      const columnFormat = r >= headerRows ? sheet.columnFormats?.[c] : undefined;
      values[c] = value;
      formats[c] = typeof value === 'string' ? '@' : object.format ? numberFormatCode(object.format, object.decimals) : columnFormat ? numberFormatCodes[columnFormat] : 'General';
      if (object.bold) bold.push({ row: r, col: c });
      if (object.wrap) wrapped.push({ row: r, col: c });
      if (object.fill) fills.set(object.fill, [...(fills.get(object.fill) ?? []), { row: r, col: c }]);
      if (object.link) links.push({ row: r, col: c, sheet: object.link.sheet, cell: object.link.cell, text: String(value ?? '') });
    });
    const bytes = jsonBytes(values) + jsonBytes(formats);
    if (block && block.bytes + bytes > budget.capacity / 2) await flushBlock();
    block ??= { values: [], formats: [], first: r, bytes: 0 };
    block.values.push(values);
    block.formats.push(formats);
    block.bytes += bytes;
  }
  await flushBlock();

  // Whole columns below the header take the template's formats (rows typed later too).
  for (const [c, format] of Object.entries(sheet.columnFormats ?? {})) {
    if (!format) continue;
    const letters = columnLetters(Number(c));
    await budget.reserve(80);
    ws.getRange(`${letters}${headerRows + 1}:${letters}1048576`).numberFormat = [[numberFormatCodes[format]]];
  }

  for (const address of areaAddresses(bold)) {
    await budget.reserve(address.length + 40);
    ws.getRanges(address).format.font.bold = true;
  }
  for (const address of areaAddresses(wrapped)) {
    await budget.reserve(address.length + 60);
    const format = ws.getRanges(address).format;
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
  for (const [fill, cells] of fills) {
    for (const address of areaAddresses(cells)) {
      await budget.reserve(address.length + 40);
      ws.getRanges(address).format.fill.color = `#${fill}`;
    }
  }
  for (const link of links) {
    const reference = `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
    await budget.reserve(reference.length + link.text.length + 60);
    ws.getRange(a1(link.row, link.col)).hyperlink = { documentReference: reference, textToDisplay: link.text };
  }
  for (const address of areaAddresses(links)) {
    await budget.reserve(address.length + 60);
    const font = ws.getRanges(address).format.font;
    font.color = linkColor;
    font.underline = 'Single';
  }

  for (const [c, chars] of (sheet.columnWidths ?? []).entries()) {
    if (!(chars > 0)) continue;
    const letters = columnLetters(c);
    await budget.reserve(60);
    // Excel measures widths in points; a character of the default font is about 7 px (0.75 pt each) plus padding.
    ws.getRange(`${letters}:${letters}`).format.columnWidth = Math.round((chars * 7 + 5) * 0.75);
  }

  for (const validation of sheet.validations ?? []) {
    const inline = validation.values.join(',');
    const source = inline.length <= 255 && !validation.values.some((v) => v.includes(',')) ? inline : await listSource(target, validation.values);
    await budget.reserve(source.length + validation.range.length + 120);
    const dv = ws.getRange(validation.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    // A warning, not a stop: aliases the readers accept stay possible; the checks report the rest.
    dv.errorAlert = { showAlert: true, style: 'Warning' };
  }

  for (const spec of sheet.charts ?? []) {
    const first = spec.series[0];
    if (!first) continue;
    const anchor = parseA1(spec.anchor.cell)!;
    const end = a1(anchor.row + spec.anchor.rows - 1, anchor.col + spec.anchor.columns - 1);
    await budget.reserve(400 + jsonBytes(spec));
    const [from, to = from] = first.values.split(':');
    const byRow = parseA1(from)!.row === parseA1(to)!.row && from !== to;
    const chart = ws.charts.add(chartTypes[spec.kind], ws.getRange(first.values), byRow ? 'Rows' : 'Columns');
    chart.title.text = spec.title;
    const firstSeries = chart.series.getItemAt(0);
    firstSeries.name = first.name;
    firstSeries.setXAxisValues(ws.getRange(spec.categories));
    for (const s of spec.series.slice(1)) {
      const series = chart.series.add(s.name);
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(spec.categories));
    }
    chart.setPosition(spec.anchor.cell, end);
    const legend = spec.kind === 'pie' || spec.series.length > 1;
    chart.legend.visible = legend;
    if (legend) chart.legend.position = spec.kind === 'pie' ? 'Right' : 'Bottom';
    if (spec.dataLabels) {
      chart.dataLabels.showValue = true;
      if (spec.format) chart.dataLabels.numberFormat = chartFormatCode(spec.format, spec.decimals);
    }
    // Axis labels need no decimals (`0 %`), the same codes the command line writes.
    if (spec.format && spec.kind !== 'pie') chart.axes.valueAxis.numberFormat = chartFormatCode(spec.format, 0);
    if (spec.max !== undefined && spec.kind !== 'pie') {
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = spec.format === 'percent' ? spec.max / 100 : spec.max;
    }
  }

  if (sheet.freezeRows) {
    await budget.reserve(40);
    ws.freezePanes.freezeRows(sheet.freezeRows);
  }
}

/** A list's values in the hidden lists sheet, returned as the validation source `='_cc_listas'!$A$1:$A$n`. */
async function listSource(target: WriteTarget, values: readonly string[]): Promise<string> {
  let lists = target.sheets.find((s) => sameName(s.name, listsSheetName));
  if (!lists) {
    await writeOutputSheets(target, [{ name: listsSheetName, hidden: true, rows: [] }]);
    lists = target.sheets.find((s) => sameName(s.name, listsSheetName))!;
  }
  const used = lists.listColumns ?? 0;
  lists.listColumns = used + 1;
  const letters = columnLetters(used);
  const rows = values.map((v) => [v]);
  const range = lists.worksheet.getRange(`${letters}1:${letters}${values.length}`);
  await target.budget.reserve(jsonBytes(rows) * 2);
  range.numberFormat = rows.map(() => ['@']);
  range.values = rows;
  return `='${listsSheetName}'!$${letters}$1:$${letters}$${values.length}`;
}

/**
 * The fill a mark must restore, from `getCellProperties`' `format.fill` (`color` as `#RRGGBB`,
 * `pattern` as Excel.FillPattern): the colour as `RRGGBB`, or null for no fill. Excel reports no
 * fill as white with pattern `None`; some builds give a null pattern for every cell
 * (OfficeDev/office-js#4900), so without a pattern any colour but white is a fill — only a white
 * fill then reads as none, which looks the same (docs/hosts-facts.md, fact 4).
 */
export function fillOfCellProperties(props: { color?: string; pattern?: string | null } | undefined): string | null {
  if (!props?.color) return null;
  const color = props.color.replace(/^#/, '').toUpperCase();
  if (props.pattern) return props.pattern === 'None' ? null : color;
  return color === 'FFFFFF' ? null : color;
}

/** Reads the fill and note of each cell (what a mark would have to restore). Notes are read where ExcelApi 1.18 has them. */
export async function readCellStates(target: WriteTarget, cells: readonly { sheet: string; cell: string }[]): Promise<Map<string, CellState>> {
  const out = new Map<string, CellState>();
  const pending: { key: string; fill: { value: { format?: { fill?: { color?: string; pattern?: string } } }[][] }; note: { isNullObject: boolean; content: string } | null }[] = [];
  const resolve = () => {
    for (const p of pending) {
      const fill = fillOfCellProperties(p.fill.value[0]?.[0]?.format?.fill);
      const note = p.note && !p.note.isNullObject ? p.note.content : null;
      out.set(p.key, { fill, note: note === '' ? null : note });
    }
    pending.length = 0;
  };
  for (const { sheet, cell } of cells) {
    const ws = target.sheets.find((s) => s.name === sheet)?.worksheet;
    const key = `${sheet}\u0000${cell}`;
    if (!ws) {
      out.set(key, { fill: null, note: null });
      continue;
    }
    const before = target.budget.syncs;
    await target.budget.reserve(600);
    if (target.budget.syncs !== before) resolve();
    const fill = ws.getRange(cell).getCellProperties({ format: { fill: { color: true, pattern: true } } });
    let note = null;
    if (target.caps.notes) {
      note = ws.notes.getItemOrNullObject(cell);
      note.load('content');
    }
    pending.push({ key, fill, note });
  }
  if (pending.length) {
    await target.budget.sync();
    resolve();
  }
  return out;
}

/**
 * Applies marks exactly: fills by `RangeAreas` per colour (cleared where null), notes added,
 * changed or deleted against the states read before. Values are never touched.
 */
export async function applyMarks(target: WriteTarget, marks: readonly CellMark[], states: ReadonlyMap<string, CellState>): Promise<void> {
  const bySheet = new Map<string, CellMark[]>();
  for (const m of marks) bySheet.set(m.sheet, [...(bySheet.get(m.sheet) ?? []), m]);
  for (const [sheetName, list] of bySheet) {
    const ws = target.sheets.find((s) => s.name === sheetName)?.worksheet;
    if (!ws) continue;
    const byFill = new Map<string | null, { row: number; col: number }[]>();
    for (const m of list) {
      const at = parseA1(m.cell);
      if (at) byFill.set(m.fill, [...(byFill.get(m.fill) ?? []), at]);
    }
    for (const [fill, cells] of byFill) {
      for (const address of areaAddresses(cells)) {
        await target.budget.reserve(address.length + 40);
        const areas = ws.getRanges(address);
        if (fill === null) areas.format.fill.clear();
        else areas.format.fill.color = `#${fill}`;
      }
    }
    if (!target.caps.notes) continue;
    for (const m of list) {
      const had = states.get(`${sheetName}\u0000${m.cell}`)?.note ?? null;
      if (m.note === had) continue;
      await target.budget.reserve((m.note?.length ?? 0) + 80);
      if (m.note === null) ws.notes.getItem(m.cell).delete();
      else if (had === null) ws.notes.add(m.cell, m.note);
      else ws.notes.getItem(m.cell).content = m.note;
    }
  }
}
