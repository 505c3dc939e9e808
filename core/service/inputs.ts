/** From the workbook to the service report's inputs: Canales rows, or the raw log aggregated. */
import type { RawWorkbook } from '../workbook';
import { a1, a1Range } from '../workbook';
import { channelLabel, type Locale } from '../i18n';
import { normalizeName } from '../text';
import { makeFinding, type Finding } from '../findings';
import { pqrsdSheet } from '../pqrsd/sheets';
import { findSpecSheet, isBlank } from '../table';
import { closestSheet, readOptionsOf, readTable, type Located, type ReadOptionsInput, type Table, type TypedRow, type Channel, channels } from '../table';
import { readConfig } from '../config';
import { readLog, logBit, type LogTable } from './log';
import { canalesSheet, logSheet, pointsSheet, reportedSheet, serviceSheets, typesSheet, virtualSheet } from '../template';

/** The service sheets as read, with every reading finding. */
export interface ServiceData {
  /** The language findings were written in. */
  locale?: Locale;
  canales: Table<typeof canalesSheet.columns>;
  points: Table<typeof pointsSheet.columns>;
  types: Table<typeof typesSheet.columns>;
  virtual: Table<typeof virtualSheet.columns>;
  reported: Table<typeof reportedSheet.columns>;
  /** The raw log, read into columns (no object per cell) and shared by a run's actions. */
  log: LogTable;
  /**
   * `Canales` rows whose Canal is the entity's total (`Total`, `Total entidad`, `Total <sigla>`, the
   * entity's name or sigla from `Configuración`): a published total, not a channel. They are left out
   * of `canales.rows` and checked against the sum of the channels like a `Reportado` figure.
   */
  canalesTotals: TypedRow<typeof canalesSheet.columns>[];
  findings: Finding[];
}

/** The figures of a channel-month, as named in `Canales`. */
export type ChannelField = 'interactions' | 'resolved' | 'incomingCalls' | 'answeredCalls' | 'respondents' | 'satisfaction' | 'perception' | 'trust';
export const channelFields: readonly ChannelField[] = ['interactions', 'resolved', 'incomingCalls', 'answeredCalls', 'respondents', 'satisfaction', 'perception', 'trust'];

