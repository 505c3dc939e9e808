/**
 * The *check consistency* action (`revisar`): the `Hallazgos` sheet, `<base>-hallazgos.json`, the
 * terminal summary and the reversible marks on the offending cells.
 *
 * Marks need each offending cell's current fill and note (to restore them later). A host that can
 * read them synchronously passes `cellState` in the options; the action then returns `marks.apply`
 * (previous marks restored first, then the new ones) and the hidden record sheet `_cc_marcas`. A host
 * that reads asynchronously (Office.js) runs the action without `cellState`, reads the states of
 * `markTargets(result.findings, readMarkRecord(workbook))` in one batch, and calls `checksMarks`.
 */
import type { RawWorkbook } from '../workbook';
import type { Finding } from '../findings';
import type { ActionResult, CellMark, OutputSheet } from '../output';
import {
  buildFindingsSheet,
  checkWorkbook,
  scopeFindings,
  findingsJson,
  findingsSummary,
  markRecordSheet,
  planClearMarks,
  planMarks,
  readMarkRecord,
  sortFindings,
  type CellStateReader,
  type CheckReport,
  type PublishedCounts,
} from '../checks';
import { readConfig } from '../config';
import { readReportTexts } from './report-texts';
import { readLevelBands, readSelfDiagnosis, readSpaces, spaceTypeContextOf } from '../accountability';
import type { Action, ActionOptions } from './index';
import { serviceUnusableReason } from './usable';
import { findSpecSheet } from '../table';
import { pqrsdSheet } from '../pqrsd';
import { formatMonthInText } from '../i18n';

/** The action's options: the shared ones, plus how the host reads a cell's current fill and note. */
export interface ChecksActionOptions extends ActionOptions {
  /** Reads a cell's current fill (`RRGGBB`) and note; without it no marks are planned. */
  cellState?: CellStateReader;
}

/**
 * The accountability sheets' findings (departments, municipalities, stages, scores, status and
 * dates), for the sheets the workbook has: an absent accountability sheet is not a finding here.
 */
export function accountabilityFindings(workbook: RawWorkbook, options: Pick<ActionOptions, 'locale' | 'cutoff'> & Partial<Pick<ActionOptions, 'names' | 'extraSpaceTypes'>>): Finding[] {
  const out: Finding[] = [];
  const selfDiagnosis = readSelfDiagnosis(workbook, options.locale);
  if (selfDiagnosis.sheetName) {
    out.push(...selfDiagnosis.findings);
    out.push(...readLevelBands(workbook, options.locale).findings.filter((f) => f.code !== 'missing-sheet'));
  }
  const spaces = readSpaces(workbook, options.cutoff, options.locale, spaceTypeContextOf(options));
  if (spaces.sheetName) out.push(...spaces.findings);
  return out;
}

/** The marks of these findings for a workbook, given the cells' current state: what to apply and the record sheet to write. */
export function checksMarks(workbook: RawWorkbook, findings: readonly Finding[], read: CellStateReader): { marks: { apply: CellMark[] }; undo: CellMark[]; sheet: OutputSheet } {
  const plan = planMarks(findings, read, readMarkRecord(workbook));
  return { marks: { apply: plan.apply }, undo: plan.undo, sheet: markRecordSheet(plan.record) };
}

/**
/**
 * Every check of the month's report on a workbook: the registry's and the reading of the report's
 * own sheets (`Configuración`, `Entregas de valor`, `Notas del informe`, `Glosario`). Findings in
 * their scope (issue 8, kind 6): with `options.month`, those of the months that month's report rests
 * on; the accountability sheets' findings are reported by their own actions (`accountabilityFindings`)
 * and counted apart. Findings sorted; the report keeps the published-figures review (the deck's footnotes).
 */
export function checkAll(workbook: RawWorkbook, options: ActionOptions): { findings: Finding[]; report: CheckReport } {
  const { locale } = options;
  const report = checkWorkbook(
    workbook,
    { locale, unusualChangeThreshold: options.unusualChangeThreshold, entity: options.entity, cutoff: options.cutoff, years: options.years },
    [...readConfig(workbook, locale).findings, ...readReportTexts(workbook, locale).findings],
  );
  const inScope = options.month ? scopeFindings(report.findings, report.context.data, options.month) : report.findings;
  return { findings: sortFindings(inScope, workbook), report };
}

/**
 * Runs every check on a workbook. Unusable (nothing written) when `--mes` names a month without data,
 * or when there is nothing to check: no service data and no PQRSD sheet.
 */
export function runChecks(workbook: RawWorkbook, options: ChecksActionOptions): ActionResult {
  const { locale } = options;
  const { findings, report } = checkAll(workbook, options);
  const reason = serviceUnusableReason(report.context.data, report.context.inputs, options.month, locale);
  if (reason && (reason.kind === 'month' || !findSpecSheet(workbook, pqrsdSheet))) return { sheets: [], files: [], findings: [], summary: [], unusable: reason.message };
  const published: PublishedCounts | null = report.published && { checked: report.published.checked, unverified: report.published.unverified.length };
  const summary = findingsSummary(findings, locale, published);
  if (options.month) {
    summary.unshift(
      locale === 'es'
        ? `Alcance: el informe de ${formatMonthInText(options.month, locale)} y los meses de los que dependen sus cifras.`
        : `Scope: the report of ${formatMonthInText(options.month, locale)} and the months its figures rest on.`,
    );
  }
  const result: ActionResult = {
    sheets: [buildFindingsSheet(findings, locale, published)],
    files: [{ suffix: 'hallazgos.json', json: findingsJson(findings) }],
    findings,
    summary,
  };
  if (options.cellState) {
    const { marks, sheet } = checksMarks(workbook, findings, options.cellState);
    result.marks = marks;
    result.sheets.push(sheet);
    const marked = sheet.rows.length - 1;
    if (marked) result.summary.push(locale === 'es' ? `Celdas marcadas en las hojas de datos: ${marked}.` : `Cells marked in the data sheets: ${marked}.`);
  }
  return result;
}

/** The *clear marks* action's result: every cell the last run marked gets its fill and note back; the record empties. */
export function clearMarks(workbook: RawWorkbook, options: Pick<ChecksActionOptions, 'locale' | 'cellState'>): ActionResult {
  const previous = readMarkRecord(workbook);
  const plan = planClearMarks(previous, options.cellState);
  const es = options.locale === 'es';
  return {
    sheets: [markRecordSheet(plan.record)],
    files: [],
    findings: [],
    summary: [previous.length ? (es ? `Marcas quitadas de ${previous.length} celdas.` : `Marks removed from ${previous.length} cells.`) : es ? 'No había marcas que quitar.' : 'There were no marks to remove.'],
    marks: { apply: plan.apply },
  };
}

export const checksAction: Action = {
  id: 'checks',
  command: 'revisar',
  title: { es: 'Revisar consistencia', en: 'Check consistency' },
  run: runChecks,
};
