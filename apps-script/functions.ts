/**
 * The custom functions in Google Sheets: every function of the shared registry (core/functions),
 * named `CC_<SPANISH NAME>` (`=CC_INDICADOR(…)`), each a generated top-level stub with named
 * parameters and a `@customfunction` JSDoc block that forwards to `customFunction(id, args)`.
 *
 * Sheets passes ranges as 2-D arrays, blank cells as '', omitted arguments as undefined and dates
 * as `Date` instants at midnight in the spreadsheet's time zone — those become calendar dates here,
 * as the Sheets port reads them. A bad argument throws `Error` with the Spanish message: the cell
 * shows `#ERROR!` and the message. Custom functions only read: no service needing authorization.
 */
import { customFunctions, FunctionInputError, type CustomFunctionSpec, type FunctionArg, type FunctionResult, type FunctionScalar, type FunctionValueType } from '../core/functions';
import type { GoogleServices } from './google';
import { calendarDates } from './read';

/** The Sheets name of a function: `CC_` and its Spanish name. */
export function sheetsFunctionName(spec: CustomFunctionSpec): string {
  return `CC_${spec.name.es}`;
}

const reserved = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval'.split(' '),
);

/** A parameter's name in the stub: checked, since Sheets shows it and JavaScript must accept it. */
export function parameterName(spec: CustomFunctionSpec, index: number): string {
  const name = spec.params[index].name.es;
  if (!/^[a-z][a-z0-9_]*$/.test(name) || reserved.has(name)) throw new Error(`custom function ${spec.id}: parameter name «${name}» is not a valid identifier`);
  return name;
}

const jsdocType = (type: FunctionValueType, matrix?: boolean) => {
  const base = type === 'any' ? '*' : type;
  return matrix ? `Array<Array<${base}>>` : base;
};

/** The JSDoc lines of a function's stub (Sheets shows them in its formula help). */
export function functionDoc(spec: CustomFunctionSpec): string[] {
  return [
    spec.description.es,
    ...spec.params.map((p, i) => `@param {${jsdocType(p.type, p.matrix)}} ${parameterName(spec, i)} ${p.description.es}${p.optional ? ' (opcional)' : ''}`),
    `@return {${jsdocType(spec.result.type, spec.result.matrix)}} ${spec.result.matrix ? 'Una tabla (se extiende a las celdas vecinas).' : 'El resultado.'}`,
    '@customfunction',
  ];
}

const isDate = (v: unknown): v is Date => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

/** Converts Sheets' date instants to calendar dates (the time zone is asked only when a date is there). */
function calendarArgs(args: unknown[], services: () => GoogleServices): FunctionArg[] {
  let toCalendar: ((d: Date) => Date) | null = null;
  const convert = (v: unknown): FunctionScalar => {
    if (!isDate(v)) return v as FunctionScalar;
    if (!toCalendar) {
      const s = services();
      toCalendar = calendarDates(s.Utilities, s.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
    }
    // The core reads a Date's UTC fields as the calendar date (workbook port convention).
    return toCalendar(v) as unknown as FunctionScalar;
  };
  return args.map((a) => (Array.isArray(a) ? a.map((row) => (Array.isArray(row) ? row.map(convert) : [convert(row)])) : a === undefined ? undefined : convert(a)));
}

/** A result as Sheets takes it: null is a blank cell. */
function sheetsResult(result: FunctionResult): FunctionResult {
  if (Array.isArray(result)) return result.map((row) => row.map((v) => (v === null ? '' : v)));
  return result === null ? '' : result;
}

/** Runs a custom function by id with the arguments Sheets passed; bad arguments throw the Spanish message. */
export function customFunction(id: string, args: unknown[], services: () => GoogleServices): FunctionResult {
  const spec = customFunctions.find((f) => f.id === id);
  if (!spec) throw new Error(`Cuentas Claras no tiene la función ${id}.`);
  try {
    return sheetsResult(spec.run(...calendarArgs(args, services)));
  } catch (e) {
    if (e instanceof FunctionInputError) throw new Error(e.text.es);
    throw new Error(`Error interno de Cuentas Claras en ${sheetsFunctionName(spec)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export { customFunctions };
