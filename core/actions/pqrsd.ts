/** The *PQRSD due dates* action (`pqrsd`): the `Resultado PQRSD` sheet and `<base>-pqrsd.json`. */
import type { RawWorkbook } from '../workbook';
import { a1, a1Range } from '../workbook';
import { countBySeverity, severityFills, type Finding } from '../findings';
import { formatCount, formatMonthTitle, formatNumber, formatPercent, type Locale } from '../i18n';
import { fitColumns, headerCell, type ActionResult, type ChartSpec, type OutputCell, type OutputSheet } from '../output';
import { excelSerial, formatDayFirst, inSheetOrder, reviewBlock } from '../accountability';
import {
  analyzePqrsd,
  attentionList,
  computePqrsdIndicators,
  dimensionLabels,
  dimensionValue,
  dimensionValues,
  filingMonths,
  pqrsdFigures,
  pqrsdIndicatorRegistry,
  pqrsdSheet,
  pqrsdTypes,
  statusLabels,
  termSources,
  type PqrsdAnalysis,
  type PqrsdDimension,
  type PqrsdFigures,
  type PqrsdIndicatorValue,
  type PqrsdRequest,
} from '../pqrsd';
import type { Action, ActionOptions } from './index';
import { emptySheetLine, emptySheetResult } from './usable';

const words = {
  sheet: { es: 'Resultado PQRSD', en: 'PQRSD result' },
  title: { es: 'Oportunidad de respuesta a PQRSD', en: 'PQRSD response timeliness' },
  cutoff: { es: 'Fecha de corte', en: 'Cut-off date' },
  computed: { es: 'Solicitudes calculadas', en: 'Requests computed' },
  excluded: { es: 'Filas sin calcular (ver «Datos por revisar»)', en: 'Rows not computed (see “Data to review”)' },
  byMonth: { es: 'Por mes de radicación', en: 'By month of filing' },
  bySemester: { es: 'Por semestre de radicación (informe de control interno, Ley 1474 de 2011, art. 76)', en: 'By semester of filing (internal-control report, Ley 1474 de 2011, art. 76)' },
  attention: { es: 'Vencidas y por vencer al corte', en: 'Overdue and due soon at the cut-off' },
  noAttention: { es: 'Ninguna solicitud vencida ni por vencer.', en: 'No request overdue or due soon.' },
  byDimension: { es: 'Por {dimension} y mes de radicación', en: 'By {dimension} and month of filing' },
  terms: { es: 'Términos aplicados (días hábiles)', en: 'Terms applied (business days)' },
  month: { es: 'Mes', en: 'Month' },
  semester: { es: 'Semestre', en: 'Semester' },
  total: { es: 'Total', en: 'Total' },
  chart: { es: 'Oportunidad de respuesta por mes', en: 'Response timeliness by month' },
  figures: {
    es: ['Recibidas', 'Respondidas', 'A tiempo', 'Fuera de término', 'Oportunidad de respuesta', 'Tiempo promedio (días hábiles)', 'Vencidas sin respuesta', 'Por vencer', 'Vigentes', 'Trasladadas', 'Sin término'],
    en: ['Received', 'Answered', 'On time', 'Late', 'Response timeliness', 'Mean response (business days)', 'Overdue, unanswered', 'Due soon', 'Open', 'Transferred', 'No term'],
  },
  list: {
    es: ['Radicado', 'Tipo', 'Dependencia', 'Fecha de radicación', 'Vencimiento', 'Estado', 'Días hábiles de atraso', 'Días hábiles restantes', 'Celda'],
    en: ['Filing number', 'Type', 'Unit', 'Filing date', 'Due date', 'Status', 'Business days overdue', 'Business days left', 'Cell'],
  },
  termHeaders: { es: ['Tipo', 'Días hábiles', 'Término legal', 'Fuente'], en: ['Type', 'Business days', 'Legal term', 'Source'] },
  noTerm: { es: 'sin término', en: 'no term' },
  entityTerm: { es: 'Términos PQRSD (término interno más corto)', en: 'Términos PQRSD (shorter internal term)' },
} as const;

const dateCell = (iso: string | null): OutputCell => (iso ? { value: excelSerial(iso), format: 'date' } : null);
const count = (n: number): OutputCell => ({ value: n, format: 'count' });

/** `2025-1` → `2025 – 1.er semestre`. */
export function semesterOf(month: string): string {
  return `${month.slice(0, 4)}-${Number(month.slice(5, 7)) <= 6 ? 1 : 2}`;
}
function semesterLabel(semester: string, locale: Locale): string {
  const [y, s] = semester.split('-');
  return locale === 'es' ? `${y} – ${s === '1' ? '1.er' : '2.º'} semestre` : `${y} – ${s === '1' ? 'first' : 'second'} half`;
}

