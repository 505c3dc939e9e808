/**
 * The pure core of the custom functions `DIAS_HABILES(inicio, fin)`, `VENCIMIENTO(fecha,
 * tipo_o_dias)` and `FESTIVOS(año)`: cell values in, values out, a bilingual message on bad input
 * (the registry's `FunctionInputError`: #VALUE! in Excel, the thrown message in Sheets).
 * Light on purpose (the calendar and the terms only): every custom-function call loads it.
 */
import type { CellValue } from '../workbook';
import { formatDayFirst, type Bilingual, type Locale } from '../i18n';
import { displayRaw, isBlank, parseDate, parseEnum, parseNumber } from '../table/values';
import { closest, normalizeName } from '../text';
import { addBusinessDays, businessCalendar, businessDaysBetween, firstCalendarYear, lastCalendarYear, nationalHolidays, type BusinessCalendar } from '../calendar';
import { FunctionInputError } from '../functions/types';
import { legalTerms, pqrsdTypeEnum, pqrsdTypes } from './terms';
import { closuresSheet } from './sheets';

const messages = {
  date: { es: '«{value}» no es una fecha (dd/mm/aaaa).', en: '“{value}” is not a date (dd/mm/yyyy).' },
  range: { es: 'La fecha {value} está fuera del calendario de festivos ({first}–{last}).', en: 'The date {value} is outside the holiday calendar ({first}–{last}).' },
  dueRange: { es: 'El vencimiento cae después del calendario de festivos ({first}–{last}).', en: 'The due date falls after the holiday calendar ({first}–{last}).' },
  year: { es: '«{value}» no es un año entre {first} y {last}.', en: '“{value}” is not a year between {first} and {last}.' },
  term: {
    es: '«{value}» no es un tipo de PQRSD ni un número de días hábiles.',
    en: '“{value}” is neither a PQRSD type nor a number of business days.',
  },
  days: { es: 'Los días hábiles deben ser un número entero mayor o igual que 0, no {value}.', en: 'Business days must be a whole number of at least 0, not {value}.' },
  noTerm: { es: '{value} no tiene término de respuesta.', en: '{value} has no response term.' },
} as const satisfies Record<string, Bilingual>;

function fail(key: keyof typeof messages, value: string, extra: Bilingual = { es: '', en: '' }): never {
  const fill = (s: string) => s.replace('{value}', value).replace('{first}', String(firstCalendarYear)).replace('{last}', String(lastCalendarYear));
  throw new FunctionInputError({ es: fill(messages[key].es) + extra.es, en: fill(messages[key].en) + extra.en });
}


/** A date argument (Excel serial, a Date whose UTC fields are the day, `dd/mm/aaaa` or ISO text) as `YYYY-MM-DD`. */
function dateArg(v: CellValue): string {
  const parsed = parseDate(v);
  if (parsed.kind !== 'ok') fail('date', displayRaw(v));
  const year = Number(parsed.value.slice(0, 4));
  if (year < firstCalendarYear || year > lastCalendarYear) fail('range', formatDayFirst(parsed.value));
  return parsed.value;
}

/** The `Festivos` sheet's date header (`Fecha`, `Date`), which a whole-column range starts with. */
const closuresHeader = new Set([closuresSheet.columns[0].header.es, closuresSheet.columns[0].header.en].map(normalizeName));

/** Extra non-working days from an optional range argument (2-D, blanks skipped; a leading `Fecha` header too). */
function closuresArg(range: readonly (readonly CellValue[])[] | null | undefined): BusinessCalendar {
  const dates: string[] = [];
  let first = true;
  for (const row of range ?? []) {
    for (const v of row ?? []) {
      if (isBlank(v)) continue;
      const header = first && typeof v === 'string' && closuresHeader.has(normalizeName(v));
      first = false;
      if (!header) dates.push(dateArg(v));
    }
  }
  return businessCalendar(dates);
}

/**
 * `DIAS_HABILES(inicio, fin, [festivos])`: business days d with inicio < d ≤ fin (the day after
 * `inicio` is day 1, as terms are counted, Ley 1755 de 2015 art. 14; negative when fin is before
 * inicio). `festivos` adds non-working days. Throws FunctionInputError on a bad date.
 */
export function businessDaysFunction(start: CellValue, end: CellValue, closures?: readonly (readonly CellValue[])[] | null): number {
  return businessDaysBetween(dateArg(start), dateArg(end), closuresArg(closures));
}

/**
 * `VENCIMIENTO(fecha, tipo_o_dias, [festivos])`: the due date (`YYYY-MM-DD`) of a request filed on
 * `fecha`, for a PQRSD type (its legal term: Petición → 15 business days) or a number of business
 * days. Throws FunctionInputError on a bad date, an unknown type (naming the closest one), a type
 * without term (Felicitación), or a number of days that is not a whole number ≥ 0.
 */
export function dueDateFunction(filed: CellValue, typeOrDays: CellValue, closures?: readonly (readonly CellValue[])[] | null): string {
  const date = dateArg(filed);
  let days: number;
  const number = typeof typeOrDays === 'string' || typeof typeOrDays === 'number' ? parseNumber(typeOrDays) : { kind: 'invalid' as const };
  if (number.kind === 'ok') {
    if (!Number.isInteger(number.value) || number.value < 0) fail('days', displayRaw(typeOrDays));
    days = number.value;
  } else {
    const type = parseEnum(typeOrDays, pqrsdTypeEnum);
    if (type.kind !== 'ok') {
      const near = typeof typeOrDays === 'string' ? closest(typeOrDays, pqrsdTypes) : undefined;
      fail('term', displayRaw(typeOrDays), near ? { es: ` ¿Quiso decir «${near}»?`, en: ` Did you mean “${near}”?` } : undefined);
    }
    const term = legalTerms[type.value];
    if (term === null) fail('noTerm', type.value);
    days = term;
  }
  const calendar = closuresArg(closures);
  try {
    return addBusinessDays(date, days, calendar);
  } catch {
    return fail('dueRange', '');
  }
}

/** `FESTIVOS(año)`: Colombia's national holidays of a year as rows `[fecha YYYY-MM-DD, nombre]` (spills). */
export function holidaysFunction(year: CellValue, locale: Locale = 'es'): [string, string][] {
  const n = parseNumber(typeof year === 'boolean' || year instanceof Date ? null : year);
  if (n.kind !== 'ok' || !Number.isInteger(n.value) || n.value < firstCalendarYear || n.value > lastCalendarYear) fail('year', displayRaw(year));
  return nationalHolidays(n.value).map((h) => [h.date, h.name[locale]]);
}
