/**
 * Cross-sheet checks of the service figures (checks.md): duplicate keys, parts above their totals,
 * breakdown sums, the raw log against `Canales`, unusual monthly changes and small survey samples.
 * Each check skips figures a reading problem left absent (the reading finding says it first).
 */
import { a1Range, parseA1 } from '../workbook';
import { channelLabel, formatChange, formatCount, formatPercent, type Locale } from '../i18n';
import { makeFinding, type Finding } from '../findings';
import { normalizeName } from '../text';
import { displayRaw, previousMonth, type Located, type Table, type TypedRow } from '../table';
import { canalesSheet, logSheet, pointsSheet, typesSheet } from '../template';
import type { ChannelMonth } from '../service';
import { breakdownGapKey, indicatorRegistry } from '../service';
import { isConsistent, reportedErrorPoints } from './published';
import { channelMonthOf, contextLabel, type CheckContext } from './context';

/** Fewer respondents than this make a survey indicator a `low-response`. */
export const minRespondents = 30;
/** A response rate (points) under this makes a survey indicator a `low-response`. */
export const minResponseRate = 10;

const header = (spec: { columns: readonly { key: string; header: { es: string; en: string } }[] }, key: string, locale: Locale) =>
  spec.columns.find((c) => c.key === key)!.header[locale];

// ---- duplicate-row --------------------------------------------------------------------------------

/** Two rows of a sheet share a key (Mes + Canal, Mes + Punto…): the second row is the finding. */
export function checkDuplicateRows(ctx: CheckContext): Finding[] {
  const { data } = ctx;
  return [
    ...duplicatesOf(ctx, data.canales, ['month', 'channel']),
    ...duplicatesOf(ctx, data.points, ['month', 'point']),
    ...duplicatesOf(ctx, data.types, ['month', 'channel', 'type']),
    ...duplicatesOf(ctx, data.virtual, ['month', 'concept']),
  ];
}

function duplicatesOf<T extends Table>(ctx: CheckContext, table: T, keys: readonly string[]): Finding[] {
  if (!table.sheetName) return [];
  const locale = ctx.options.locale;
  const columns = table.columns as Record<string, number | undefined>;
  if (keys.some((k) => columns[k] === undefined)) return [];
  const first = new Map<string, number>();
  const out: Finding[] = [];
  for (const r of table.rows as TypedRow[]) {
    const values = r.values as Record<string, Located<unknown> | undefined>;
    if (keys.some((k) => values[k] === undefined)) continue;
    const key = keys.map((k) => normalizeName(String(values[k]!.value))).join('|');
    const firstRow = first.get(key);
    if (firstRow === undefined) {
      first.set(key, r.row);
      continue;
    }
    const cols = keys.map((k) => columns[k]!);
    const label = keys.map((k) => `${header(table.spec, k, locale)} ${displayKey(values[k]!)}`).join(', ');
    out.push(
      makeFinding('duplicate-row', {
        sheet: table.sheetName,
        cell: a1Range(r.row - 1, Math.min(...cols), r.row - 1, Math.max(...cols)),
        params: { row: r.row, firstRow, key: label },
      }, locale),
    );
  }
  return out;
}

function displayKey(v: Located<unknown>): string {
  return typeof v.value === 'string' ? v.value : displayRaw(v.raw);
}

// ---- part-exceeds-total ---------------------------------------------------------------------------

const partRules = [
  { part: 'resolved', total: 'interactions' },
  { part: 'respondents', total: 'interactions' },
  { part: 'answeredCalls', total: 'incomingCalls' },
] as const;

/** Resolved or respondents above interactions, answered calls above incoming calls: at the part's cell. */
export function checkPartsWithinTotals(ctx: CheckContext): Finding[] {
  const { canales } = ctx.data;
  const locale = ctx.options.locale;
  const out: Finding[] = [];
  for (const r of canales.rows) {
    const v = r.values;
    for (const rule of partRules) {
      const part = v[rule.part];
      const total = v[rule.total];
      if (!part || !total || part.value <= total.value) continue;
      const context = v.month && v.channel ? contextLabel(ctx, v.month.value, v.channel.value) : locale === 'es' ? `la fila ${r.row}` : `row ${r.row}`;
      out.push(
        makeFinding('part-exceeds-total', {
          sheet: part.sheet,
          cell: part.cell,
          params: {
            part: header(canalesSheet, rule.part, locale),
            partValue: part.value,
            total: header(canalesSheet, rule.total, locale),
            totalValue: total.value,
            context,
          },
          expected: total.value,
          actual: part.value,
        }, locale),
      );
    }
  }
  return out;
}

