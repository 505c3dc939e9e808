/**
 * Where each month's presentation is recorded: the hidden sheet `_cc_diapositivas` of the workbook
 * itself (month, presentation id, link, last update), so a re-run for the same month redraws that
 * presentation in place, and the record travels with the workbook (a copy of the spreadsheet
 * keeps it; the user can unhide the sheet to see the links).
 */
import type { OutputSheet } from '../core/output';
import { normalizeName } from '../core/text';
import type { RawWorkbook } from '../core/workbook';
import { bookkeepingPrefix } from './write';

export const presentationsSheetName = `${bookkeepingPrefix}diapositivas`;

const header = ['Mes', 'Presentación', 'Enlace', 'Actualizada'];

export interface PresentationRecord {
  month: string;
  id: string;
  url: string;
  updated: string;
}

/** Every recorded presentation (rows without a month or id are ignored). */
export function presentationRecords(workbook: RawWorkbook): PresentationRecord[] {
  const sheet = workbook.sheets.find((s) => normalizeName(s.name) === normalizeName(presentationsSheetName));
  if (!sheet) return [];
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  return sheet.values
    .slice(1)
    .map((row) => ({ month: text(row[0]), id: text(row[1]), url: text(row[2]), updated: text(row[3]) }))
    .filter((r) => /^\d{4}-\d{2}$/.test(r.month) && r.id !== '');
}

/** The presentation recorded for a month, if any. */
export function presentationOf(workbook: RawWorkbook, month: string): PresentationRecord | undefined {
  return presentationRecords(workbook).find((r) => r.month === month);
}

/** The record sheet with this month's presentation set (other months kept), months in order. */
export function recordPresentation(workbook: RawWorkbook, month: string, id: string, url: string, updated: string): OutputSheet {
  const records = presentationRecords(workbook).filter((r) => r.month !== month);
  records.push({ month, id, url, updated });
  records.sort((a, b) => a.month.localeCompare(b.month));
  return { name: presentationsSheetName, hidden: true, rows: [header, ...records.map((r) => [r.month, r.id, r.url, r.updated])] };
}