/** The figures of one month and channel, from a `Canales` row or aggregated from the log. */
export interface ChannelMonth {
  month: string;
  channel: Channel;
  source: 'canales' | 'log';
  /** Where it came from: the `Canales` row, or the log's first row. */
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
  /**
   * Figures that are there but could not be read (a finding at the cell says why), or a required
   * count left blank, or — from the log — figures a row that could not be placed may belong to. They
   * are absent, and so is everything built on them: never a partial figure presented as whole.
   */
  unreadable: ReadonlySet<ChannelField>;
  /**
   * Optional figures left blank where the row's other figures (or the channel's other months) show
   * the channel reports them: the entity-wide figures over "the channels that report it" are absent.
   */
  missing: Set<ChannelField>;
  /** Log aggregates only: rows that could not be placed and may belong here (each count may be that much higher). */
  uncertainRows?: number;
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

/**
 * Why a month's entity-wide figures (total, shares, year to date, month-over-month, entity means)
 * cannot be whole: a channel that earlier months have is missing (`missing-channel`), or a row that
 * could not be placed (unreadable month or channel) may belong to the month (`unplaced-row`).
 */
export interface EntityGap {
  month: string;
  reason: 'missing-channel' | 'unplaced-row';
  channel?: Channel;
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
  /** Per month, why its entity-wide figures are absent (no entry: they are whole). */
  entityGaps: ReadonlyMap<string, readonly EntityGap[]>;
  /**
   * Breakdown groups with a row that could not be read: their sums and shares are absent. Keys
   * `points|YYYY-MM|Presencial`, `types|YYYY-MM|<channel>`, `virtual|YYYY-MM|Virtual` (breakdownGapKey).
   */
  breakdownGaps: ReadonlySet<string>;
  /** Months (per year) whose year to date is absent because an earlier month of the year has no data. */
  yearGaps: ReadonlyMap<string, readonly string[]>;
  /** Findings of building the inputs: a missing channel row, a survey share without its respondents, a year to date not computed. */
  findings: Finding[];
}

/** Whether the workbook has a `PQRSD` sheet with a row below its header (pqrsd.md). */
function hasPqrsdRows(workbook: RawWorkbook): boolean {
  const sheet = findSpecSheet(workbook, pqrsdSheet);
  return !!sheet && sheet.values.slice(1).some((row) => row?.some((v) => !isBlank(v)));
}

/** The key of a breakdown group in `ServiceInputs.breakdownGaps`. */
export function breakdownGapKey(sheet: 'points' | 'types' | 'virtual', month: string, channel: Channel): string {
  return `${sheet}|${month}|${channel}`;
}

/** Reads every service sheet; says when the required one (Canales or the log) is missing, naming the closest sheet present. */
export function readServiceData(workbook: RawWorkbook, options?: ReadOptionsInput): ServiceData {
  const opts = readOptionsOf(options, workbook);
  const { locale } = opts;
  const canales = readTable(workbook, canalesSheet, opts);
  const points = readTable(workbook, pointsSheet, opts);
  const types = readTable(workbook, typesSheet, opts);
  const virtual = readTable(workbook, virtualSheet, opts);
  const reported = readTable(workbook, reportedSheet, opts);
  const log = readLog(workbook, opts);
  const canalesTotals = takeTotalRows(workbook, canales, locale);
  const findings: Finding[] = [];
  const known = serviceSheets;
  if (!canales.sheetName && !log.sheetName) {
    // A workbook that reports PQRSD only is not wrong: what it lacks is information (what is not computed).
    const pqrsdOnly = hasPqrsdRows(workbook);
    findings.push(
      makeFinding('missing-sheet', {
        severity: pqrsdOnly ? 'info' : undefined,
        params: {
          sheet: canalesSheet.name[locale],
          purpose: pqrsdOnly
            ? locale === 'es' ? ' y no hay registro «Interacciones»: los indicadores de atención por canal no se calculan; las PQRSD sí' : ' and there is no “Interacciones” log: the channel service indicators are not computed; PQRSD are'
            : locale === 'es' ? ' (o el registro «Interacciones»): el informe de servicio la necesita' : ' (or the “Interacciones” log): the service report needs it',
        },
        suggestion: closestSheet(workbook, canalesSheet, known.filter((s) => s !== canalesSheet)) ?? null,
      }, locale),
    );
  }
  for (const t of [points, types, virtual]) {
    if (!t.sheetName) {
      findings.push(
        makeFinding('missing-sheet', {
          severity: 'info',
          params: { sheet: t.spec.name[locale], purpose: locale === 'es' ? ': sus indicadores no se calculan' : ': its indicators are not computed' },
          suggestion: closestSheet(workbook, t.spec, known.filter((s) => s !== t.spec)) ?? null,
        }, locale),
      );
    }
  }
  for (const t of [canales, points, types, virtual, reported, log]) findings.push(...t.findings);
  return { canales, points, types, virtual, reported, log, canalesTotals, findings, locale };
}

/** Canal words that name the entity's total row, besides the entity's own name and sigla. */
const totalWords = ['Total', 'Total entidad', 'Total de la entidad', 'Total general', 'Toda la entidad', 'Entity total', 'Grand total'];

/**
 * Takes the entity's total rows out of `Canales` (their Canal is not a channel, and not a finding):
 * a Canal of `Total`, `Total entidad`, `Total <sigla>`, or the entity's name or sigla (`Configuración`).
 * Their `unknown-value` finding at the Canal cell is dropped; the rest of the row's findings stay.
 */
function takeTotalRows(workbook: RawWorkbook, canales: Table<typeof canalesSheet.columns>, locale: Locale): TypedRow<typeof canalesSheet.columns>[] {
  const column = canales.columns.channel;
  if (!canales.sheetName || column === undefined) return [];
  const sheet = workbook.sheets.find((s) => s.name === canales.sheetName)!;
  const names = readConfig(workbook, locale).config;
  const words = new Set([...totalWords, ...[names.entity, names.entityShort].flatMap((n) => (n ? [n, `Total ${n}`] : []))].map(normalizeName));
  const totals: TypedRow<typeof canalesSheet.columns>[] = [];
  const cells = new Set<string>();
  canales.rows = canales.rows.filter((r) => {
    if (r.values.channel) return true;
    const raw = sheet.values[r.row - 1]?.[column];
    if (typeof raw !== 'string' || !words.has(normalizeName(raw))) return true;
    totals.push(r);
    cells.add(a1(r.row - 1, column));
    return false;
  });
  if (cells.size) canales.findings = canales.findings.filter((f) => !(f.code === 'unknown-value' && f.cell !== null && cells.has(f.cell)));
  return totals;
}

type Placement = { month?: string; channel?: Channel };

/** Builds the computation inputs: Canales rows first, then log aggregates for what Canales lacks. */
export function buildServiceInputs(data: ServiceData): ServiceInputs {
  const locale = data.locale ?? 'es';
  const findings: Finding[] = [];
  const channelMonths: ChannelMonth[] = [];
  const seen = new Set<string>();
  const unplaced: Placement[] = [];
  const breakdownGaps = new Set<string>();
  for (const r of data.canales.rows) {
    const v = r.values;
    if (!v.month || !v.channel) {
      unplaced.push({ month: v.month?.value, channel: v.channel?.value });
      continue;
    }
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
      // A missing Interacciones column leaves every row without its count: unreadable, not zero.
      unreadable: new Set([...r.unreadable, ...data.canales.missingColumns].filter((k): k is ChannelField => (channelFields as readonly string[]).includes(k))),
      missing: new Set(),
    });
  }
  const log = aggregateLog(data.log, locale);
  findings.push(...log.findings);
  for (const g of log.breakdownGaps) breakdownGaps.add(g);
  for (const agg of log.channelMonths) {
    const key = `${agg.month}|${agg.channel}`;
    if (!seen.has(key)) {
      seen.add(key);
      channelMonths.push(agg);
    }
  }
  const months = [...new Set(channelMonths.map((c) => c.month))].sort();
  channelMonths.sort((a, b) => a.month.localeCompare(b.month) || channels.indexOf(a.channel) - channels.indexOf(b.channel));
  const present = (month: string, channel: Channel) => seen.has(`${month}|${channel}`);
  const canalesKeys = new Set(channelMonths.filter((c) => c.source === 'canales').map((c) => `${c.month}|${c.channel}`));
  const could = (p: Placement, month: string, channel?: Channel) => (p.month === undefined || p.month === month) && (channel === undefined || p.channel === undefined || p.channel === channel);
  const blank = (cm: ChannelMonth) => {
    cm.unreadable = new Set(channelFields);
    for (const f of channelFields) delete cm[f];
  };

  // Entity-wide gaps. A Canales row that cannot be placed may be any month's missing channel (and
  // then the log must not stand in for it); a channel that earlier months have is missing; a log row
  // that cannot be placed may be in any month the log supplies.
  const gaps = new Map<string, EntityGap[]>();
  const addGap = (g: EntityGap) => gaps.set(g.month, [...(gaps.get(g.month) ?? []), g]);
  const canalesMonths = new Set(channelMonths.filter((c) => c.source === 'canales').map((c) => c.month));
  const firstCanales = new Map<Channel, string>();
  for (const c of channelMonths) if (c.source === 'canales' && !firstCanales.has(c.channel)) firstCanales.set(c.channel, c.month);
  for (const month of months) {
    for (const channel of channels) {
      if (canalesKeys.has(`${month}|${channel}`)) continue;
      if (unplaced.some((p) => could(p, month, channel))) {
        const fromLog = channelMonths.find((c) => c.month === month && c.channel === channel);
        if (fromLog) blank(fromLog);
        addGap({ month, reason: 'unplaced-row', channel });
        continue;
      }
      if (present(month, channel)) continue;
      const first = firstCanales.get(channel);
      if (canalesMonths.has(month) && first !== undefined && first < month) {
        addGap({ month, reason: 'missing-channel', channel });
        const rows = channelMonths.filter((c) => c.month === month && c.source === 'canales').map((c) => c.row);
        const column = data.canales.columns.month ?? 0;
        findings.push(
          makeFinding('missing-row', {
            sheet: data.canales.sheetName,
            cell: a1Range(Math.min(...rows) - 1, column, Math.max(...rows) - 1, column),
            params: { channel: channelLabel(channel, locale), month },
          }, locale),
        );
      }
    }
    if (log.unplaced.some((p) => p.month === undefined || p.month === month) && channelMonths.some((c) => c.month === month && c.source === 'log')) {
      addGap({ month, reason: 'unplaced-row' });
    }
  }
  // The first month of the data, alone in its year, whose channels are a strict subset of the next
  // month's (a stray row of another period, issue 8): its entity-wide figures would be partial, so
  // they are absent. Within one year, fewer channels first is a channel that starts later (whole).
  if (months.length > 1 && months[0].slice(0, 4) !== months[1].slice(0, 4)) {
    const [first, next] = months;
    const channelsOf = (m: string) => channels.filter((ch) => present(m, ch));
    const have = channelsOf(first);
    const expected = channelsOf(next);
    const absent = expected.filter((ch) => !have.includes(ch));
    if (absent.length && have.every((ch) => expected.includes(ch)) && !gaps.has(first)) {
      for (const channel of absent) addGap({ month: first, reason: 'missing-channel', channel });
      const rows = channelMonths.filter((c) => c.month === first && c.source === 'canales').map((c) => c.row);
      const column = data.canales.columns.month ?? 0;
      const list = (chs: readonly Channel[]) => {
        const parts = chs.map((ch) => channelLabel(ch, locale));
        return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')}${locale === 'es' ? ' y ' : ' and '}${parts[parts.length - 1]}`;
      };
      findings.push(
        makeFinding('partial-first-month', {
          sheet: rows.length ? data.canales.sheetName : (data.log.sheetName ?? data.canales.sheetName),
          cell: rows.length ? a1Range(Math.min(...rows) - 1, column, Math.max(...rows) - 1, column) : null,
          params: { month: first, present: list(have), expected: list(expected) },
        }, locale),
      );
    }
  }
  // Log figures a log row that cannot be placed may belong to are absent as inputs; compared with a
  // Canales row, they only bound the true count (it may be up to that many rows higher).
  for (const cm of log.channelMonths) {
    const k = log.unplaced.filter((p) => could(p, cm.month, cm.channel)).length;
    if (!k) continue;
    if (canalesKeys.has(`${cm.month}|${cm.channel}`)) cm.uncertainRows = k;
    else blank(cm);
  }

  // Optional figures an entity-wide figure is built over ("the channels that measure it"; README,
  // "Cómo se leen los datos"). One rule: a channel that leaves a figure blank in every month of a
  // year (over two months at least in which it reports other figures: one month shows no habit, and
  // there a blank beside the row's other figures is an omission) does not measure it that year — the entity-wide figure is computed over the channels that
  // do and says which (`IndicatorValue.covers`); where that channel records other figures, an info
  // finding per channel and year says so once (a channel with no optional figure at all is plainly
  // not part of them, as in the worked example's Virtual). A blank
  // in a channel that records the figure in another month of the year is an omission: a warning at
  // the cell, and the entity-wide figure of that month is absent (it would be partial). A survey
  // share without its respondents cannot be weighed either.
  const said = new Set<string>();
  const warnBlank = (cm: ChannelMonth, field: ChannelField) => {
    cm.missing.add(field);
    const header = canalesSheet.columns.find((c) => c.key === field)!.header[locale];
    const column = data.canales.columns[field];
    // A column the sheet lacks is one finding for the sheet, never one per row at another column's cell.
    const cell = column === undefined ? null : a1(cm.row - 1, column);
    const key = cell ?? `column:${field}`;
    if (said.has(key)) return;
    said.add(key);
    if (cell === null) {
      findings.push(makeFinding('missing-column', { severity: 'warning', sheet: cm.sheet, cell: null, params: { column: header } }, locale));
    } else {
      findings.push(makeFinding('missing-value', { severity: 'warning', sheet: cm.sheet, cell, params: { column: header } }, locale));
    }
  };
  const optional: readonly ChannelField[] = ['resolved', 'incomingCalls', 'answeredCalls', 'respondents', 'satisfaction', 'perception', 'trust'];
  const measuredIn = new Set<string>();
  for (const c of channelMonths) {
    for (const f of channelFields) if (c[f] !== undefined || c.unreadable.has(f)) measuredIn.add(`${c.channel}|${c.month.slice(0, 4)}|${f}`);
  }
  const monthsOf = new Map<string, number>();
  // Months in which a channel reports any optional figure: the habit a blank is judged against.
  for (const c of channelMonths) {
    if (c.source !== 'canales' || !optional.some((g) => c[g] !== undefined || c.unreadable.has(g))) continue;
    const key = `${c.channel}|${c.month.slice(0, 4)}`;
    monthsOf.set(key, (monthsOf.get(key) ?? 0) + 1);
  }
  const notMeasured = new Map<string, { channel: Channel; year: string; fields: Set<ChannelField> }>();
  for (const month of months) {
    const rows = channelMonths.filter((c) => c.month === month);
    for (const field of ['resolved', 'respondents', 'satisfaction', 'perception', 'trust'] as const) {
      if (!rows.some((r) => r[field] !== undefined)) continue;
      for (const cm of rows) {
        if (cm.source !== 'canales' || cm[field] !== undefined || cm.unreadable.has(field)) continue;
        const year = month.slice(0, 4);
        const recordsOthers = optional.some((g) => g !== field && measuredIn.has(`${cm.channel}|${year}|${g}`));
        if (measuredIn.has(`${cm.channel}|${year}|${field}`)) warnBlank(cm, field);
        else if ((monthsOf.get(`${cm.channel}|${year}`) ?? 0) < 2) {
          // One month shows no habit: a blank beside the row's other figures is an omission.
          if (recordsOthers) warnBlank(cm, field);
        } else if (recordsOthers) {
          // Said only where the blank could look like an omission: the channel records other figures.
          const key = `${cm.channel}|${year}`;
          if (!notMeasured.has(key)) notMeasured.set(key, { channel: cm.channel, year, fields: new Set() });
          notMeasured.get(key)!.fields.add(field);
        }
      }
    }
    for (const cm of rows) {
      if (cm.source !== 'canales' || cm.respondents || cm.unreadable.has('respondents')) continue;
      const share = cm.satisfaction ?? cm.perception ?? cm.trust;
      if (share) warnBlank(cm, 'respondents');
    }
  }
  for (const { channel, year, fields } of notMeasured.values()) {
    const quote = (t: string) => (locale === 'es' ? `«${t}»` : `“${t}”`);
    const names = channelFields.filter((f) => fields.has(f)).map((f) => quote(canalesSheet.columns.find((c) => c.key === f)!.header[locale]));
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${locale === 'es' ? 'ni' : 'or'} ${names[names.length - 1]}`;
    const covered = channels.filter((c) => [...fields].some((f) => measuredIn.has(`${c}|${year}|${f}`))).map((c) => channelLabel(c, locale));
    const coveredList = covered.length === 1 ? covered[0] : `${covered.slice(0, -1).join(', ')} ${locale === 'es' ? 'y' : 'and'} ${covered[covered.length - 1]}`;
    findings.push(makeFinding('not-measured', { sheet: data.canales.sheetName, cell: null, params: { channel: channelLabel(channel, locale), fields: list, year, covered: coveredList } }, locale));
  }

  const points = mergeBreakdowns(
    firstPerKey(data.points.rows.flatMap((r) => {
      const v = r.values;
      if (!r.complete || !v.month || !v.point || !v.pointType || !v.interactions) return [];
      return [{ month: v.month.value, channel: 'Presencial' as const, group: v.pointType.value, key: v.point.value, value: v.interactions, source: 'sheet' as const }];
    })),
    log.points,
  );
  addBreakdownGaps(breakdownGaps, 'points', data.points.rows, (v) => ({ month: v.month?.value, channel: 'Presencial', key: v.point?.value }), points);
  const types = mergeBreakdowns(
    firstPerKey(data.types.rows.flatMap((r) => {
      const v = r.values;
      if (!r.complete || !v.month || !v.channel || !v.type || !v.interactions) return [];
      return [{ month: v.month.value, channel: v.channel.value, group: null, key: v.type.value, value: v.interactions, source: 'sheet' as const }];
    })),
    log.types,
  );
  addBreakdownGaps(breakdownGaps, 'types', data.types.rows, (v) => ({ month: v.month?.value, channel: v.channel?.value as Channel | undefined, key: v.type?.value }), types);
  const virtual = firstPerKey(data.virtual.rows.flatMap((r) => {
    const v = r.values;
    if (!r.complete || !v.month || !v.concept || !v.quantity) return [];
    return [{ month: v.month.value, channel: 'Virtual' as const, group: null, key: v.concept.value, value: v.quantity, source: 'sheet' as const }];
  }));
  addBreakdownGaps(breakdownGaps, 'virtual', data.virtual.rows, (v) => ({ month: v.month?.value, channel: 'Virtual', key: v.concept?.value }), virtual);
  // Log breakdowns of figures a misplaced log row may belong to.
  for (const b of [...points, ...types]) {
    if (b.source === 'log' && log.unplaced.some((p) => could(p, b.month, b.channel))) breakdownGaps.add(breakdownGapKey(points.includes(b) ? 'points' : 'types', b.month, b.channel));
  }

  // Year to date needs every month of the year up to the month.
  const yearGaps = new Map<string, string[]>();
  const monthSet = new Set(months);
  for (const year of [...new Set(months.map((m) => m.slice(0, 4)))]) {
    const ofYear = months.filter((m) => m.startsWith(year));
    const last = Number(ofYear[ofYear.length - 1].slice(5, 7));
    const missing = Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`).filter((m) => !monthSet.has(m));
    const short = ofYear.filter((m) => missing.some((x) => x < m));
    if (!short.length) continue;
    for (const m of short) yearGaps.set(m, missing.filter((x) => x < m));
    const first = channelMonths.filter((c) => c.month === short[0]);
    const where = first[0];
    const column = where.source === 'canales' ? (data.canales.columns.month ?? 0) : (data.log.columns.date ?? 0);
    const rows = first.filter((c) => c.source === where.source).map((c) => c.row);
    const lastRow = where.source === 'log' ? Math.max(...first.map((c) => lastRowOf(c))) : Math.max(...rows);
    const label = short.length === 1 ? short[0] : locale === 'es' ? `${short[0]} a ${short[short.length - 1]}` : `${short[0]} to ${short[short.length - 1]}`;
    findings.push(
      makeFinding('incomplete-year', {
        sheet: where.sheet,
        cell: a1Range(Math.min(...rows) - 1, column, lastRow - 1, column),
        params: { month: label, missing: missing.filter((x) => x < short[short.length - 1]).join(', ') },
      }, locale),
    );
  }

  return { months, channelMonths, logAggregates: log.channelMonths, points, types, virtual, entityGaps: gaps, breakdownGaps, yearGaps, findings };

  function lastRowOf(c: ChannelMonth): number {
    const end = c.interactions?.cell.split(':').pop();
    return end ? Number(/\d+$/.exec(end)?.[0] ?? c.row) : c.row;
  }
}

