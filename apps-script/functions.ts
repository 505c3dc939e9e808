/**
 * The custom functions in Google Sheets: every function of the shared registry (core/functions),
 * named `CC_<SPANISH NAME>` (`=CC_INDICADOR(…)`), each a generated top-level stub with named
 * parameters and a `@customfunction` JSDoc block that forwards to `customFunction(id, args)`.
 *
 * Sheets passes ranges as 2-D arrays, blank cells as '', omitted arguments as undefined and dates
 * as `Date` instants at midnight in the spreadsheet's time zone — those become calendar dates here,
 * as the Sheets port reads them. A date the registry returns (a calendar date) goes back as the
 * instant of that day's midnight in the spreadsheet's zone: Sheets shows a `Date` result as a date
 * in that zone, with the spreadsheet locale's date format. A bad argument throws `Error` with the
 * Spanish message: the cell shows `#ERROR!` and the message. Custom functions only read: no
 * service needing authorization.
 */
import { customFunctions, FunctionInputError, isDateValue, type CustomFunctionSpec, type FunctionArg, type FunctionResult, type FunctionScalar, type FunctionValueType } from '../core/functions';
import type { Utilities } from './google';
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

/**
 * The instant of a calendar date's midnight (its UTC fields) in `timeZone`: the inverse of
 * `calendarDates`. The zone's offset is read at the guess and read again there, so a day that
 * starts on a clock change still lands on its own date.
 */
export function midnightInZone(utilities: Utilities, timeZone: string): (calendar: Date) => Date {
  const offsetAt = (t: number): number => {
    const m = /^(-?\d+)-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(utilities.formatDate(new Date(t), timeZone, "yyyy-MM-dd'T'HH:mm:ss"));
    if (!m) return 0;
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) - t;
  };
  return (calendar: Date) => {
    const wall = calendar.getTime();
    let t = wall - offsetAt(wall);
    t = wall - offsetAt(t);
    return new Date(t);
  };
}

/** The spreadsheet's time zone, asked once per call and only when a date is there. */
function zoneOnce(services: () => GoogleServices): () => { utilities: Utilities; timeZone: string } {
  let zone: { utilities: Utilities; timeZone: string } | null = null;
  return () => {
    if (!zone) {
      const s = services();
      zone = { utilities: s.Utilities, timeZone: s.SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() };
    }
    return zone;
  };
}

/** Converts Sheets' date instants to calendar dates. */
function calendarArgs(args: unknown[], zone: ReturnType<typeof zoneOnce>): FunctionArg[] {
  let toCalendar: ((d: Date) => Date) | null = null;
  const convert = (v: unknown): FunctionScalar => {
    if (!isDateValue(v)) return v as FunctionScalar;
    if (!toCalendar) toCalendar = calendarDates(zone().utilities, zone().timeZone);
    // The core reads a Date's UTC fields as the calendar date (workbook port convention).
    return toCalendar(v);
  };
  return args.map((a) => (Array.isArray(a) ? a.map((row) => (Array.isArray(row) ? row.map(convert) : [convert(row)])) : a === undefined ? undefined : convert(a)));
}

/** A result as Sheets takes it: null is a blank cell, a calendar date its midnight in the spreadsheet's zone. */
function sheetsResult(result: FunctionResult, zone: ReturnType<typeof zoneOnce>): FunctionResult {
  let toInstant: ((d: Date) => Date) | null = null;
  const cell = (v: FunctionScalar): FunctionScalar => {
    if (v === null) return '';
    if (!isDateValue(v)) return v;
    if (!toInstant) toInstant = midnightInZone(zone().utilities, zone().timeZone);
    return toInstant(v);
  };
  return Array.isArray(result) ? result.map((row) => row.map(cell)) : cell(result);
}

/** Runs a custom function by id with the arguments Sheets passed; bad arguments throw the Spanish message. */
export function customFunction(id: string, args: unknown[], services: () => GoogleServices): FunctionResult {
  const spec = customFunctions.find((f) => f.id === id);
  if (!spec) throw new Error(`Cuentas Claras no tiene la función ${id}.`);
  const zone = zoneOnce(services);
  try {
    return sheetsResult(spec.run(...calendarArgs(args, zone)), zone);
  } catch (e) {
    if (e instanceof FunctionInputError) throw new Error(e.text.es);
    throw new Error(`Error interno de Cuentas Claras en ${sheetsFunctionName(spec)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export { customFunctions };
