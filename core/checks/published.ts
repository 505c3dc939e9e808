/**
 * Published figures (`Reportado`) against the computed indicators (checks.md, "Precision of
 * published values"): each row is compared at the precision it was written with; an entity-wide
 * survey figure that only follows from other *published*, rounded figures is `reported-rounding`.
 */
import { a1, type CellValue, type FormatKind } from '../workbook';
import { formatCount, formatPercent, type Locale } from '../i18n';
import { makeFinding, type Finding } from '../findings';
import { closest, normalizeLoose, normalizeName } from '../text';
import { channelEnum, channels, decimalsOf, displayRaw, isBlank, parseEnum, parseNumber, readPercentCell } from '../table';
import { reportedSheet } from '../template';
import { indicatorIds, indicatorRegistry, type ChannelOrEntity, type IndicatorId, type IndicatorValue, type Unit } from '../service';
import { contextLabel, type CheckContext } from './context';
import { round } from './service';

/**
 * A published percentage off by more than this many points is an error, else a warning. Half a
 * point is the most any rounding to whole points explains (checks.md's worked example: `97 %`
 * published for a computed 97,8 % is an error; `97,7 %` for 97,76 % a warning).
 */
export const reportedErrorPoints = 0.5;

/** Labels of the monthly report that also name an indicator in `Reportado` (besides ids and names). */
export const indicatorAliases: Readonly<Record<string, IndicatorId>> = {
  'Solución primer contacto': 'first_contact_resolution',
  'Interacciones atendidas': 'interactions',
  'Satisfacción de usuario': 'satisfaction',
  'Percepción de usuario': 'perception',
  'Confianza de usuario': 'trust',
};

/** Canal values meaning the entity-wide figure (besides blank and the entity's name). `ANM` only for ANM or an unnamed entity (anmMeansEntity). */
const entityWords = ['Total', 'Total entidad', 'Entity total', 'Entidad', 'Toda la entidad', 'Todos', 'Todos los canales', 'Entity', 'All', 'All channels'];

/** The four entity-wide values that are derived from other published figures. */
const derivedEntityWide: readonly IndicatorId[] = ['satisfaction', 'perception', 'trust', 'consolidated_satisfaction'];

const indicatorByName = new Map<string, IndicatorId>();
for (const id of indicatorIds) {
  for (const name of [id, indicatorRegistry[id].name.es, indicatorRegistry[id].name.en]) indicatorByName.set(normalizeLoose(name), id);
}
for (const [alias, id] of Object.entries(indicatorAliases)) indicatorByName.set(normalizeLoose(alias), id);

/** The indicator a `Reportado` row names: its id, Spanish or English name (accents, case and punctuation ignored). */
export function resolveIndicator(text: string): IndicatorId | undefined {
  return indicatorByName.get(normalizeLoose(text));
}

/** A published value in the indicator's unit (percent: points) with the decimals it was written with. */
export interface ReportedValue {
  value: number;
  decimals: number;
}

/**
 * Reads a `Valor` cell: for a percentage, a %-formatted cell is a fraction, a numeric cell whose
 * magnitude is ≤ 1 is a fraction (Excel's `%` cells: 0.986 → 98,6 with one decimal), text with `%`
 * and other numbers are points; for a count,
 * `1.371` and `1,371` are both thousands. Null when it is not a number.
 */
export function readReportedValue(raw: CellValue, unit: Unit, format?: FormatKind): ReportedValue | null {
  if (isBlank(raw) || typeof raw === 'boolean' || raw instanceof Date) return null;
  // A %-formatted cell holds a fraction whatever its magnitude (1,05 is 105 %).
  if (unit === 'percent' && typeof raw === 'number' && format === 'percent') {
    const cell = readPercentCell(raw, format);
    return cell.kind === 'fraction' ? { value: cell.value, decimals: cell.decimals } : null;
  }
  if (unit === 'count') {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    // A count has no fraction, so `1,371` can only be thousands.
    const parsed = parseNumber(typeof text === 'string' && /^[1-9]\d{0,2}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text);
    return parsed.kind === 'ok' ? { value: parsed.value, decimals: 0 } : null;
  }
  if (typeof raw === 'number') {
    if (!isFinite(raw)) return null;
    const clean = Number(raw.toPrecision(12)); // binary noise: 0.7800000000000001
    const decimals = decimalsOf(clean);
    if (Math.abs(clean) <= 1) return { value: Number((clean * 100).toPrecision(12)), decimals: Math.max(0, decimals - 2) };
    return { value: clean, decimals };
  }
  const cell = readPercentCell(raw);
  return cell.kind === 'points' || cell.kind === 'bare' ? { value: cell.value, decimals: cell.decimals } : null;
}

