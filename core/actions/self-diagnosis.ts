/** The *score self-diagnosis* action: the `Resultado autodiagnóstico` sheet and `<base>-autodiagnostico.json`. */
import type { RawWorkbook } from '../workbook';
import { a1, a1Range } from '../workbook';
import { countBySeverity } from '../findings';
import { formatCount, formatNumber, type Locale } from '../i18n';
import { fitColumns, type ActionResult, type ChartSpec, type OutputCell, type OutputSheet } from '../output';
import { emptySheetLine, emptySheetResult } from './usable';
import { selfDiagnosisSheet } from '../accountability/sheets';
import {
  accountabilitySheetNames,
  colourSteps,
  headerCell,
  planLimits,
  reviewBlock,
  scoreSelfDiagnosis,
  stages,
  type ColourStep,
  type SelfDiagnosisResult,
  type StageId,
} from '../accountability';
import type { Action, ActionOptions, TotalRule } from './index';

const stageOf = (id: StageId) => stages.find((s) => s.id === id)!;

const ruleText: Record<Locale, Record<TotalRule, string>> = {
  es: {
    actividades: 'actividades: promedio de todas las actividades respondidas',
    etapas: 'etapas: promedio de los puntajes de las etapas que tienen respuestas',
  },
  en: {
    actividades: 'actividades: mean of all answered activities',
    etapas: 'etapas: mean of the scores of the stages that have answers',
  },
};

/** A score to one decimal for people (`47,5`). */
function score1(value: number, locale: Locale): string {
  return formatNumber(value, 1, locale);
}

/** A signed change of score points (`+5,0`, `−2,3`). */
function signed(value: number, locale: Locale): string {
  const text = formatNumber(value, 1, locale);
  return value > 0 && text !== formatNumber(0, 1, locale) ? `+${text}` : text;
}

function scoreCell(value: number | null, step: ColourStep | null): OutputCell {
  // One decimal, as the slide shows scores (`47,5`).
  return { value, format: 'decimal', decimals: 1, ...(step ? { fill: colourSteps[step - 1].fill } : {}) };
}

function stepCell(step: ColourStep | null, locale: Locale): OutputCell {
  if (!step) return locale === 'es' ? 'Sin respuestas' : 'No answers';
  const s = colourSteps[step - 1];
  return { value: `${s.range} (${s.colour[locale]})`, fill: s.fill };
}

/** `<base>-autodiagnostico.json` (cli.md): the latest vigencia's scores, the plan, and every vigencia with the changes. */
export function selfDiagnosisJson(result: SelfDiagnosisResult) {
  const latest = result.latest;
  return {
    rule: result.rule,
    vigencia: latest?.year ?? null,
    total: latest?.total ?? null,
    level: latest?.level?.name.es ?? null,
    levels: { default: result.defaultBands, bands: result.bands.map((b) => ({ level: b.name.es, from: b.from, to: b.to })) },
    answered: latest?.answered ?? 0,
    activities: latest?.activities ?? 0,
    stages: stages.map((stage, i) => {
      const s = latest?.stages[i];
      return {
        stage: stage.name.es,
        score: s?.score ?? null,
        step: s?.step ?? null,
        answered: s?.answered ?? 0,
        activities: s?.activities ?? 0,
        categories: (s?.categories ?? []).map((c) => ({ category: c.category, score: c.score, step: c.step, answered: c.answered, activities: c.activities })),
      };
    }),
    priorities: result.plan.map((p) => ({ kind: p.kind, stage: stageOf(p.stage).name.es, category: p.category, activity: p.activity, score: p.score, target: p.target })),
    vigencias: result.vigencias.map((v) => ({
      vigencia: v.year,
      total: v.total,
      level: v.level?.name.es ?? null,
      stages: v.stages.map((s) => ({ stage: stageOf(s.stage).name.es, score: s.score, answered: s.answered, activities: s.activities })),
    })),
    changes: result.changes.map((c) => ({
      stage: c.stage === 'total' ? 'Total' : stageOf(c.stage).name.es,
      scores: Object.fromEntries(result.vigencias.map((v, i) => [String(v.year), c.scores[i]])),
      change: c.change,
    })),
  };
}

