/**
 * What every check reads: the service sheets as typed rows, the computation inputs and the
 * indicators. Figures a reading problem may have changed are absent from the inputs, so a check that
 * needs one skips it: one wrong cell gives one finding where it is, not a cascade elsewhere.
 */
import type { RawWorkbook } from '../workbook';
import type { Locale } from '../i18n';
import { channelLabel } from '../i18n';
import { computeServiceIndicators, type ChannelMonth, type IndicatorValue, type ServiceData, type ServiceInputs } from '../service';
import type { Channel, YearWindow } from '../table';

/** The options the checks use (a subset of the actions' options). */
export interface CheckOptions {
  locale: Locale;
  /** |month-over-month change| in points above which `unusual-change` fires. */
  unusualChangeThreshold: number;
  /** The entity's name: a `Reportado` row whose Canal is this name is entity-wide. */
  entity: string;
  /** Plausible years of months and dates (default 2000–2100). */
  years?: YearWindow;
  /** `YYYY-MM-DD` cut-off for date rules (PQRSD `future-date`); without it they are not judged. */
  cutoff?: string;
}

export const defaultCheckOptions: CheckOptions = { locale: 'es', unusualChangeThreshold: 50, entity: 'ANM' };

/** Everything a check function receives. */
export interface CheckContext {
  workbook: RawWorkbook;
  options: CheckOptions;
  data: ServiceData;
  inputs: ServiceInputs;
  indicators: IndicatorValue[];
}

/**
 * Reads the workbook once for all checks. A figure a reading problem may have changed is absent
 * from the inputs and indicators (core/service), so a check that needs it does not run: one wrong
 * cell gives one finding where it is, and every check that does not depend on it still runs.
 */
export function buildCheckContext(workbook: RawWorkbook, options: Partial<CheckOptions> = {}): CheckContext {
  const opts = { ...defaultCheckOptions, ...options };
  const { data, inputs, indicators } = computeServiceIndicators(workbook, { locale: opts.locale, years: opts.years });
  return { workbook, options: opts, data, inputs, indicators };
}

/** The channel-month the indicators use, if any. */
export function channelMonthOf(ctx: CheckContext, month: string, channel: Channel): ChannelMonth | undefined {
  return ctx.inputs.channelMonths.find((c) => c.month === month && c.channel === channel);
}

/** `Presencial, 2025-02` — where a figure is, for messages; the entity-wide channel shows as the entity. */
export function contextLabel(ctx: CheckContext, month: string, channel: string, breakdown?: string | null): string {
  const where = channelLabel(channel, ctx.options.locale, ctx.options.entity);
  return `${where}${breakdown ? ` – ${breakdown}` : ''}, ${month}`;
}
