/**
 * The shape of a custom function, host-neutral: Excel's `functions.json` (and its Spanish and
 * English metadata) and the Google Sheets stubs are generated from these declarations, and each
 * host's glue calls `run` with the cell values it received.
 */
import type { Bilingual } from '../i18n';

/**
 * A single cell value as a spreadsheet passes it to a function (blank: null or ""), or a calendar
 * date: a `Date` whose UTC fields are the day (the workbook port convention). Excel passes dates
 * as serial numbers; the Sheets glue turns Sheets' date instants into calendar dates. A function
 * returns dates as calendar dates too, and each host writes them as date cells.
 */
export type FunctionScalar = string | number | boolean | Date | null;
/** A range: a 2-D array, rows first. */
export type FunctionMatrix = FunctionScalar[][];
/** An argument: a scalar, a range, or nothing (an omitted optional parameter: null or undefined). */
export type FunctionArg = FunctionScalar | FunctionMatrix | undefined;
/** A result: a scalar, or a 2-D array that spills. */
export type FunctionResult = FunctionScalar | FunctionMatrix;

/** The value types a spreadsheet declares for parameters and results. */
export type FunctionValueType = 'number' | 'string' | 'boolean' | 'any';

export interface FunctionParam {
  /** Shown in the formula tooltip; ASCII lower case, no spaces (hosts use it as an identifier). */
  name: Bilingual;
  description: Bilingual;
  type: FunctionValueType;
  /** True for a range (a 2-D array). */
  matrix?: boolean;
  optional?: boolean;
}

export interface CustomFunctionSpec {
  /** Never change a shipped id: workbooks store formulas by it. Upper case ASCII, `_` allowed. */
  id: string;
  /** The name typed after the namespace (`CC.INDICADOR`): upper case ASCII, `_` allowed. */
  name: Bilingual;
  description: Bilingual;
  params: readonly FunctionParam[];
  result: { type: FunctionValueType; matrix?: boolean };
  /** The implementation: a thin call into the core. Throws `FunctionInputError` for bad arguments. */
  run: (...args: FunctionArg[]) => FunctionResult;
}

/** The calendar date of an ISO `YYYY-MM-DD` day: a `Date` at that day's UTC midnight. */
export function calendarDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** True for a `Date` (also one made in another realm, as Apps Script's or a sandbox's). */
export function isDateValue(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Bad arguments (`invalid`: the sheet shows `#VALUE!`) or a value that does not exist for valid
 * arguments (`notAvailable`: `#N/A`), with the reason in both languages. Never a wrong number.
 */
export class FunctionInputError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly kind: 'invalid' | 'notAvailable' = 'invalid',
  ) {
    super(text.es);
    this.name = 'FunctionInputError';
  }
}
