/** The *spaces baseline* action: the `Línea base espacios` sheet and `<base>-espacios.json`. */
import type { RawWorkbook } from '../workbook';
import { a1, a1Range } from '../workbook';
import { countBySeverity, type Finding } from '../findings';
import { formatCount, formatMonthTitle, formatPercent, type Locale } from '../i18n';
import { fitColumns, type ActionResult, type ChartSpec, type OutputCell, type OutputSheet } from '../output';
import { accountabilitySheetNames, buckets, buildSpacesBaseline, spaceTypeContextOf, excelSerial, formatDayFirst, headerCell, reviewBlock, upcomingDays, type SpacesBaseline } from '../accountability';
import type { Action, ActionOptions } from './index';
import { emptySheetLine, emptySheetResult } from './usable';
import { spacesSheet } from '../accountability/sheets';

const bucketLabel: Record<Locale, Record<string, string>> = {
  es: { [buckets.blank]: 'Sin dato', [buckets.unrecognised]: 'No reconocido' },
  en: { [buckets.blank]: 'Blank', [buckets.unrecognised]: 'Unrecognised' },
};
const isBucket = (key: string) => key === buckets.blank || key === buckets.unrecognised;

/** `<base>-espacios.json` (cli.md). */
export function spacesJson(baseline: SpacesBaseline) {
  return {
    cutoff: baseline.cutoff,
    total: baseline.total,
    byStatus: baseline.byStatus,
    byType: baseline.byType,
    byDepartment: baseline.byDepartment,
    byMonth: baseline.byMonth,
    held: baseline.held,
    heldAfterCutoff: baseline.heldAfterCutoff,
    scheduledDue: baseline.scheduledDue,
    compliance: baseline.compliance,
    pdet: baseline.pdet,
    municipalities: baseline.municipalities,
    departments: baseline.departments,
    withoutMunicipality: baseline.withoutMunicipality,
    upcoming: baseline.upcoming.map((u) => ({ date: u.date, type: u.type, department: u.department, municipality: u.municipality, cell: u.cell })),
  };
}

function dateCell(iso: string): OutputCell {
  return { value: excelSerial(iso), format: 'date' };
}