// ---- sum-mismatch, incomplete-breakdown -----------------------------------------------------------

interface BreakdownGroup {
  month: string;
  channel: 'Telefónico' | 'Presencial' | 'Virtual';
  sum: number;
  rows: number[];
}

/** Groups a breakdown sheet's complete rows by month (and channel), the first row of a key only. */
function groupBreakdown(
  rows: readonly TypedRow[],
  pick: (r: TypedRow) => { month: string; channel: BreakdownGroup['channel']; key: string; value: number } | undefined,
): BreakdownGroup[] {
  const groups = new Map<string, BreakdownGroup>();
  const seen = new Set<string>();
  for (const r of rows) {
    const p = r.complete ? pick(r) : undefined;
    if (!p) continue;
    const groupKey = `${p.month}|${p.channel}`;
    const rowKey = `${groupKey}|${normalizeName(p.key)}`;
    if (seen.has(rowKey)) continue; // a duplicate row never doubles a sum
    seen.add(rowKey);
    const g = groups.get(groupKey) ?? { month: p.month, channel: p.channel, sum: 0, rows: [] };
    g.sum += p.value;
    g.rows.push(r.row);
    groups.set(groupKey, g);
  }
  return [...groups.values()];
}

/**
 * `Presencial por punto` must add up to the Presencial interactions exactly; `Tipos de interacción`
 * may cover less than the channel (`incomplete-breakdown`) but never more (`sum-mismatch`).
 */
export function checkBreakdownSums(ctx: CheckContext): Finding[] {
  const { data } = ctx;
  const out: Finding[] = [];
  const column = (t: Table, key: string) => (t.columns as Record<string, number | undefined>)[key] ?? 0;

  if (data.points.sheetName) {
    const groups = groupBreakdown(data.points.rows as TypedRow[], (r) => {
      const v = r.values as TypedRow<typeof pointsSheet.columns>['values'];
      return v.month && v.point && v.interactions ? { month: v.month.value, channel: 'Presencial', key: v.point.value, value: v.interactions.value } : undefined;
    });
    for (const g of groups) {
      const total = channelMonthOf(ctx, g.month, 'Presencial');
      if (!total?.interactions || g.sum === total.interactions.value) continue;
      if (ctx.inputs.breakdownGaps.has(breakdownGapKey('points', g.month, 'Presencial'))) continue;
      out.push(sumFinding(ctx, 'sum-mismatch', data.points.sheetName, rangeOf(g.rows, column(data.points, 'interactions')), g, total));
    }
  }

  if (data.types.sheetName) {
    const groups = groupBreakdown(data.types.rows as TypedRow[], (r) => {
      const v = r.values as TypedRow<typeof typesSheet.columns>['values'];
      return v.month && v.channel && v.type && v.interactions ? { month: v.month.value, channel: v.channel.value, key: v.type.value, value: v.interactions.value } : undefined;
    });
    for (const g of groups) {
      const total = channelMonthOf(ctx, g.month, g.channel);
      if (!total?.interactions || g.sum === total.interactions.value) continue;
      if (ctx.inputs.breakdownGaps.has(breakdownGapKey('types', g.month, g.channel))) continue;
      const code = g.sum > total.interactions.value ? 'sum-mismatch' : 'incomplete-breakdown';
      out.push(sumFinding(ctx, code, data.types.sheetName, rangeOf(g.rows, column(data.types, 'interactions')), g, total));
    }
  }
  return out;
}

function rangeOf(rows: readonly number[], column: number): string {
  return a1Range(Math.min(...rows) - 1, column, Math.max(...rows) - 1, column);
}

