/**
 * Custom functions of the monthly service report (indicators.md): each reads its arguments by the
 * workbook's reading rules and calls the same core code the actions use. Percentages come back as
 * fractions (0,983), the value a cell formatted `%` holds, as in the `Indicadores` sheet.
 */
import type { Bilingual } from '../i18n';
import type { Unit } from '../service';
import { computeServiceIndicators, findIndicator, indicatorRegistry, wilsonInterval, type ChannelOrEntity } from '../service';
import { channelEnum, parseEnum } from '../table';
import { canalesSheet } from '../template';
import { isConsistent, readReportedValue, reportedErrorPoints, resolveIndicator } from '../checks/published';
import { normalizeName } from '../text';
import type { CellValue } from '../workbook';
import type { CustomFunctionSpec, FunctionArg } from './types';
import { cells, invalid, matrix, notAvailable, omitted, optionalText, percentPoints, rangeWorkbook, requiredCell, requiredCount, requiredMonth, requiredNumber, scalar } from './args';

const p = (es: string, en: string): Bilingual => ({ es, en });
const fraction = (points: number) => Number((points / 100).toPrecision(15));

const names = {
  canales: p('canales', 'channels'),
  indicator: p('indicador', 'indicator'),
  month: p('mes', 'month'),
  channel: p('canal', 'channel'),
  breakdown: p('desagregacion', 'breakdown'),
  values: p('porcentajes', 'percentages'),
  respondents: p('encuestados', 'respondents'),
  share: p('proporcion', 'proportion'),
  n: p('n', 'n'),
  current: p('actual', 'current'),
  previous: p('anterior', 'previous'),
  months: p('meses', 'months'),
  counts: p('valores', 'values'),
  published: p('publicada', 'published'),
  computed: p('calculada', 'computed'),
  unit: p('unidad', 'unit'),
};

/** Reads a `Canales`-shaped range (header row first) and computes its indicators; unreadable cells are an error, never a guess. */
function indicatorsOfRange(arg: FunctionArg) {
  const range = matrix(arg, names.canales);
  const result = computeServiceIndicators(rangeWorkbook(canalesSheet.name.es, range), 'es');
  const errors = result.data.findings.filter((f) => f.severity === 'error');
  if (errors.length) {
    const en = computeServiceIndicators(rangeWorkbook(canalesSheet.name.es, range), 'en').data.findings.filter((f) => f.severity === 'error');
    const more = (n: number, es: boolean) => (n > 1 ? (es ? ` (y ${n - 1} más)` : ` (and ${n - 1} more)`) : '');
    invalid(`${errors[0].message}${more(errors.length, true)} Las celdas se cuentan desde la esquina del rango.`, `${en[0]?.message ?? errors[0].message}${more(errors.length, false)} Cells count from the range's corner.`);
  }
  return result;
}

/** A channel argument: a channel, or blank / ANM / Total / Entidad for the whole entity. */
function channelOf(v: FunctionArg): ChannelOrEntity {
  const text = optionalText(v, names.channel);
  if (text === null || ['anm', 'total', 'entidad', 'toda la entidad', 'entity', 'all'].includes(normalizeName(text))) return 'ANM';
  const c = parseEnum(text, channelEnum);
  if (c.kind !== 'ok') invalid(`«${text}» no es un canal: use Telefónico, Presencial, Virtual o déjelo vacío para toda la entidad.`, `“${text}” is not a channel: use Telefónico, Presencial, Virtual or leave it blank for the whole entity.`);
  return c.value;
}

const unitWord: Record<Unit, Bilingual> = { count: p('conteo', 'count'), percent: p('porcentaje', 'percent') };

