/**
 * In-memory workbooks carrying the cell evidence a host fills (workbook port): number-format kinds by
 * A1 address, formulas without a computed result, merged ranges, the date system. Each reproduces what
 * a real file gives the core, as the .xlsx reader, Office.js or Sheets deliver it.
 */
import { parseA1, type CellValue, type DateSystem, type FormatKind, type RawSheet, type RawWorkbook } from '../../../core/workbook';
import { computeServiceIndicators, type IndicatorValue } from '../../../core/service';
import { checkWorkbook } from '../../../core/checks';
import type { Finding } from '../../../core/findings';

export interface SheetEvidence {
  /** Format kind by A1 address or A1 range (`E3`, `A2:A4`). */
  formats?: Record<string, FormatKind>;
  /** A1 addresses of formulas without a computed result (their value must be null). */
  pending?: string[];
  /** Merged ranges in A1 (`A2:A4`). */
  merges?: string[];
}

function corners(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(':');
  const p = parseA1(a)!;
  const q = parseA1(b)!;
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** A raw sheet with its evidence. */
export function sheetOf(name: string, values: CellValue[][], evidence: SheetEvidence = {}): RawSheet {
  const sheet: RawSheet = { name, values: values.map((r) => [...r]) };
  if (evidence.formats) {
    const ranges = Object.entries(evidence.formats).map(([ref, kind]) => ({ ...corners(ref), kind }));
    sheet.formatOf = (row, col) => ranges.find((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)?.kind ?? 'general';
  }
  if (evidence.pending) sheet.pendingFormulas = evidence.pending.map((a) => parseA1(a)!);
  if (evidence.merges) sheet.merges = evidence.merges.map(corners);
  return sheet;
}

/** A workbook of sheets in a date system. */
export function workbookOf(sheets: RawSheet[], dateSystem?: DateSystem): RawWorkbook {
  return dateSystem ? { sheets, dateSystem } : { sheets };
}

/** The value of one indicator (undefined when absent). */
export function valueOf(values: readonly IndicatorValue[], id: string, month: string, channel: string, breakdown: string | null = null): number | undefined {
  return values.find((v) => v.id === id && v.month === month && v.channel === channel && (v.breakdown ?? null) === breakdown)?.value;
}

/** Indicators, months and findings of a workbook, as the checks see it. */
export function readAll(wb: RawWorkbook): { indicators: IndicatorValue[]; months: string[]; findings: Finding[] } {
  const { inputs, indicators } = computeServiceIndicators(wb);
  return { indicators, months: inputs.months, findings: checkWorkbook(wb).findings };
}

/** `code@cell` of each finding on a sheet. */
export function at(findings: readonly Finding[], sheet = 'Canales'): string[] {
  return findings.filter((f) => f.sheet === sheet).map((f) => `${f.code}@${f.cell}`);
}
