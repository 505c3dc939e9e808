/**
 * Running a menu command on the open spreadsheet: take the document lock, read every sheet once,
 * run the core's actions (the same `core/actions` as the command line), check that writing fits in
 * the time left, then write the output sheets, the marks and the deck. Nothing is decided here that
 * the core decides; a run that cannot finish stops before writing anything.
 */
import { actionsForCommand, collectFindings, resolveActionOptions, runActions, type ActionOptions, type OptionOverrides, type TotalRule } from '../core/actions';
import { clearMarks } from '../core/actions/checks';
import { countBySeverity, type Finding, type Severity } from '../core/findings';
import type { Locale } from '../core/i18n';
import type { ActionResult, CellMark, OutputSheet } from '../core/output';
import type { DeckPlan } from '../core/deck';
import { missingTemplateSheets, templateExtraSheets, templateSummary } from '../core/template';
import { callCost, OutOfTimeError, startBudget, type Budget } from './budget';
import type { GoogleServices, Spreadsheet } from './google';
import type { MenuEntry } from './menu';
import { CellStates } from './marks';
import { menuEntry } from './menu';
import { readWorkbook } from './read';
import { deckCalls, renderDeckToSlides, sheetsChartImages } from './slides';
import { presentationOf, recordPresentation } from './presentations';
import { writeOutputSheets } from './write';

/** What the sidebar may choose; every field optional (defaults as on the command line). */
export interface RunOptions {
  /** `YYYY-MM`: the month of the deck and of month-scoped outputs. */
  month?: string | null;
  /** `YYYY-MM-DD`: the spaces baseline's cut-off; default today in the spreadsheet's time zone. */
  cutoff?: string | null;
  totalRule?: TotalRule | null;
  locale?: Locale | null;
}

/** The outcome of a run, for the sidebar and the menu's toast. */
export interface RunReport {
  ok: boolean;
  command: string;
  locale: Locale;
  /** The lines the command line prints, in the chosen language. */
  summary: string[];
  counts: Record<Severity, number>;
  /** Every finding (plain JSON, as `google.script.run` carries it). */
  findings: Finding[];
  /** The month's presentation, when the command built one. */
  deck: { month: string; url: string; title: string; slides: number; replaced: boolean } | null;
  /** One sentence for the user when the run did not complete (nothing was written then). */
  error: string | null;
}

/** Waiting for another run of the same document before giving up. */
export const lockWaitMs = 10_000;

const isoMonth = /^\d{4}-(0[1-9]|1[0-2])$/;
const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * What the sidebar's choices override, checked first (a bad option stops the run before anything
 * is read). The rest comes from the workbook's `Configuración` and the core's defaults, resolved as
 * the command line resolves them (`resolveActionOptions`).
 */
export function overridesOfRun(options: RunOptions): OptionOverrides {
  const es = options.locale !== 'en';
  if (options.month && !isoMonth.test(options.month))
    throw new UserError(es ? `El mes debe tener la forma AAAA-MM (por ejemplo 2025-02), no «${options.month}».` : `The month must look like YYYY-MM (e.g. 2025-02), not “${options.month}”.`);
  if (options.cutoff && !isoDay.test(options.cutoff))
    throw new UserError(es ? `La fecha de corte debe tener la forma AAAA-MM-DD (por ejemplo 2021-10-31), no «${options.cutoff}».` : `The cut-off date must look like YYYY-MM-DD (e.g. 2021-10-31), not “${options.cutoff}”.`);
  if (options.totalRule && options.totalRule !== 'actividades' && options.totalRule !== 'etapas')
    throw new UserError(es ? `La regla del total es «actividades» o «etapas», no «${options.totalRule}».` : `The total rule is “actividades” or “etapas”, not “${options.totalRule}”.`);
  const given: OptionOverrides = {};
  if (options.month) given.month = options.month;
  if (options.cutoff) given.cutoff = options.cutoff;
  if (options.totalRule) given.totalRule = options.totalRule;
  if (options.locale === 'es' || options.locale === 'en') given.locale = options.locale;
  return given;
}

/** A problem the user can fix, with its message (never a stack trace). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

const emptyCounts = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });

function failure(command: string, locale: Locale, error: string): RunReport {
  return { ok: false, command, locale, summary: [], counts: emptyCounts(), findings: [], deck: null, error };
}

/** Runs a menu command under the document lock and the time budget; never throws. */
export function runCommand(services: GoogleServices, entryId: string, options: RunOptions = {}): RunReport {
  const locale: Locale = options.locale === 'en' ? 'en' : 'es';
  const es = locale === 'es';
  const entry = menuEntry(entryId);
  if (!entry || entry.run.kind === 'panel') return failure(entryId, locale, es ? `Orden desconocida: «${entryId}».` : `Unknown command: “${entryId}”.`);
  const lock = services.LockService.getDocumentLock();
  if (lock && !lock.tryLock(lockWaitMs)) {
    return failure(entryId, locale, es
      ? 'Otra ejecución de Cuentas Claras está escribiendo en este libro. Espere a que termine e intente de nuevo.'
      : 'Another Cuentas Claras run is writing to this workbook. Wait for it to finish and try again.');
  }
  try {
    const budget = startBudget(services.now, locale);
    return execute(services, entry, options, budget);
  } catch (e) {
    if (e instanceof OutOfTimeError || e instanceof UserError) return failure(entryId, locale, e.message);
    const detail = e instanceof Error ? e.message : String(e);
    return failure(entryId, locale, es
      ? `Ocurrió un error inesperado y no se completó la acción: ${detail}`
      : `An unexpected error stopped the action: ${detail}`);
  } finally {
    lock?.releaseLock();
  }
}

