/**
 * Findings in their scope (issue 8, kind 6): the month's report — `revisar --mes`, the deck's
 * data-quality slide, `--estricto` — is about the service sheets and the months its figures rest on.
 * Accountability sheets' findings belong to their own actions and are counted apart.
 */
import { parseA1 } from '../workbook';
import type { Finding } from '../findings';
import { previousMonth } from '../table';
import type { ServiceData } from '../service';

/**
 * The months a month's report rests on: the month itself, the previous month (month-over-month) and
 * the earlier months of its year (year to date).
 */
export function reportMonths(month: string): Set<string> {
  const out = new Set([month, previousMonth(month)]);
  const year = month.slice(0, 4);
  for (let m = 1; m < Number(month.slice(5, 7)); m++) out.add(`${year}-${String(m).padStart(2, '0')}`);
  return out;
}

/**
 * The findings of a month's report: a finding on a service sheet's row of another month is left out;
 * those whose month cannot be told are kept (headers, whole-sheet findings, rows whose month could
 * not be read — they may be any month's — and the report's other sheets, such as `Configuración`).
 */
export function scopeFindings(findings: readonly Finding[], data: ServiceData, month: string): Finding[] {
  const months = reportMonths(month);
  const rowMonths = new Map<string, Map<number, string>>();
  const index = (sheet: string | null, rows: readonly { row: number; month?: string }[]) => {
    if (!sheet) return;
    const m = new Map<number, string>();
    for (const r of rows) if (r.month) m.set(r.row, r.month);
    rowMonths.set(sheet, m);
  };
  for (const t of [data.canales, data.points, data.types, data.virtual, data.reported]) {
    index(t.sheetName, t.rows.map((r) => ({ row: r.row, month: (r.values as { month?: { value: string } }).month?.value })));
  }
  index(data.log.sheetName, data.log.rows.map((r) => ({ row: r.row, month: r.values.date?.value.slice(0, 7) })));
  return findings.filter((f) => {
    if (f.sheet === null) return true;
    const sheet = rowMonths.get(f.sheet);
    if (!sheet) return true;
    const at = f.cell ? parseA1(f.cell.split(':')[0]) : null;
    const rowMonth = at ? sheet.get(at.row + 1) : undefined;
    return rowMonth === undefined || months.has(rowMonth);
  });
}