/** Builds `Línea base espacios`: the indicators at the cut-off, counts by status, type, department and month, charts. */
export function buildSpacesSheet(baseline: SpacesBaseline, findings: readonly Finding[], locale: Locale): OutputSheet {
  const es = locale === 'es';
  const rows: OutputCell[][] = [];
  rows.push([{ value: es ? 'Línea base de espacios de rendición de cuentas' : 'Accountability spaces baseline', bold: true }]);
  rows.push([{ value: es ? 'Fecha de corte' : 'Cut-off date', bold: true }, dateCell(baseline.cutoff)]);
  rows.push([]);
  rows.push([es ? 'Indicador' : 'Indicator', es ? 'Valor' : 'Value', es ? 'Cómo se calcula' : 'How it is computed'].map(headerCell));
  const count = (n: number): OutputCell => ({ value: n, format: 'count' });
  const percent = (p: number | null): OutputCell => ({ value: p, format: 'percent' });
  rows.push([es ? 'Espacios registrados' : 'Spaces recorded', count(baseline.total), es ? 'todas las filas no vacías de la hoja' : 'every non-blank row of the sheet']);
  rows.push([es ? 'Realizadas' : 'Held', count(baseline.held), es ? 'Estado = Realizada, con fecha hasta el corte (o sin fecha)' : 'Status = Realizada, dated up to the cut-off (or undated)']);
  if (baseline.heldAfterCutoff) rows.push([es ? 'Realizadas con fecha posterior al corte' : 'Held dated after the cut-off', count(baseline.heldAfterCutoff), es ? 'no cuentan como realizadas ni en el cumplimiento hasta corregir estado o fecha' : 'not counted as held nor in the compliance until status or date is corrected']);
  rows.push([es ? 'Programadas hasta el corte' : 'Scheduled up to the cut-off', count(baseline.scheduledDue), es ? 'Estado = Programada, con fecha hasta el corte' : 'Status = Programada, dated up to the cut-off']);
  rows.push([es ? 'Cumplimiento' : 'Compliance', percent(baseline.compliance), es ? 'realizadas / (realizadas + programadas hasta el corte)' : 'held / (held + scheduled up to the cut-off)']);
  rows.push([es ? 'Espacios en municipios PDET' : 'Spaces in PDET municipalities', count(baseline.pdet.count), es ? 'PDET = Sí' : 'PDET = Yes']);
  rows.push([es ? 'Participación PDET' : 'PDET share', percent(baseline.pdet.share), es ? 'espacios PDET / espacios registrados' : 'PDET spaces / spaces recorded']);
  if (baseline.pdet.unreadable) rows.push([es ? 'Celdas PDET ilegibles' : 'Unreadable PDET cells', count(baseline.pdet.unreadable), es ? 'no cuentan como PDET hasta corregirlas' : 'not counted as PDET until corrected']);
  rows.push([es ? 'Municipios alcanzados' : 'Municipalities reached', count(baseline.municipalities), es ? 'municipios DIVIPOLA distintos (cualquier estado)' : 'distinct DIVIPOLA municipalities (any status)']);
  rows.push([es ? 'Departamentos alcanzados' : 'Departments reached', count(baseline.departments), es ? 'departamentos DIVIPOLA distintos (cualquier estado)' : 'distinct DIVIPOLA departments (any status)']);
  if (baseline.withoutMunicipality) rows.push([es ? 'Espacios sin municipio reconocido' : 'Spaces without a recognised municipality', count(baseline.withoutMunicipality), es ? 'con departamento DIVIPOLA y municipio vacío o no reconocido: cuentan en departamentos, no en municipios' : 'with a DIVIPOLA department and a blank or unrecognised municipality: counted in departments, not in municipalities']);
  rows.push([es ? `Próximos ${upcomingDays} días` : `Next ${upcomingDays} days`, count(baseline.upcoming.length), es ? 'programadas con fecha en los 30 días siguientes al corte' : 'scheduled in the 30 days after the cut-off']);
  rows.push([]);

  const label = (key: string) => (isBucket(key) ? bucketLabel[locale][key] : key);
  const block = (title: string, head: string, counts: Record<string, number>, show: (key: string) => string = label) => {
    rows.push([{ value: title, bold: true }]);
    rows.push([head, es ? 'Espacios' : 'Spaces'].map(headerCell));
    const first = rows.length;
    for (const [key, n] of Object.entries(counts)) rows.push([show(key), count(n)]);
    // Charts leave out the buckets (blank or unrecognised values), which come last.
    const lastCharted = first + Object.keys(counts).filter((k) => !isBucket(k)).length - 1;
    rows.push([]);
    return { first, lastCharted };
  };
  block(es ? 'Por estado' : 'By status', es ? 'Estado' : 'Status', baseline.byStatus);
  block(es ? 'Por tipo de espacio' : 'By space type', es ? 'Tipo de espacio' : 'Space type', baseline.byType);
  const byDepartment = block(es ? 'Por departamento' : 'By department', es ? 'Departamento' : 'Department', baseline.byDepartment);
  const byMonth = block(es ? 'Por mes' : 'By month', es ? 'Mes' : 'Month', baseline.byMonth, (k) => (isBucket(k) ? label(k) : formatMonthTitle(k, locale)));

  rows.push([{ value: es ? `Próximos espacios (${upcomingDays} días después del corte)` : `Upcoming spaces (${upcomingDays} days after the cut-off)`, bold: true }]);
  if (baseline.upcoming.length) {
    rows.push([es ? 'Fecha' : 'Date', es ? 'Tipo de espacio' : 'Space type', es ? 'Departamento' : 'Department', es ? 'Municipio' : 'Municipality', es ? 'Celda' : 'Cell'].map(headerCell));
    for (const u of baseline.upcoming) {
      rows.push([dateCell(u.date), u.type ?? '', u.department ?? '', u.municipality ?? '', u.cell ? { value: `${u.sheet}!${u.cell}`, link: { sheet: u.sheet, cell: u.cell } } : '']);
    }
  } else {
    rows.push([es ? 'Ningún espacio programado en ese periodo.' : 'No space scheduled in that period.']);
  }
  rows.push([]);
  rows.push(...reviewBlock(findings, locale));

  const chartCol = 4;
  const charts: ChartSpec[] = [];
  if (byDepartment.lastCharted >= byDepartment.first) {
    charts.push({
      kind: 'bar',
      title: es ? 'Espacios por departamento' : 'Spaces by department',
      categories: a1Range(byDepartment.first, 0, byDepartment.lastCharted, 0),
      series: [{ name: es ? 'Espacios' : 'Spaces', values: a1Range(byDepartment.first, 1, byDepartment.lastCharted, 1) }],
      anchor: { cell: a1(0, chartCol), columns: 8, rows: 20 },
      dataLabels: true,
      format: 'count',
    });
  }
  if (byMonth.lastCharted >= byMonth.first) {
    charts.push({
      kind: 'column',
      title: es ? 'Espacios por mes' : 'Spaces by month',
      categories: a1Range(byMonth.first, 0, byMonth.lastCharted, 0),
      series: [{ name: es ? 'Espacios' : 'Spaces', values: a1Range(byMonth.first, 1, byMonth.lastCharted, 1) }],
      anchor: { cell: a1(21, chartCol), columns: 8, rows: 18 },
      dataLabels: true,
      format: 'count',
    });
  }
  return fitColumns({ name: accountabilitySheetNames.spaces[locale], rows, columnWidths: [34, 14, 48, 3, 16, 60, 24], charts }, { locale });
}