function figureCells(f: PqrsdFigures): OutputCell[] {
  return [
    count(f.received), count(f.answered), count(f.onTime), count(f.late),
    { value: f.onTimeRate, format: 'percent' }, // One decimal, as the slide and the indicator (pqrsd_mean_response_days) show it.
    { value: f.meanResponseDays, format: 'decimal', decimals: 1 },
    count(f.overdue), count(f.dueSoon), count(f.open), count(f.transferred), count(f.noTerm),
  ];
}

/** Builds `Resultado PQRSD`: figures by month and semester, the overdue list, by type and dependencia, terms, data to review, a chart. */
export function buildPqrsdSheet(analysis: PqrsdAnalysis, findings: readonly Finding[], locale: Locale): OutputSheet {
  const { requests } = analysis;
  const rows: OutputCell[][] = [];
  const figureHeaders = words.figures[locale].map(headerCell);
  rows.push([{ value: words.title[locale], bold: true }]);
  rows.push([{ value: words.cutoff[locale], bold: true }, dateCell(analysis.cutoff)]);
  rows.push([{ value: words.computed[locale], bold: true }, count(requests.length)]);
  if (analysis.excluded) rows.push([{ value: words.excluded[locale], bold: true }, count(analysis.excluded)]);
  rows.push([]);

  rows.push([{ value: words.byMonth[locale], bold: true }]);
  // Figures start in column C in every block, so the blocks line up.
  rows.push([headerCell(words.month[locale]), null, ...figureHeaders]);
  const months = filingMonths(requests);
  const firstMonthRow = rows.length;
  for (const month of months) rows.push([formatMonthTitle(month, locale), null, ...figureCells(pqrsdFigures(requests.filter((r) => r.filed.startsWith(month))))]);
  const lastMonthRow = rows.length - 1;
  if (months.length > 1) rows.push([{ value: words.total[locale], bold: true }, null, ...figureCells(pqrsdFigures(requests))]);
  rows.push([]);

  rows.push([{ value: words.bySemester[locale], bold: true }]);
  rows.push([headerCell(words.semester[locale]), null, ...figureHeaders]);
  for (const semester of [...new Set(months.map(semesterOf))]) {
    rows.push([semesterLabel(semester, locale), null, ...figureCells(pqrsdFigures(requests.filter((r) => semesterOf(r.filed) === semester)))]);
  }
  rows.push([]);

  const attention = attentionList(requests);
  rows.push([{ value: `${words.attention[locale]} (${formatCount(attention.length, locale)})`, bold: true }]);
  if (attention.length) {
    rows.push(words.list[locale].map(headerCell));
    for (const r of attention) {
      const sheet = analysis.sheetName!;
      rows.push([
        r.radicado, r.type, r.dependency ?? '', dateCell(r.filed), dateCell(r.due),
        { value: statusLabels[locale][r.status], fill: severityFills[r.status === 'vencida' ? 'error' : 'warning'] },
        r.overdueDays === null ? null : count(r.overdueDays), r.daysLeft === null ? null : count(r.daysLeft),
        { value: `${sheet}!${r.cell}`, link: { sheet, cell: r.cell } },
      ]);
    }
  } else rows.push([words.noAttention[locale]]);
  rows.push([]);

  for (const by of ['type', 'dependency'] as PqrsdDimension[]) {
    const values = dimensionValues(requests, by);
    if (!values.length) continue;
    const label = dimensionLabels[by][locale];
    rows.push([{ value: words.byDimension[locale].replace('{dimension}', label.toLowerCase()), bold: true }]);
    rows.push([headerCell(words.month[locale]), headerCell(label), ...figureHeaders]);
    for (const month of months) {
      const inMonth = requests.filter((r) => r.filed.startsWith(month));
      for (const value of dimensionValues(inMonth, by)) {
        rows.push([formatMonthTitle(month, locale), value, ...figureCells(pqrsdFigures(inMonth.filter((r) => dimensionValue(r, by) === value)))]);
      }
    }
    rows.push([]);
  }

  rows.push([{ value: words.terms[locale], bold: true }]);
  rows.push(words.termHeaders[locale].map(headerCell));
  for (const type of pqrsdTypes) {
    const t = analysis.terms[type];
    rows.push([type, t.days === null ? words.noTerm[locale] : count(t.days), t.legal === null ? words.noTerm[locale] : count(t.legal), t.shortened ? words.entityTerm[locale] : termSources[type]]);
  }
  rows.push([]);
  // Data to review sheet by sheet (PQRSD, then Términos PQRSD, then Festivos), each in row order.
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  rows.push(...reviewBlock(sheets.flatMap((name) => inSheetOrder(findings.filter((f) => f.sheet === name))), locale));

  const chartColumn = 14;
  const charts: ChartSpec[] = months.length
    ? [{
        kind: 'column',
        title: words.chart[locale],
        categories: a1Range(firstMonthRow, 0, lastMonthRow, 0),
        series: [{ name: pqrsdIndicatorRegistry.pqrsd_on_time_rate.name[locale], values: a1Range(firstMonthRow, 6, lastMonthRow, 6) }],
        anchor: { cell: a1(0, chartColumn), columns: 8, rows: 18 },
        dataLabels: true,
        max: 100,
        format: 'percent',
      }]
    : [];
  return fitColumns({ name: words.sheet[locale], rows, columnWidths: [24, 34, 30, 14, 14, 16, 16, 16, 16, 12, 12, 12, 12], charts }, { locale });
}

