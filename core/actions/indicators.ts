/** The *compute indicators* action: the `Indicadores` sheet and `<base>-indicadores.json`. */
import { findingsSheetNames } from '../checks/report';
import type { RawWorkbook } from '../workbook';
import { a1, a1Range } from '../workbook';
import { channelLabel, formatCount, formatMonthTitle, formatPercent, type Locale } from '../i18n';
import { fitColumns, headerCell, type ActionResult, type OutputCell, type OutputSheet } from '../output';
import { channels } from '../table';
import { computeServiceIndicators, findIndicator, indicatorRegistry, type IndicatorValue } from '../service';
import { entityTotalLabel, noNames } from '../config';
import type { Action, ActionOptions } from './index';
import { serviceUnusable } from './usable';

const text = {
  sheet: { es: 'Indicadores', en: 'Indicators' },
  headers: {
    es: ['Mes', 'Canal', 'Indicador', 'Desagregación', 'Valor', 'Unidad', 'Valor mostrado', 'Id'],
    en: ['Month', 'Channel', 'Indicator', 'Breakdown', 'Value', 'Unit', 'Value shown', 'Id'],
  },
  units: { es: { count: 'Conteo', percent: 'Porcentaje' }, en: { count: 'Count', percent: 'Percent' } },
  summaryTitle: { es: 'Resumen por mes', en: 'Summary by month' },
  total: { es: 'Total', en: 'Total' },
  chartTitle: { es: 'Interacciones por canal y mes', en: 'Interactions by channel and month' },
} as const;

/** The figures of the per-month summary block, after the month and the channels' interactions. */
const summaryColumns = [
  { id: 'first_contact_resolution', channel: 'ANM' },
  { id: 'satisfaction', channel: 'ANM' },
  { id: 'perception', channel: 'ANM' },
  { id: 'trust', channel: 'ANM' },
  { id: 'consolidated_satisfaction', channel: 'ANM' },
] as const;

/** Formats an indicator value for people, at its registry precision (`1.371`, `98,3 %`). */
export function formatIndicatorValue(v: Pick<IndicatorValue, 'id' | 'value'>, locale: Locale = 'es'): string {
  const spec = indicatorRegistry[v.id];
  return spec.unit === 'count' ? formatCount(v.value, locale) : formatPercent(v.value, spec.decimals, locale);
}

/** Builds the `Indicadores` output sheet: one row per value, a summary block per month and a chart. */
export function buildIndicatorsSheet(indicators: readonly IndicatorValue[], months: readonly string[], options: Pick<ActionOptions, 'locale'> & { names?: ActionOptions['names'] }): OutputSheet {
  const { locale } = options;
  const rows: OutputCell[][] = [text.headers[locale].map(headerCell)];
  for (const v of indicators) {
    const spec = indicatorRegistry[v.id];
    rows.push([
      v.month,
      v.channel === 'ANM' ? entityTotalLabel(options.names ?? noNames, locale) : channelLabel(v.channel, locale),
      spec.name[locale],
      v.breakdown ?? '',
      spec.unit === 'count' ? { value: v.value, format: 'count' } : { value: v.value, format: 'percent', decimals: spec.decimals },
      text.units[locale][spec.unit],
      formatIndicatorValue(v, locale),
      v.id,
    ]);
  }

  // Summary block to the right of the value table: one row per month.
  const left = text.headers[locale].length + 1;
  const header: OutputCell[] = [
    headerCell(locale === 'es' ? 'Mes' : 'Month'),
    ...channels.map((c) => headerCell(channelLabel(c, locale))),
    headerCell(entityTotalLabel(options.names ?? noNames, locale)),
    ...summaryColumns.map((s) => headerCell(indicatorRegistry[s.id].name[locale])),
  ];
  const block: OutputCell[][] = [[{ value: text.summaryTitle[locale], bold: true }], header];
  for (const month of months) {
    const value = (id: keyof typeof indicatorRegistry, channel: IndicatorValue['channel']) => findIndicator(indicators, id, month, channel)?.value ?? null;
    block.push([
      formatMonthTitle(month, locale),
      ...channels.map((c) => ({ value: value('interactions', c), format: 'count' as const })),
      { value: value('interactions', 'ANM'), format: 'count' as const },
      ...summaryColumns.map((s) => ({ value: value(s.id, s.channel), format: 'percent' as const })),
    ]);
  }
  for (let i = 0; i < block.length; i++) {
    const row = rows[i] ?? (rows[i] = new Array(text.headers[locale].length).fill(null));
    while (row.length < left) row.push(null);
    row.push(...block[i]);
  }

  const firstMonthRow = 2; // 0-based row of the first month in the block
  const lastMonthRow = firstMonthRow + months.length - 1;
  const charts = months.length
    ? [
        {
          kind: 'column' as const,
          title: text.chartTitle[locale],
          categories: a1Range(firstMonthRow, left, lastMonthRow, left),
          series: channels.map((c, i) => ({ name: channelLabel(c, locale), values: a1Range(firstMonthRow, left + 1 + i, lastMonthRow, left + 1 + i) })),
          anchor: { cell: a1(lastMonthRow + 2, left), columns: 8, rows: 18 },
          dataLabels: true,
          format: 'count' as const,
        },
      ]
    : [];
  return fitColumns(
    {
      name: text.sheet[locale],
      rows,
      columnWidths: [10, 13, 34, 26, 12, 12, 14, 26, 3, 16, 12, 12, 12, 12, 28, 14, 14, 12, 26],
      charts,
      freezeRows: 1,
    },
    { locale },
  );
}