/**
 * Marks breakdown groups holding a row that could not be read. A row whose month (or channel) is
 * unreadable may belong to any group that lacks its key; without a key, to any group of its month.
 */
function addBreakdownGaps(
  gaps: Set<string>,
  sheet: 'points' | 'types' | 'virtual',
  rows: readonly { complete: boolean; values: Record<string, { value: unknown } | undefined> }[],
  where: (v: Record<string, { value: string } | undefined>) => { month?: string; channel?: Channel; key?: string },
  used: readonly BreakdownRow[],
): void {
  const months = [...new Set(used.map((b) => b.month))];
  const has = new Set(used.map((b) => `${b.month}|${b.channel}|${normalizeName(b.key)}`));
  for (const r of rows) {
    if (r.complete) continue;
    const at = where(r.values as Record<string, { value: string } | undefined>);
    const inMonths = at.month ? [at.month] : months;
    const inChannels: Channel[] = at.channel ? [at.channel] : [...channels];
    for (const m of inMonths) {
      for (const c of inChannels) {
        if (!at.month && at.key && has.has(`${m}|${c}|${normalizeName(at.key)}`)) continue;
        gaps.add(breakdownGapKey(sheet, m, c));
      }
    }
  }
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
  unreadable: Set<ChannelField>;
  /** First row with a blank yes/no that a figure needs (resolved, survey answered, a respondent's answer). */
  firstBlank: Partial<Record<'resolved' | 'respondents' | 'satisfaction' | 'perception' | 'trust', number>>;
}

