/** The *slides* action (`diapositivas`): the month's deck plan, from the indicators, the checks and the accountability sheets. */
import { lastDayOfMonth } from '../config';
import { columnLetters, type RawWorkbook } from '../workbook';
import { formatMonthTitle } from '../i18n';
import type { ActionResult } from '../output';
import { computeServiceIndicators, type ServiceData, type ServiceInputs } from '../service';
import { buckets, buildSpacesBaseline, spaceTypeContextOf, scoreSelfDiagnosis, stages, type SelfDiagnosisResult, type SpacesBaseline, type Space } from '../accountability';
import { buildDeckPlan, latestMonth, pqrsdSlide, type DeckPlan, type InputGap, type SurveyGap, type PqrsdDeckSummary, type PublishedFigure, type SelfDiagnosisSummary, type SpacesSummary } from '../deck';
import { analyzePqrsd, filingMonths, pqrsdFigures, pqrsdSheet, type PqrsdAnalysis } from '../pqrsd';
import { findSpecSheet } from '../table';
import type { Locale } from '../i18n';
import type { Finding } from '../findings';
import { publishedReviewOf, type CheckReport } from '../checks';
import { checkAll } from './checks';
import { readReportTexts } from './report-texts';
import type { Action, ActionOptions } from './index';
import { serviceUnusableReason } from './usable';

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
    year: latest.year,
    unreadableRows: unreadableRows(result.findings.filter((f) => f.code === 'unknown-stage' || f.code === 'score-out-of-range')),
  };
}

