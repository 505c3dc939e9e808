/**
 * The menu actions, host-neutral: each takes the raw workbook and options and returns output
 * sheets, files, findings and a summary. The add-in menus, the Sheets menu and the CLI commands
 * are all drawn from this one registry.
 */
import type { RawWorkbook } from '../workbook';
import type { Bilingual, Locale } from '../i18n';
import type { ActionResult, OutputFile } from '../output';
import type { Finding } from '../findings';
import type { CellStateReader } from '../checks';

import type { TotalRule } from '../accountability';
import type { YearWindow } from '../table';
import { noNames, type EntityNames } from '../config';
export type { TotalRule };

export interface ActionOptions {
  locale: Locale;
  /** `YYYY-MM` of the deck and month-scoped outputs; default the latest month in the data. */
  month?: string;
  /** `YYYY-MM-DD` cut-off of the spaces baseline and PQRSD statuses; hosts pass today by default. */
  cutoff: string;
  /** `YYYY-MM-DD` date of the run (hosts pass their local today): a PQRSD-only deck never cuts off after it. */
  today?: string;
  /**
   * True when `cutoff` is a default (no `--fecha-corte`, no `Configuración`): a deck whose month
   * comes from PQRSD filings then takes that month's last day (issue 10).
   */
  cutoffDefault?: boolean;
  totalRule: TotalRule;
  /** |month-over-month change| in points above which `unusual-change` fires. */
  unusualChangeThreshold: number;
  /** The entity's short label in tables and messages (`ANM`, else `entidad`): `entityLabel(names)`. */
  entity: string;
  /** The group's short label (acronym, else name; empty when none). */
  group: string;
  /** The entity's and group's names as configured (`Configuración`, command line, panel); null where none. */
  names: EntityNames;
  /** The entity's own `Tipo de espacio` values (`Configuración`: Tipos de espacio adicionales). */
  extraSpaceTypes?: readonly string[];
  /**
   * Reads a cell's current fill and note, so the checks can mark cells reversibly. Hosts that can
   * read synchronously pass it (the CLI); without it there are no marks.
   */
  cellState?: CellStateReader;
  /**
   * True when the action runs as part of *everything* (`todo`): then a sheet only that action needs
   * is optional, and its absence is info rather than an error.
   */
  partOfAll?: boolean;
  /** Years a month or date may fall in without a finding (default 2000–2100). */
  years?: YearWindow;
}

export const defaultActionOptions: ActionOptions = {
  locale: 'es',
  cutoff: '1970-01-01',
  totalRule: 'actividades',
  unusualChangeThreshold: 50,
  entity: 'entidad',
  group: '',
  names: noNames,
};

export type ActionId = 'indicators' | 'checks' | 'deck' | 'selfDiagnosis' | 'spaces' | 'pqrsd';

export interface Action {
  id: ActionId;
  /** The CLI command (Spanish, as cli.md). */
  command: string;
  title: Bilingual;
  run(workbook: RawWorkbook, options: ActionOptions): ActionResult;
}

import { indicatorsAction } from './indicators';
import { checksAction } from './checks';
import { deckAction } from './deck';
import { selfDiagnosisAction } from './self-diagnosis';
import { spacesAction } from './spaces';
import { pqrsdAction } from './pqrsd';

export { resolveActionOptions, reportMonthOf, type OptionOverrides, type ResolvedOptions } from './options';

/** Every action, in the order `todo` runs them. */
export const actions: readonly Action[] = [indicatorsAction, checksAction, deckAction, selfDiagnosisAction, spacesAction, pqrsdAction];

/**
 * Which actions a command (or menu item) runs, in registry order: `todo` runs them all, and the
 * slides also compute the indicators and check them (cli.md), so the result workbook shows both.
 */
export function actionsForCommand(command: string): Action[] {
  if (command === 'todo') return [...actions];
  if (command === 'diapositivas') return actions.filter((a) => a.id === 'indicators' || a.id === 'checks' || a.id === 'deck');
  return actions.filter((a) => a.command === command);
}

/** Runs actions in order; as part of everything, a missing sheet that only one action needs is info. */
export function runActions(list: readonly Action[], workbook: RawWorkbook, options: ActionOptions): { id: ActionId; result: ActionResult }[] {
  const ran = list.map((action) => {
    const result = action.run(workbook, options);
    const service = action.id === 'indicators' || action.id === 'checks' || action.id === 'deck';
    if (!options.partOfAll && !service && !result.unusable && producesNothing(result)) {
      // Run on its own, an action whose required sheet is absent has nothing to work on.
      const missing = result.findings.find((f) => f.code === 'missing-sheet' && f.severity === 'error');
      if (missing) return { id: action.id, result: { ...result, unusable: lowerFirst(missing.message) } };
    }
    if (!options.partOfAll || service) return { id: action.id, result };
    const findings = result.findings.map((f) => (f.code === 'missing-sheet' && f.severity === 'error' ? { ...f, severity: 'info' as const } : f));
    return { id: action.id, result: { ...result, findings } };
  });
  // Everything (`todo`) does what it can: without service data, the other actions' results still
  // stand and the reason is one line of the summary. It is unusable only when nothing could be done,
  // or when the month asked for has no data.
  // So does `diapositivas` when its deck was built from what exists (PQRSD without service data).
  const deckBuilt = ran.some((r) => r.id === 'deck' && !!r.result.deck);
  if (!deckBuilt && (!options.partOfAll || options.month !== undefined)) return ran;
  if (!ran.some((r) => !r.result.unusable && !producesNothing(r.result))) return ran;
  let said = false;
  return ran.map((r) => {
    if (!r.result.unusable) return r;
    const summary = said ? [] : [upperFirst(r.result.unusable)];
    said = true;
    return { id: r.id, result: { ...r.result, unusable: undefined, summary } };
  });
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function producesNothing(result: ActionResult): boolean {
  return !result.sheets.length && !result.files.length && !result.deck;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Files of all results, by suffix (a later action's file of the same suffix wins). */
export function collectFiles(results: readonly ActionResult[]): OutputFile[] {
  const bySuffix = new Map<string, OutputFile>();
  for (const r of results) for (const f of r.files) bySuffix.set(f.suffix, f);
  return [...bySuffix.values()];
}

/** Every distinct finding of the results (the checks action repeats the reading findings). */
export function collectFindings(results: readonly ActionResult[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const key = `${f.code}|${f.sheet}|${f.cell}|${f.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(f);
      }
    }
  }
  return out;
}
