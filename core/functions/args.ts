/** Reading function arguments by the workbook's reading rules; anything unreadable is a `FunctionInputError`. */
import type { Bilingual } from '../i18n';
import type { CellValue, RawWorkbook } from '../workbook';
import { isBlank, parseMonth, parseNumber, readPercentCell, resolvePercentColumn } from '../table';
import { FunctionInputError, type FunctionArg, type FunctionMatrix, type FunctionScalar } from './types';

/** Throws an invalid-argument error. */
export function invalid(es: string, en: string): never {
  throw new FunctionInputError({ es, en });
}

/** Throws a not-available error (valid arguments, no such value). */
export function notAvailable(es: string, en: string): never {
  throw new FunctionInputError({ es, en }, 'notAvailable');
}

const shown = (v: unknown) => (typeof v === 'string' ? `«${v}»` : String(v));

/** True when an argument was omitted or its cell is blank. */
export function omitted(v: FunctionArg): v is null | undefined | '' {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A scalar argument: a 1×1 range counts as its only cell; a larger range is an error. */
export function scalar(v: FunctionArg, name: Bilingual): FunctionScalar {
  if (!Array.isArray(v)) return v ?? null;
  if (v.length === 1 && v[0]?.length === 1) return v[0][0];
  return invalid(`«${name.es}» debe ser una sola celda, no un rango.`, `“${name.en}” must be a single cell, not a range.`);
}

/** A required single-cell argument, as the core reads cells; omitted or blank is an error naming the parameter. */
export function requiredCell(v: FunctionArg, name: Bilingual): CellValue {
  const s = scalar(v, name);
  if (omitted(s)) invalid(`Falta «${name.es}».`, `“${name.en}” is missing.`);
  return s as CellValue;
}

/** A range argument as a 2-D array (a single value becomes a 1×1 range). */
export function matrix(v: FunctionArg, name: Bilingual): FunctionMatrix {
  if (Array.isArray(v)) return v.map((row) => (Array.isArray(row) ? row : [row]));
  if (omitted(v)) invalid(`Falta el rango «${name.es}».`, `The range “${name.en}” is missing.`);
  return [[v as FunctionScalar]];
}

/** Every cell of a range, rows first. */
export function cells(m: FunctionMatrix): FunctionScalar[] {
  return m.flat();
}

/** A required number (Colombian or plain notation). */
export function requiredNumber(v: FunctionArg, name: Bilingual): number {
  const s = requiredCell(v, name);
  const n = parseNumber(s);
  if (n.kind !== 'ok') invalid(`«${name.es}» debe ser un número, no ${shown(s)}.`, `“${name.en}” must be a number, not ${shown(s)}.`);
  return n.value;
}

/** A required whole number ≥ `min`. */
export function requiredCount(v: FunctionArg, name: Bilingual, min = 0): number {
  const n = requiredNumber(v, name);
  if (!Number.isInteger(n) || n < min) invalid(`«${name.es}» debe ser un número entero mayor o igual que ${min}, no ${n}.`, `“${name.en}” must be a whole number of at least ${min}, not ${n}.`);
  return n;
}

/**
 * Percentages in points (0–100): `98,3 %` text is points; bare numbers are fractions when every one
 * of them is ≤ 1 (Excel's `%` cells), else points (workbook.md). Blank cells stay null.
 */
export function percentPoints(values: readonly FunctionScalar[], name: Bilingual): (number | null)[] {
  const parsed = resolvePercentColumn(values.map((v) => readPercentCell(v as CellValue)));
  return parsed.map((p, i) => {
    if (p.kind === 'blank') return null;
    if (p.kind === 'invalid') return invalid(`«${name.es}» debe ser un porcentaje, no ${shown(values[i])}.`, `“${name.en}” must be a percentage, not ${shown(values[i])}.`);
    if (p.value < 0 || p.value > 100) return invalid(`«${name.es}» debe estar entre 0 % y 100 %, no ${p.value} %.`, `“${name.en}” must be between 0 % and 100 %, not ${p.value} %.`);
    return p.value;
  });
}

/** A required month as `YYYY-MM`. */
export function requiredMonth(v: FunctionArg, name: Bilingual): string {
  const s = requiredCell(v, name);
  const m = parseMonth(s);
  if (m.kind !== 'ok')
    invalid(
      `«${name.es}»: no se reconoce el mes ${shown(s)}. Use 2025-02, febrero 2025 o una fecha del mes.`,
      `“${name.en}”: the month ${shown(s)} is not recognised. Use 2025-02, February 2025 or a date in the month.`,
    );
  return m.value;
}

/** Optional text (blank → null). */
export function optionalText(v: FunctionArg, name: Bilingual): string | null {
  const s = scalar(v, name);
  return omitted(s) ? null : String(s).trim();
}

/** A workbook of one sheet holding a range (header row first), so the core reads it as it reads that sheet. */
export function rangeWorkbook(sheetName: string, m: FunctionMatrix): RawWorkbook {
  const values: CellValue[][] = m.map((row) => row.map((v) => (isBlank(v as CellValue) ? null : (v as CellValue))));
  return { sheets: [{ name: sheetName, values }] };
}
