/**
 * A sheet the tool writes whole (an output sheet, a template or example sheet) as a worksheet
 * part: values (strings always as inline text, never formulas), one cell format per look,
 * column widths wide enough for their text, a frozen header, drop-down lists, internal links,
 * landscape one-page-wide printing and the drawing that holds its charts.
 */
import { cellObject, inLocale, numberFormatCode, numberFormatCodes, type NumberFormat, type OutputSheet } from '../../../core/output';
import { writtenValue, serialDate } from './cells';
import { resolveChart, type ResolvedChart } from './charts';
import type { CellLook, Styles } from './styles';
import { cellText, xmlEscape } from './xml';
import { parseCellRef } from './worksheet';
import { columnLetters } from '../../../core/workbook';

/** One cell as written. */
export interface WrittenCell {
  value: string | number | boolean | Date | null;
  look?: CellLook;
  /** An internal link to a cell of the workbook. */
  link?: { sheet: string; cell: string };
}

/** A sheet as the writer lays it out. */
export interface SheetModel {
  name: string;
  rows: (WrittenCell | null)[][];
  /** Widths in characters; a missing or 0 width is fitted to the column's text. */
  columnWidths?: number[];
  /** A look given to whole columns (`<col style>`), so rows typed later get it too. */
  columnLooks?: Partial<Record<number, CellLook>>;
  freezeRows?: number;
  hidden?: boolean;
  validations?: { range: string; formula: string }[];
  charts?: ResolvedChart[];
  /** Printed landscape, one page wide (output sheets). */
  printWide?: boolean;
}

/** Sheets whose name starts with this are the tool's bookkeeping: written hidden. */
export const bookkeepingPrefix = '_cc_';
/** Hidden sheet holding drop-down lists too long (or with commas) for an inline list. */
export const listsSheetName = `${bookkeepingPrefix}listas`;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The writer's model of core output sheets. Drop-down lists that do not fit inline (more than 255
 * characters, or values with commas) are placed in a hidden lists sheet, returned last.
 */
export function sheetModels(sheets: readonly OutputSheet[]): SheetModel[] {
  const lists: string[][] = [];
  const models = sheets.map((sheet) => {
    const model = outputSheetModel(sheet);
    model.validations = (sheet.validations ?? []).map((v) => {
      const inline = `"${v.values.join(',').replace(/"/g, '""')}"`;
      if (inline.length <= 255 && !v.values.some((x) => x.includes(','))) return { range: v.range, formula: inline };
      lists.push([...v.values]);
      const letters = columnLetters(lists.length - 1);
      return { range: v.range, formula: `'${listsSheetName}'!$${letters}$1:$${letters}$${Math.max(1, v.values.length)}` };
    });
    return model;
  });
  if (lists.length) {
    const height = Math.max(...lists.map((l) => l.length));
    const rows: (WrittenCell | null)[][] = [];
    for (let r = 0; r < height; r++) rows.push(lists.map((l) => (r < l.length ? { value: l[r] } : null)));
    models.push({ name: listsSheetName, rows, hidden: true });
  }
  return models;
}

function outputSheetModel(sheet: OutputSheet): SheetModel {
  const headerRows = Math.max(1, sheet.freezeRows ?? 0);
  const rows = sheet.rows.map((row, r) =>
    row.map((raw, c): WrittenCell | null => {
      if (raw === null || raw === undefined) return null;
      const object = cellObject(raw);
      const value = writtenValue(raw);
      const columnFormat = r >= headerRows ? sheet.columnFormats?.[c] : undefined;
      const format: NumberFormat | undefined = object.format ?? columnFormat;
      const look: CellLook = {};
      if (format) look.numFmt = object.format ? numberFormatCode(object.format, object.decimals, sheet.locale) : inLocale(numberFormatCodes[format], sheet.locale);
      if (object.bold) look.bold = true;
      if (object.wrap) look.wrap = true;
      if (object.fill) look.fill = object.fill.toUpperCase();
      if (object.link) look.link = true;
      const date = (object.format === 'date' || object.format === 'month') && typeof value === 'string' ? isoDate.exec(value) : null;
      return {
        value: date ? new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]))) : value,
        look,
        link: object.link,
      };
    }),
  );
  const columnLooks: Partial<Record<number, CellLook>> = {};
  for (const [c, format] of Object.entries(sheet.columnFormats ?? {})) if (format) columnLooks[Number(c)] = { numFmt: inLocale(numberFormatCodes[format], sheet.locale) };
  return {
    name: sheet.name,
    rows,
    columnWidths: sheet.columnWidths,
    columnLooks,
    freezeRows: sheet.freezeRows,
    hidden: sheet.hidden || sheet.name.startsWith(bookkeepingPrefix),
    charts: (sheet.charts ?? []).map((spec) => resolveChart(spec, sheet.rows)),
    printWide: true,
  };
}

