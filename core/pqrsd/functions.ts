/**
 * The pure core of the custom functions `DIAS_HABILES(inicio, fin)`, `VENCIMIENTO(fecha,
 * tipo_o_dias)` and `FESTIVOS(año)`: cell values in, values out, a Spanish message on bad input.
 * Light on purpose (the calendar and the terms only): every custom-function call loads it.
 */
import type { CellValue } from '../workbook';
import type { Locale } from '../i18n';
import { displayRaw, isBlank, parseDate, parseEnum, parseNumber } from '../table/values';
import { addBusinessDays, businessCalendar, businessDaysBetween, firstCalendarYear, lastCalendarYear, nationalHolidays, type BusinessCalendar } from '../calendar';
import { legalTerms, pqrsdTypeEnum } from './terms';

/** Bad input to a custom function; hosts show `message` as the cell's error (#VALUE!, #ERROR!). */
export class FunctionInputError extends Error {
  override name = 'FunctionInputError';
}

const messages = {
  date: { es: '«{value}» no es una fecha (dd/mm/aaaa).', en: '“{value}” is not a date (dd/mm/yyyy).' },
  range: { es: 'La fecha {value} está fuera del calendario de festivos ({first}–{last}).', en: 'The date {value} is outside the holiday calendar ({first}–{last}).' },
  year: { es: '«{value}» no es un año entre {first} y {last}.', en: '“{value}” is not a year between {first} and {last}.' },
  term: {
    es: '«{value}» no es un tipo de PQRSD ni un número de días hábiles.',
    en: '“{value}” is neither a PQRSD type nor a number of business days.',
  },
  noTerm: { es: '{value} no tiene término de respuesta.', en: '{value} has no response term.' },
} as const;

function fail(key: keyof typeof messages, value: string, locale: Locale): never {
  const text = messages[key][locale].replace('{value}', value).replace('{first}', String(firstCalendarYear)).replace('{last}', String(lastCalendarYear));
  throw new FunctionInputError(text);
}

function dateArg(v: CellValue, locale: Locale): string {
  const parsed = parseDate(v);
  if (parsed.kind !== 'ok') fail('date', displayRaw(v), locale);
  const year = Number(parsed.value.slice(0, 4));
  if (year < firstCalendarYear || year > lastCalendarYear) fail('range', parsed.value, locale);
  return parsed.value;
}

/** Extra non-working days from an optional range argument (2-D, blanks skipped). */
function closuresArg(range: readonly (readonly CellValue[])[] | null | undefined, locale: Locale): BusinessCalendar {
  const dates: string[] = [];
  for (const row of range ?? []) for (const v of row ?? []) if (!isBlank(v)) dates.push(dateArg(v, locale));
  return businessCalendar(dates);
}

/**
 * `DIAS_HABILES(inicio, fin, [festivos])`: business days d with inicio < d ≤ fin (the day after
 * `inicio` is day 1, as terms are counted; negative when fin is before inicio). `festivos` adds
 * non-working days. Throws FunctionInputError on a bad date.
 */
export function businessDaysFunction(start: CellValue, end: CellValue, closures?: readonly (readonly CellValue[])[] | null, locale: Locale = 'es'): number {
  return businessDaysBetween(dateArg(start, locale), dateArg(end, locale), closuresArg(closures, locale));
}

/**
 * `VENCIMIENTO(fecha, tipo_o_dias, [festivos])`: the due date (`YYYY-MM-DD`) of a request filed on
 * `fecha`, for a PQRSD type (its legal term: Petición → 15) or a number of business days.
 * Throws FunctionInputError on a bad date, an unknown type, or a type without term (Felicitación).
 */
export function dueDateFunction(filed: CellValue, typeOrDays: CellValue, closures?: readonly (readonly CellValue[])[] | null, locale: Locale = 'es'): string {
  const date = dateArg(filed, locale);
  let days: number;
  const number = typeof typeOrDays === 'string' || typeof typeOrDays === 'number' ? parseNumber(typeOrDays) : { kind: 'invalid' as const };
  if (number.kind === 'ok' && Number.isInteger(number.value) && number.value >= 0) days = number.value;
  else {
    const type = parseEnum(typeOrDays, pqrsdTypeEnum);
    if (type.kind !== 'ok') fail('term', displayRaw(typeOrDays), locale);
    const term = legalTerms[type.value];
    if (term === null) fail('noTerm', type.value, locale);
    days = term;
  }
  const calendar = closuresArg(closures, locale);
  try {
    return addBusinessDays(date, days, calendar);
  } catch {
    return fail('range', date, locale);
  }
}

/** `FESTIVOS(año)`: Colombia's national holidays of a year as rows `[fecha YYYY-MM-DD, nombre]` (spills). */
export function holidaysFunction(year: CellValue, locale: Locale = 'es'): [string, string][] {
  const n = parseNumber(typeof year === 'boolean' || year instanceof Date ? null : year);
  if (n.kind !== 'ok' || !Number.isInteger(n.value) || n.value < firstCalendarYear || n.value > lastCalendarYear) fail('year', displayRaw(year), locale);
  return nationalHolidays(n.value).map((h) => [h.date, h.name[locale]]);
}