export const indicatorTable: CustomFunctionSpec = {
  id: 'INDICADORES',
  name: p('INDICADORES', 'INDICATORS'),
  description: p(
    'Tabla de indicadores de un rango con la forma de la hoja Canales (encabezados en la primera fila); los porcentajes como fracción.',
    'Indicator table of a range shaped like the Canales sheet (headers in the first row); percentages as fractions.',
  ),
  params: [{ name: names.canales, description: p('Rango con Mes, Canal, Interacciones… y su fila de encabezados.', 'Range with Mes, Canal, Interacciones… and its header row.'), type: 'any', matrix: true }],
  result: { type: 'any', matrix: true },
  run(canales) {
    const { indicators } = indicatorsOfRange(canales);
    if (!indicators.length) notAvailable('El rango no tiene datos de canales para calcular indicadores.', 'The range has no channel data to compute indicators from.');
    const header = ['Mes', 'Canal', 'Indicador', 'Desagregación', 'Valor', 'Unidad', 'Id'];
    return [
      header,
      ...indicators.map((v) => {
        const spec = indicatorRegistry[v.id];
        return [v.month, v.channel, spec.name.es, v.breakdown ?? '', spec.unit === 'percent' ? fraction(v.value) : v.value, unitWord[spec.unit].es, v.id];
      }),
    ];
  },
};

export const indicatorValue: CustomFunctionSpec = {
  id: 'INDICADOR',
  name: p('INDICADOR', 'INDICATOR'),
  description: p('Un indicador de un rango con la forma de Canales, por id o nombre, mes y canal; los porcentajes como fracción.', 'One indicator of a Canales-shaped range, by id or name, month and channel; percentages as fractions.'),
  params: [
    { name: names.canales, description: p('Rango con la forma de la hoja Canales, con encabezados.', 'Range shaped like the Canales sheet, with headers.'), type: 'any', matrix: true },
    { name: names.indicator, description: p('Id o nombre del indicador (satisfaction, Satisfacción…).', 'Indicator id or name (satisfaction, Satisfacción…).'), type: 'string' },
    { name: names.month, description: p('Mes: 2025-02, febrero 2025 o una fecha del mes.', 'Month: 2025-02, February 2025 or a date in the month.'), type: 'any' },
    { name: names.channel, description: p('Telefónico, Presencial o Virtual; vacío = toda la entidad.', 'Telefónico, Presencial or Virtual; blank = the whole entity.'), type: 'string', optional: true },
    { name: names.breakdown, description: p('Punto, tipo o concepto, para los indicadores desagregados.', 'Point, type or concept, for broken-down indicators.'), type: 'string', optional: true },
  ],
  result: { type: 'number' },
  run(canales, indicator, month, channel, breakdown) {
    const name = optionalText(indicator, names.indicator);
    if (name === null) invalid('Falta «indicador».', '“indicator” is missing.');
    const id = resolveIndicator(name);
    if (!id) invalid(`«${name}» no es un indicador. Use su id o su nombre, como en la hoja Indicadores.`, `“${name}” is not an indicator. Use its id or name, as in the Indicators sheet.`);
    const m = requiredMonth(month, names.month);
    const c = channelOf(channel);
    const b = optionalText(breakdown, names.breakdown);
    const { indicators } = indicatorsOfRange(canales);
    const found = b === null ? findIndicator(indicators, id, m, c) : indicators.find((v) => v.id === id && v.month === m && v.channel === c && v.breakdown !== null && normalizeName(v.breakdown) === normalizeName(b));
    if (!found) notAvailable(`No hay valor de ${indicatorRegistry[id].name.es} para ${m} y ${c}: faltan datos o el denominador es 0.`, `There is no ${indicatorRegistry[id].name.en} value for ${m} and ${c}: data are missing or the denominator is 0.`);
    return indicatorRegistry[id].unit === 'percent' ? fraction(found.value) : found.value;
  },
};

export const weightedMean: CustomFunctionSpec = {
  id: 'PROMEDIO_PONDERADO',
  name: p('PROMEDIO_PONDERADO', 'WEIGHTED_MEAN'),
  description: p('Promedio de porcentajes de encuesta ponderado por encuestados (como la cifra de toda la entidad); resultado como fracción.', 'Survey percentages averaged with respondents as weights (as the entity-wide figure); result as a fraction.'),
  params: [
    { name: names.values, description: p('Porcentajes por canal (98,3 % o 0,983).', 'Percentages per channel (98.3 % or 0.983).'), type: 'any', matrix: true },
    { name: names.respondents, description: p('Encuestados de cada canal, en el mismo orden.', 'Respondents of each channel, in the same order.'), type: 'any', matrix: true },
  ],
  result: { type: 'number' },
  run(values, respondents) {
    const shares = percentPoints(cells(matrix(values, names.values)), names.values);
    const weights = cells(matrix(respondents, names.respondents));
    if (shares.length !== weights.length) invalid(`«porcentajes» tiene ${shares.length} celdas y «encuestados» ${weights.length}: deben tener el mismo tamaño.`, `“percentages” has ${shares.length} cells and “respondents” ${weights.length}: they must be the same size.`);
    let total = 0;
    let weighted = 0;
    shares.forEach((share, i) => {
      if (share === null || omitted(weights[i])) return;
      const n = requiredCount([[weights[i]]], names.respondents);
      total += n;
      weighted += share * n;
    });
    if (total === 0) notAvailable('No hay encuestados: el promedio ponderado no existe.', 'There are no respondents: the weighted mean does not exist.');
    return fraction(weighted / total);
  },
};

