/** The indicators of indicators.md, computed from the service inputs. Values unrounded. */
import { channels, previousMonth, type Channel } from '../table';
import { breakdownGapKey, type ChannelMonth, type ServiceInputs, type BreakdownRow } from './inputs';
import { indicatorRegistry, type ChannelOrEntity, type IndicatorId, type IndicatorValue } from './registry';

/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959964;

/** Wilson score interval at 95 % for a share `p` (0–1) over `n` answers, in points; null when n is 0. */
export function wilsonInterval(p: number, n: number, z = Z_95): { low: number; high: number } | null {
  if (!(n > 0) || !(p >= 0 && p <= 1)) return null;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: 100 * Math.max(0, center - half), high: 100 * Math.min(1, center + half) };
}

/** A ratio in points, or undefined when the denominator is 0 or an input is missing. */
export function ratio(part: number | undefined, total: number | undefined): number | undefined {
  if (part === undefined || total === undefined || total === 0) return undefined;
  return (100 * part) / total;
}

const surveyIds = ['satisfaction', 'perception', 'trust'] as const;
type SurveyId = (typeof surveyIds)[number];

/**
 * Computes every indicator for every month of the inputs. A figure whose inputs include an
 * unreadable or blank value is absent, and so is everything derived from it (indicators.md; issue 8):
 * an entity-wide figure needs every channel of its month whole (`ServiceInputs.entityGaps`), a year
 * to date needs every month of the year up to its month, a breakdown's shares need every row of the
 * breakdown. A channel with no row in a month where it is not expected (it starts later) counts as
 * not operating that month.
 */