/** Builds `Resultado autodiagnóstico`: scores by stage and category, total, level, plan, comparison and a chart. */
export function buildSelfDiagnosisSheet(result: SelfDiagnosisResult, locale: Locale): OutputSheet {
  const es = locale === 'es';
  const latest = result.latest!;
  const rows: OutputCell[][] = [];
  const title = es ? 'Resultado del autodiagnóstico de rendición de cuentas' : 'Accountability self-diagnosis result';
  rows.push([{ value: latest.year !== null ? `${title} — ${es ? 'vigencia' : 'year'} ${latest.year}` : title, bold: true }]);
  rows.push([es ? 'Regla del total' : 'Total rule', ruleText[locale][result.rule]]);
  const level = latest.level ? latest.level.name[locale] : es ? 'Sin nivel' : 'No level';
  rows.push([
    { value: es ? 'Puntaje total' : 'Total score', bold: true },
    scoreCell(latest.total, latest.step),
    { value: es ? 'Nivel' : 'Level', bold: true },
    level,
    result.defaultBands ? (es ? 'Niveles por defecto (configurables en la hoja «Niveles RdC»)' : 'Default levels (configurable in the “Niveles RdC” sheet)') : es ? 'Niveles de la hoja «Niveles RdC»' : 'Levels from the “Niveles RdC” sheet',
  ]);
  rows.push([es ? 'Actividades respondidas' : 'Answered activities', es ? `${latest.answered} de ${latest.activities}` : `${latest.answered} of ${latest.activities}`]);
  rows.push([]);

  // Stages: the chart's data (short names, scores against 100).
  rows.push([es ? 'Etapa' : 'Stage', es ? 'Nombre completo' : 'Full name', es ? 'Puntaje' : 'Score', es ? 'Máximo' : 'Maximum', es ? 'Respondidas' : 'Answered', es ? 'Actividades' : 'Activities', es ? 'Paso DAFP' : 'DAFP step'].map(headerCell));
  const firstStageRow = rows.length;
  for (const s of latest.stages) {
    const stage = stageOf(s.stage);
    rows.push([stage.short[locale], stage.name[locale], scoreCell(s.score, s.step), { value: 100, format: 'decimal' }, { value: s.answered, format: 'count' }, { value: s.activities, format: 'count' }, stepCell(s.step, locale)]);
  }
  const lastStageRow = rows.length - 1;
  rows.push([]);

  rows.push([{ value: es ? 'Categorías' : 'Categories', bold: true }]);
  rows.push([es ? 'Etapa' : 'Stage', es ? 'Categoría' : 'Category', es ? 'Puntaje' : 'Score', '', es ? 'Respondidas' : 'Answered', es ? 'Actividades' : 'Activities', es ? 'Paso DAFP' : 'DAFP step'].map(headerCell));
  for (const s of latest.stages) {
    for (const c of s.categories) {
      rows.push([stageOf(s.stage).short[locale], c.category, scoreCell(c.score, c.step), null, { value: c.answered, format: 'count' }, { value: c.activities, format: 'count' }, stepCell(c.step, locale)]);
    }
  }
  rows.push([]);

  rows.push([{ value: result.defaultBands ? (es ? 'Niveles (por defecto)' : 'Levels (defaults)') : es ? 'Niveles' : 'Levels', bold: true }]);
  rows.push([es ? 'Nivel' : 'Level', es ? 'Desde' : 'From', es ? 'Hasta' : 'To'].map(headerCell));
  for (const b of result.bands) rows.push([b.name[locale], { value: b.from, format: 'decimal' }, { value: b.to, format: 'decimal' }]);
  rows.push([es ? 'Un puntaje en el límite entre dos niveles toma el nivel superior.' : 'A score on the boundary between two levels takes the higher level.']);
  rows.push([]);

  rows.push([{ value: es ? 'Pasos de color DAFP' : 'DAFP colour steps', bold: true }]);
  // The colour sits between the step and its range: a right-aligned step next to a left-aligned
  // range read as one number ("221–40").
  rows.push([es ? 'Paso' : 'Step', es ? 'Color' : 'Colour', es ? 'Rango' : 'Range'].map(headerCell));
  for (const s of colourSteps) rows.push([{ value: s.step, format: 'count' }, { value: s.colour[locale], fill: s.fill }, s.range]);
  rows.push([es ? 'Un puntaje entre dos rangos (por ejemplo 20,5) pertenece al paso superior (21–40).' : 'A score between two ranges (e.g. 20.5) belongs to the upper step (21–40).']);
  rows.push([]);

  rows.push([{ value: es ? 'Plan de acción' : 'Action plan', bold: true }]);
  rows.push([
    es
      ? `Las categorías (hasta ${planLimits.categories}) y las actividades (hasta ${planLimits.activities}) con menor puntaje, con el puntaje que alcanza el siguiente paso de color.`
      : `The categories (up to ${planLimits.categories}) and activities (up to ${planLimits.activities}) with the lowest scores, with the score that reaches the next colour step.`,
  ]);
  if (result.plan.length) {
    rows.push([es ? 'Tipo' : 'Kind', es ? 'Etapa' : 'Stage', es ? 'Categoría' : 'Category', es ? 'Actividad' : 'Activity', es ? 'Puntaje' : 'Score', es ? 'Meta (siguiente paso)' : 'Target (next step)', es ? 'Celda' : 'Cell'].map(headerCell));
    for (const p of result.plan) {
      rows.push([
        p.kind === 'category' ? (es ? 'Categoría' : 'Category') : es ? 'Actividad' : 'Activity',
        stageOf(p.stage).short[locale],
        p.category,
        p.activity ?? '',
        { value: p.score, format: 'decimal' },
        { value: p.target, format: 'decimal' },
        p.sheet && p.cell ? { value: `${p.sheet}!${p.cell}`, link: { sheet: p.sheet, cell: p.cell } } : '',
      ]);
    }
  } else {
    rows.push([es ? 'No hay categorías ni actividades por debajo del paso más alto.' : 'No category or activity is below the top step.']);
  }
  rows.push([]);

  if (result.changes.length) {
    const years = result.vigencias.map((v) => String(v.year));
    rows.push([{ value: es ? 'Comparación de vigencias' : 'Comparison of years', bold: true }]);
    rows.push([es ? 'Etapa' : 'Stage', ...years, es ? `Cambio ${years[years.length - 2]}→${years[years.length - 1]}` : `Change ${years[years.length - 2]}→${years[years.length - 1]}`].map(headerCell));
    for (const c of result.changes) {
      rows.push([
        c.stage === 'total' ? (es ? 'Total' : 'Total') : stageOf(c.stage).short[locale],
        ...c.scores.map((v): OutputCell => ({ value: v, format: 'decimal' })),
        { value: c.change, format: 'decimal' },
      ]);
    }
    rows.push([]);
  }

  rows.push(...reviewBlock(result.findings, locale));

  const chartCol = 8;
  const charts: ChartSpec[] = [
    {
      kind: 'bar',
      title: es ? `Calificación por etapas${latest.year !== null ? ` ${latest.year}` : ''}` : `Score by stage${latest.year !== null ? ` ${latest.year}` : ''}`,
      categories: a1Range(firstStageRow, 0, lastStageRow, 0),
      series: [{ name: es ? 'Puntaje' : 'Score', values: a1Range(firstStageRow, 2, lastStageRow, 2) }],
      anchor: { cell: a1(0, chartCol), columns: 8, rows: 18 },
      dataLabels: true,
      max: 100,
      format: 'decimal',
    },
  ];
  return fitColumns({ name: accountabilitySheetNames.selfDiagnosis[locale], rows, columnWidths: [16, 60, 12, 12, 12, 12, 22, 3], charts }, { locale });
}

