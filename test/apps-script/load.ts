/** Loading an .xlsx workbook's cells (values, formats, fills, notes, merges) into the Sheets fake, as Google Sheets would import it. */
import ExcelJS from 'exceljs';
import { plainValue } from '../support/exceljs-reading';
import { openWorkbookPackage, type WorkbookPackage } from '../../cli/xlsx';
import { FakeGoogle, FakeRange, instantOfWallClock, type FakeSpreadsheet } from './fakes';

/** Reads an .xlsx file with exceljs. */
export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

/** A workbook as the tests load it: exceljs's cells, and the command line's package for fills and notes. */
export interface LoadedBook {
  book: ExcelJS.Workbook;
  pkg: WorkbookPackage;
}

/** Reads an .xlsx file's cells and, as the command line reads them, its fills and notes. */
export async function readLoadedBook(file: string): Promise<LoadedBook> {
  return { book: await readXlsx(file), pkg: await openWorkbookPackage(file) };
}

/** Copies every sheet into the fake spreadsheet (not counted as calls). */
export function loadBook(spreadsheet: FakeSpreadsheet, { book, pkg }: LoadedBook): void {
  for (const ws of book.worksheets) {
    const sheet = spreadsheet.addSheet(ws.name);
    sheet.hidden = ws.state !== 'visible';
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const target = sheet.cell(r, c, true);
        if (cell.type !== ExcelJS.ValueType.Merge) {
          const v = plainValue(cell.value);
          // Sheets returns a date cell as the instant of its wall-clock time in the spreadsheet's zone.
          target.value = v instanceof Date ? instantOfWallClock(v, spreadsheet.timeZone) : v ?? null;
          if (target.value instanceof Date) target.format = cell.numFmt || 'dd/mm/yyyy';
        }
        if (cell.numFmt && !(target.value instanceof Date)) target.format = cell.numFmt;
        const state = pkg.cellState(ws.name, cell.address);
        target.background = state.fill && state.fill !== 'FFFFFF' ? `#${state.fill.toLowerCase()}` : null;
        target.note = state.note ?? '';
        target.weight = cell.font?.bold ? 'bold' : null;
      });
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    for (const ref of merges) {
      const range = ws.getCell(ref.split(':')[0]);
      const end = ws.getCell(ref.split(':')[1]);
      sheet.merges.push(new FakeRange(sheet, Number(range.row), Number(range.col), Number(end.row) - Number(range.row) + 1, Number(end.col) - Number(range.col) + 1));
    }
  }
}

const books = new Map<string, Promise<LoadedBook>>();

/** A fake Google whose spreadsheet holds the cells of an .xlsx file (the file is parsed once per test file). */
export async function fakeWithWorkbook(file: string, options?: ConstructorParameters<typeof FakeGoogle>[0]): Promise<FakeGoogle> {
  const google = new FakeGoogle(options);
  if (!books.has(file)) books.set(file, readLoadedBook(file));
  loadBook(google.spreadsheet, await books.get(file)!);
  google.log.calls.length = 0;
  return google;
}
