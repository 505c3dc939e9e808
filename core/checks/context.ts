/**
 * What every check reads: the service sheets as typed rows, the computation inputs, the indicators,
 * and the *taint* index — which figures a reading problem may have changed, so that one wrong cell
 * gives one finding where it is and not a cascade of consequences elsewhere.
 */
import type { RawWorkbook } from '../workbook';
import { parseA1 } from '../workbook';
import type { Locale } from '../i18n';
import { channelLabel } from '../i18n';
import { computeServiceIndicators, type ChannelMonth, type IndicatorValue, type ServiceData, type ServiceInputs } from '../service';
import type { Channel, Table } from '../table';

/** The options the checks use (a subset of the actions' options). */
export interface CheckOptions {
  locale: Locale;
  /** |month-over-month change| in points above which `unusual-change` fires. */
  unusualChangeThreshold: number;
  /** The entity's name: a `Reportado` row whose Canal is this name is entity-wide. */
  entity: string;
  /** `YYYY-MM-DD` cut-off for date rules (PQRSD `future-date`); without it they are not judged. */
  cutoff?: string;
}

export const defaultCheckOptions: CheckOptions = { locale: 'es', unusualChangeThreshold: 50, entity: 'ANM' };

/** The service sheets a reading problem can affect. */
export type SheetKey = 'canales' | 'points' | 'types' | 'virtual' | 'log';

const ANY = '*';

/**
 * Where reading problems are: per sheet, the months, channels and columns of rows with a reading
 * finding. A row whose month or channel could not be read taints every month or channel.
 */
export class Taint {
  private readonly keys = new Set<string>();

  /** Records a reading problem; undefined parts mean "could be any". */
  add(sheet: SheetKey, at: { month?: string; channel?: string; column?: string }): void {
    const m = at.month ?? ANY;
    const c = at.channel ?? ANY;
    const k = at.column ?? ANY;
    this.keys.add(`${sheet}|${m}|${c}|${k}`);
    this.keys.add(`${sheet}|${m}|${c}|`);
    this.keys.add(`${sheet}|${m}||${k}`);
    this.keys.add(`${sheet}|${m}||`);
  }

  /**
   * True when a reading problem in `sheet` may have changed a figure of this month, of this channel
   * (`'any'`: of any channel) and in one of these columns (`'any'`: in any column).
   */
  affects(sheet: SheetKey, month: string, channel: string | 'any', columns: readonly string[] | 'any' = 'any'): boolean {
    const channelKeys = channel === 'any' ? [''] : [channel, ANY];
    const columnKeys = columns === 'any' ? [''] : [ANY, ...columns];
    for (const m of [month, ANY]) {
      for (const c of channelKeys) {
        for (const k of columnKeys) if (this.keys.has(`${sheet}|${m}|${c}|${k}`)) return true;
      }
    }
    return false;
  }

  /** True when nothing was recorded. */
  get empty(): boolean {
    return this.keys.size === 0;
  }
}

/** Everything a check function receives. */
export interface CheckContext {
  workbook: RawWorkbook;
  options: CheckOptions;
  data: ServiceData;
  inputs: ServiceInputs;
  indicators: IndicatorValue[];
  taint: Taint;
}

/** Reads the workbook once for all checks. */
export function buildCheckContext(workbook: RawWorkbook, options: Partial<CheckOptions> = {}): CheckContext {
  const opts = { ...defaultCheckOptions, ...options };
  const { data, inputs, indicators } = computeServiceIndicators(workbook, opts.locale);
  return { workbook, options: opts, data, inputs, indicators, taint: taintOf(data) };
}

/** The taint index of the service sheets' reading findings. */
export function taintOf(data: ServiceData): Taint {
  const taint = new Taint();
  taintTable(taint, 'canales', data.canales, (v) => ({ month: v.month?.value, channel: v.channel?.value }));
  taintTable(taint, 'points', data.points, (v) => ({ month: v.month?.value, channel: 'Presencial' }));
  taintTable(taint, 'types', data.types, (v) => ({ month: v.month?.value, channel: v.channel?.value }));
  taintTable(taint, 'virtual', data.virtual, (v) => ({ month: v.month?.value, channel: 'Virtual' }));
  taintTable(taint, 'log', data.log, (v) => ({ month: v.date?.value.slice(0, 7), channel: v.channel?.value }));
  return taint;
}

function taintTable<C extends Table['spec']['columns']>(
  taint: Taint,
  sheet: SheetKey,
  table: Table<C>,
  where: (values: Record<string, { value: string } | undefined>) => { month?: string; channel?: string },
): void {
  if (!table.sheetName || !table.findings.length) return;
  const rows = new Map(table.rows.map((r) => [r.row, r]));
  const keyOfColumn = new Map<number, string>(Object.entries(table.columns as Record<string, number>).map(([k, i]) => [i, k]));
  for (const f of table.findings) {
    const pos = f.cell ? parseA1(f.cell.split(':')[0]) : null;
    const row = pos ? rows.get(pos.row + 1) : undefined;
    if (!pos || pos.row === 0 || !row) {
      // A header problem (or a finding without a cell): every figure of the sheet is in doubt.
      taint.add(sheet, {});
      continue;
    }
    const at = where(row.values as unknown as Record<string, { value: string } | undefined>);
    // An incomplete row is not used at all: every column of its month and channel is in doubt.
    const column = row.complete ? keyOfColumn.get(pos.col) : undefined;
    taint.add(sheet, { ...at, column });
  }
}

/** The channel-month the indicators use, if any. */
export function channelMonthOf(ctx: CheckContext, month: string, channel: Channel): ChannelMonth | undefined {
  return ctx.inputs.channelMonths.find((c) => c.month === month && c.channel === channel);
}

/**
 * True when a reading problem may have changed these columns of a month's channel figures (`'any'`
 * channel: of any channel), in `Canales` or, where the figures come from the log, in the log.
 */
export function channelFiguresTainted(ctx: CheckContext, month: string, channel: Channel | 'any', columns: readonly string[] | 'any'): boolean {
  if (ctx.taint.empty) return false;
  if (ctx.taint.affects('canales', month, channel, columns)) return true;
  const fromLog = ctx.inputs.channelMonths.some((c) => c.month === month && (channel === 'any' || c.channel === channel) && c.source === 'log');
  const missing = channel !== 'any' && !channelMonthOf(ctx, month, channel);
  return (fromLog || missing) && ctx.taint.affects('log', month, channel);
}

/** `Presencial, 2025-02` — where a figure is, for messages; the entity-wide channel shows as the entity. */
export function contextLabel(ctx: CheckContext, month: string, channel: string, breakdown?: string | null): string {
  const where = channelLabel(channel, ctx.options.locale, ctx.options.entity);
  return `${where}${breakdown ? ` – ${breakdown}` : ''}, ${month}`;
}