/** A published value is consistent when within half a unit of its last written decimal (counts: equal). */
export function isConsistent(reported: ReportedValue, computed: number, unit: Unit): boolean {
  const tolerance = unit === 'percent' ? 0.5 * 10 ** -reported.decimals : 0;
  return Math.abs(reported.value - computed) <= tolerance + 1e-9;
}

interface PublishedRow {
  row: number;
  id: IndicatorId;
  month: string;
  channel: ChannelOrEntity;
  /** True when Canal was blank (entity-wide unless only one channel has the indicator). */
  blankChannel: boolean;
  breakdown: string | null;
  /** The cells: Valor, Indicador, Desagregación (when the column exists). */
  valueCell: string;
  breakdownCell: string | null;
  reported: ReportedValue;
}

/** A `Reportado` row that could not be compared: its indicator is not computed from the data. */
export interface UnverifiedRow {
  sheet: string;
  cell: string;
  row: number;
  indicator: IndicatorId;
}

/**
 * A published figure that differs from the computed one beyond its precision (the deck's footnotes):
 * the indicator, where it applies, both values (percent: points) and the `Valor` cell.
 */
export interface PublishedDifference {
  id: IndicatorId;
  month: string;
  channel: ChannelOrEntity;
  breakdown: string | null;
  reported: ReportedValue;
  computed: number;
  sheet: string;
  cell: string;
}

export interface PublishedReview {
  findings: Finding[];
  /** The rows whose published value differs from the computed one (each also has its finding). */
  differences: PublishedDifference[];
  /** Rows compared with a computed value (consistent or not). */
  checked: number;
  /** Rows whose indicator could not be computed (inputs missing or unreadable): not findings. */
  unverified: UnverifiedRow[];
}

/** Compares every `Reportado` row with the computed indicators. */
export function reviewPublished(ctx: CheckContext): PublishedReview {
  const table = ctx.data.reported;
  const review: PublishedReview = { findings: [], differences: [], checked: 0, unverified: [] };
  if (!table.sheetName) return review;
  const sheet = table.sheetName;
  const locale = ctx.options.locale;
  const rows: PublishedRow[] = [];

  for (const r of table.rows) {
    const v = r.values;
    if (!r.complete || !v.month || !v.indicator || !v.value) continue; // the reading finding says why
    const id = resolveIndicator(v.indicator.value);
    if (!id) {
      review.findings.push(unknownIndicator(v.indicator.value, sheet, v.indicator.cell, locale));
      continue;
    }
    const channel = resolveChannel(v.channel?.value, ctx.options.entity);
    if (channel === undefined) {
      const allowed = [...channels, ctx.options.entity];
      review.findings.push(
        makeFinding('unknown-value', {
          sheet,
          cell: v.channel!.cell,
          params: { column: columnHeader('channel', locale), value: v.channel!.value, allowed: allowed.join(', ') },
          suggestion: closest(v.channel!.value, allowed) ?? null,
        }, locale),
      );
      continue;
    }
    const reported = readReportedValue(v.value.raw, indicatorRegistry[id].unit, v.value.format);
    if (!reported) {
      review.findings.push(
        makeFinding('invalid-number', { sheet, cell: v.value.cell, params: { column: columnHeader('value', locale), value: displayRaw(v.value.raw) } }, locale),
      );
      continue;
    }
    const breakdownColumn = (table.columns as Record<string, number | undefined>).breakdown;
    rows.push({
      row: r.row,
      id,
      month: v.month.value,
      channel,
      blankChannel: !v.channel,
      breakdown: v.breakdown?.value ?? null,
      valueCell: v.value.cell,
      breakdownCell: breakdownColumn === undefined ? null : a1(r.row - 1, breakdownColumn),
      reported,
    });
  }

  const computed = indexIndicators(ctx.indicators);
  const published = indexPublished(rows, computed);
  for (const p of rows) {
    const unverified = () => review.unverified.push({ sheet, cell: p.valueCell, row: p.row, indicator: p.id });
    const candidates = computed.get(`${p.id}|${p.month}`) ?? [];
    const channel = pickChannel(p, candidates);
    const values = candidates.filter((c) => c.channel === channel);
    const match = matchBreakdown(p, values);
    if (match.kind === 'none') {
      unverified();
      continue;
    }
    if (match.kind === 'unknown') {
      const allowed = match.keys.length ? match.keys : ['—'];
      review.findings.push(
        makeFinding('unknown-value', {
          sheet,
          cell: p.breakdownCell ?? p.valueCell,
          params: { column: columnHeader('breakdown', locale), value: p.breakdown ?? '', allowed: allowed.join(', ') },
          suggestion: closest(p.breakdown ?? '', match.keys, normalizeLoose) ?? null,
        }, locale),
      );
      continue;
    }
    if (match.kind === 'needed') {
      review.findings.push(
        makeFinding('missing-value', { sheet, cell: p.breakdownCell ?? p.valueCell, params: { column: columnHeader('breakdown', locale) } }, locale),
      );
      continue;
    }
    review.checked++;
    const value = match.value;
    const unit = indicatorRegistry[p.id].unit;
    if (isConsistent(p.reported, value.value, unit)) continue;
    review.findings.push(publishedFinding(ctx, sheet, p, value, published));
    review.differences.push({ id: p.id, month: p.month, channel: value.channel, breakdown: value.breakdown, reported: p.reported, computed: value.value, sheet, cell: p.valueCell });
  }
  return review;
}