export const consolidatedSatisfaction: CustomFunctionSpec = {
  id: 'SATISFACCION_CONSOLIDADA',
  name: p('SATISFACCION_CONSOLIDADA', 'CONSOLIDATED_SATISFACTION'),
  description: p('Satisfacción consolidada: promedio de satisfacción, percepción y confianza de toda la entidad; resultado como fracción.', 'Consolidated satisfaction: the mean of entity-wide satisfaction, perception and trust; result as a fraction.'),
  params: [
    { name: p('satisfaccion', 'satisfaction'), description: p('Satisfacción (98,3 % o 0,983).', 'Satisfaction (98.3 % or 0.983).'), type: 'any' },
    { name: p('percepcion', 'perception'), description: p('Percepción.', 'Perception.'), type: 'any' },
    { name: p('confianza', 'trust'), description: p('Confianza.', 'Trust.'), type: 'any' },
  ],
  result: { type: 'number' },
  run(satisfaction, perception, trust) {
    const label = p('satisfacción, percepción y confianza', 'satisfaction, perception and trust');
    const values = percentPoints([scalar(satisfaction, label), scalar(perception, label), scalar(trust, label)], label);
    if (values.some((v) => v === null)) invalid('Faltan datos: la satisfacción consolidada necesita las tres cifras.', 'Data missing: consolidated satisfaction needs all three figures.');
    return fraction((values[0]! + values[1]! + values[2]!) / 3);
  },
};

export const wilson: CustomFunctionSpec = {
  id: 'INTERVALO_WILSON',
  name: p('INTERVALO_WILSON', 'WILSON_INTERVAL'),
  description: p('Intervalo de confianza de Wilson al 95 % de una proporción sobre n respuestas: inferior y superior, como fracciones.', 'Wilson 95 % confidence interval of a proportion over n answers: low and high, as fractions.'),
  params: [
    { name: names.share, description: p('La proporción (98,3 % o 0,983).', 'The proportion (98.3 % or 0.983).'), type: 'any' },
    { name: names.n, description: p('Número de respuestas (encuestados).', 'Number of answers (respondents).'), type: 'number' },
  ],
  result: { type: 'number', matrix: true },
  run(share, n) {
    const [points] = percentPoints([scalar(share, names.share)], names.share);
    if (points === null) invalid('Falta «proporcion».', '“proportion” is missing.');
    const count = requiredCount(n, names.n, 1);
    const interval = wilsonInterval(points / 100, count)!;
    return [[fraction(interval.low), fraction(interval.high)]];
  },
};

export const monthOverMonth: CustomFunctionSpec = {
  id: 'VARIACION_MENSUAL',
  name: p('VARIACION_MENSUAL', 'MONTHLY_CHANGE'),
  description: p('Variación frente al mes anterior: actual / anterior − 1, como fracción.', 'Change against the previous month: current / previous − 1, as a fraction.'),
  params: [
    { name: names.current, description: p('Cifra del mes.', 'The month’s figure.'), type: 'number' },
    { name: names.previous, description: p('Cifra del mes anterior.', 'The previous month’s figure.'), type: 'number' },
  ],
  result: { type: 'number' },
  run(current, previous) {
    const now = requiredNumber(current, names.current);
    const before = requiredNumber(previous, names.previous);
    if (before === 0) notAvailable('El mes anterior es 0: la variación no existe.', 'The previous month is 0: the change does not exist.');
    return fraction((100 * now) / before - 100);
  },
};

