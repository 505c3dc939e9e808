/**
 * Reading an .xlsx file: the core's raw values come from our reader (reader/), and, until the
 * package-preserving writer replaces it, exceljs's model is also loaded for the writing path
 * (output sheets, marks, the result copy).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ProgressListener } from '../../core/workbook';
import type { XlsxBook } from './book';
import { sheetsWithCharts } from './charts';
import { UnusableInputError } from './errors';
import { sheetParts } from './ooxml';
import { readWorkbookBytes } from './reader';

export interface ReadFileOptions {
  onProgress?: ProgressListener;
  /**
   * Milliseconds spent, by what: `read` (our reader: package, structure, shared strings, and each
   * sheet parsed — lazily, so partly during the computation) and `writerModel` (exceljs's model,
   * loaded only for the writing path). For the benchmark's phase times.
   */
  timings?: { read: number; writerModel: number };
}

/** Reads a workbook file; missing files, other formats and broken packages throw `UnusableInputError`. */
export async function readWorkbookFile(file: string, options: ReadFileOptions = {}): Promise<XlsxBook> {
  const shown = path.basename(file);
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(`No se encontró el archivo «${file}».`);
    if (code === 'EISDIR') throw new UnusableInputError(`«${file}» es una carpeta, no un libro de Excel (.xlsx).`);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new UnusableInputError(`«${shown}» pesa más de 2 GB; ningún libro de Excel es tan grande.`);
    throw new UnusableInputError(`No se pudo leer el archivo «${file}» (${code ?? 'error'}).`);
  }
  const timings = options.timings;
  const t0 = performance.now();
  const { raw } = await readWorkbookBytes(data, shown, {
    onProgress: options.onProgress,
    onSheetParsed: timings ? (_, ms) => (timings.read += ms) : undefined,
  });
  const t1 = performance.now();
  if (timings) timings.read += t1 - t0;

  // The writing path (until the package-preserving writer lands): exceljs's model of the input.
  let book = new ExcelJS.Workbook();
  let copiedValuesOnly = false;
  // exceljs prints English warnings (sheet names over 31 characters): not for our users.
  const warn = console.warn;
  console.warn = () => {};
  try {
    await book.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs cannot load some valid packages (namespace prefixes, some rich text): the result
    // workbook then starts from the values we read.
    copiedValuesOnly = true;
    book = new ExcelJS.Workbook();
    copyValues(book, raw.sheets);
  } finally {
    console.warn = warn;
  }
  let inputChartSheets: string[] = [];
  try {
    const zip = await JSZip.loadAsync(data);
    inputChartSheets = await sheetsWithCharts(zip, await sheetParts(zip));
  } catch {
    // Our reader read the package; charts only matter for the note about what the copy loses.
  }
  if (timings) timings.writerModel += performance.now() - t1;
  return { book, raw, inputChartSheets, inputHadCharts: inputChartSheets.length > 0, extras: new Map(), copiedValuesOnly };
}

function copyValues(book: ExcelJS.Workbook, sheets: XlsxBook['raw']['sheets']): void {
  const used = new Set<string>();
  for (const sheet of sheets) {
    // exceljs writes names of at most 31 characters, unique regardless of case.
    let name = sheet.name.slice(0, 31);
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${sheet.name.slice(0, 31 - String(n).length - 1)}~${n}`;
    used.add(name.toLowerCase());
    const ws = book.addWorksheet(name);
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      });
    });
  }
}