/** Distinct rows named by findings (a finding's cell `B7` or range `B7:B9` counts its first row). */
function unreadableRows(findings: readonly Finding[]): number {
  return new Set(findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}|${/\d+/.exec(f.cell!)?.[0]}`)).size;
}

/** The spaces slide's figures from the baseline; `spaces` (the rows as read) give the vigencias and the unreadable rows. */
export function spacesForDeck(baseline: SpacesBaseline, spaces: readonly Space[] = []): SpacesSummary {
  const years = [...new Set(spaces.map((s) => s.date).filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
  const unreadable = spaces.filter((s) => s.statusState === 'unrecognised' || s.dateState === 'unrecognised' || s.departmentState === 'unrecognised' || s.typeState === 'unrecognised').length;
  return {
    years,
    unreadableRows: unreadable,
    cutoff: baseline.cutoff,
    total: baseline.total,
    held: baseline.held,
    // The chart shows departments; blank or unrecognised ones are counted in the note instead.
    byDepartment: Object.fromEntries(Object.entries(baseline.byDepartment).filter(([k]) => k !== buckets.blank && k !== buckets.unrecognised)),
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

/**
 * The channel-months whose interactions the deck cannot show because their input is blank, cannot
 * be read, or the channel has no row for a month its other months have: each slide that would show
 * them says so (issue 8: no partial figure presented as whole, and nothing vanishes silently).
 */
export function interactionGaps(workbook: RawWorkbook, data: ServiceData, inputs: ServiceInputs): InputGap[] {
  const gaps: InputGap[] = [];
  const column = data.canales.columns.interactions;
  for (const cm of inputs.channelMonths) {
    if (cm.interactions !== undefined) continue;
    if (cm.source === 'canales' && column !== undefined) {
      const raw = workbook.sheets.find((s) => s.name === cm.sheet)?.values[cm.row - 1]?.[column];
      const blank = raw === null || raw === undefined || (typeof raw === 'string' && !raw.trim());
      gaps.push({ month: cm.month, channel: cm.channel, where: `${cm.sheet}!${columnLetters(column)}${cm.row}`, reason: blank ? 'blank' : 'unreadable' });
    } else {
      gaps.push({ month: cm.month, channel: cm.channel, where: null, reason: 'unreadable' });
    }
  }
  for (const [, list] of inputs.entityGaps) {
    for (const g of list) {
      if (g.reason !== 'missing-channel' || !g.channel || gaps.some((x) => x.month === g.month && x.channel === g.channel)) continue;
      gaps.push({ month: g.month, channel: g.channel, where: data.canales.sheetName, reason: 'noRow' });
    }
  }
  return gaps;
}

/**
 * The channel-months whose survey figures (respondents, satisfaction, perception, trust) are
 * absent because their input is blank or cannot be read, where the row reports the survey (the
 * reader marks them missing or unreadable): the slides that would show the figure, or the
 * entity-wide figure built on it, say so and name the cell (issue 8: nothing vanishes silently).
 */
export function surveyGaps(workbook: RawWorkbook, data: ServiceData, inputs: ServiceInputs): SurveyGap[] {
  const gaps: SurveyGap[] = [];
  for (const cm of inputs.channelMonths) {
    for (const field of ['respondents', 'satisfaction', 'perception', 'trust'] as const) {
      if (cm[field] !== undefined || !(cm.unreadable.has(field) || cm.missing.has(field))) continue;
      const column = data.canales.columns[field];
      if (cm.source === 'canales' && column !== undefined) {
        const raw = workbook.sheets.find((s) => s.name === cm.sheet)?.values[cm.row - 1]?.[column];
        const blank = raw === null || raw === undefined || (typeof raw === 'string' && !raw.trim());
        gaps.push({ month: cm.month, channel: cm.channel, field, where: `${cm.sheet}!${columnLetters(column)}${cm.row}`, reason: blank ? 'blank' : 'unreadable' });
      } else {
        gaps.push({ month: cm.month, channel: cm.channel, field, where: null, reason: 'unreadable' });
      }
    }
  }
  return gaps;
}

/**
 * Builds the deck plan of a workbook: indicators, findings and, when their sheets exist, the
 * accountability results and the PQRSD slide. A workbook without service data but with PQRSD
 * requests (a coordinator who reports PQRSD only) gets the deck of what exists: cover, PQRSD,
 * data quality, closing, for the latest month of filing (as `revisar` runs on PQRSD alone).
 */
export function deckPlanOf(workbook: RawWorkbook, options: ActionOptions): DeckPlan | null {
  const { locale } = options;
  const { indicators, data, inputs } = computeServiceIndicators(workbook, { locale, years: options.years });
  let pqrsd = analyzePqrsd(workbook, { cutoff: options.cutoff, locale });
  const pqrsdOnly = indicators.length === 0 && !!pqrsd.sheetName && pqrsd.requests.length > 0;
  const month = options.month ?? latestMonth(indicators) ?? (pqrsdOnly ? filingMonths(pqrsd.requests).pop() ?? null : null);
  // A deck is a month's report: without service data (or, PQRSD only, requests) for the month there is nothing to present.
  if (!month) return null;
  // A monthly deck's default cut-off is its month's last day (issue 10), also when the month comes
  // from the PQRSD filings (never after today: a later day has not happened).
  if (pqrsdOnly && options.cutoffDefault) {
    const end = lastDayOfMonth(month);
    const cutoff = options.today !== undefined && options.today < end ? options.today : end;
    if (cutoff !== options.cutoff) {
      options = { ...options, cutoff };
      pqrsd = analyzePqrsd(workbook, { cutoff, locale });
    }
  }
  const pqrsdSummary = pqrsdForDeck(pqrsd, month);
  if (!indicators.some((v) => v.month === month) && !(pqrsdOnly && pqrsdSummary && pqrsdSlide(pqrsdSummary, locale))) return null;
  // Its data-quality slide is about that month's figures only (issue 8, kind 6).
  const { findings, report } = checkAll(workbook, { ...options, month });
  const selfDiagnosis = selfDiagnosisForDeck(scoreSelfDiagnosis(workbook, options.totalRule, locale), locale);
  const spaces = buildSpacesBaseline(workbook, options.cutoff, locale, spaceTypeContextOf(options));
  const texts = readReportTexts(workbook, locale);
  const plan = buildDeckPlan(
    {
      indicators,
      findings,
      selfDiagnosis,
      // An accountability sheet without rows is no result (not a slide of zeros).
      spaces: spaces.sheetName && spaces.baseline.total ? spacesForDeck(spaces.baseline, spaces.spaces) : null,
      published: publishedDifferences(report),
      valueDelivered: texts.valueDelivered,
      notes: texts.notes,
      glossary: texts.glossary,
      gaps: interactionGaps(workbook, data, inputs),
      surveyGaps: surveyGaps(workbook, data, inputs),
    },
    { month, names: options.names, locale },
  );
  return withPqrsdSlide(plan, pqrsdSummary);
}

/** The `Reportado` figures that differ from the computed ones (the checks' own comparison), for the footnotes. */
export function publishedDifferences(report: CheckReport): PublishedFigure[] {
  if (!report.context.data.reported.sheetName) return [];
  return publishedReviewOf(report.context).differences.map((d) => ({
    id: d.id,
    month: d.month,
    channel: d.channel,
    breakdown: d.breakdown,
    reported: d.reported.value,
    decimals: d.reported.decimals,
    computed: d.computed,
    where: `${d.sheet}!${d.cell}`,
  }));
}

/** Runs the slides action: the deck plan for the host to render. */
export function runDeck(workbook: RawWorkbook, options: ActionOptions): ActionResult {
  const { locale } = options;
  const es = locale === 'es';
  const { data, inputs } = computeServiceIndicators(workbook, { locale, years: options.years });
  const reason = serviceUnusableReason(data, inputs, options.month, locale);
  // No service data: still a deck when there are PQRSD requests (as `revisar` runs on PQRSD alone).
  const plan = reason && (reason.kind === 'month' || !findSpecSheet(workbook, pqrsdSheet)) ? null : deckPlanOf(workbook, options);
  if (reason && !plan) return { sheets: [], files: [], findings: [], summary: [], unusable: reason.message };
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
  const summary = [es ? `Diapositivas: ${n} de ${plan.period}${named(plan)}.` : `Slides: ${n} for ${plan.period}${named(plan)}.`];
  if (reason) {
    summary.push(
      es
        ? 'Diapositivas sin cifras de atención (no hay datos de canales): PQRSD y calidad de los datos.'
        : 'Slides without service figures (no channel data): PQRSD and data quality.',
    );
  }
  return { sheets: [], files: [], findings: [], summary, deck: plan };
}

function named(plan: DeckPlan): string {
  const name = plan.names.entityShort ?? plan.names.entity;
  return name ? ` (${name})` : '';
}

export const deckAction: Action = {
  id: 'deck',
  command: 'diapositivas',
  title: { es: 'Armar diapositivas', en: 'Build slides' },
  run: runDeck,
};