function columnHeader(key: string, locale: Locale): string {
  return reportedSheet.columns.find((c) => c.key === key)!.header[locale];
}

function unknownIndicator(text: string, sheet: string, cell: string, locale: Locale): Finding {
  const names = new Map<string, IndicatorId>();
  for (const id of indicatorIds) for (const n of [id, indicatorRegistry[id].name.es, indicatorRegistry[id].name.en]) names.set(n, id);
  for (const [alias, id] of Object.entries(indicatorAliases)) names.set(alias, id);
  const near = closest(text, [...names.keys()], normalizeLoose);
  return makeFinding('unknown-indicator', {
    sheet,
    cell,
    params: { value: text },
    suggestion: near ? indicatorRegistry[names.get(near)!].name[locale] : null,
  }, locale);
}

/** `ANM` for blank, the entity's name and words like `Total`; a channel; undefined when unknown. */
function resolveChannel(text: string | undefined, entity: string): ChannelOrEntity | undefined {
  if (text === undefined || isBlank(text)) return 'ANM';
  const parsed = parseEnum(text, channelEnum);
  if (parsed.kind === 'ok') return parsed.value;
  const key = normalizeName(text);
  // `Total SIC` / `SIC total` as the tool's own tables label the entity row (entityTotalLabel).
  return [...entityWords, entity, `Total ${entity}`, `${entity} total`, ...(anmMeansEntity(entity) ? ['ANM'] : [])].some((w) => normalizeName(w) === key) ? 'ANM' : undefined;
}

/**
 * Whether `ANM` in Canal is the entity total: for ANM (the first user) and for a workbook that names
 * no entity (`entidad`/`entity`), not for another configured entity (a SIC workbook's `ANM` row is no SIC total).
 */
function anmMeansEntity(entity: string): boolean {
  return ['anm', 'entidad', 'entity', normalizeName('Agencia Nacional de Minería')].includes(normalizeName(entity));
}

/** A blank Canal means entity-wide, unless the indicator exists for one channel only (e.g. answered calls). */
function pickChannel(p: PublishedRow, candidates: readonly IndicatorValue[]): ChannelOrEntity {
  if (!p.blankChannel || candidates.some((c) => c.channel === 'ANM')) return p.channel;
  const present = [...new Set(candidates.map((c) => c.channel))];
  return present.length === 1 ? present[0] : p.channel;
}

type BreakdownMatch =
  | { kind: 'value'; value: IndicatorValue }
  | { kind: 'none' } // nothing computed: unverifiable
  | { kind: 'unknown'; keys: string[] } // a breakdown written that the data does not have
  | { kind: 'needed' }; // the indicator needs a breakdown and none was written

function matchBreakdown(p: PublishedRow, values: readonly IndicatorValue[]): BreakdownMatch {
  if (!values.length) return { kind: 'none' };
  const keys = values.map((v) => v.breakdown).filter((b): b is string => b !== null);
  if (p.breakdown === null) {
    const plain = values.find((v) => v.breakdown === null);
    return plain ? { kind: 'value', value: plain } : { kind: 'needed' };
  }
  const wanted = normalizeLoose(p.breakdown);
  const found = values.find((v) => v.breakdown !== null && normalizeLoose(v.breakdown) === wanted);
  if (found) return { kind: 'value', value: found };
  // A breakdown written for an indicator that has none is as unknown as a misspelt one.
  return { kind: 'unknown', keys: [...new Set(keys)] };
}