export function computeIndicators(inputs: ServiceInputs): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  const push = (id: IndicatorId, month: string, channel: ChannelOrEntity, value: number | undefined, breakdown: string | null = null, covers?: Channel[]) => {
    if (value === undefined || !isFinite(value)) return;
    const v: IndicatorValue = { id, month, channel, breakdown, value, unit: indicatorRegistry[id].unit };
    if (covers) v.covers = covers;
    out.push(v);
  };

  const byMonth = new Map<string, Map<Channel, ChannelMonth>>();
  for (const cm of inputs.channelMonths) {
    if (!byMonth.has(cm.month)) byMonth.set(cm.month, new Map());
    byMonth.get(cm.month)!.set(cm.channel, cm);
  }
  const monthSet = new Set(inputs.months);
  const whole = (month: string) => !(inputs.entityGaps.get(month)?.length);
  const interactionsOf = (month: string, channel: ChannelOrEntity): number | undefined => {
    const m = byMonth.get(month);
    if (!m) return undefined;
    if (channel !== 'ANM') return m.get(channel)?.interactions?.value;
    if (!whole(month)) return undefined;
    const counts = [...m.values()].map((c) => c.interactions?.value);
    return counts.some((c) => c === undefined) ? undefined : sum(counts);
  };
  /** Year to date: every month of the year up to `month` present, each month's figure known (a channel not yet operating counts 0). */
  const yearToDate = (month: string, target: ChannelOrEntity): number | undefined => {
    if (inputs.yearGaps.has(month)) return undefined;
    const year = month.slice(0, 4);
    let total = 0;
    for (let m = 1; m <= Number(month.slice(5, 7)); m++) {
      const key = `${year}-${String(m).padStart(2, '0')}`;
      if (!monthSet.has(key)) return undefined;
      const value = interactionsOf(key, target);
      if (value !== undefined) total += value;
      else if (target === 'ANM' || byMonth.get(key)!.has(target) || !whole(key)) return undefined;
    }
    return total;
  };

  for (const month of inputs.months) {
    const rows = [...byMonth.get(month)!.values()].sort((a, b) => channels.indexOf(a.channel) - channels.indexOf(b.channel));
    // The channels an entity-wide rate or mean is built over, when fewer than the month's.
    const coverOf = (used: readonly ChannelMonth[]): Channel[] | undefined => (used.length < rows.length ? used.map((r) => r.channel) : undefined);
    const total = interactionsOf(month, 'ANM');
    const prev = previousMonth(month);
    for (const target of [...rows.map((r) => r.channel), 'ANM'] as ChannelOrEntity[]) {
      const value = interactionsOf(month, target);
      push('interactions', month, target, value);
      if (target !== 'ANM') push('channel_share', month, target, ratio(value, total));
      push('ytd_interactions', month, target, yearToDate(month, target));
      // An entity-wide change compares like with like: both months must cover the same channels (issue 8).
      const sameChannels = target !== 'ANM' || sameKeys(byMonth.get(prev), byMonth.get(month));
      const before = sameChannels ? interactionsOf(prev, target) : undefined;
      if (before !== undefined && value !== undefined && before !== 0) push('month_over_month', month, target, (100 * value) / before - 100);
    }

    for (const r of rows) {
      const n = r.interactions?.value;
      push('first_contact_resolution', month, r.channel, ratio(r.resolved?.value, n));
      if (r.channel === 'Telefónico') push('answered_call_rate', month, r.channel, ratio(r.answeredCalls?.value, r.incomingCalls?.value));
      push('survey_response_rate', month, r.channel, ratio(r.respondents?.value, n));
      for (const id of surveyIds) {
        const share = r[id]?.value;
        push(id, month, r.channel, share);
        pushInterval(push, id, month, r.channel, share, r.respondents?.value);
      }
    }
    // Entity-wide rates over the channels that report the part: none of the month's channels may have
    // it unreadable, nor report it without a readable count to weigh it with.
    if (whole(month)) {
      const entityRate = (part: 'resolved' | 'respondents', id: 'first_contact_resolution' | 'survey_response_rate') => {
        if (rows.some((r) => r.unreadable.has(part) || r.missing.has(part) || (r[part] && !r.interactions))) return;
        const withPart = rows.filter((r) => r[part] && r.interactions);
        if (withPart.length) push(id, month, 'ANM', ratio(sum(withPart.map((r) => r[part]!.value)), sum(withPart.map((r) => r.interactions!.value))), null, coverOf(withPart));
      };
      entityRate('resolved', 'first_contact_resolution');
      entityRate('respondents', 'survey_response_rate');
    }
    const entity: Partial<Record<SurveyId, number>> = {};
    for (const id of surveyIds) {
      if (!whole(month)) continue;
      // A channel's share whose respondents are unknown cannot be weighed: the mean would be partial.
      if (rows.some((r) => r.unreadable.has(id) || r.missing.has(id) || (r[id] && !r.respondents))) continue;
      const weighted = rows.filter((r) => r[id] && r.respondents && r.respondents.value > 0);
      const n = sum(weighted.map((r) => r.respondents!.value));
      if (!weighted.length || !n) continue;
      const value = sum(weighted.map((r) => r[id]!.value * r.respondents!.value))! / n;
      entity[id] = value;
      push(id, month, 'ANM', value, null, coverOf(weighted));
      pushInterval(push, id, month, 'ANM', value, n, coverOf(weighted));
    }
    if (entity.satisfaction !== undefined && entity.perception !== undefined && entity.trust !== undefined) {
      push('consolidated_satisfaction', month, 'ANM', (entity.satisfaction + entity.perception + entity.trust) / 3);
    }

    // Presencial by point and point type: sums and shares only over a breakdown read whole.
    const points = inputs.points.filter((p) => p.month === month);
    if (!inputs.breakdownGaps.has(breakdownGapKey('points', month, 'Presencial')) && points.every((p) => p.group !== null)) {
      const typeTotals = groupSum(points, (p) => p.group!);
      const pointTotal = sum([...typeTotals.values()]);
      for (const [type, value] of typeTotals) {
        push('point_type_interactions', month, 'Presencial', value, type);
        push('point_type_share', month, 'Presencial', ratio(value, pointTotal), type);
      }
    }
    for (const p of points) push('point_interactions', month, 'Presencial', p.value.value, p.key);

    // Interaction types per channel.
    for (const channel of channels) {
      const types = inputs.types.filter((t) => t.month === month && t.channel === channel);
      if (!types.length) continue;
      const whole = !inputs.breakdownGaps.has(breakdownGapKey('types', month, channel));
      const typified = sum(types.map((t) => t.value.value));
      for (const t of types) {
        push('interaction_type_count', month, channel, t.value.value, t.key);
        if (whole) push('interaction_type_share', month, channel, ratio(t.value.value, typified), t.key);
      }
      if (whole) push('typified_coverage', month, channel, ratio(typified, interactionsOf(month, channel)));
    }

    for (const v of inputs.virtual.filter((v) => v.month === month)) push('virtual_management', month, 'Virtual', v.value.value, v.key);
  }
  return out;
}

function pushInterval(
  push: (id: IndicatorId, month: string, channel: ChannelOrEntity, value: number | undefined, breakdown?: string | null, covers?: Channel[]) => void,
  id: SurveyId,
  month: string,
  channel: ChannelOrEntity,
  share: number | undefined,
  n: number | undefined,
  covers?: Channel[],
): void {
  if (share === undefined || n === undefined) return;
  const interval = wilsonInterval(share / 100, n);
  if (!interval) return;
  push(`${id}_ci_low`, month, channel, interval.low, null, covers);
  push(`${id}_ci_high`, month, channel, interval.high, null, covers);
}

function sameKeys<K>(a: ReadonlyMap<K, unknown> | undefined, b: ReadonlyMap<K, unknown> | undefined): boolean {
  if (!a || !b || a.size !== b.size) return false;
  return [...a.keys()].every((k) => b.has(k));
}

function sum(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

function groupSum(rows: readonly BreakdownRow[], key: (r: BreakdownRow) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + r.value.value);
  return m;
}

/** The value of one indicator, if computed. */
export function findIndicator(values: readonly IndicatorValue[], id: IndicatorId, month: string, channel: ChannelOrEntity, breakdown: string | null = null): IndicatorValue | undefined {
  return values.find((v) => v.id === id && v.month === month && v.channel === channel && (v.breakdown ?? null) === breakdown);
}
