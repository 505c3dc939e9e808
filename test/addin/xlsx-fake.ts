/** Moving an .xlsx file into the fake Excel (as Office.js would show it) and reading back what the CLI wrote. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { plainValue } from '../support/exceljs-reading';
import { sheetXml } from '../cli/xlsx-helpers';
import { colorRgb, patternFillRgb, themePalette } from '../../cli/xlsx/writer/styles';
import { parseRect, newSheet, type FakeBook, type FakeCell, type FakeValue } from './fake-excel';

/** Excel serial of a date whose UTC fields are the calendar date (1900 system). */
export const serialOf = (d: Date) => (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;

/** A value as Office.js returns it: dates as serial numbers, blanks as nothing. */
export function officeValue(v: ExcelJS.CellValue | undefined): FakeValue | undefined {
  const plain = plainValue(v);
  if (plain === null || plain === undefined) return undefined;
  if (plain instanceof Date) return serialOf(plain);
  return plain as FakeValue;
}

/** The theme palette of a workbook read by exceljs, read from its `theme1.xml` by the writer's code. */
function bookTheme(book: ExcelJS.Workbook): string[] {
  return themePalette((book as unknown as { _themes?: Record<string, string> })._themes?.theme1 ?? null);
}

/** An exceljs colour in SpreadsheetML's attributes (`argb` is the XML's `rgb`). */
function colorOf(color: (Partial<ExcelJS.Color> & { indexed?: number; tint?: number }) | undefined, theme: readonly string[]): string | null {
  return color ? colorRgb({ rgb: color.argb, theme: color.theme, indexed: color.indexed, tint: color.tint }, theme) : null;
}

/** A cell fill read by exceljs as the `RRGGBB` it shows (the writer's rules), or null for no fill. */
function fillRgb(fill: ExcelJS.Fill | undefined, theme: readonly string[]): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') return patternFillRgb(fill.pattern, () => colorOf(fill.fgColor, theme), () => colorOf(fill.bgColor, theme));
  return colorOf(fill.stops?.[0]?.color, theme);
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** The workbook of an .xlsx file as the fake Excel holds it: values, number formats, fills, notes, merges, hidden sheets. */
export async function fakeBookFromXlsx(data: Buffer): Promise<FakeBook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  const theme = bookTheme(book);
  return {
    dateSystem: book.properties?.date1904 ? '1904' : '1900',
    selection: null,
    activeSheet: book.worksheets[0]?.name ?? null,
    sheets: book.worksheets.map((ws) => {
      const sheet = newSheet(ws.name);
      sheet.visibility = ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible';
      ws.eachRow({ includeEmpty: false }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (c, col) => {
          const cell: FakeCell = {};
          if (c.type !== ExcelJS.ValueType.Merge) {
            const v = officeValue(c.value);
            if (v !== undefined) cell.value = v;
          }
          if (c.numFmt) cell.format = c.numFmt;
          const fill = fillRgb(c.style?.fill, theme);
          if (fill) cell.fill = fill;
          const note = noteText(c.note);
          if (note !== undefined) cell.note = note;
          if (c.font?.bold) cell.bold = true;
          if (c.alignment?.wrapText) cell.wrap = true;
          if (Object.keys(cell).length) sheet.cells.set(r - 1, col - 1, cell);
        });
      });
      const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
      if (view?.state === 'frozen') sheet.frozenRows = view.ySplit ?? 0;
      sheet.merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map((m) => parseRect(m));
      return sheet;
    }),
  };
}

/** One cell of the CLI's result workbook, in the terms the fake records. */
export interface CliCell {
  value?: FakeValue;
  format: string;
  bold: boolean;
  wrap: boolean;
  fill?: string;
  note?: string;
}

export interface CliSheet {
  name: string;
  hidden: boolean;
  cells: Map<string, CliCell>;
  links: Map<string, string>;
  frozenRows: number;
  chartTitles: string[];
}

/** Reads the CLI's result workbook: every sheet's cells, internal links, charts' titles. */
export async function readCliResult(data: Buffer): Promise<Map<string, CliSheet>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  const theme = bookTheme(book);
  const zip = await JSZip.loadAsync(data);
  const out = new Map<string, CliSheet>();
  for (const ws of book.worksheets) {
    const cells = new Map<string, CliCell>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: true }, (c) => {
        const value = officeValue(c.value);
        const fill = fillRgb(c.style?.fill, theme) ?? undefined;
        const note = noteText(c.note);
        if (value === undefined && !fill && note === undefined) return;
        cells.set(c.address, { value, format: c.numFmt ?? 'General', bold: !!c.font?.bold, wrap: !!c.alignment?.wrapText, fill, note });
      });
    });
    const links = new Map<string, string>();
    const chartTitles: string[] = [];
    const { path: part, xml } = await sheetXml(zip, ws.name);
    {
      for (const [tag] of xml.matchAll(/<hyperlink(?=[\s/>])[^>]*>/g)) {
        const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        const location = attr('location');
        if (location) links.set(attr('ref')!, location);
      }
      const rels = zip.file(part.replace(/([^/]+)$/, '_rels/$1.rels'));
      const drawingTarget = rels ? /Target="([^"]*drawing[^"]*)"/.exec(await rels.async('string'))?.[1] : undefined;
      if (drawingTarget) {
        const drawing = `xl/drawings/${drawingTarget.split('/').pop()}`;
        const drawingRels = zip.file(drawing.replace(/([^/]+)$/, '_rels/$1.rels'));
        for (const m of (await drawingRels?.async('string'))?.matchAll(/Target="([^"]+)"/g) ?? []) {
          const chartXml = await zip.file(`xl/charts/${m[1].split('/').pop()}`)?.async('string');
          const title = chartXml ? /<c:title>.*?<a:t>([^<]*)<\/a:t>/.exec(chartXml)?.[1] : undefined;
          if (title !== undefined) chartTitles.push(title.replace(/&amp;/g, '&'));
        }
      }
    }
    const view = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
    out.set(ws.name, { name: ws.name, hidden: ws.state !== 'visible', cells, links, frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0, chartTitles });
  }
  return out;
}
