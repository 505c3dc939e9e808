/** A month's indicator values, looked up by id and channel, and formatted for slides. */
import { formatCount, formatPercent, formatNumber, type Locale } from '../i18n';
import type { ChannelOrEntity, IndicatorId, IndicatorValue } from '../service/registry';

/** Channels in the order the report presents them on their own slides and in sentences. */
export const reportChannels = ['Telefónico', 'Presencial', 'Virtual'] as const;
/** The survey is reported in person first, then by phone (the report's order). */
export const surveyChannels = ['Presencial', 'Telefónico', 'Virtual'] as const;

export interface MonthFigures {
  month: string;
  /** The value of an indicator this month, undefined when absent. */
  get(id: IndicatorId, channel: ChannelOrEntity, breakdown?: string | null): number | undefined;
  /** The breakdown values of an indicator this month, in the order they were computed. */
  breakdowns(id: IndicatorId, channel: ChannelOrEntity): { key: string; value: number }[];
  /** Survey respondents, recovered from the response rate and the interactions. */
  respondents(channel: ChannelOrEntity): number | undefined;
  /** Whether any value exists this month. */
  any: boolean;
}

/** Indexes the values of `month`. */
export function monthFigures(values: readonly IndicatorValue[], month: string): MonthFigures {
  const index = new Map<string, number>();
  const byId = new Map<string, { key: string; value: number }[]>();
  for (const v of values) {
    if (v.month !== month) continue;
    const key = `${v.id}|${v.channel}|${v.breakdown ?? ''}`;
    if (!index.has(key)) index.set(key, v.value);
    if (v.breakdown !== null) {
      const listKey = `${v.id}|${v.channel}`;
      if (!byId.has(listKey)) byId.set(listKey, []);
      byId.get(listKey)!.push({ key: v.breakdown, value: v.value });
    }
  }
  const get = (id: IndicatorId, channel: ChannelOrEntity, breakdown: string | null = null) => index.get(`${id}|${channel}|${breakdown ?? ''}`);
  return {
    month,
    get,
    breakdowns: (id, channel) => byId.get(`${id}|${channel}`) ?? [],
    respondents(channel) {
      const of = (c: ChannelOrEntity) => {
        const rate = get('survey_response_rate', c);
        const n = get('interactions', c);
        // The rate is respondents / interactions unrounded, so this recovers the count exactly.
        return rate === undefined || n === undefined ? undefined : Math.round((rate * n) / 100);
      };
      if (channel !== 'ANM') return of(channel);
      // The entity-wide rate is over the channels reporting respondents only: add theirs up.
      const known = reportChannels.map(of).filter((n): n is number => n !== undefined);
      return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
    },
    any: index.size > 0,
  };
}

/** A count as shown (`1.371`). */
export function showCount(value: number, locale: Locale): string {
  return formatCount(Math.round(value), locale);
}

/** Points as a percentage (`98,3 %`); a whole number shows without decimals (`100 %`). */
export function showPercent(points: number, decimals: number, locale: Locale): string {
  return Number.isInteger(points) ? formatPercent(points, 0, locale) : formatPercent(points, decimals, locale);
}

/** A score 0–100 (`47,5`); whole numbers without decimals. */
export function showScore(value: number, locale: Locale): string {
  return Number.isInteger(value) ? formatNumber(value, 0, locale) : formatNumber(value, 1, locale);
}
