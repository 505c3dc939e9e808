/**
 * The menu actions, host-neutral: each takes the raw workbook and options and returns output
 * sheets, files, findings and a summary. The add-in menus, the Sheets menu and the CLI commands
 * are all drawn from this one registry.
 */
import type { RawWorkbook } from '../workbook';
import type { Bilingual, Locale } from '../i18n';
import type { ActionResult } from '../output';

export type TotalRule = 'actividades' | 'etapas';

export interface ActionOptions {
  locale: Locale;
  /** `YYYY-MM` of the deck and month-scoped outputs; default the latest month in the data. */
  month?: string;
  /** `YYYY-MM-DD` cut-off of the spaces baseline; hosts pass today by default. */
  cutoff: string;
  totalRule: TotalRule;
  /** |month-over-month change| in points above which `unusual-change` fires. */
  unusualChangeThreshold: number;
  entity: string;
  group: string;
}

export const defaultActionOptions: ActionOptions = {
  locale: 'es',
  cutoff: '1970-01-01',
  totalRule: 'actividades',
  unusualChangeThreshold: 50,
  entity: 'ANM',
  group: 'GAPCC',
};

export type ActionId = 'indicators' | 'checks' | 'deck' | 'selfDiagnosis' | 'spaces';

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

/** Every action, in the order `todo` runs them. */
export const actions: readonly Action[] = [indicatorsAction, checksAction, deckAction, selfDiagnosisAction, spacesAction];
