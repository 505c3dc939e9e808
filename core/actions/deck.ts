/** The *slides* action (`diapositivas`): the month's deck plan, from the indicators, the checks and the accountability sheets. */
import type { RawWorkbook } from '../workbook';
import { formatMonthTitle } from '../i18n';
import type { ActionResult } from '../output';
import { computeServiceIndicators } from '../service';
import { buildSpacesBaseline, scoreSelfDiagnosis, stages, type SelfDiagnosisResult, type SpacesBaseline } from '../accountability';
import { buildDeckPlan, latestMonth, pqrsdSlide, type DeckPlan, type PqrsdDeckSummary, type SelfDiagnosisSummary, type SpacesSummary } from '../deck';
import { analyzePqrsd, filingMonths, pqrsdFigures, type PqrsdAnalysis } from '../pqrsd';
import type { Locale } from '../i18n';
import { runChecks } from './checks';
import type { Action, ActionOptions } from './index';

/** The self-diagnosis slide's figures from the scoring's latest vigencia; null when the sheet is absent. */
export function selfDiagnosisForDeck(result: SelfDiagnosisResult, locale: Locale): SelfDiagnosisSummary | null {
  const latest = result.latest;
  if (!result.sheetName || !latest) return null;
  const stageOf = (id: string) => stages.find((s) => s.id === id)!;
  return {
    total: latest.total,
    level: latest.level?.name[locale] ?? null,
    stages: latest.stages.map((s) => ({ stage: stageOf(s.stage).name[locale], short: stageOf(s.stage).short[locale], score: s.score })),
    priorities: result.plan.map((p) => ({ stage: stageOf(p.stage).short[locale], category: p.category, activity: p.activity, score: p.score })),
  };
}

/** The spaces slide's figures from the baseline. */
export function spacesForDeck(baseline: SpacesBaseline): SpacesSummary {
  return {
    cutoff: baseline.cutoff,
    total: baseline.total,
    held: baseline.held,
    byDepartment: baseline.byDepartment,
    compliance: baseline.compliance,
    pdet: { count: baseline.pdet.count, share: baseline.pdet.share },
    municipalities: baseline.municipalities,
    departments: baseline.departments,
  };
}

/** The PQRSD slide's figures for the deck's month; null when the workbook has no `PQRSD` sheet. */
export function pqrsdForDeck(analysis: PqrsdAnalysis, month: string): PqrsdDeckSummary | null {
  if (!analysis.sheetName) return null;
  const all = pqrsdFigures(analysis.requests);
  const inMonth = pqrsdFigures(analysis.requests.filter((r) => r.filed.startsWith(month)));
  return {
    month,
    cutoff: analysis.cutoff ?? month,
    received: inMonth.received,
    answered: inMonth.answered,
    onTime: inMonth.onTime,
    onTimeRate: inMonth.onTimeRate,
    meanResponseDays: inMonth.meanResponseDays,
    overdue: all.overdue,
    dueSoon: all.dueSoon,
    trend: filingMonths(analysis.requests)
      .filter((m) => m <= month)
      .map((m) => ({ month: m, onTimeRate: pqrsdFigures(analysis.requests.filter((r) => r.filed.startsWith(m))).onTimeRate })),
  };
}

/** The plan with the PQRSD slide placed before the data-quality slides (at the end when there are none). */
export function withPqrsdSlide(plan: DeckPlan, summary: PqrsdDeckSummary | null): DeckPlan {
  const slide = summary && pqrsdSlide(summary, plan.locale);
  if (!slide) return plan;
  const at = plan.slides.findIndex((s) => s.key === 'dataQuality');
  const slides = [...plan.slides];
  slides.splice(at < 0 ? slides.length : at, 0, slide);
  return { ...plan, slides };
}

/** Builds the deck plan of a workbook: indicators, findings and, when their sheets exist, the accountability results. */
export function deckPlanOf(workbook: RawWorkbook, options: ActionOptions): DeckPlan | null {
  const { locale } = options;
  const { indicators } = computeServiceIndicators(workbook, locale);
  const month = options.month ?? latestMonth(indicators);
  // A deck is a month's report: without service data for the month there is nothing to present.
  if (!month || !indicators.some((v) => v.month === month)) return null;
  const findings = runChecks(workbook, options).findings;
  const selfDiagnosis = selfDiagnosisForDeck(scoreSelfDiagnosis(workbook, options.totalRule, locale), locale);
  const spaces = buildSpacesBaseline(workbook, options.cutoff, locale);
  const plan = buildDeckPlan(
    { indicators, findings, selfDiagnosis, spaces: spaces.sheetName ? spacesForDeck(spaces.baseline) : null },
    { month, entity: options.entity, group: options.group, locale },
  );
  return withPqrsdSlide(plan, pqrsdForDeck(analyzePqrsd(workbook, { cutoff: options.cutoff, locale }), month));
}

/** Runs the slides action: the deck plan for the host to render. */
export function runDeck(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const es = locale === 'es';
  const plan = deckPlanOf(workbook, options);
  if (!plan) {
    const which = options.month ? ` (${formatMonthTitle(options.month, locale)})` : '';
    return {
      sheets: [],
      files: [],
      findings: [],
      summary: [es ? `Diapositivas: no hay datos de canales del mes${which}; no se arma el informe.` : `Slides: there is no channel data for the month${which}; no deck is built.`],
    };
  }
  const n = plan.slides.length;
  return {
    sheets: [],
    files: [],
    findings: [],
    summary: [es ? `Diapositivas: ${n} de ${plan.period} (${plan.entity}).` : `Slides: ${n} for ${plan.period} (${plan.entity}).`],
    deck: plan,
  };
}

export const deckAction: Action = {
  id: 'deck',
  command: 'diapositivas',
  title: { es: 'Armar diapositivas', en: 'Build slides' },
  run: runDeck,
};