/** `<base>-pqrsd.json` (pqrsd.md). */
export function pqrsdJson(analysis: PqrsdAnalysis, indicators: readonly PqrsdIndicatorValue[]) {
  return {
    cutoff: analysis.cutoff,
    requests: analysis.requests.map((r: PqrsdRequest) => ({
      radicado: r.radicado,
      type: r.type,
      filed: r.filed,
      due: r.due,
      answered: r.answered,
      businessDays: r.businessDays,
      status: r.status,
      row: r.row,
    })),
    indicators: indicators.map((v) => ({ id: v.id, month: v.month, breakdown: v.breakdown, value: v.value, unit: v.unit })),
  };
}

/** Summary lines for the terminal or the task pane. */
export function pqrsdSummary(analysis: PqrsdAnalysis, findings: readonly Finding[], locale: Locale): string[] {
  const es = locale === 'es';
  if (!analysis.sheetName) return [es ? `No hay hoja «${pqrsdSheet.name.es}»: no hay vencimientos de PQRSD que calcular.` : `There is no “${pqrsdSheet.name.es}” sheet: no PQRSD due dates to compute.`];
  const f = pqrsdFigures(analysis.requests);
  const rate = f.onTimeRate === null ? (es ? 'sin respuestas' : 'none answered') : formatPercent(f.onTimeRate, 1, locale);
  const mean = f.meanResponseDays === null ? '—' : formatNumber(f.meanResponseDays, 1, locale);
  const lines = [
    es
      ? `PQRSD al ${formatDayFirst(analysis.cutoff ?? '')}: ${formatCount(f.received, locale)} solicitudes, ${formatCount(f.answered, locale)} respondidas; oportunidad de respuesta ${rate}; tiempo promedio ${mean} días hábiles.`
      : `PQRSD at ${formatDayFirst(analysis.cutoff ?? '')}: ${formatCount(f.received, locale)} requests, ${formatCount(f.answered, locale)} answered; timeliness ${rate}; mean response ${mean} business days.`,
    es
      ? `Sin respuesta: ${formatCount(f.overdue, locale)} vencidas y ${formatCount(f.dueSoon, locale)} por vencer en los próximos 5 días hábiles (lista en la hoja «${words.sheet.es}»).`
      : `Unanswered: ${formatCount(f.overdue, locale)} overdue and ${formatCount(f.dueSoon, locale)} due within 5 business days (listed in “${words.sheet.en}”).`,
  ];
  const counts = countBySeverity(findings);
  if (analysis.excluded || counts.error || counts.warning) {
    lines.push(
      es
        ? `Datos por revisar: ${formatCount(counts.error, locale)} errores y ${formatCount(counts.warning, locale)} advertencias; ${formatCount(analysis.excluded, locale)} filas sin calcular.`
        : `Data to review: ${formatCount(counts.error, locale)} errors and ${formatCount(counts.warning, locale)} warnings; ${formatCount(analysis.excluded, locale)} rows not computed.`,
    );
  }
  return lines;
}

/** Runs the PQRSD action at `options.cutoff`. */
export function runPqrsd(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const empty = emptySheetLine(workbook, pqrsdSheet, locale);
  if (empty) return emptySheetResult(empty, options.partOfAll);
  const analysis = analyzePqrsd(workbook, { cutoff: options.cutoff, locale });
  const found = analysis.sheetName !== null;
  const indicators = computePqrsdIndicators(analysis.requests);
  return {
    sheets: found ? [buildPqrsdSheet(analysis, analysis.findings, locale)] : [],
    files: found ? [{ suffix: 'pqrsd.json', json: pqrsdJson(analysis, indicators) }] : [],
    findings: analysis.findings,
    summary: pqrsdSummary(analysis, analysis.findings, locale),
  };
}

export const pqrsdAction: Action = {
  id: 'pqrsd',
  command: 'pqrsd',
  title: { es: 'Vencimientos PQRSD', en: 'PQRSD due dates' },
  run: runPqrsd,
};
