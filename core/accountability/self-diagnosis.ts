/**
 * Scoring DAFP's accountability self-diagnosis (accountability.md §1): category, stage and total
 * scores, the maturity level, DAFP's colour steps, the action plan and the comparison of vigencias.
 */
import type { CellValue, RawWorkbook } from '../workbook';
import { a1 } from '../workbook';
import { makeFinding, type Finding } from '../findings';
import type { Locale } from '../i18n';
import { normalizeName } from '../text';
import { displayCell, displayRaw, readPercentCell, readTable, type Located } from '../table';
import { inSheetOrder } from './review';
import { levelsSheet, readingRaw, selfDiagnosisSheet } from './sheets';
import {
  colourStep,
  defaultLevelBands,
  levelOf,
  matchStage,
  nextStepTarget,
  stages,
  suggestStage,
  type ColourStep,
  type LevelBand,
  type StageId,
} from './stages';

/** How the self-diagnosis total is computed: mean of all answered activities, or of the stage scores. */
export type TotalRule = 'actividades' | 'etapas';

/** One activity of the self-diagnosis as read. */
export interface SelfDiagnosisActivity {
  stage: StageId;
  category: string;
  activity: string;
  /** 0–100, or null when not answered (or unusable: then a finding says why). */
  score: number | null;
  year: number | null;
  notes: string | null;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** A1 address of the score cell. */
  cell: string;
}

export interface CategoryScore {
  category: string;
  score: number | null;
  step: ColourStep | null;
  answered: number;
  activities: number;
}

export interface StageScore {
  stage: StageId;
  score: number | null;
  step: ColourStep | null;
  answered: number;
  activities: number;
  categories: CategoryScore[];
}

/** The scores of one vigencia (or of the whole sheet when it has no `Vigencia`). */
export interface SelfDiagnosisScore {
  year: number | null;
  rule: TotalRule;
  total: number | null;
  step: ColourStep | null;
  level: LevelBand | null;
  answered: number;
  activities: number;
  /** Always the five stages, in canonical order. */
  stages: StageScore[];
}

/** A line of the *Plan de acción*: a category or an activity, and the score that reaches its next colour step. */
export interface Priority {
  kind: 'category' | 'activity';
  stage: StageId;
  category: string;
  activity: string | null;
  score: number;
  target: number;
  sheet: string | null;
  cell: string | null;
}

export interface StageChange {
  stage: StageId | 'total';
  /** One score per vigencia, in the order of `SelfDiagnosisResult.vigencias`. */
  scores: (number | null)[];
  /** Latest minus the previous vigencia, in points; null when either has no score. */
  change: number | null;
}

export interface SelfDiagnosisResult {
  /** The sheet's name as written, or null when absent. */
  sheetName: string | null;
  rule: TotalRule;
  bands: readonly LevelBand[];
  /** True when `Niveles RdC` is absent or unusable and the stated defaults apply. */
  defaultBands: boolean;
  activities: SelfDiagnosisActivity[];
  /** Ascending by year; one entry with year null when the sheet has no vigencias. */
  vigencias: SelfDiagnosisScore[];
  /** The latest vigencia's scores (what the plan and the chart show). */
  latest: SelfDiagnosisScore | null;
  plan: Priority[];
  /** Per stage and the total, when there are several vigencias; else empty. */
  changes: StageChange[];
  findings: Finding[];
}

/** Categories and activities the plan lists at most. */
export const planLimits = { categories: 5, activities: 10 } as const;

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Reads a score cell: a number 0–100 (`66`, `66,5`, `"66 %"`), blank, or unusable. */
export function parseScore(raw: CellValue): { kind: 'blank' } | { kind: 'ok'; value: number } | { kind: 'invalid' } {
  const cell = readPercentCell(raw);
  if (cell.kind === 'blank') return { kind: 'blank' };
  if (cell.kind === 'invalid') return { kind: 'invalid' };
  return cell.value >= 0 && cell.value <= 100 ? { kind: 'ok', value: cell.value } : { kind: 'invalid' };
}

/** Reads a vigencia cell: a year (number or text) or a date's year. */
function parseYear(raw: CellValue): number | undefined {
  if (raw instanceof Date) return isNaN(raw.getTime()) ? undefined : raw.getUTCFullYear();
  const text = displayRaw(raw);
  return /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100 ? Number(text) : undefined;
}