/**
 * `<base>-indicadores.json`: the months, the entity, and every value `{ id, month, channel,
 * breakdown, value, unit }`. `channel` is `"ANM"` for the entity-wide value whatever the entity —
 * the key the contract fixes (indicators.md) — so `entity` says whose total it is (name and acronym
 * as configured, null when not given).
 */
export function indicatorsJson(months: readonly string[], indicators: readonly IndicatorValue[], names: ActionOptions['names']) {
  return { months, entity: { name: names.entity, acronym: names.entityShort, totalChannel: 'ANM' as const }, indicators };
}

/** Runs the indicators action on a workbook. */
export function runIndicators(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const { data, inputs, indicators } = computeServiceIndicators(workbook, { locale, years: options.years });
  const unusable = serviceUnusable(data, inputs, options.month, locale);
  if (unusable) return { sheets: [], files: [], findings: [], summary: [], unusable };
  const findings = [...data.findings, ...inputs.findings];
  const sheet = buildIndicatorsSheet(indicators, inputs.months, options);
  const summary: string[] = [];
  if (!inputs.months.length) {
    summary.push(locale === 'es' ? 'No hay datos de canales para calcular indicadores.' : 'There is no channel data to compute indicators from.');
  } else {
    // The month asked for (--mes) is the one the summary speaks of; otherwise the latest.
    const latest = options.month && inputs.months.includes(options.month) ? options.month : inputs.months[inputs.months.length - 1];
    const total = findIndicator(indicators, 'interactions', latest, 'ANM');
    const parts = channels
      .map((c) => findIndicator(indicators, 'interactions', latest, c))
      .filter((v): v is IndicatorValue => !!v)
      .map((v) => `${channelLabel(v.channel, locale)} ${formatCount(v.value, locale)}`);
    summary.push(
      locale === 'es'
        ? `Indicadores: ${formatCount(indicators.length, locale)} valores de ${inputs.months.length} ${inputs.months.length === 1 ? 'mes' : 'meses'} (${inputs.months[0]} a ${latest}).`
        : `Indicators: ${formatCount(indicators.length, locale)} values over ${inputs.months.length} month(s) (${inputs.months[0]} to ${latest}).`,
    );
    if (total) {
      summary.push(
        `${formatMonthTitle(latest, locale)}: ${formatCount(total.value, locale)} ${locale === 'es' ? 'interacciones' : 'interactions'} (${parts.join(', ')}).`,
      );
    }
    const consolidated = findIndicator(indicators, 'consolidated_satisfaction', latest, 'ANM');
    if (consolidated) summary.push(`${indicatorRegistry.consolidated_satisfaction.name[locale]}: ${formatIndicatorValue(consolidated, locale)}.`);
  }
  // Informational notes (an optional sheet absent, a year to date not computed) are not reading problems.
  const problems = findings.filter((f) => f.severity !== 'info').length;
  if (problems) {
    summary.push(
      locale === 'es'
        ? `${problems} ${problems === 1 ? 'problema' : 'problemas'} de lectura en los datos (las cifras que dependen de ellos no se calculan); ${options.partOfAll ? `están en la hoja «${findingsSheetNames.es}»` : 'ejecute «revisar» para verlos'}.`
        : `${problems} reading problem(s) in the data (the figures that depend on them are not computed); ${options.partOfAll ? `they are listed in the “${findingsSheetNames.en}” sheet` : 'run “revisar” to see them'}.`,
    );
  }
  return {
    sheets: [sheet],
    files: [{ suffix: 'indicadores.json', json: indicatorsJson(inputs.months, indicators, options.names ?? noNames) }],
    findings,
    summary,
  };
}

export const indicatorsAction: Action = {
  id: 'indicators',
  command: 'indicadores',
  title: { es: 'Calcular indicadores', en: 'Compute indicators' },
  run: runIndicators,
};
