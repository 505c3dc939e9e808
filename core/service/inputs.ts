/** From the workbook to the service report's inputs: Canales rows, or the raw log aggregated. */
import type { RawWorkbook } from '../workbook';
import { a1Range } from '../workbook';
import type { Locale } from '../i18n';
import { normalizeName } from '../text';
import { makeFinding, type Finding } from '../findings';
import { readTable, type Located, type Table, type Channel, channels } from '../table';
import { canalesSheet, logSheet, pointsSheet, reportedSheet, typesSheet, virtualSheet } from '../template';

/** The service sheets as read, with every reading finding. */
export interface ServiceData {
  canales: Table<typeof canalesSheet.columns>;
  points: Table<typeof pointsSheet.columns>;
  types: Table<typeof typesSheet.columns>;
  virtual: Table<typeof virtualSheet.columns>;
  reported: Table<typeof reportedSheet.columns>;
  log: Table<typeof logSheet.columns>;
  findings: Finding[];
}

/** The figures of one month and channel, from a `Canales` row or aggregated from the log. */
export interface ChannelMonth {
  month: string;
  channel: Channel;
  source: 'canales' | 'log';
  /** Where it came from: the `Canales` row, or the log's row range. */
  sheet: string;
  row: number;
  interactions?: Located<number>;
  resolved?: Located<number>;
  incomingCalls?: Located<number>;
  answeredCalls?: Located<number>;
  respondents?: Located<number>;
  satisfaction?: Located<number>;
  perception?: Located<number>;
  trust?: Located<number>;
}

export interface BreakdownRow {
  month: string;
  channel: Channel;
  /** Point type (points), or null. */
  group: string | null;
  key: string;
  value: Located<number>;
  source: 'sheet' | 'log';
}

/** Everything the indicators are computed from, deduplicated (the first row of a key wins). */
export interface ServiceInputs {
  months: string[];
  channelMonths: ChannelMonth[];
  /** The log's aggregates per month and channel (also those that Canales has, for comparison). */
  logAggregates: ChannelMonth[];
  points: BreakdownRow[];
  types: BreakdownRow[];
  virtual: BreakdownRow[];
}

/** Reads every service sheet; says when the required one (Canales or the log) is missing. */
export function readServiceData(workbook: RawWorkbook, locale: Locale = 'es'): ServiceData {
  const canales = readTable(workbook, canalesSheet, locale);
  const points = readTable(workbook, pointsSheet, locale);
  const types = readTable(workbook, typesSheet, locale);
  const virtual = readTable(workbook, virtualSheet, locale);
  const reported = readTable(workbook, reportedSheet, locale);
  const log = readTable(workbook, logSheet, locale);
  const findings: Finding[] = [];
  if (!canales.sheetName && !log.sheetName) {
    findings.push(
      makeFinding('missing-sheet', {
        params: {
          sheet: canalesSheet.name[locale],
          purpose: locale === 'es' ? ' (o el registro «Interacciones»): el informe de servicio la necesita' : ' (or the “Interacciones” log): the service report needs it',
        },
      }, locale),
    );
  }
  for (const t of [points, types, virtual]) {
    if (!t.sheetName) {
      findings.push(
        makeFinding('missing-sheet', {
          severity: 'info',
          params: { sheet: t.spec.name[locale], purpose: locale === 'es' ? ': sus indicadores no se calculan' : ': its indicators are not computed' },
        }, locale),
      );
    }
  }
  for (const t of [canales, points, types, virtual, reported, log]) findings.push(...t.findings);
  return { canales, points, types, virtual, reported, log, findings };
}

