/** Reading an .xlsx file into exceljs's model and the core's raw values. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, RawSheet } from '../../core/workbook';
import type { XlsxBook } from './book';
import { sheetsWithCharts } from './charts';
import { UnusableInputError } from './errors';
import { sheetParts } from './ooxml';

/** The plain value of an exceljs cell value: formula → cached result, rich text → text, link → its text, error → its code. */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  if ('richText' in value) return plainValue(value.richText.map((r) => r.text).join(''));
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result);
  if ('hyperlink' in value) return plainValue((value as { text?: ExcelJS.CellValue }).text);
  return null;
}

/** One worksheet's used range from A1 as a rectangle (merged cells hold their value in the top-left cell only). */
export function rawSheet(ws: ExcelJS.Worksheet): RawSheet {
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const values: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = plainValue(cell.value);
      if (v !== null) values[c - 1] = v;
    });
    if (values.length) {
      rows[r - 1] = values;
      width = Math.max(width, values.length);
    }
  });
  const values: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const full: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) full[c] = row[c] ?? null;
    values[r] = full;
  }
  return { name: ws.name, values };
}

const oleSignature = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads a workbook file; missing files, other formats and broken packages throw `UnusableInputError`. */
export async function readWorkbookFile(file: string): Promise<XlsxBook> {
  const shown = path.basename(file);
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(`No se encontró el archivo «${file}».`);
    if (code === 'EISDIR') throw new UnusableInputError(`«${file}» es una carpeta, no un libro de Excel (.xlsx).`);
    throw new UnusableInputError(`No se pudo leer el archivo «${file}» (${code ?? 'error'}).`);
  }
  if (data.subarray(0, 4).equals(oleSignature))
    throw new UnusableInputError(`«${shown}» es un libro antiguo (.xls) o protegido con contraseña; guárdelo como .xlsx sin contraseña.`);
  const notWorkbook = new UnusableInputError(`«${shown}» no es un libro de Excel (.xlsx) válido.`);
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw notWorkbook;

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw notWorkbook;
  }
  const parts = await sheetParts(zip).catch(() => []);
  if (!parts.some((p) => p.kind === 'worksheet')) throw notWorkbook;

  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    throw notWorkbook;
  }
  const inputChartSheets = await sheetsWithCharts(zip, parts);
  return {
    book,
    raw: { sheets: book.worksheets.map(rawSheet) },
    inputChartSheets,
    inputHadCharts: inputChartSheets.length > 0,
    extras: new Map(),
  };
}
