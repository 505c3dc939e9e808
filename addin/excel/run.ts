/**
 * Running a menu entry in Excel: one `Excel.run` per action (one undo step where ExcelApi 1.20 has
 * `mergeUndoGroup`), reading the workbook, running the same `core/actions` as the command line,
 * and writing the results back. A short setup run comes first only when a hidden bookkeeping sheet
 * (`_cc_marcas`, `_cc_listas`) must be created: hiding a sheet cannot be undone, so it stays out
 * of the undo group. Nothing here decides anything about the domain.
 */
import { actionsForCommand, collectFindings, resolveActionOptions, runActions, type OptionOverrides, type TotalRule } from '../../core/actions';
import { checksMarks, clearMarks } from '../../core/actions/checks';
import type { MenuEntry } from '../../core/actions/menu';
import { markTargets, marksSheetName, readMarkRecord, type CellState } from '../../core/checks';
import type { DeckPlan } from '../../core/deck';
import type { Finding } from '../../core/findings';
import type { Locale } from '../../core/i18n';
import type { ActionResult, OutputSheet } from '../../core/output';
import { missingTemplateSheets, templateExtraSheets, templateSummary } from '../../core/template';
import type { RawWorkbook } from '../../core/workbook';
import { SyncBudget } from './budget';
import { readWorkbook, type ExcelCapabilities, type ExcelSheetRead } from './read';
import { applyMarks, listsSheetName, readCellStates, writeOutputSheets, type WriteTarget } from './write';
import type { ExcelContextLike, ExcelHost } from './office-api';

/** The options a person chooses in the panel (the rest are the core's defaults). */
export interface ExcelRunOptions {
  /** Undefined: the workbook's `Configuración` decides (default Spanish). */
  locale?: Locale;
  month?: string;
  /** `YYYY-MM-DD`; default today. */
  cutoff?: string;
  totalRule?: TotalRule;
}

/** Progress of a run, for the panel's indicator. */
export type RunStage = 'reading' | 'computing' | 'writing';

export interface ExcelRunOutcome {
  entryId: string;
  summary: string[];
  findings: Finding[];
  deck: DeckPlan | null;
  /** `context.sync()` calls, setup run included (the tests bound them). */
  syncs: number;
  /** True when the action was one undo step. */
  undoGroup: boolean;
}

/** The capabilities of the running Excel, from its requirement sets. */
export function capabilitiesOf(host: ExcelHost): ExcelCapabilities {
  return {
    mergedAreas: host.isSetSupported('ExcelApi', '1.13'),
    notes: host.isSetSupported('ExcelApi', '1.18'),
    undoGroup: host.isSetSupported('ExcelApi', '1.20'),
  };
}