/** Reads `Autodiagnóstico RdC` into activities (findings for every unusable cell). */
export function readSelfDiagnosis(workbook: RawWorkbook, locale: Locale = 'es'): { sheetName: string | null; activities: SelfDiagnosisActivity[]; findings: Finding[] } {
  const table = readTable(workbook, readingRaw(selfDiagnosisSheet, ['score', 'year']), locale);
  const findings = [...table.findings];
  if (!table.sheetName) {
    findings.push(
      makeFinding(
        'missing-sheet',
        { params: { sheet: selfDiagnosisSheet.name[locale], purpose: locale === 'es' ? ' para calificar el autodiagnóstico' : ' to score the self-diagnosis' } },
        locale,
      ),
    );
    return { sheetName: null, activities: [], findings };
  }
  const sheet = table.sheetName;
  const scoreCol = table.columns.score;
  const read: SelfDiagnosisActivity[] = [];
  const yearHeader = selfDiagnosisSheet.columns.find((c) => c.key === 'year')!.header[locale];
  for (const row of table.rows) {
    const v = row.values as Record<string, Located<CellValue> | undefined>;
    const stageCell = v.stage;
    if (stageCell) {
      const stage = matchStage(String(stageCell.value));
      if (!stage) {
        const suggestion = suggestStage(String(stageCell.value));
        findings.push(
          makeFinding('unknown-stage', { sheet, cell: stageCell.cell, params: { value: displayRaw(stageCell.raw) }, suggestion: suggestion?.name.es ?? null }, locale),
        );
        continue;
      }
      if (!row.complete || scoreCol === undefined) continue;
      const cell = a1(row.row - 1, scoreCol);
      const activity = String(v.activity!.value);
      let score: number | null = null;
      const parsed = parseScore(v.score?.raw);
      if (parsed.kind === 'ok') score = parsed.value;
      else if (parsed.kind === 'invalid') {
        findings.push(makeFinding('score-out-of-range', { sheet, cell, params: { value: displayCell(v.score!.raw, undefined, locale) } }, locale));
      } else {
        findings.push(makeFinding('unanswered-activity', { sheet, cell, params: { activity } }, locale));
      }
      let year: number | null = null;
      if (v.year) {
        const y = parseYear(v.year.raw);
        if (y === undefined) {
          findings.push(makeFinding('invalid-number', { sheet, cell: v.year.cell, params: { column: yearHeader, value: displayCell(v.year.raw, undefined, locale) } }, locale));
          continue;
        }
        year = y;
      }
      read.push({
        stage: stage.id,
        category: String(v.category!.value),
        activity,
        score,
        year,
        notes: v.notes ? String(v.notes.value) : null,
        sheet,
        row: row.row,
        cell,
      });
    }
  }
  // With vigencias in some rows, a row without one cannot be placed: it is reported and left out.
  const anyYear = read.some((a) => a.year !== null);
  const yearCol = table.columns.year;
  const activities = anyYear ? read.filter((a) => a.year !== null) : read;
  if (anyYear && yearCol !== undefined) {
    for (const a of read) {
      if (a.year === null) {
        findings.push(makeFinding('missing-value', { sheet, cell: a1(a.row - 1, yearCol), params: { column: yearHeader } }, locale));
      }
    }
  }
  return { sheetName: sheet, activities, findings };
}

/** Reads `Niveles RdC` (optional): the level bands, or the stated defaults when it is absent or unusable. */
export function readLevelBands(workbook: RawWorkbook, locale: Locale = 'es'): { bands: LevelBand[]; isDefault: boolean; findings: Finding[] } {
  const table = readTable(workbook, levelsSheet, locale);
  const findings = [...table.findings];
  if (!table.sheetName) {
    findings.push(
      makeFinding(
        'missing-sheet',
        {
          severity: 'info',
          params: {
            sheet: levelsSheet.name[locale],
            purpose: locale === 'es' ? ': se usan los niveles por defecto (Inicial 0–40, Consolidación 40–80, Perfeccionamiento 80–100)' : ': the default levels apply (Initial 0–40, Consolidation 40–80, Refinement 80–100)',
          },
        },
        locale,
      ),
    );
    return { bands: [...defaultLevelBands], isDefault: true, findings };
  }
  const bands: LevelBand[] = [];
  for (const row of table.rows) {
    if (!row.complete) continue;
    const { level, from, to } = row.values;
    const name = String(level!.value);
    const [a, b] = [Number(from!.value), Number(to!.value)];
    bands.push({ name: { es: name, en: name }, from: Math.min(a, b), to: Math.max(a, b) });
  }
  if (!bands.length) return { bands: [...defaultLevelBands], isDefault: true, findings };
  return { bands: bands.sort((a, b) => a.from - b.from), isDefault: false, findings };
}