function execute(services: GoogleServices, entry: MenuEntry, runOptions: RunOptions, budget: Budget): RunReport {
  const spreadsheet = services.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = services.Utilities.formatDate(new Date(services.now()), timeZone, 'yyyy-MM-dd');
  const overrides = overridesOfRun(runOptions);
  const asked: Locale = overrides.locale ?? 'es';

  if (entry.run.kind === 'template') return insertTemplate(services, spreadsheet, asked, budget);

  const { workbook } = readWorkbook(spreadsheet, { utilities: services.Utilities, timeZone, budget, locale: asked });
  // Settings: the workbook's `Configuración`, overridden by the panel's choices.
  const { options } = resolveActionOptions(workbook, overrides, today);
  const { locale } = options;
  const es = locale === 'es';
  const states = new CellStates(spreadsheet);
  const command = entry.run.kind === 'command' ? entry.run.command : null;
  const withMarks: ActionOptions = { ...options, cellState: (sheet, cell) => states.read(sheet, cell), partOfAll: command === 'todo' };

  const results: ActionResult[] = command ? runActions(actionsForCommand(command), workbook, withMarks).map((r) => r.result) : [clearMarks(workbook, withMarks)];
  budget.require(0, es ? 'calcular' : 'computing');
  // Nothing the command needs could be read: one sentence saying what was found and what to do; nothing written.
  const unusable = results.find((r) => r.unusable)?.unusable;
  if (unusable) throw new UserError(unusable.charAt(0).toUpperCase() + unusable.slice(1));

  const sheets = results.flatMap((r) => r.sheets);
  const marks = results.flatMap((r) => r.marks?.apply ?? []);
  const deck = results.find((r) => r.deck)?.deck ?? null;
  budget.require(writeEstimateMs(sheets, marks, deck), es ? 'escribir los resultados' : 'writing the results');

  writeOutputSheets(services, spreadsheet, sheets);
  states.apply(marks);
  states.write();
  services.SpreadsheetApp.flush();

  const findings = collectFindings(results);
  const report: RunReport = {
    ok: true,
    command: entry.id,
    locale,
    summary: results.flatMap((r) => r.summary),
    counts: countBySeverity(findings),
    findings,
    deck: null,
    error: null,
  };
  if (deck?.month) report.deck = drawDeck(services, spreadsheet, workbook, deck);
  if (report.deck) report.summary.push(es ? `Presentación: ${report.deck.url}` : `Presentation: ${report.deck.url}`);
  return report;
}

/** A conservative estimate of the writing phase, from the calls and cells it will take. */
export function writeEstimateMs(sheets: readonly OutputSheet[], marks: readonly CellMark[], deck: DeckPlan | null): number {
  let ms = 0;
  for (const s of sheets) {
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    ms += callCost.sheetsCallMs * (10 + (s.columnWidths?.length ?? 0) + 3 * (s.charts?.length ?? 0) + (s.validations?.length ?? 0));
    ms += callCost.cellMs * 4 * s.rows.length * width;
  }
  const markedSheets = new Set(marks.map((m) => m.sheet)).size;
  ms += callCost.sheetsCallMs * 4 * markedSheets + callCost.cellMs * 2 * marks.length;
  if (deck) {
    const { calls, charts } = deckCalls(deck);
    ms += callCost.slidesCallMs * calls + callCost.chartImageMs * charts;
  }
  return ms;
}

/** Draws the deck into the month's presentation (replaced in place when it exists) and records it. */
function drawDeck(services: GoogleServices, spreadsheet: Spreadsheet, workbook: Parameters<typeof presentationOf>[0], plan: DeckPlan): RunReport['deck'] {
  const month = plan.month!;
  const recorded = presentationOf(workbook, month);
  let presentation = null;
  if (recorded) {
    try {
      presentation = services.SlidesApp.openById(recorded.id);
    } catch {
      // Deleted, or no longer shared with this user: a new one takes its place.
      presentation = null;
    }
  }
  const replaced = presentation !== null;
  const title = plan.period ? `${plan.title} · ${plan.period}` : plan.title;
  presentation ??= services.SlidesApp.create(title);
  // Read before drawing: a saved and closed presentation can no longer be asked.
  const id = presentation.getId();
  const url = presentation.getUrl();
  const charts = sheetsChartImages(services, spreadsheet);
  try {
    renderDeckToSlides(services.SlidesApp, presentation, plan, charts.images, services.SlidesApi);
  } finally {
    charts.done();
  }
  writeOutputSheets(services, spreadsheet, [recordPresentation(workbook, month, id, url, new Date(services.now()).toISOString())]);
  return { month, url, title, slides: plan.slides.length, replaced };
}

/** Adds the template's sheets the workbook lacks (headers, drop-down lists, formats); existing sheets are never touched. */
function insertTemplate(services: GoogleServices, spreadsheet: Spreadsheet, locale: Locale, budget: Budget): RunReport {
  const es = locale === 'es';
  // Only the names matter to find the sheets a workbook lacks: nothing is read.
  const names = { sheets: spreadsheet.getSheets().map((s) => ({ name: s.getName(), values: [] })) };
  const missing = missingTemplateSheets(names, locale, templateExtraSheets);
  budget.require(writeEstimateMs(missing, [], null), es ? 'insertar la plantilla' : 'inserting the template');
  writeOutputSheets(services, spreadsheet, missing);
  services.SpreadsheetApp.flush();
  const summary = [templateSummary(missing.map((s) => s.name), locale)];
  return { ok: true, command: 'template', locale, summary, counts: emptyCounts(), findings: [], deck: null, error: null };
}