/** Builds the computation inputs: Canales rows first, then log aggregates for what Canales lacks. */
export function buildServiceInputs(data: ServiceData): ServiceInputs {
  const channelMonths: ChannelMonth[] = [];
  const seen = new Set<string>();
  for (const r of data.canales.rows) {
    const v = r.values;
    if (!r.complete || !v.month || !v.channel || !v.interactions) continue;
    const key = `${v.month.value}|${v.channel.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    channelMonths.push({
      month: v.month.value,
      channel: v.channel.value,
      source: 'canales',
      sheet: data.canales.sheetName!,
      row: r.row,
      interactions: v.interactions,
      resolved: v.resolved,
      incomingCalls: v.incomingCalls,
      answeredCalls: v.answeredCalls,
      respondents: v.respondents,
      satisfaction: v.satisfaction,
      perception: v.perception,
      trust: v.trust,
    });
  }
  const log = aggregateLog(data.log);
  for (const agg of log.channelMonths) {
    const key = `${agg.month}|${agg.channel}`;
    if (!seen.has(key)) {
      seen.add(key);
      channelMonths.push(agg);
    }
  }

  const points = mergeBreakdowns(
    firstPerKey(data.points.rows.flatMap((r) => {
      const v = r.values;
      if (!r.complete || !v.month || !v.point || !v.pointType || !v.interactions) return [];
      return [{ month: v.month.value, channel: 'Presencial' as const, group: v.pointType.value, key: v.point.value, value: v.interactions, source: 'sheet' as const }];
    })),
    log.points,
  );
  const types = mergeBreakdowns(
    firstPerKey(data.types.rows.flatMap((r) => {
      const v = r.values;
      if (!r.complete || !v.month || !v.channel || !v.type || !v.interactions) return [];
      return [{ month: v.month.value, channel: v.channel.value, group: null, key: v.type.value, value: v.interactions, source: 'sheet' as const }];
    })),
    log.types,
  );
  const virtual = firstPerKey(data.virtual.rows.flatMap((r) => {
    const v = r.values;
    if (!r.complete || !v.month || !v.concept || !v.quantity) return [];
    return [{ month: v.month.value, channel: 'Virtual' as const, group: null, key: v.concept.value, value: v.quantity, source: 'sheet' as const }];
  }));

  const months = [...new Set(channelMonths.map((c) => c.month))].sort();
  channelMonths.sort((a, b) => a.month.localeCompare(b.month) || channels.indexOf(a.channel) - channels.indexOf(b.channel));
  return { months, channelMonths, logAggregates: log.channelMonths, points, types, virtual };
}

function breakdownKey(b: BreakdownRow): string {
  return `${b.month}|${b.channel}|${normalizeName(b.key)}`;
}

function firstPerKey(rows: BreakdownRow[]): BreakdownRow[] {
  const seen = new Set<string>();
  return rows.filter((b) => {
    const k = breakdownKey(b);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Log breakdowns fill only the months and channels the sheet has none for. */
function mergeBreakdowns(sheetRows: BreakdownRow[], logRows: BreakdownRow[]): BreakdownRow[] {
  const covered = new Set(sheetRows.map((b) => `${b.month}|${b.channel}`));
  return [...sheetRows, ...logRows.filter((b) => !covered.has(`${b.month}|${b.channel}`))];
}

interface Tally {
  month: string;
  channel: Channel;
  firstRow: number;
  lastRow: number;
  interactions: number;
  resolvedKnown: number;
  resolved: number;
  respondents: number;
  respondentsKnown: number;
  sat: [number, number];
  per: [number, number];
  tru: [number, number];
}

/** Aggregates the raw log per month and channel (and point, type). */
export function aggregateLog(log: ServiceData['log']): { channelMonths: ChannelMonth[]; points: BreakdownRow[]; types: BreakdownRow[] } {
  if (!log.sheetName || log.rows.length === 0) return { channelMonths: [], points: [], types: [] };
  const sheet = log.sheetName;
  const tallies = new Map<string, Tally>();
  const points = new Map<string, { month: string; group: string | null; key: string; n: number; first: number; last: number }>();
  const types = new Map<string, { month: string; channel: Channel; key: string; n: number; first: number; last: number }>();
  const col = log.columns;
  for (const r of log.rows) {
    const v = r.values;
    if (!r.complete || !v.date || !v.channel) continue;
    const month = v.date.value.slice(0, 7);
    const channel = v.channel.value;
    const key = `${month}|${channel}`;
    let t = tallies.get(key);
    if (!t) {
      t = { month, channel, firstRow: r.row, lastRow: r.row, interactions: 0, resolvedKnown: 0, resolved: 0, respondents: 0, respondentsKnown: 0, sat: [0, 0], per: [0, 0], tru: [0, 0] };
      tallies.set(key, t);
    }
    t.lastRow = r.row;
    t.interactions++;
    if (v.resolved) {
      t.resolvedKnown++;
      if (v.resolved.value) t.resolved++;
    }
    // A row answered the survey when it says so, or (no such column) when it rated anything.
    const answered = v.answeredSurvey ? v.answeredSurvey.value : col.answeredSurvey === undefined && !!(v.satisfied || v.favourablePerception || v.trusts);
    if (v.answeredSurvey || col.answeredSurvey === undefined) t.respondentsKnown++;
    if (answered) {
      t.respondents++;
      if (v.satisfied) tallyShare(t.sat, v.satisfied.value);
      if (v.favourablePerception) tallyShare(t.per, v.favourablePerception.value);
      if (v.trusts) tallyShare(t.tru, v.trusts.value);
    }
    if (channel === 'Presencial' && v.point) {
      const pk = `${month}|${normalizeName(v.point.value)}`;
      const p = points.get(pk) ?? { month, group: v.pointType?.value ?? null, key: v.point.value, n: 0, first: r.row, last: r.row };
      p.n++;
      p.last = r.row;
      points.set(pk, p);
    }
    if (v.type) {
      const tk = `${key}|${normalizeName(v.type.value)}`;
      const ty = types.get(tk) ?? { month, channel, key: v.type.value, n: 0, first: r.row, last: r.row };
      ty.n++;
      ty.last = r.row;
      types.set(tk, ty);
    }
  }
  const at = (value: number, first: number, last: number, column: number | undefined): Located<number> => ({
    value,
    sheet,
    cell: a1Range(first - 1, column ?? 0, last - 1, column ?? 0),
    raw: value,
  });
  const channelMonths: ChannelMonth[] = [...tallies.values()].map((t) => {
    const share = (s: [number, number]) => (s[1] > 0 ? at((100 * s[0]) / s[1], t.firstRow, t.lastRow, undefined) : undefined);
    return {
      month: t.month,
      channel: t.channel,
      source: 'log',
      sheet,
      row: t.firstRow,
      interactions: at(t.interactions, t.firstRow, t.lastRow, col.date),
      resolved: t.resolvedKnown > 0 ? at(t.resolved, t.firstRow, t.lastRow, col.resolved) : undefined,
      respondents: t.respondentsKnown > 0 ? at(t.respondents, t.firstRow, t.lastRow, col.answeredSurvey ?? col.satisfied) : undefined,
      satisfaction: share(t.sat) && { ...share(t.sat)!, cell: a1Range(t.firstRow - 1, col.satisfied ?? 0, t.lastRow - 1, col.satisfied ?? 0) },
      perception: share(t.per) && { ...share(t.per)!, cell: a1Range(t.firstRow - 1, col.favourablePerception ?? 0, t.lastRow - 1, col.favourablePerception ?? 0) },
      trust: share(t.tru) && { ...share(t.tru)!, cell: a1Range(t.firstRow - 1, col.trusts ?? 0, t.lastRow - 1, col.trusts ?? 0) },
    };
  });
  return {
    channelMonths,
    points: [...points.values()].map((p) => ({ month: p.month, channel: 'Presencial' as const, group: p.group, key: p.key, value: at(p.n, p.first, p.last, col.point), source: 'log' as const })),
    types: [...types.values()].map((t) => ({ month: t.month, channel: t.channel, group: null, key: t.key, value: at(t.n, t.first, t.last, col.type), source: 'log' as const })),
  };
}

function tallyShare(s: [number, number], yes: boolean): void {
  s[1]++;
  if (yes) s[0]++;
}
