/**
 * Custom functions glue: each function of the registry (core/functions) associated with its id;
 * a bad argument becomes `#VALUE!` (a value that does not exist, `#N/A`) with the reason in
 * Excel's language, never a wrong number. Functions only read their arguments: no Excel API here.
 *
 * Dates: Excel passes them as serial numbers (the registry reads them). A date the registry returns
 * becomes its serial number carrying the `dd/mm/aaaa` format (a `Double` cell value, ExcelApi 1.19;
 * `FormattedNumber` on 1.16–1.18), so the cell shows a date with no formatting by hand; an Excel
 * without data types gets the bare serial (the cell needs a date format there). `functions.json`
 * allows such values (`allowCustomDataForDataTypeAny`), so an argument may also arrive as a cell
 * value object (another function's formatted date, a linked data type): its basic value is read.
 */
import { customFunctions, FunctionInputError, isDateValue, type CustomFunctionSpec, type FunctionArg, type FunctionResult, type FunctionScalar } from '../core/functions';
import type { Locale } from '../core/i18n';
import { numberFormatCodes, untaggedFormat } from '../core/output';
import { customFunctionsGlobal, officeGlobal, type CustomFunctionsGlobal } from './office-globals';

const localeNow = (): Locale => (/^en/i.test(officeGlobal()?.context?.displayLanguage ?? '') ? 'en' : 'es');

/** The number format of a date result: the output sheets' date format, without its locale tag. */
export const dateResultFormat = untaggedFormat(numberFormatCodes.date);

/** How this Excel can carry a date's format in a function's result. */
export type DateResultKind = 'double' | 'formattedNumber' | 'serial';

/** Asks Office which cell values this Excel takes (per call: cheap, and always the running Excel's answer). */
function dateResultKindNow(): DateResultKind {
  const requirements = officeGlobal()?.context?.requirements;
  if (requirements?.isSetSupported('ExcelApi', '1.19')) return 'double';
  if (requirements?.isSetSupported('ExcelApi', '1.16')) return 'formattedNumber';
  return 'serial';
}

/** An Excel cell value as Office.js describes it (`Excel.DoubleCellValue`, `Excel.FormattedNumberCellValue`). */
export interface FormattedDate {
  type: 'Double' | 'FormattedNumber';
  basicValue: number;
  numberFormat: string;
}

/** The 1900-system serial number of a calendar date (UTC fields). */
export function excelDateSerial(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) / 86_400_000 + 25_569;
}

/** A registry result as Excel takes it: dates as formatted serials (or bare ones), the rest as is. */
export function excelResult(result: FunctionResult, kind: DateResultKind): unknown {
  const cell = (v: FunctionScalar): unknown => {
    if (!isDateValue(v)) return v;
    const serial = excelDateSerial(v);
    if (kind === 'serial') return serial;
    return { type: kind === 'double' ? 'Double' : 'FormattedNumber', basicValue: serial, numberFormat: dateResultFormat } satisfies FormattedDate;
  };
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : cell(result);
}

/** A cell value object (`{ type, basicValue, … }`) as its basic value; anything else as is. */
function basicValue(v: unknown): FunctionScalar {
  if (v === null || typeof v !== 'object') return v as FunctionScalar;
  const o = v as { basicValue?: unknown; text?: unknown };
  if (o.basicValue === null || ['string', 'number', 'boolean'].includes(typeof o.basicValue)) return o.basicValue as FunctionScalar;
  return typeof o.text === 'string' ? o.text : null;
}

/** Excel's arguments as the registry reads them: ranges stay 2-D, cell value objects become their values. */
export function excelArgs(args: readonly unknown[]): FunctionArg[] {
  return args.map((a) => (Array.isArray(a) ? a.map((row) => (Array.isArray(row) ? row.map(basicValue) : [basicValue(row)])) : a === undefined ? undefined : basicValue(a)));
}

/** A registry function as Excel calls it. */
export function excelCustomFunction(
  spec: CustomFunctionSpec,
  api: CustomFunctionsGlobal,
  locale: () => Locale = localeNow,
  dateKind: () => DateResultKind = dateResultKindNow,
): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    try {
      return excelResult(spec.run(...excelArgs(args)), dateKind());
    } catch (e) {
      if (e instanceof FunctionInputError) throw new api.Error(e.kind === 'notAvailable' ? api.ErrorCode.notAvailable : api.ErrorCode.invalidValue, e.text[locale()]);
      const es = locale() === 'es';
      throw new api.Error(api.ErrorCode.invalidValue, es ? 'Error interno de Cuentas Claras; informe este caso.' : 'Cuentas Claras internal error; please report it.');
    }
  };
}

/** Associates every registry function with its id (at the bundle's top level, as Excel requires). Returns the ids. */
export function registerCustomFunctions(api: CustomFunctionsGlobal | undefined = customFunctionsGlobal()): string[] {
  if (!api) return [];
  for (const spec of customFunctions) api.associate(spec.id, excelCustomFunction(spec, api));
  return customFunctions.map((f) => f.id);
}
