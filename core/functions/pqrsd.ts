/**
 * Custom functions of PQRSD terms (pqrsd.md): business days, due dates and Colombia's holidays.
 * Thin calls into core/pqrsd/functions.ts, which loads the calendar and the terms only.
 *
 * Dates come in as each host gives them (Excel: serial numbers of the 1900 date system; Sheets:
 * calendar dates, or text `dd/mm/aaaa`) and go out as calendar dates (`Date` at UTC midnight), which
 * each host turns into a cell that shows as a date (addin/functions.ts, apps-script/functions.ts).
 */
import type { Bilingual } from '../i18n';
import type { CellValue } from '../workbook';
import { businessDaysFunction, dueDateFunction, holidaysFunction } from '../pqrsd/functions';
import { calendarDate, type CustomFunctionSpec, type FunctionArg } from './types';
import { matrix, omitted, requiredCell } from './args';

const p = (es: string, en: string): Bilingual => ({ es, en });
const names = {
  start: p('inicio', 'start'),
  end: p('fin', 'end'),
  filed: p('fecha', 'date'),
  term: p('tipo_o_dias', 'type_or_days'),
  closures: p('festivos', 'closures'),
  year: p('anio', 'year'),
};

const closuresParam = {
  name: names.closures,
  description: p('Días no hábiles de la entidad además de los festivos nacionales (la columna Fecha de la hoja Festivos).', 'The entity’s non-working days besides national holidays (the Fecha column of the Festivos sheet).'),
  type: 'any' as const,
  matrix: true,
  optional: true,
};

/** The optional closures range (omitted or blank: none). */
function closuresOf(v: FunctionArg): CellValue[][] | null {
  if (omitted(v as FunctionArg)) return null;
  return matrix(v, names.closures) as CellValue[][];
}

export const businessDays: CustomFunctionSpec = {
  id: 'DIAS_HABILES',
  name: p('DIAS_HABILES', 'BUSINESS_DAYS'),
  description: p(
    'Días hábiles de inicio a fin, contados desde el día siguiente a inicio como los términos de la Ley 1755 de 2015: sin sábados, domingos ni festivos de Colombia.',
    'Business days from start to end, counted from the day after start as Ley 1755 de 2015 terms are: no Saturdays, Sundays or Colombian holidays.',
  ),
  params: [
    { name: names.start, description: p('Fecha de inicio (la radicación).', 'Start date (the filing).'), type: 'any' },
    { name: names.end, description: p('Fecha final (la respuesta o el corte).', 'End date (the response or the cut-off).'), type: 'any' },
    closuresParam,
  ],
  result: { type: 'number' },
  run: (start, end, closures) => businessDaysFunction(requiredCell(start, names.start), requiredCell(end, names.end), closuresOf(closures)),
};

export const dueDate: CustomFunctionSpec = {
  id: 'VENCIMIENTO',
  name: p('VENCIMIENTO', 'DUE_DATE'),
  description: p(
    'Fecha de vencimiento de una PQRSD radicada en fecha: su término legal en días hábiles (Petición 15, Solicitud de información 10, Consulta 30…) o un número de días hábiles.',
    'Due date of a PQRSD filed on date: its legal term in business days (Petición 15, Solicitud de información 10, Consulta 30…) or a number of business days.',
  ),
  params: [
    { name: names.filed, description: p('Fecha de radicación.', 'Filing date.'), type: 'any' },
    { name: names.term, description: p('Tipo de PQRSD (Petición, Queja, Consulta…) o días hábiles.', 'PQRSD type (Petición, Queja, Consulta…) or business days.'), type: 'any' },
    closuresParam,
  ],
  result: { type: 'any' },
  run: (filed, term, closures) => calendarDate(dueDateFunction(requiredCell(filed, names.filed), requiredCell(term, names.term), closuresOf(closures))),
};

export const holidays: CustomFunctionSpec = {
  id: 'FESTIVOS',
  name: p('FESTIVOS', 'HOLIDAYS'),
  description: p(
    'Festivos nacionales de Colombia de un año (Ley 51 de 1983, Ley 2578 de 2026): fecha y nombre, uno por fila.',
    'Colombia’s national holidays of a year (Ley 51 de 1983, Ley 2578 de 2026): date and name, one per row.',
  ),
  params: [{ name: names.year, description: p('Año, de 1984 a 4099.', 'Year, 1984 to 4099.'), type: 'any' }],
  result: { type: 'any', matrix: true },
  run: (year) => holidaysFunction(requiredCell(year, names.year)).map(([date, name]) => [calendarDate(date), name]),
};