/** The log aggregated: per month and channel (and point, type), with the rows that could not be placed. */
export interface LogAggregate {
  channelMonths: ChannelMonth[];
  points: BreakdownRow[];
  types: BreakdownRow[];
  /** Rows whose date or channel could not be read: the month and channel they may belong to (undefined: any). */
  unplaced: { month?: string; channel?: Channel }[];
  /** Breakdown groups with a row whose point type could not be read. */
  breakdownGaps: string[];
  /** Blank yes/no answers a figure needs (some rows of a channel-month have it, others not). */
  findings: Finding[];
}

/**
 * Aggregates the raw log per month and channel (and point, type). A figure whose yes/no cells are
 * partly unreadable or partly blank — among all rows, or among the respondents for a survey answer — is
 * absent for that channel-month, with a warning at the first blank: a share over some rows is not the
 * channel's share. A question no row answers is simply not reported.
 */
export function aggregateLog(log: LogTable, locale: Locale = 'es'): LogAggregate {
  const empty: LogAggregate = { channelMonths: [], points: [], types: [], unplaced: [], breakdownGaps: [], findings: [] };
  if (!log.sheetName || log.length === 0) return empty;
  const sheet = log.sheetName;
  const tallies = new Map<number, Tally>();
  // Keyed by numbers (a normalized text's id, the month, the channel): no string built per row.
  const points = new Map<number, { month: string; group: string | null; key: string; n: number; first: number; last: number }>();
  const types = new Map<number, { month: string; channel: Channel; key: string; n: number; first: number; last: number }>();
  const unplaced: LogAggregate['unplaced'] = [];
  const breakdownGaps = new Set<string>();
  const col = log.columns;
  // Texts compare by normalizeName, computed once per distinct text (a log has few).
  const normalIds = new Map<string, number>();
  const normalOf = new Int32Array(log.texts.length);
  log.texts.forEach((t, i) => {
    const k = normalizeName(t);
    let id = normalIds.get(k);
    if (id === undefined) normalIds.set(k, (id = normalIds.size));
    normalOf[i] = id;
  });
  const months = log.months;
  const span = months.length * channels.length;
  const { resolved, answeredSurvey, satisfied, favourablePerception, trusts } = log.answers;
  const bit = {
    resolved: logBit('resolved'),
    answeredSurvey: logBit('answeredSurvey'),
    satisfied: logBit('satisfied'),
    favourablePerception: logBit('favourablePerception'),
    trusts: logBit('trusts'),
    pointType: logBit('pointType'),
  };
  const presencial = channels.indexOf('Presencial');
  for (let i = 0; i < log.length; i++) {
    const m = log.month[i];
    const c = log.channel[i];
    if (m < 0 || c < 0) {
      unplaced.push({ month: m < 0 ? undefined : months[m], channel: c < 0 ? undefined : channels[c] });
      continue;
    }
    const row = log.sheetRows[i];
    const bad = log.unreadable[i];
    const month = months[m];
    const channel = channels[c];
    const key = m * channels.length + c;
    let t = tallies.get(key);
    if (!t) {
      t = { month, channel, firstRow: row, lastRow: row, interactions: 0, resolvedKnown: 0, resolved: 0, respondents: 0, respondentsKnown: 0, sat: [0, 0], per: [0, 0], tru: [0, 0], unreadable: new Set(), firstBlank: {} };
      tallies.set(key, t);
    }
    t.lastRow = row;
    t.interactions++;
    if (bad) {
      if (bad & bit.resolved) t.unreadable.add('resolved');
      if (bad & bit.answeredSurvey) for (const f of ['respondents', 'satisfaction', 'perception', 'trust'] as const) t.unreadable.add(f);
      if (bad & bit.satisfied) t.unreadable.add('satisfaction');
      if (bad & bit.favourablePerception) t.unreadable.add('perception');
      if (bad & bit.trusts) t.unreadable.add('trust');
      if (bad & bit.pointType && c === presencial) breakdownGaps.add(breakdownGapKey('points', month, 'Presencial'));
    }
    const res = resolved[i];
    if (res >= 0) {
      t.resolvedKnown++;
      if (res === 1) t.resolved++;
    } else if (col.resolved !== undefined && t.firstBlank.resolved === undefined && !(bad & bit.resolved)) t.firstBlank.resolved = row;
    // A row answered the survey when it says so, or (no such column) when it rated anything.
    const said = answeredSurvey[i];
    const sat = satisfied[i];
    const per = favourablePerception[i];
    const tru = trusts[i];
    const answered = said >= 0 ? said === 1 : col.answeredSurvey === undefined && (sat >= 0 || per >= 0 || tru >= 0);
    if (said >= 0 || col.answeredSurvey === undefined) t.respondentsKnown++;
    else if (t.firstBlank.respondents === undefined && !(bad & bit.answeredSurvey)) t.firstBlank.respondents = row;
    if (answered) {
      t.respondents++;
      if (sat >= 0) tallyShare(t.sat, sat === 1);
      else if (t.firstBlank.satisfaction === undefined && !(bad & bit.satisfied)) t.firstBlank.satisfaction = row;
      if (per >= 0) tallyShare(t.per, per === 1);
      else if (t.firstBlank.perception === undefined && !(bad & bit.favourablePerception)) t.firstBlank.perception = row;
      if (tru >= 0) tallyShare(t.tru, tru === 1);
      else if (t.firstBlank.trust === undefined && !(bad & bit.trusts)) t.firstBlank.trust = row;
    }
    const pt = log.point[i];
    if (c === presencial && pt >= 0) {
      const pk = normalOf[pt] * span + m;
      let p = points.get(pk);
      if (!p) {
        const group = log.pointType[i];
        points.set(pk, (p = { month, group: group >= 0 ? log.texts[group] : null, key: log.texts[pt], n: 0, first: row, last: row }));
      }
      p.n++;
      p.last = row;
    }
    const ty = log.type[i];
    if (ty >= 0) {
      const tk = normalOf[ty] * span + key;
      let x = types.get(tk);
      if (!x) types.set(tk, (x = { month, channel, key: log.texts[ty], n: 0, first: row, last: row }));
      x.n++;
      x.last = row;
    }
  }
  const at = (value: number, first: number, last: number, column: number | undefined): Located<number> => ({
    value,
    sheet,
    cell: a1Range(first - 1, column ?? 0, last - 1, column ?? 0),
    raw: value,
  });
  const findings: Finding[] = [];
  const header = (key: string) => logSheet.columns.find((c) => c.key === key)!.header[locale];
  const channelMonths: ChannelMonth[] = [...tallies.values()].map((t) => {
    const share = (s: [number, number], column: number | undefined) => (s[1] > 0 ? at((100 * s[0]) / s[1], t.firstRow, t.lastRow, column) : undefined);
    // Some rows say whether they were resolved (or surveyed, or satisfied) and others are blank: the figure would be partial.
    const partly = (known: number, blankRow: number | undefined, field: ChannelField, column: number | undefined, key: string, of = t.interactions) => {
      if (known === 0 || known === of || blankRow === undefined || column === undefined) return;
      t.unreadable.add(field);
      if (field === 'respondents') ['satisfaction', 'perception', 'trust'].forEach((f) => t.unreadable.add(f as ChannelField));
      findings.push(makeFinding('missing-value', { severity: 'warning', sheet, cell: a1(blankRow - 1, column), params: { column: header(key) } }, locale));
    };
    partly(t.resolvedKnown, t.firstBlank.resolved, 'resolved', col.resolved, 'resolved');
    partly(t.respondentsKnown, t.firstBlank.respondents, 'respondents', col.answeredSurvey, 'answeredSurvey');
    partly(t.sat[1], t.firstBlank.satisfaction, 'satisfaction', col.satisfied, 'satisfied', t.respondents);
    partly(t.per[1], t.firstBlank.perception, 'perception', col.favourablePerception, 'favourablePerception', t.respondents);
    partly(t.tru[1], t.firstBlank.trust, 'trust', col.trusts, 'trusts', t.respondents);
    const known = (field: ChannelField, value: Located<number> | undefined) => (t.unreadable.has(field) ? undefined : value);
    return {
      month: t.month,
      channel: t.channel,
      source: 'log',
      sheet,
      row: t.firstRow,
      interactions: at(t.interactions, t.firstRow, t.lastRow, col.date),
      resolved: known('resolved', t.resolvedKnown > 0 ? at(t.resolved, t.firstRow, t.lastRow, col.resolved) : undefined),
      respondents: known('respondents', t.respondentsKnown > 0 ? at(t.respondents, t.firstRow, t.lastRow, col.answeredSurvey ?? col.satisfied) : undefined),
      satisfaction: known('satisfaction', share(t.sat, col.satisfied)),
      perception: known('perception', share(t.per, col.favourablePerception)),
      trust: known('trust', share(t.tru, col.trusts)),
      unreadable: t.unreadable,
      missing: new Set(),
    };
  });
  return {
    channelMonths,
    points: [...points.values()].map((p) => ({ month: p.month, channel: 'Presencial' as const, group: p.group, key: p.key, value: at(p.n, p.first, p.last, col.point), source: 'log' as const })),
    types: [...types.values()].map((t) => ({ month: t.month, channel: t.channel, group: null, key: t.key, value: at(t.n, t.first, t.last, col.type), source: 'log' as const })),
    unplaced,
    breakdownGaps: [...breakdownGaps],
    findings,
  };
}

function tallyShare(s: [number, number], yes: boolean): void {
  s[1]++;
  if (yes) s[0]++;
}