/** Summary lines for the terminal or the task pane. */
export function selfDiagnosisSummary(result: SelfDiagnosisResult, locale: Locale): string[] {
  const es = locale === 'es';
  const latest = result.latest;
  if (!latest) return [es ? 'No hay hoja «Autodiagnóstico RdC»: no hay nada que calificar.' : 'There is no “Autodiagnóstico RdC” sheet: nothing to score.'];
  const lines: string[] = [];
  const year = latest.year !== null ? (es ? ` (vigencia ${latest.year})` : ` (${latest.year})`) : '';
  const bands = result.defaultBands ? (es ? ', niveles por defecto' : ', default levels') : '';
  if (latest.total === null) {
    lines.push(es ? `Autodiagnóstico${year}: ninguna actividad tiene puntaje.` : `Self-diagnosis${year}: no activity has a score.`);
  } else {
    lines.push(
      es
        ? `Autodiagnóstico${year}: total ${score1(latest.total, locale)} con la regla «${result.rule}» — nivel ${latest.level?.name.es ?? 'sin nivel'}${bands}.`
        : `Self-diagnosis${year}: total ${score1(latest.total, locale)} by the “${result.rule}” rule — level ${latest.level?.name.en ?? 'none'}${bands}.`,
    );
  }
  const stageText = latest.stages
    .map((s) => `${stageOf(s.stage).short[locale]} ${s.score === null ? (es ? 'sin respuestas' : 'no answers') : score1(s.score, locale)}`)
    .join(' · ');
  lines.push(`${es ? 'Etapas' : 'Stages'}: ${stageText}.`);
  const cats = result.plan.filter((p) => p.kind === 'category').length;
  const acts = result.plan.filter((p) => p.kind === 'activity').length;
  if (result.plan.length) {
    lines.push(es ? `Plan de acción: ${cats} categorías y ${acts} actividades con menor puntaje.` : `Action plan: ${cats} categories and ${acts} activities with the lowest scores.`);
  }
  if (result.changes.length) {
    const years = result.vigencias.map((v) => v.year);
    const text = result.changes
      .map((c) => `${c.stage === 'total' ? 'Total' : stageOf(c.stage).short[locale]} ${c.change === null ? '—' : signed(c.change, locale)}`)
      .join(' · ');
    lines.push(`${es ? 'Cambio' : 'Change'} ${years[years.length - 2]}→${years[years.length - 1]}: ${text}.`);
  }
  const counts = countBySeverity(result.findings);
  if (counts.error || counts.warning) {
    lines.push(
      es
        ? `Datos por revisar: ${formatCount(counts.error, locale)} errores y ${formatCount(counts.warning, locale)} advertencias (ver la hoja de resultado).`
        : `Data to review: ${formatCount(counts.error, locale)} errors and ${formatCount(counts.warning, locale)} warnings (see the result sheet).`,
    );
  }
  return lines;
}

/** Runs the self-diagnosis action on a workbook. */
export function runSelfDiagnosis(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const empty = emptySheetLine(workbook, selfDiagnosisSheet, locale);
  if (empty) return emptySheetResult(empty, options.partOfAll);
  const result = scoreSelfDiagnosis(workbook, options.totalRule ?? 'actividades', locale);
  // A sheet without any row is no result: no sheet and no file of zeros (a template left empty).
  const scored = result.latest !== null && result.activities.length > 0;
  return {
    sheets: scored ? [buildSelfDiagnosisSheet(result, locale)] : [],
    files: scored ? [{ suffix: 'autodiagnostico.json', json: selfDiagnosisJson(result) }] : [],
    findings: result.findings,
    summary: selfDiagnosisSummary(result, locale),
  };
}

export const selfDiagnosisAction: Action = {
  id: 'selfDiagnosis',
  command: 'autodiagnostico',
  title: { es: 'Calificar autodiagnóstico', en: 'Score self-diagnosis' },
  run: runSelfDiagnosis,
};