/** How many characters a cell's text takes on screen (numbers as shown with separators). */
function shownLength(cell: WrittenCell): number {
  const v = cell.value;
  if (v === null) return 0;
  if (v instanceof Date) return 10;
  if (typeof v === 'boolean') return 5;
  if (typeof v === 'number') {
    const code = cell.look?.numFmt ?? '';
    if (code.includes('%')) return (Math.abs(v * 100) >= 100 ? 3 : 2) + (code.includes('0.0') ? 2 : 0) + 3;
    if (/yy|dd/.test(code)) return 10;
    const digits = Math.trunc(Math.abs(v)).toString().length;
    const decimals = code.includes('.') ? Math.min(3, (String(v).split('.')[1] ?? '').length) + 1 : Number.isInteger(v) ? 0 : 3;
    return digits + Math.floor((digits - 1) / 3) + decimals + (v < 0 ? 1 : 0);
  }
  // The longest line of a multi-line text.
  return Math.max(...String(v).split('\n').map((l) => l.length));
}

const minWidth = 8;
const maxWidth = 60;

/** Column widths: the given ones, else fitted to the longest text of the column (bold a little wider). */
export function fittedWidths(model: SheetModel): number[] {
  const count = Math.max(model.columnWidths?.length ?? 0, ...model.rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < count; c++) {
    const given = model.columnWidths?.[c];
    if (given && given > 0) {
      widths.push(given);
      continue;
    }
    let longest = 0;
    for (const row of model.rows) {
      const cell = row[c];
      // A cell alone in its row (a title, a section line) may run over the empty cells beside it.
      if (!cell || row.filter((x) => x && x.value !== null && x.value !== '').length < 2) continue;
      longest = Math.max(longest, shownLength(cell) * (cell.look?.bold ? 1.1 : 1));
    }
    widths.push(Math.min(maxWidth, Math.max(minWidth, Math.ceil(longest) + 2)));
  }
  return widths;
}

/** A1 range of a model's used cells. */
function dimension(model: SheetModel): string {
  const height = model.rows.length;
  const width = Math.max(1, ...model.rows.map((r) => r.length));
  return height ? `A1:${columnLetters(width - 1)}${height}` : 'A1';
}

