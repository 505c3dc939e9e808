/**
 * Reading the open workbook into the core's `RawWorkbook`: every sheet's used range from A1 as
 * whole 2-D blocks (values and number formats, in chunks under the payload limits), its merged
 * areas, and the workbook's date system. Three syncs for a small workbook; more chunks, bounded,
 * for a large log.
 */
import type { CellRange, CellValue, DateSystem, FormatKind, RawSheet, RawWorkbook } from '../../core/workbook';
import { formatKindOfCode, parseA1 } from '../../core/workbook';
import { cellLimitPerRead, jsonBytes, type SyncBudget } from './budget';
import type { ChartLike, ExcelContextLike, RangeAreasLike, RangeLike, WorksheetLike } from './office-api';

/** A sheet of the open workbook as read. */
export interface ExcelSheetRead {
  name: string;
  visibility: string;
  worksheet: WorksheetLike;
  charts: ChartLike[];
  /** Lists sheet only: columns already holding drop-down lists. */
  listColumns?: number;
}

export interface ExcelWorkbookRead {
  raw: RawWorkbook;
  sheets: ExcelSheetRead[];
  dateSystem: DateSystem;
}

/** What the running Excel supports, from its requirement sets. */
export interface ExcelCapabilities {
  /** ExcelApi 1.13: merged areas of a range. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.20: `mergeUndoGroup`. */
  undoGroup: boolean;
}

const kindCodes: (FormatKind | undefined)[] = [undefined, 'general', 'number', 'percent', 'date', 'text'];
const kindCode = (k: FormatKind | undefined) => Math.max(0, kindCodes.indexOf(k));

/** First estimate of a cell's value plus its number format in the response, before one is measured. */
const initialBytesPerCell = 48;

interface Chunk {
  sheet: number;
  firstRow: number;
  rows: number;
  range: RangeLike;
}

/** Reads every sheet of the workbook. `budget` counts the syncs. */
export async function readWorkbook(context: ExcelContextLike, budget: SyncBudget, caps: ExcelCapabilities): Promise<ExcelWorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await budget.sync();

  const sheets = worksheets.items.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    worksheet.charts.load('items/name');
    const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { worksheet, used, merged };
  });
  // DATE(1904;1;1) is 0 in the 1904 date system and 1462 in the 1900 one: Office.js has no property for it.
  const date1904 = context.workbook.functions.date(1904, 1, 1);
  date1904.load('value');
  await budget.sync();
  const dateSystem: DateSystem = date1904.value === 0 ? '1904' : '1900';

  const sizes = sheets.map(({ used }) => (used.isNullObject ? { rows: 0, cols: 0 } : { rows: used.rowIndex + used.rowCount, cols: used.columnIndex + used.columnCount }));
  const values: CellValue[][][] = sizes.map((s) => new Array(s.rows));
  const kinds = sizes.map((s) => new Uint8Array(s.rows * s.cols));
  const formatCache = new Map<string, number>();

  // Chunks of whole rows, as many per sync as the budget holds; the size per cell is measured as it goes.
  let bytesPerCell = initialBytesPerCell;
  const queue: { sheet: number; firstRow: number }[] = sizes.map((_, i) => ({ sheet: i, firstRow: 0 })).filter((q) => sizes[q.sheet].rows > 0);
  while (queue.length) {
    const batch: Chunk[] = [];
    let room = budget.capacity;
    while (queue.length && room > 0) {
      const q = queue[0];
      const { rows, cols } = sizes[q.sheet];
      const fit = Math.floor(room / (bytesPerCell * cols));
      if (fit < 1 && batch.length) break;
      const take = Math.max(1, Math.min(rows - q.firstRow, fit, Math.floor(cellLimitPerRead / cols)));
      const range = sheets[q.sheet].worksheet.getRangeByIndexes(q.firstRow, 0, take, cols);
      range.load('values,numberFormat');
      batch.push({ sheet: q.sheet, firstRow: q.firstRow, rows: take, range });
      room -= take * cols * bytesPerCell;
      q.firstRow += take;
      if (q.firstRow >= rows) queue.shift();
    }
    await budget.sync();
    let measured = 0;
    let cells = 0;
    for (const chunk of batch) {
      const cols = sizes[chunk.sheet].cols;
      const v = chunk.range.values;
      const f = chunk.range.numberFormat;
      measured += jsonBytes(v) + jsonBytes(f);
      cells += chunk.rows * cols;
      for (let r = 0; r < chunk.rows; r++) {
        const row: CellValue[] = new Array(cols);
        for (let c = 0; c < cols; c++) {
          const raw = v[r][c];
          row[c] = raw === '' || raw === undefined ? null : raw;
          const code = String(f[r][c] ?? '');
          let kind = formatCache.get(code);
          if (kind === undefined) formatCache.set(code, (kind = kindCode(formatKindOfCode(code))));
          kinds[chunk.sheet][(chunk.firstRow + r) * cols + c] = kind;
        }
        values[chunk.sheet][chunk.firstRow + r] = row;
      }
    }
    if (cells) bytesPerCell = Math.max(8, Math.ceil((measured / cells) * 1.25));
  }

  const rawSheets: RawSheet[] = sheets.map(({ worksheet, merged }, i) => {
    const cols = sizes[i].cols;
    const kindsOf = kinds[i];
    const sheet: RawSheet = {
      name: worksheet.name,
      values: values[i],
      formatOf: (row, col) => (row < sizes[i].rows && col < cols ? kindCodes[kindsOf[row * cols + col]] : undefined),
    };
    if (merged) sheet.merges = mergedRanges(merged);
    return sheet;
  });
  return {
    raw: { sheets: rawSheets, dateSystem },
    sheets: sheets.map(({ worksheet }) => ({ name: worksheet.name, visibility: String(worksheet.visibility), worksheet, charts: worksheet.charts.items })),
    dateSystem,
  };
}

/** The merged ranges of a `RangeAreas` address (`Hoja!A1:B2, Hoja!C3:C4`), 0-based. */
export function mergedRanges(areas: RangeAreasLike): CellRange[] {
  if (areas.isNullObject || !areas.address) return [];
  const out: CellRange[] = [];
  // Each area is `Sheet!A1:B2`; a sheet name may hold commas, so areas are found by what follows `!`.
  for (const m of areas.address.matchAll(/!\$?([A-Za-z]{1,3}\$?\d+)(?::\$?([A-Za-z]{1,3}\$?\d+))?/g)) {
    const from = parseA1(m[1].replace(/\$/g, ''));
    const to = parseA1((m[2] ?? m[1]).replace(/\$/g, ''));
    if (from && to) out.push({ top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) });
  }
  return out;
}