function indexIndicators(values: readonly IndicatorValue[]): Map<string, IndicatorValue[]> {
  const index = new Map<string, IndicatorValue[]>();
  for (const v of values) {
    const key = `${v.id}|${v.month}`;
    const list = index.get(key);
    if (list) list.push(v);
    else index.set(key, [v]);
  }
  return index;
}

const publishedKey = (id: IndicatorId, month: string, channel: ChannelOrEntity) => `${id}|${month}|${channel}`;

/** Published values of plain (non-breakdown) figures, by indicator, month and channel: the inputs of the rounding rule. */
function indexPublished(rows: readonly PublishedRow[], computed: Map<string, IndicatorValue[]>): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const p of rows) {
    if (p.breakdown !== null || indicatorRegistry[p.id].unit !== 'percent') continue;
    const channel = pickChannel(p, computed.get(`${p.id}|${p.month}`) ?? []);
    const key = publishedKey(p.id, p.month, channel);
    index.set(key, [...(index.get(key) ?? []), p.reported.value]);
  }
  return index;
}

function publishedFinding(ctx: CheckContext, sheet: string, p: PublishedRow, computed: IndicatorValue, published: Map<string, number[]>): Finding {
  const locale = ctx.options.locale;
  const spec = indicatorRegistry[p.id];
  const percent = spec.unit === 'percent';
  const d = p.reported.decimals;
  const show = (n: number, decimals: number) => (percent ? formatPercent(n, decimals, locale) : formatCount(n, locale));
  const params = {
    indicator: spec.name[locale],
    reported: show(p.reported.value, d),
    computed: show(computed.value, d + 1),
    context: contextLabel(ctx, p.month, computed.channel, computed.breakdown),
  };
  const expected = percent ? round(computed.value, d + 1) : computed.value;
  const actual = p.reported.value;
  if (percent && computed.channel === 'ANM' && computed.breakdown === null && derivedEntityWide.includes(p.id)) {
    const fromReported = fromPublishedInputs(ctx, p, published);
    if (fromReported !== undefined) {
      return makeFinding('reported-rounding', {
        sheet,
        cell: p.valueCell,
        params: { ...params, fromReported: show(fromReported, d + 1) },
        expected,
        actual,
      }, locale);
    }
  }
  const off = Math.abs(p.reported.value - computed.value);
  const severity = !percent || off > reportedErrorPoints + 1e-9 ? 'error' : 'warning';
  return makeFinding('reported-mismatch', { sheet, cell: p.valueCell, params, severity, expected, actual }, locale);
}

const maxCombinations = 256;

/**
 * The entity-wide value the same formula gives from the *published* inputs (a published channel value
 * where there is one, the computed one elsewhere), when one such combination agrees with the row.
 */
function fromPublishedInputs(ctx: CheckContext, p: PublishedRow, published: Map<string, number[]>): number | undefined {
  let inputs: { options: number[]; weight: number; published: boolean }[];
  if (p.id === 'consolidated_satisfaction') {
    inputs = (['satisfaction', 'perception', 'trust'] as const).map((id) => {
      const own = published.get(publishedKey(id, p.month, 'ANM'));
      const value = ctx.indicators.find((v) => v.id === id && v.month === p.month && v.channel === 'ANM' && v.breakdown === null)?.value;
      return { options: own ?? (value === undefined ? [] : [value]), weight: 1, published: !!own };
    });
  } else {
    const id = p.id as 'satisfaction' | 'perception' | 'trust';
    inputs = ctx.inputs.channelMonths
      .filter((c) => c.month === p.month && c[id] && c.respondents && c.respondents.value > 0)
      .map((c) => {
        const own = published.get(publishedKey(id, p.month, c.channel));
        return { options: own ?? [c[id]!.value], weight: c.respondents!.value, published: !!own };
      });
  }
  if (!inputs.length || inputs.some((i) => !i.options.length) || !inputs.some((i) => i.published)) return undefined;
  const totalWeight = inputs.reduce((s, i) => s + i.weight, 0);
  let best: number | undefined;
  let combos: number[][] = [[]];
  for (const input of inputs) {
    combos = combos.flatMap((c) => input.options.map((o) => [...c, o])).slice(0, maxCombinations);
  }
  for (const combo of combos) {
    const value = combo.reduce((s, v, i) => s + v * inputs[i].weight, 0) / totalWeight;
    if (!isConsistent(p.reported, value, 'percent')) continue;
    if (best === undefined || Math.abs(value - p.reported.value) < Math.abs(best - p.reported.value)) best = value;
  }
  return best;
}