/** Summary lines for the terminal or the task pane. */
export function spacesSummary(baseline: SpacesBaseline, findings: readonly Finding[], sheetFound: boolean, locale: Locale): string[] {
  const es = locale === 'es';
  if (!sheetFound) return [es ? 'No hay hoja «Espacios RdC»: no hay línea base de espacios.' : 'There is no “Espacios RdC” sheet: no spaces baseline.'];
  const cutoff = formatDayFirst(baseline.cutoff);
  const compliance = baseline.compliance === null ? (es ? 'sin dato' : 'n/a') : formatPercent(baseline.compliance, 1, locale);
  const share = baseline.pdet.share === null ? '—' : formatPercent(baseline.pdet.share, 1, locale);
  const unreadable = baseline.pdet.unreadable ? (es ? `; ${baseline.pdet.unreadable} celdas PDET ilegibles` : `; ${baseline.pdet.unreadable} unreadable PDET cells`) : '';
  // Departments also count spaces whose municipality is blank or unrecognised: say so, or `8 municipios en 12 departamentos` reads as a contradiction.
  const withoutEs = baseline.withoutMunicipality ? ` (${formatCount(baseline.withoutMunicipality, locale)} espacios con departamento sin municipio reconocido)` : '';
  const withoutEn = baseline.withoutMunicipality ? ` (${formatCount(baseline.withoutMunicipality, locale)} spaces with a department but no recognised municipality)` : '';
  const heldLate = baseline.heldAfterCutoff
    ? es
      ? ` ${formatCount(baseline.heldAfterCutoff, locale)} marcadas Realizada con fecha posterior al corte no se cuentan.`
      : ` ${formatCount(baseline.heldAfterCutoff, locale)} marked Realizada with a date after the cut-off are not counted.`
    : '';
  const lines = [
    es
      ? `Espacios de rendición de cuentas al ${cutoff}: ${formatCount(baseline.total, locale)} registrados, ${formatCount(baseline.held, locale)} realizadas, ${formatCount(baseline.scheduledDue, locale)} programadas hasta el corte; cumplimiento ${compliance}.${heldLate}`
      : `Accountability spaces at ${cutoff}: ${formatCount(baseline.total, locale)} recorded, ${formatCount(baseline.held, locale)} held, ${formatCount(baseline.scheduledDue, locale)} scheduled up to the cut-off; compliance ${compliance}.${heldLate}`,
    es
      ? `PDET: ${formatCount(baseline.pdet.count, locale)} (${share}${unreadable}). Alcance: ${formatCount(baseline.departments, locale)} departamentos y ${formatCount(baseline.municipalities, locale)} municipios${withoutEs}. Próximos ${upcomingDays} días: ${formatCount(baseline.upcoming.length, locale)}.`
      : `PDET: ${formatCount(baseline.pdet.count, locale)} (${share}${unreadable}). Reach: ${formatCount(baseline.departments, locale)} departments and ${formatCount(baseline.municipalities, locale)} municipalities${withoutEn}. Next ${upcomingDays} days: ${formatCount(baseline.upcoming.length, locale)}.`,
  ];
  const counts = countBySeverity(findings);
  if (counts.error || counts.warning) {
    lines.push(
      es
        ? `Datos por revisar: ${formatCount(counts.error, locale)} errores y ${formatCount(counts.warning, locale)} advertencias (fechas, nombres DIVIPOLA, estados…; ver la hoja de resultado).`
        : `Data to review: ${formatCount(counts.error, locale)} errors and ${formatCount(counts.warning, locale)} warnings (dates, DIVIPOLA names, statuses…; see the result sheet).`,
    );
  }
  return lines;
}

/** Runs the spaces baseline action on a workbook at `options.cutoff`. */
export function runSpaces(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const empty = emptySheetLine(workbook, spacesSheet, locale);
  if (empty) return emptySheetResult(empty, options.partOfAll);
  const { sheetName, baseline, findings } = buildSpacesBaseline(workbook, options.cutoff, locale, spaceTypeContextOf(options));
  // A sheet without any row is no baseline: no sheet and no file of zeros (a template left empty).
  const found = sheetName !== null && baseline.total > 0;
  return {
    sheets: found ? [buildSpacesSheet(baseline, findings, locale)] : [],
    files: found ? [{ suffix: 'espacios.json', json: spacesJson(baseline) }] : [],
    findings,
    summary: spacesSummary(baseline, findings, found, locale),
  };
}

export const spacesAction: Action = {
  id: 'spaces',
  command: 'espacios',
  title: { es: 'Línea base de espacios', en: 'Spaces baseline' },
  run: runSpaces,
};
