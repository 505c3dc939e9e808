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
  // Per sheet: the month of a 1-based sheet row, when the row has a readable one.
  const rowMonths = new Map<string, (row: number) => string | undefined>();
  const index = (sheet: string | null, rows: readonly { row: number; month?: string }[]) => {
    if (!sheet) return;
    const m = new Map<number, string>();
    for (const r of rows) if (r.month) m.set(r.row, r.month);
    rowMonths.set(sheet, (row) => m.get(row));
  };
  for (const t of [data.canales, data.points, data.types, data.virtual, data.reported]) {
    index(t.sheetName, t.rows.map((r) => ({ row: r.row, month: (r.values as { month?: { value: string } }).month?.value })));
  }
  // The log's rows are in sheet order: found by bisection, no index built over a million rows.
  const log = data.log;
  if (log.sheetName) {
    rowMonths.set(log.sheetName, (row) => {
      let lo = 0;
      let hi = log.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const r = log.sheetRows[mid];
        if (r === row) return log.month[mid] >= 0 ? log.months[log.month[mid]] : undefined;
        if (r < row) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    });
  }
  return findings.filter((f) => {
    if (f.sheet === null) return true;
    const sheet = rowMonths.get(f.sheet);
    if (!sheet) return true;
    const at = f.cell ? parseA1(f.cell.split(':')[0]) : null;
    const rowMonth = at ? sheet(at.row + 1) : undefined;
    return rowMonth === undefined || months.has(rowMonth);
  });
}
