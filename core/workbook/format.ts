/**
 * The kind of a spreadsheet number-format code (ECMA-376, the codes of Excel, Google Sheets and the
 * .xlsx styles), as cell evidence for the reading rules (workbook.md, "Cell evidence").
 *
 * The code is parsed by numfmt (the format library of GRID and jsfmt), not by a regular expression
 * of ours: quoted text (`"Mes" 0`), escapes (`\%`), brackets (`[$-240A]`, `[Red]`, `[h]`) and
 * sections (`0;-0;;@`) are where hand-written classifiers go wrong.
 */
import { getFormatInfo } from 'numfmt';
import type { FormatKind } from './index';

const kindOfType: Record<ReturnType<typeof getFormatInfo>['type'], FormatKind> = {
  general: 'general',
  text: 'text',
  percent: 'percent',
  date: 'date',
  datetime: 'date',
  // A time of day is a serial date's fraction: a number that is not a count.
  time: 'date',
  number: 'number',
  grouped: 'number',
  currency: 'number',
  fraction: 'number',
  scientific: 'number',
  error: 'general',
};

/**
 * The kind of a format code: `0.0%` → percent, `dd/mm/yyyy` → date, `@` → text, `#,##0` → number,
 * `General` or an empty code → general. Locale tags and colours do not change the kind
 * (`[$-240A]0.0 %` is percent). Never throws: an unparseable code is `general` (no evidence).
 */
export function formatKindOfCode(code: string | null | undefined): FormatKind {
  if (code === null || code === undefined || code.trim() === '') return 'general';
  try {
    return kindOfType[getFormatInfo(code).type] ?? 'general';
  } catch {
    return 'general';
  }
}
