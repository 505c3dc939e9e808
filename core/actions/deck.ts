/** The *slides* action (`diapositivas`): the month's deck plan, from the indicators, the checks and the accountability sheets. */
import type { RawWorkbook } from '../workbook';
import { formatMonthTitle } from '../i18n';
import type { ActionResult } from '../output';
import { computeServiceIndicators } from '../service';
import { buildSpacesBaseline, scoreSelfDiagnosis, stages, type SelfDiagnosisResult, type SpacesBaseline } from '../accountability';
import { buildDeckPlan, latestMonth, type DeckPlan, type SelfDiagnosisSummary, type SpacesSummary } from '../deck';
import type { Locale } from '../i18n';
import { runChecks } from './checks';
import type { Action, ActionOptions } from './index';
import { serviceUnusable } from './usable';

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

/** Builds the deck plan of a workbook: indicators, findings and, when their sheets exist, the accountability results. */
export function deckPlanOf(workbook: RawWorkbook, options: ActionOptions): DeckPlan | null {
  const { locale } = options;
  const { indicators } = computeServiceIndicators(workbook, { locale, years: options.years });
  const month = options.month ?? latestMonth(indicators);
  // A deck is a month's report: without service data for the month there is nothing to present.
  if (!month || !indicators.some((v) => v.month === month)) return null;
  // Its data-quality slide is about that month's figures only (issue 8, kind 6).
  const findings = runChecks(workbook, { ...options, month, cellState: undefined }).findings;
  const selfDiagnosis = selfDiagnosisForDeck(scoreSelfDiagnosis(workbook, options.totalRule, locale), locale);
  const spaces = buildSpacesBaseline(workbook, options.cutoff, locale);
  return buildDeckPlan(
    { indicators, findings, selfDiagnosis, spaces: spaces.sheetName ? spacesForDeck(spaces.baseline) : null },
    { month, entity: options.entity, group: options.group, locale },
  );
}

/** Runs the slides action: the deck plan for the host to render. */
export function runDeck(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const es = locale === 'es';
  const { data, inputs } = computeServiceIndicators(workbook, { locale, years: options.years });
  const unusable = serviceUnusable(data, inputs, options.month, locale);
  if (unusable) return { sheets: [], files: [], findings: [], summary: [], unusable };
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