export const yearToDate: CustomFunctionSpec = {
  id: 'ACUMULADO_ANIO',
  name: p('ACUMULADO_ANIO', 'YEAR_TO_DATE'),
  description: p('Acumulado del año: suma de los valores de los meses del mismo año hasta el mes dado.', 'Year to date: the sum of the values of the months of the same year up to the given month.'),
  params: [
    { name: names.months, description: p('Columna de meses.', 'Column of months.'), type: 'any', matrix: true },
    { name: names.counts, description: p('Columna de valores, en el mismo orden.', 'Column of values, in the same order.'), type: 'any', matrix: true },
    { name: names.month, description: p('Mes hasta el que se acumula.', 'Month to accumulate up to.'), type: 'any' },
  ],
  result: { type: 'number' },
  run(months, values, month) {
    const ms = cells(matrix(months, names.months));
    const vs = cells(matrix(values, names.counts));
    if (ms.length !== vs.length) invalid(`«meses» tiene ${ms.length} celdas y «valores» ${vs.length}: deben tener el mismo tamaño.`, `“months” has ${ms.length} cells and “values” ${vs.length}: they must be the same size.`);
    const until = requiredMonth(month, names.month);
    let total = 0;
    ms.forEach((m, i) => {
      if (omitted(m) && omitted(vs[i])) return;
      const key = requiredMonth([[m]], names.months);
      if (key.slice(0, 4) !== until.slice(0, 4) || key > until || omitted(vs[i])) return;
      total += requiredNumber([[vs[i]]], names.counts);
    });
    return total;
  },
};

/**
 * Compares a published figure with a computed one at the precision it was written with (checks.md):
 * `coincide` within half a unit of its last decimal; `redondeo` off by more, but by no more than
 * the half point any rounding to whole points explains; `no coincide` beyond that (counts: unequal).
 */
export function comparePublished(published: CellValue, computed: number, unit: Unit): 'coincide' | 'redondeo' | 'no coincide' | null {
  const reported = readReportedValue(published, unit);
  if (!reported) return null;
  if (isConsistent(reported, computed, unit)) return 'coincide';
  if (unit === 'percent' && Math.abs(reported.value - computed) <= reportedErrorPoints + 1e-9) return 'redondeo';
  return 'no coincide';
}

export const checkPublished: CustomFunctionSpec = {
  id: 'COTEJAR',
  name: p('COTEJAR', 'CHECK_PUBLISHED'),
  description: p(
    'Compara una cifra publicada con la calculada, con la precisión con que se escribió: «coincide», «redondeo» o «no coincide».',
    'Compares a published figure with the computed one at the precision it was written with: «coincide», «redondeo» or «no coincide».',
  ),
  params: [
    { name: names.published, description: p('La cifra publicada (78 %, 98,6 %, 1.371).', 'The published figure (78 %, 98.6 %, 1,371).'), type: 'any' },
    { name: names.computed, description: p('La cifra calculada (porcentaje como fracción o puntos).', 'The computed figure (a percentage as a fraction or points).'), type: 'number' },
    { name: names.unit, description: p('porcentaje (por omisión) o conteo.', 'porcentaje (default) or conteo.'), type: 'string', optional: true },
  ],
  result: { type: 'string' },
  run(published, computed, unitArg) {
    const unitText = optionalText(unitArg, names.unit);
    const key = unitText === null ? 'porcentaje' : normalizeName(unitText);
    const unit: Unit | undefined = ['porcentaje', 'percent', '%'].includes(key) ? 'percent' : ['conteo', 'count'].includes(key) ? 'count' : undefined;
    if (!unit) invalid(`«unidad» debe ser «porcentaje» o «conteo», no «${unitText}».`, `“unit” must be «porcentaje» or «conteo», not “${unitText}”.`);
    const value = requiredCell(published, names.published);
    let calc = requiredNumber(computed, names.computed);
    if (unit === 'percent') calc = percentPoints([calc], names.computed)[0]!;
    const verdict = comparePublished(value, calc, unit);
    if (!verdict) invalid(`«publicada» debe ser una cifra, no «${String(value)}».`, `“published” must be a figure, not “${String(value)}”.`);
    return verdict;
  },
};