/** Scores one set of activities: categories and stages by the mean of their answered activities, the total by the rule. */
export function scoreActivities(activities: readonly SelfDiagnosisActivity[], rule: TotalRule, bands: readonly LevelBand[], year: number | null = null): SelfDiagnosisScore {
  const stageScores: StageScore[] = stages.map((stage) => {
    const ofStage = activities.filter((a) => a.stage === stage.id);
    const categories = new Map<string, { name: string; list: SelfDiagnosisActivity[] }>();
    for (const a of ofStage) {
      const key = normalizeName(a.category);
      const entry = categories.get(key) ?? { name: a.category, list: [] };
      entry.list.push(a);
      categories.set(key, entry);
    }
    const answered = ofStage.filter((a) => a.score !== null).map((a) => a.score!);
    const score = mean(answered);
    return {
      stage: stage.id,
      // The stage is the mean of all its answered activities, not of its categories (ANM: 47,5, not 41,3).
      score,
      step: score === null ? null : colourStep(score),
      answered: answered.length,
      activities: ofStage.length,
      categories: [...categories.values()].map(({ name, list }) => {
        const scores = list.filter((a) => a.score !== null).map((a) => a.score!);
        const s = mean(scores);
        return { category: name, score: s, step: s === null ? null : colourStep(s), answered: scores.length, activities: list.length };
      }),
    };
  });
  const answered = activities.filter((a) => a.score !== null).map((a) => a.score!);
  const total = rule === 'etapas' ? mean(stageScores.filter((s) => s.score !== null).map((s) => s.score!)) : mean(answered);
  return {
    year,
    rule,
    total,
    step: total === null ? null : colourStep(total),
    level: total === null ? null : (levelOf(total, bands) ?? null),
    answered: answered.length,
    activities: activities.length,
    stages: stageScores,
  };
}

/**
 * The *Plan de acción*: the lowest-scoring categories (at most five), then the lowest-scoring
 * activities (at most ten), each below the top colour step and with the score that reaches the next.
 */
export function actionPlan(score: SelfDiagnosisScore, activities: readonly SelfDiagnosisActivity[]): Priority[] {
  const order = (id: StageId) => stages.findIndex((s) => s.id === id);
  const categories: Priority[] = score.stages
    .flatMap((s) => s.categories.map((c) => ({ s, c })))
    .filter(({ c }) => c.score !== null && nextStepTarget(c.score) !== undefined)
    .map(({ s, c }) => ({ kind: 'category' as const, stage: s.stage, category: c.category, activity: null, score: c.score!, target: nextStepTarget(c.score!)!, sheet: null, cell: null }))
    .sort((a, b) => a.score - b.score || order(a.stage) - order(b.stage))
    .slice(0, planLimits.categories);
  const acts: Priority[] = activities
    .filter((a) => a.score !== null && nextStepTarget(a.score) !== undefined)
    .map((a) => ({ kind: 'activity' as const, stage: a.stage, category: a.category, activity: a.activity, score: a.score!, target: nextStepTarget(a.score!)!, sheet: a.sheet, cell: a.cell }))
    .sort((a, b) => a.score - b.score || order(a.stage) - order(b.stage)) // stable: sheet order within ties
    .slice(0, planLimits.activities);
  return [...categories, ...acts];
}

/** Change per stage (and total) between the last two vigencias, with every vigencia's score. */
export function compareVigencias(vigencias: readonly SelfDiagnosisScore[]): StageChange[] {
  if (vigencias.length < 2) return [];
  const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
  const prev = vigencias[vigencias.length - 2];
  const last = vigencias[vigencias.length - 1];
  const rows: StageChange[] = stages.map((stage, i) => ({
    stage: stage.id,
    scores: vigencias.map((v) => v.stages[i].score),
    change: delta(prev.stages[i].score, last.stages[i].score),
  }));
  rows.push({ stage: 'total', scores: vigencias.map((v) => v.total), change: delta(prev.total, last.total) });
  return rows;
}

/** Scores the self-diagnosis of a workbook: every vigencia, the latest one's plan, and the changes. */
export function scoreSelfDiagnosis(workbook: RawWorkbook, rule: TotalRule = 'actividades', locale: Locale = 'es'): SelfDiagnosisResult {
  const input = readSelfDiagnosis(workbook, locale);
  const levels = input.sheetName ? readLevelBands(workbook, locale) : { bands: [...defaultLevelBands], isDefault: true, findings: [] };
  const findings = [...inSheetOrder(input.findings), ...levels.findings];
  const years = [...new Set(input.activities.map((a) => a.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const vigencias = input.sheetName
    ? (years.length ? years : [null]).map((y) => scoreActivities(input.activities.filter((a) => a.year === y), rule, levels.bands, y))
    : [];
  const latest = vigencias.length ? vigencias[vigencias.length - 1] : null;
  const latestActivities = latest ? input.activities.filter((a) => a.year === latest.year) : [];
  return {
    sheetName: input.sheetName,
    rule,
    bands: levels.bands,
    defaultBands: levels.isDefault,
    activities: input.activities,
    vigencias,
    latest,
    plan: latest ? actionPlan(latest, latestActivities) : [],
    changes: compareVigencias(vigencias),
    findings,
  };
}
