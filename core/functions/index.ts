/**
 * The custom-functions registry: every spreadsheet function of Cuentas Claras, declared once.
 * Excel's `functions.json` (Spanish and English), the Google Sheets stubs and the README are
 * generated from this list; each host's glue only passes cell values to `run`. Adding a function
 * is adding its spec to `customFunctions`.
 */
import type { Bilingual } from '../i18n';
import type { CustomFunctionSpec } from './types';
import { requiredMonth } from './args';
import { checkPublished, consolidatedSatisfaction, indicatorTable, indicatorValue, monthOverMonth, weightedMean, wilson, yearToDate } from './service';
import { divipolaLookup, selfDiagnosisLevel, selfDiagnosisStages } from './accountability';
import { businessDays, dueDate, holidays } from './pqrsd';

export * from './types';
export { comparePublished } from './service';

/** The namespace typed before every function name (`=CC.INDICADOR(…)`). */
export const functionNamespace = 'CC';

const p = (es: string, en: string): Bilingual => ({ es, en });

export const normalizeMonth: CustomFunctionSpec = {
  id: 'MES',
  name: p('MES', 'MONTH'),
  description: p('El mes de una fecha o de un texto (febrero 2025, 02/2025, feb-25) en la forma AAAA-MM.', 'The month of a date or a text (febrero 2025, 02/2025, feb-25) as YYYY-MM.'),
  params: [{ name: p('valor', 'value'), description: p('Fecha o texto del mes.', 'Date or text of the month.'), type: 'any' }],
  result: { type: 'string' },
  run: (value) => requiredMonth(value, p('valor', 'value')),
};

/** Every custom function, in the order the docs list them. */
export const customFunctions: readonly CustomFunctionSpec[] = [
  indicatorTable,
  indicatorValue,
  weightedMean,
  consolidatedSatisfaction,
  wilson,
  monthOverMonth,
  yearToDate,
  checkPublished,
  selfDiagnosisStages,
  selfDiagnosisLevel,
  divipolaLookup,
  normalizeMonth,
  businessDays,
  dueDate,
  holidays,
];