const sameName = (a: string, b: string) => a.toLocaleUpperCase('es') === b.toLocaleUpperCase('es');
/** Today on this machine's calendar (`YYYY-MM-DD`), as the command line takes it. */
const todayIso = (now = new Date()) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** Runs a menu entry (`panel` entries do nothing here: the host opens the pane). */
export async function runMenuEntry(host: ExcelHost, entry: MenuEntry, options: ExcelRunOptions, progress: (stage: RunStage) => void = () => undefined): Promise<ExcelRunOutcome> {
  const caps = capabilitiesOf(host);
  const outcome: ExcelRunOutcome = { entryId: entry.id, summary: [], findings: [], deck: null, syncs: 0, undoGroup: caps.undoGroup };
  if (entry.run.kind === 'panel') return outcome;

  // The panel's choices override the workbook's `Configuración` (resolved once the workbook is read).
  const given = { locale: options.locale, month: options.month, cutoff: options.cutoff, totalRule: options.totalRule };
  const overrides = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as OptionOverrides;
  const partOfAll = entry.run.kind === 'command' && entry.run.command === 'todo';
  const run = entry.run;
  const marks = run.kind === 'clearMarks' || (run.kind === 'command' && actionsForCommand(run.command).some((a) => a.id === 'checks'));

  // Setup: hidden bookkeeping sheets this entry may write, created before the undo group.
  if (marks || run.kind === 'template') outcome.syncs += await host.run(async (context) => {
    const budget = new SyncBudget(context);
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await budget.sync();
    const names = worksheets.items.map((w) => w.name);
    const wanted = marks ? [marksSheetName] : [];
    if (run.kind === 'template' && missingTemplateSheets(namesOnly(names), options.locale ?? 'es', templateExtraSheets).some(needsListsSheet)) wanted.push(listsSheetName);
    const missing = wanted.filter((w) => !names.some((n) => sameName(n, w)));
    for (const name of missing) worksheets.add(name).visibility = 'Hidden';
    if (missing.length) await budget.sync();
    return budget.syncs;
  });

  outcome.syncs += await host.run(
    async (context) => {
      const budget = new SyncBudget(context);
      progress('reading');
      if (run.kind === 'template') {
        const target = await templateTarget(context, budget, caps);
        const sheets = missingTemplateSheets(namesOnly(target.sheets.map((s) => s.name)), options.locale ?? 'es', templateExtraSheets);
        progress('writing');
        await writeOutputSheets(target, sheets);
        await budget.flush();
        outcome.summary = [templateSummary(sheets.map((s) => s.name), options.locale ?? 'es')];
        return budget.syncs;
      }

      const read = await readWorkbook(context, budget, caps);
      const target: WriteTarget = { context, budget, caps, dateSystem: read.dateSystem, sheets: read.sheets };
      const actionOptions = { ...resolveActionOptions(read.raw, overrides, todayIso()).options, partOfAll };
      progress('computing');
      let results: ActionResult[];
      let states = new Map<string, CellState>();
      const reader = (sheet: string, cell: string) => states.get(`${sheet}\u0000${cell}`) ?? { fill: null, note: null };
      if (run.kind === 'clearMarks') {
        states = await readCellStates(target, readMarkRecord(read.raw));
        results = [clearMarks(read.raw, { locale: actionOptions.locale, cellState: reader })];
      } else {
        // Office.js reads cells asynchronously: the checks plan their marks on blank states first; once
        // the findings say which cells are marked, their real fill and note are read and the marks re-planned.
        const blank = () => ({ fill: null, note: null });
        const ran = runActions(actionsForCommand(run.command), read.raw, { ...actionOptions, cellState: blank });
        results = ran.map((r) => r.result);
        const checks = ran.find((r) => r.id === 'checks')?.result;
        if (checks) {
          states = await readCellStates(target, markTargets(checks.findings, readMarkRecord(read.raw)));
          const planned = checksMarks(read.raw, checks.findings, reader);
          checks.marks = planned.marks;
          checks.sheets = checks.sheets.map((s) => (s.name === planned.sheet.name ? planned.sheet : s));
        }
      }
      // Nothing the entry needs could be read: one sentence saying what was found and what to do; nothing written.
      const unusable = results.find((r) => r.unusable)?.unusable;
      if (unusable) {
        outcome.summary = [unusable.charAt(0).toUpperCase() + unusable.slice(1)];
        return budget.syncs;
      }
      progress('writing');
      await writeOutputSheets(target, results.flatMap((r) => r.sheets));
      await applyMarks(target, results.flatMap((r) => r.marks?.apply ?? []), states);
      await budget.flush();
      outcome.summary = results.flatMap((r) => r.summary);
      outcome.findings = collectFindings(results);
      outcome.deck = results.find((r) => r.deck)?.deck ?? null;
      return budget.syncs;
    },
    caps.undoGroup ? { mergeUndoGroup: true, delayForCellEdit: true } : { delayForCellEdit: true },
  );
  return outcome;
}

/** A workbook of sheet names only (enough to know which input sheets are missing). */
function namesOnly(names: readonly string[]): RawWorkbook {
  return { sheets: names.map((name) => ({ name, values: [] })) };
}

function needsListsSheet(sheet: OutputSheet): boolean {
  return (sheet.validations ?? []).some((v) => v.values.join(',').length > 255 || v.values.some((x) => x.includes(',')));
}

/** The sheet list only: inserting the template never reads cells. */
async function templateTarget(context: ExcelContextLike, budget: SyncBudget, caps: ExcelCapabilities): Promise<WriteTarget> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  await budget.sync();
  const sheets: ExcelSheetRead[] = worksheets.items.map((worksheet) => ({ name: worksheet.name, visibility: String(worksheet.visibility), worksheet, charts: [] }));
  // Lists already in the lists sheet stay: sheets inserted before use them.
  const lists = sheets.find((s) => sameName(s.name, listsSheetName));
  if (lists) {
    const used = lists.worksheet.getUsedRangeOrNullObject(true);
    used.load('columnIndex,columnCount');
    await budget.sync();
    lists.listColumns = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
  }
  return { context, budget, caps, dateSystem: '1900', sheets };
}

/** Selects a cell (a finding clicked in the panel): activates its sheet and selects it. */
export async function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