function sumFinding(ctx: CheckContext, code: 'sum-mismatch' | 'incomplete-breakdown', sheet: string, cell: string, g: BreakdownGroup, total: ChannelMonth): Finding {
  const locale = ctx.options.locale;
  const totalValue = total.interactions!.value;
  return makeFinding(code, {
    sheet,
    cell,
    params: {
      breakdown: sheet,
      sum: g.sum,
      total: total.sheet,
      totalValue,
      share: formatPercent((100 * g.sum) / totalValue, 1, locale),
      context: contextLabel(ctx, g.month, g.channel),
    },
    expected: totalValue,
    actual: g.sum,
  }, locale);
}

// ---- log-aggregate-mismatch -----------------------------------------------------------------------

const logCompared = ['interactions', 'resolved', 'respondents', 'satisfaction', 'perception', 'trust'] as const;

/** The raw log's aggregates against the `Canales` row of the same month and channel: at the `Canales` cell. */
export function checkLogAgainstCanales(ctx: CheckContext): Finding[] {
  const { inputs, data } = ctx;
  const locale = ctx.options.locale;
  const out: Finding[] = [];
  for (const agg of inputs.logAggregates) {
    const row = channelMonthOf(ctx, agg.month, agg.channel);
    if (!row || row.source !== 'canales') continue;
    for (const key of logCompared) {
      const fromLog = agg[key];
      const written = row[key];
      if (!fromLog || !written) continue;
      const percent = key === 'satisfaction' || key === 'perception' || key === 'trust';
      const decimals = written.decimals ?? 0;
      const tolerance = percent ? 0.5 * 10 ** -decimals : 0;
      // Log rows that could not be placed may belong here: a count may be up to that many higher, a share anything.
      const uncertain = agg.uncertainRows ?? 0;
      if (uncertain && (percent || (written.value >= fromLog.value && written.value <= fromLog.value + uncertain))) continue;
      if (Math.abs(fromLog.value - written.value) <= tolerance + 1e-9) continue;
      const show = (n: number) => (percent ? formatPercent(n, Math.max(1, decimals), locale) : formatCount(n, locale));
      const rows = parseA1(fromLog.cell.split(':')[0]);
      const last = parseA1(fromLog.cell.split(':').pop()!);
      out.push(
        makeFinding('log-aggregate-mismatch', {
          sheet: written.sheet,
          cell: written.cell,
          params: {
            column: header(canalesSheet, key, locale),
            log: data.log.sheetName ?? header(logSheet, 'date', locale),
            rows: rows && last ? `${rows.row + 1}–${last.row + 1}` : fromLog.cell,
            logValue: show(fromLog.value),
            value: show(written.value),
            context: contextLabel(ctx, agg.month, agg.channel),
          },
          expected: percent ? round(fromLog.value, Math.max(1, decimals) + 1) : fromLog.value,
          actual: written.value,
        }, locale),
      );
    }
  }
  return out;
}

// ---- unusual-change -------------------------------------------------------------------------------

/** A channel's interactions changed by more than the threshold from the previous month: at the later month's cell. */
export function checkUnusualChanges(ctx: CheckContext): Finding[] {
  const locale = ctx.options.locale;
  const threshold = ctx.options.unusualChangeThreshold;
  const out: Finding[] = [];
  for (const cm of ctx.inputs.channelMonths) {
    const prevMonth = previousMonth(cm.month);
    const prev = channelMonthOf(ctx, prevMonth, cm.channel);
    const current = cm.interactions;
    const before = prev?.interactions;
    if (!current || !before || before.value === 0) continue;
    const change = (100 * current.value) / before.value - 100;
    if (!(Math.abs(change) > threshold)) continue;
    out.push(
      makeFinding('unusual-change', {
        sheet: current.sheet,
        cell: current.cell,
        params: {
          channel: channelLabel(cm.channel, locale),
          month: cm.month,
          change: formatChange(change, 1, locale),
          previousMonth: prevMonth,
          previous: before.value,
          current: current.value,
        },
        expected: null,
        actual: round(change, 1),
      }, locale),
    );
  }
  return out;
}

