/**
 * The options an action runs with, resolved once per run from the workbook's `Configuración`
 * sheet and what the host overrides (command-line options, the panel): a later source wins
 * where it says something.
 */
import type { RawWorkbook } from '../workbook';
import type { Locale } from '../i18n';
import { entityLabel, mergeConfig, readConfig, resolveCutoff, type ConfigReading, type WorkbookConfig } from '../config';
import { displayRaw, findSpecSheet, isBlank, namesOf, parseDate, readTable } from '../table';
import { normalizeName } from '../text';
import { canalesSheet, logSheet } from '../template';
import type { ActionOptions } from './index';

/** What a host overrides: any setting, and the report month (`YYYY-MM`). */
export interface OptionOverrides extends Partial<WorkbookConfig> {
  month?: string | null;
}

export interface ResolvedOptions {
  options: ActionOptions;
  /** The `Configuración` sheet as read (its findings join the checks'). */
  config: ConfigReading;
  /** The month the deck and month-scoped outputs are about, when the workbook has any. */
  month: string | null;
}

/**
 * The latest month of the service data: of `Canales`, else of the log's dates; null when neither
 * has a readable month. (The deck's default month: deck.md.)
 */
export function reportMonthOf(workbook: RawWorkbook): string | null {
  const canales = readTable(workbook, canalesSheet);
  let latest: string | null = null;
  for (const r of canales.rows) {
    const m = r.values.month?.value;
    if (m && r.values.interactions && (!latest || m > latest)) latest = m;
  }
  if (latest) return latest;
  // The log: only its date column is scanned (a log may have a million rows).
  const log = findSpecSheet(workbook, logSheet);
  if (!log) return null;
  const dateNames = new Set(namesOf(logSheet.columns[0]).map(normalizeName));
  const dateColumn = (log.values[0] ?? []).findIndex((h) => !isBlank(h) && dateNames.has(normalizeName(displayRaw(h))));
  if (dateColumn < 0) return null;
  // Each distinct date is parsed once (a log repeats each day's date on every row of the day).
  const seen = new Set<unknown>();
  for (let r = 1; r < log.values.length; r++) {
    const v = log.values[r]?.[dateColumn];
    if (seen.has(v)) continue;
    if (!(v instanceof Date)) seen.add(v);
    const d = parseDate(v);
    if (d.kind === 'ok' && (!latest || d.value.slice(0, 7) > latest)) latest = d.value.slice(0, 7);
  }
  return latest;
}

/**
 * Resolves the options of a run: `Configuración` first, then the overrides. The cut-off defaults
 * to the last day of the report month (`overrides.month`, else the latest month of the data), and
 * to `today` (`YYYY-MM-DD`) when the workbook has no month.
 */
export function resolveActionOptions(workbook: RawWorkbook, overrides: OptionOverrides, today: string): ResolvedOptions {
  const fromSheet = readConfig(workbook, overrides.locale ?? 'es');
  const { month: requested, ...settings } = overrides;
  const config = mergeConfig(fromSheet.config, settings);
  const locale: Locale = config.locale ?? 'es';
  // The findings speak the run's language (the sheet may set it).
  const reading = locale === (overrides.locale ?? 'es') ? fromSheet : readConfig(workbook, locale);
  const month = requested ?? reportMonthOf(workbook);
  const names = { entity: config.entity, entityShort: config.entityShort, group: config.group, groupShort: config.groupShort };
  const options: ActionOptions = {
    locale,
    month: requested ?? undefined,
    cutoff: resolveCutoff(config.cutoff, month, today),
    today,
    cutoffDefault: !config.cutoff,
    totalRule: config.totalRule ?? 'actividades',
    unusualChangeThreshold: config.unusualChangeThreshold ?? 50,
    entity: entityLabel(names, locale),
    group: names.groupShort ?? names.group ?? '',
    names,
    extraSpaceTypes: config.extraSpaceTypes ?? undefined,
  };
  return { options, config: reading, month };
}