/** The worksheet XML of a model. `drawingRelId`: the relationship of its charts' drawing, when it has charts. */
export function worksheetXml(model: SheetModel, styles: Styles, options: { date1904: boolean; drawingRelId?: string }): string {
  const widths = fittedWidths(model);
  const freeze = model.freezeRows ?? 0;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.push('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">');
  if (model.printWide) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${dimension(model)}"/>`);
  out.push('<sheetViews><sheetView workbookViewId="0">');
  if (freeze > 0) {
    const top = `A${freeze + 1}`;
    out.push(`<pane ySplit="${freeze}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>`);
  }
  out.push('</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>');
  if (widths.length) {
    out.push('<cols>');
    widths.forEach((w, c) => {
      const look = model.columnLooks?.[c];
      const style = look ? ` style="${styles.xfFor(look)}"` : '';
      out.push(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"${style}/>`);
    });
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const links: string[] = [];
  model.rows.forEach((row, r) => {
    const cells: string[] = [];
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell) return;
      const ref = `${columnLetters(c)}${r + 1}`;
      let look = cell.look ?? {};
      // Which text wraps is the core's decision (core/output fitColumns), the same on every host; text
      // with line breaks wraps so its lines show.
      const multiline = typeof cell.value === 'string' && cell.value.includes('\n');
      if (typeof cell.value === 'string' && (look.wrap || multiline)) {
        look = { ...look, wrap: true };
        lines = Math.max(lines, wrappedLines(cell.value, widths[c] ?? maxWidth, !!look.bold));
      }
      const xf = styles.xfFor(look);
      const s = xf ? ` s="${xf}"` : '';
      const v = cell.value;
      if (cell.link) links.push(`<hyperlink ref="${ref}" location="${xmlEscape(linkLocation(cell.link))}" display="${xmlEscape(`${cell.link.sheet}!${cell.link.cell}`)}"/>`);
      if (v === null || v === '') {
        if (xf) cells.push(`<c r="${ref}"${s}/>`);
      } else if (typeof v === 'string') {
        cells.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellText(excelText(v))}</t></is></c>`);
      } else if (typeof v === 'boolean') {
        cells.push(`<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`);
      } else if (v instanceof Date) {
        const serial = serialDate(v, options.date1904);
        cells.push(Number.isFinite(serial) ? `<c r="${ref}"${s}><v>${serial}</v></c>` : `<c r="${ref}"${s}/>`);
      } else if (Number.isFinite(v)) {
        cells.push(`<c r="${ref}"${s}><v>${v}</v></c>`);
      } else if (xf) {
        cells.push(`<c r="${ref}"${s}/>`);
      }
    });
    // Rows of wrapped text get their height: Excel keeps a stored height and does not refit rows on opening.
    const height = lines > 1 ? ` ht="${lines * lineHeight}" customHeight="1"` : '';
    if (cells.length) out.push(`<row r="${r + 1}"${height}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (model.validations?.length) {
    out.push(`<dataValidations count="${model.validations.length}">`);
    for (const v of model.validations) {
      // A warning, not a stop: aliases the readers accept (`Teléfono`) stay possible; checks report the rest.
      out.push(`<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${xmlEscape(v.range.replace(/\$/g, ''))}"><formula1>${xmlEscape(v.formula)}</formula1></dataValidation>`);
    }
    out.push('</dataValidations>');
  }
  if (links.length) out.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (model.printWide) out.push('<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
  if (options.drawingRelId) out.push(`<drawing r:id="${options.drawingRelId}"/>`);
  out.push('</worksheet>');
  return out.join('');
}

/** Points per line of 11-point text (Excel's default row height). */
const lineHeight = 15;

/**
 * Lines a text takes when wrapped in a column `width` characters wide: words are laid greedily,
 * counting each character as one `0` (Calibri's letters are mostly narrower, so this errs on
 * the side of a taller row, never a cut one).
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const capacity = Math.max(1, Math.floor((width - 1) / (bold ? 1.1 : 1)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const need = line === 0 ? word.length : line + 1 + word.length;
      if (need <= capacity) line = need;
      else if (line === 0) {
        lines += Math.ceil(word.length / capacity) - 1;
        line = word.length % capacity;
      } else {
        lines++;
        line = word.length > capacity ? word.length % capacity : word.length;
        if (word.length > capacity) lines += Math.ceil(word.length / capacity) - 1;
      }
    }
  }
  return Math.min(lines, 27); // 409 points is Excel's highest row
}

/** Excel holds at most 32.767 characters in a cell; a longer text is cut on a character boundary. */
function excelText(text: string): string {
  if (text.length <= 32767) return text;
  const cut = text.slice(0, 32767);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** `'Sheet name'!E3`, the `location` of an internal link. */
export function linkLocation(target: { sheet: string; cell: string }): string {
  return `'${target.sheet.replace(/'/g, "''")}'!${target.cell}`;
}

/** True when a validation range is a valid A1 range (`B2:B1001`). */
export function isRange(range: string): boolean {
  return range.split(':').every((p) => parseCellRef(p) !== null);
}