// ---- low-response ---------------------------------------------------------------------------------

/** A channel's survey indicators rest on fewer than 30 respondents or a response rate under 10 %: at Encuestados. */
export function checkSurveySamples(ctx: CheckContext): Finding[] {
  const locale = ctx.options.locale;
  const out: Finding[] = [];
  for (const cm of ctx.inputs.channelMonths) {
    const n = cm.respondents;
    const interactions = cm.interactions?.value;
    if (!n || !(cm.satisfaction || cm.perception || cm.trust)) continue;
    const rate = interactions ? (100 * n.value) / interactions : undefined;
    const few = n.value < minRespondents;
    const lowRate = rate !== undefined && rate < minResponseRate;
    if (!few && !lowRate) continue;
    const reasons = {
      es: [few ? `menos de ${minRespondents} encuestados` : '', lowRate ? `tasa de respuesta menor al ${minResponseRate} %` : ''],
      en: [few ? `fewer than ${minRespondents} respondents` : '', lowRate ? `response rate under ${minResponseRate} %` : ''],
    }[locale].filter(Boolean);
    out.push(
      makeFinding('low-response', {
        sheet: n.sheet,
        cell: n.cell,
        params: {
          context: contextLabel(ctx, cm.month, cm.channel),
          respondents: n.value,
          rate: rate === undefined ? '—' : formatPercent(rate, 1, locale),
          reason: reasons.join(locale === 'es' ? ' y ' : ' and '),
        },
        expected: few ? minRespondents : minResponseRate,
        actual: few ? n.value : round(rate!, 1),
      }, locale),
    );
  }
  return out;
}

/** Rounds to `decimals` places (for the JSON's expected/actual; messages format on their own). */
export function round(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f;
}

// ---- the entity's total row in Canales ----------------------------------------------------------

/** The figures of a `Canales` total row compared with the entity-wide indicator of the same name. */
const totalFields = [
  { key: 'interactions', id: 'interactions', unit: 'count' },
  { key: 'satisfaction', id: 'satisfaction', unit: 'percent' },
  { key: 'perception', id: 'perception', unit: 'percent' },
  { key: 'trust', id: 'trust', unit: 'percent' },
] as const;

/**
 * A `Canales` row whose Canal is the entity's total (`Total`, `Total <sigla>`…) is a published figure:
 * its Interacciones must equal the sum of the channels, and its survey shares the entity's weighted
 * means within their written precision (98,6 % admits ±0,05), as a `Reportado` row (`reported-mismatch`
 * at its cell). A figure the data cannot compute whole (a channel missing or unreadable) is not judged.
 */
export function checkCanalesTotals(ctx: CheckContext): Finding[] {
  const { locale } = ctx.options;
  const out: Finding[] = [];
  for (const r of ctx.data.canalesTotals) {
    const month = r.values.month?.value;
    if (!month) continue;
    for (const f of totalFields) {
      const cell = r.values[f.key];
      const computed = ctx.indicators.find((v) => v.id === f.id && v.month === month && v.channel === 'ANM' && v.breakdown === null);
      if (!cell || !computed) continue;
      const decimals = f.unit === 'count' ? 0 : (cell.decimals ?? 0);
      const reported = { value: cell.value, decimals };
      if (isConsistent(reported, computed.value, f.unit)) continue;
      const percent = f.unit === 'percent';
      const show = (n: number, d: number) => (percent ? formatPercent(n, d, locale) : formatCount(n, locale));
      const off = Math.abs(reported.value - computed.value);
      out.push(
        makeFinding('reported-mismatch', {
          sheet: cell.sheet,
          cell: cell.cell,
          severity: !percent || off > reportedErrorPoints + 1e-9 ? 'error' : 'warning',
          params: { indicator: indicatorRegistry[f.id].name[locale], reported: show(reported.value, decimals), computed: show(computed.value, decimals + 1), context: contextLabel(ctx, month, 'ANM') },
          expected: percent ? Number(computed.value.toFixed(decimals + 1)) : computed.value,
          actual: reported.value,
        }, locale),
      );
    }
  }
  return out;
}
