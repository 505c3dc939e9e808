/**
 * Builds the deck plan (deck.md) from a month's indicators, findings, published figures, the
 * month's texts and the accountability results. The slides follow the February 2025 report
 * (seeds/000) slide by slide where the data exists, then the tool's own (data quality,
 * accountability). A slide without data, or with a single figure shown elsewhere, is left out.
 */
import { channelLabel, formatMonthTitle, formatNumber, formatPercent, monthNamesOf, type Locale } from '../i18n';
import { countBySeverity, severityRank, type Finding } from '../findings';
import { entityLabel, entityTotalLabel, noNames, type EntityNames } from '../config';
import { pointTypeEnum } from '../table';
import { accountabilitySheetNames } from '../accountability/review';
import { indicatorRegistry, type ChannelOrEntity, type IndicatorId, type IndicatorValue } from '../service/registry';
import type { SelfDiagnosisSummary, SpacesSummary } from './accountability';
import { serviceParagraphs, smallSample, surveyParagraphs, type SurveyId } from './analysis';
import { monthFigures, reportChannels, showCount, showPercent, showScore, surveyChannels, type MonthFigures } from './figures';
import { definitionOf, glossaryEntries, type GlossaryEntry } from './glossary';
import { balancedChunks, boldWidthEm, clampText, paginate, wrappedLines } from './paginate';
import {
  footnoteChars,
  footnoteLines,
  layoutCapacity,
  type DeckChart,
  type DeckChartKind,
  type DeckParagraph,
  type DeckPlan,
  type DeckSlide,
  type DeckTable,
  type DeckTableCell,
  type DeckTableColumn,
  type FigureCard,
  type LayoutId,
  type SlideKey,
  type Tone,
  type ValueFormat,
} from './plan';
import { channelPhrase, fill, labels, reportTitle, slideTitles } from './text';

/** A published figure (`Reportado`) that differs from the computed one: a footnote on the slides showing it. */
export interface PublishedFigure {
  id: IndicatorId;
  month: string;
  channel: ChannelOrEntity;
  breakdown: string | null;
  /** The published value (percent: points) and the decimals it was written with. */
  reported: number;
  decimals: number;
  computed: number;
  /** Where it was published: `Reportado!E29`. */
  where: string;
}

/** One bullet of `Entregas de valor`: its month, channel (null: the whole group) and text. */
export interface ValueDelivery {
  month: string;
  channel: 'Telefónico' | 'Presencial' | 'Virtual' | null;
  text: string;
}

/**
 * A channel's month without an interactions figure because its input is blank, could not be read
 * or has no row (core/actions/deck interactionGaps). The slides that would show it, or figures
 * built on it, say so in a footnote and show the channel as `Sin dato`.
 */
export interface InputGap {
  month: string;
  channel: 'Telefónico' | 'Presencial' | 'Virtual';
  /** `Canales!C9`; for `noRow`, the sheet (`Canales`); null when the place is unknown (the log). */
  where: string | null;
  reason: 'blank' | 'unreadable' | 'noRow';
}

/**
 * A channel's month whose survey figure (respondents, satisfied, perception, trust) is absent
 * because its input is blank or could not be read (core/actions/deck surveyGaps): the slides that
 * would show it, or the entity-wide figures built on it, say so in a footnote naming the cell.
 */
export interface SurveyGap {
  month: string;
  channel: 'Telefónico' | 'Presencial' | 'Virtual';
  field: 'respondents' | 'satisfaction' | 'perception' | 'trust';
  /** `Canales!E6`; null when the place is unknown (the log). */
  where: string | null;
  reason: 'blank' | 'unreadable';
}

export interface DeckInput {
  indicators: readonly IndicatorValue[];
  /** The checks' findings; absent when the checks did not run (no data-quality slide then). */
  findings?: readonly Finding[];
  selfDiagnosis?: SelfDiagnosisSummary | null;
  spaces?: SpacesSummary | null;
  /** Published figures that differ from the computed ones (footnotes). */
  published?: readonly PublishedFigure[];
  /** `Entregas de valor` rows (any month; the deck takes its month's). */
  valueDelivered?: readonly ValueDelivery[];
  /** `Notas del informe` rows (any month): shown under the analysis slides of their month. */
  notes?: readonly { month: string; text: string }[];
  /** `Glosario` rows: replace, hide or add definitions. */
  glossary?: readonly GlossaryEntry[];
  /** Channel-months whose interactions are absent because of their input (footnotes, `Sin dato`). */
  gaps?: readonly InputGap[];
  /** Channel-months whose survey figures are absent because of their input (footnotes). */
  surveyGaps?: readonly SurveyGap[];
}

export interface DeckOptions {
  /** `YYYY-MM`; default the latest month with interactions. */
  month?: string;
  names?: EntityNames;
  locale?: Locale;
}

/** Findings listed on the data-quality slides at most; the rest are counted in a note. */
export const maxFindingsListed = 18;
/** Departments charted on the spaces slide; the rest are grouped as "Otros". */
export const maxDepartmentsCharted = 8;
/** Priorities listed on the self-diagnosis slide. */
export const maxPrioritiesListed = 5;
/** Service points charted per slide (each PAR and PAL); more continue on the next slide. */
export const maxPointsCharted = 14;

/** The latest month with interactions (else with any indicator), or null. */
export function latestMonth(values: readonly IndicatorValue[]): string | null {
  let latest: string | null = null;
  let latestAny: string | null = null;
  for (const v of values) {
    if (!latestAny || v.month > latestAny) latestAny = v.month;
    if (v.id === 'interactions' && (!latest || v.month > latest)) latest = v.month;
  }
  return latest ?? latestAny;
}

/** Builds the deck plan: the report's slides in order, slides without data left out, long content continued. */
export function buildDeckPlan(input: DeckInput, options: DeckOptions = {}): DeckPlan {
  const locale = options.locale ?? 'es';
  const names = options.names ?? noNames;
  const month = options.month ?? latestMonth(input.indicators);
  const ctx: Context = {
    locale,
    names,
    month,
    fig: month ? monthFigures(input.indicators, month) : null,
    values: input.indicators,
    glossary: input.glossary ?? [],
    published: (input.published ?? []).filter((p) => p.month === month),
    gaps: month ? (input.gaps ?? []).filter((g) => g.month.slice(0, 4) === month.slice(0, 4) && g.month <= month) : [],
    surveyGaps: (input.surveyGaps ?? []).filter((g) => g.month === month),
  };
  const notes = (input.notes ?? []).filter((n) => n.month === month).map((n) => n.text);
  const drafts: (DeckSlide | DeckSlide[] | null)[] = [
    coverSlide(ctx),
    glossarySlide(ctx),
    channelsSlide(ctx),
    yearToDateSlide(ctx),
    inPersonSlide(ctx),
    inPersonPointsSlides(ctx),
    phoneSlide(ctx),
    virtualSlide(ctx),
    satisfactionSlide(ctx),
    surveyDefinitionsSlide(ctx),
    ...analysisSlides(ctx, notes),
    valueDeliveredSlides(ctx, (input.valueDelivered ?? []).filter((v) => v.month === month)),
    input.findings ? dataQualitySlide(ctx, input.findings) : null,
    input.selfDiagnosis ? selfDiagnosisSlide(ctx, input.selfDiagnosis) : null,
    input.spaces ? spacesSlide(ctx, input.spaces) : null,
    closingSlide(ctx),
  ];
  const slides = drafts
    .flatMap((d) => (d === null ? [] : Array.isArray(d) ? d : [d]))
    .filter((s) => !nearlyEmpty(s))
    .map((s) => withFootnotes(s, ctx))
    .flatMap((s) => (s.parts > 1 ? [s] : paginate(s, locale)));
  return {
    locale,
    month,
    title: reportTitle[locale],
    period: month ? formatMonthTitle(month, locale) : null,
    entity: names.entityShort ?? names.entity ?? entityLabel(names, locale),
    group: names.groupShort ?? names.group ?? '',
    names,
    slides,
  };
}

interface Context {
  locale: Locale;
  names: EntityNames;
  month: string | null;
  fig: MonthFigures | null;
  values: readonly IndicatorValue[];
  glossary: readonly GlossaryEntry[];
  published: readonly PublishedFigure[];
  /** The report year's gaps up to the month. */
  gaps: readonly InputGap[];
  /** The month's survey gaps. */
  surveyGaps: readonly SurveyGap[];
}

/**
 * A slide not worth showing: one figure and nothing else (it is on another slide already), or a
 * content slide with nothing at all. The cover and the closing slide carry their own few lines;
 * the value-delivery slides are the coordinator's text, shown however short.
 */
export function nearlyEmpty(s: DeckSlide): boolean {
  if (s.layout === 'cover' || s.layout === 'closing') return s.layout === 'closing' && !s.items.length;
  // The coordinator's own text (Entregas de valor, the month's notes) is merged with its neighbours, never dropped.
  if (s.key === 'valueDelivered' || s.paragraphs.some((p) => p.kind === 'note')) return !s.paragraphs.length;
  return hasLittleContent(s);
}

/** Content worth less than two units: one card, one line of text, one table row, one item. */
function hasLittleContent(s: DeckSlide): boolean {
  // A paragraph counts by its lines: one long bullet (an entrega de valor) is content enough.
  const width = layoutCapacity[s.layout].textChars || 100;
  const text = s.paragraphs.filter((p) => p.kind !== 'heading').reduce((a, p) => a + wrappedLines(p.runs.map((r) => r.text).join(''), width), 0);
  const units = s.cards.length + (s.chart ? 2 : 0) + (s.table ? s.table.rows.length : 0) + text + s.items.length;
  return units < 2;
}

function monthName(ctx: Context, month = ctx.month!): string {
  return monthNamesOf(ctx.locale)[Number(month.slice(5, 7)) - 1];
}

function titleOf(key: SlideKey, ctx: Context): string {
  const t = slideTitles[key][ctx.locale];
  if (!ctx.month) return t;
  return fill(t, { month: monthName(ctx), year: ctx.month.slice(0, 4) });
}

function slide(key: SlideKey, layout: LayoutId, ctx: Context, parts: Partial<DeckSlide>): DeckSlide {
  return slideOf(key, layout, titleOf(key, ctx), ctx.month ? formatMonthTitle(ctx.month, ctx.locale) : null, parts);
}

/** A one-part slide whose contents are empty but for `parts`. */
export function slideOf(key: SlideKey, layout: LayoutId, title: string, subtitle: string | null, parts: Partial<DeckSlide>): DeckSlide {
  return {
    key,
    layout,
    title,
    subtitle,
    part: 1,
    parts: 1,
    cards: [],
    chart: null,
    table: null,
    paragraphs: [],
    items: [],
    itemsTitle: null,
    note: null,
    footnotes: [],
    ...parts,
  };
}

/** A card whose label and details are cut to the layout's card lines and width. */
export function card(layout: LayoutId, value: string, label: string, detail: (string | null)[] = [], tone: Tone = 'neutral'): FigureCard {
  const cap = layoutCapacity[layout];
  const kept: string[] = [];
  let lines = cap.cardDetailLines;
  for (const d of detail) {
    if (!d || lines <= 0) continue;
    const text = clampText(d, cap.cardDetailChars, lines);
    kept.push(text);
    lines -= wrappedLines(text, cap.cardDetailChars);
  }
  return { value, label: clampText(label, cap.cardChars, cap.cardLabelLines), detail: kept, tone };
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const cell = (text: string, tone: Tone = 'neutral', bold = false): DeckTableCell => ({ text, tone, bold });

/** A value as its data label shows it (`6.217`, `42,39 %`, `47,5`). */
export function labelOf(value: number, format: ValueFormat, locale: Locale): string {
  switch (format.kind) {
    case 'count':
      return showCount(value, locale);
    case 'percent':
      return formatPercent(value, format.decimals, locale);
    case 'number':
      return formatNumber(value, format.decimals, locale);
  }
}

/** A chart with every point's label written the way the slide's cards write figures. */
export function chart(
  kind: DeckChartKind,
  title: string,
  categories: string[],
  series: { name: string; values: (number | null)[] }[],
  format: ValueFormat,
  locale: Locale,
  extra: Partial<Pick<DeckChart, 'dataLabels' | 'max' | 'legend'>> = {},
): DeckChart {
  return {
    kind,
    title,
    categories,
    series,
    format,
    dataLabels: extra.dataLabels ?? true,
    max: extra.max ?? null,
    legend: extra.legend ?? series.length > 1,
    labels: series.map((s) => s.values.map((v) => (v === null ? null : labelOf(v, format, locale)))),
  };
}

/** The entity-wide figure's label on cards: `Satisfacción ANM`, else `Satisfacción de la entidad`. */
function ofEntity(label: string, ctx: Context): string {
  const named = ctx.names.entityShort ?? ctx.names.entity;
  return named ? `${label} ${named}` : `${label} ${labels.ofEntity[ctx.locale]}`;
}

function coverSlide(ctx: Context): DeckSlide {
  const { names } = ctx;
  const items = [names.entity ?? names.entityShort, names.group ?? names.groupShort].filter((x): x is string => !!x);
  return slide('cover', 'cover', ctx, { title: reportTitle[ctx.locale], items });
}

function closingSlide(ctx: Context): DeckSlide | null {
  // Any deck of a month closes (a PQRSD-only deck has no service figures).
  if (!ctx.month) return null;
  const { names } = ctx;
  const items = [names.entity ?? names.entityShort, names.group ?? names.groupShort].filter((x): x is string => !!x);
  // In full, whatever their length: the renderers fit them by size (blockFit).
  return slide('closing', 'closing', ctx, { subtitle: null, items });
}

function glossarySlide(ctx: Context): DeckSlide | null {
  if (!ctx.fig?.any) return null;
  const paragraphs: DeckParagraph[] = glossaryEntries(ctx.glossary, ctx.locale).map((e) => ({
    kind: 'body',
    runs: [
      { text: `${e.term}: `, bold: true },
      { text: e.definition, bold: false },
    ],
  }));
  return slide('glossary', 'text', ctx, { subtitle: null, paragraphs });
}

function channelsSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const present = reportChannels.filter((c) => fig.get('interactions', c) !== undefined);
  if (!present.length) return null;
  const prevName = monthName(ctx, previousMonthOf(ctx.month!));
  const change = (c: ChannelOrEntity) => {
    const v = fig.get('month_over_month', c);
    return v === undefined ? null : `${signed(v, locale)} ${labels.versus[locale]} ${prevName}`;
  };
  // A channel whose figure is absent because of its input keeps its place, marked `Sin dato`.
  const cards = reportChannels
    .filter((c) => present.includes(c) || gapOf(ctx, c, ctx.month!))
    .map((c) => {
      const gap = gapOf(ctx, c, ctx.month!);
      if (gap) return card('cardsRow', labels.noData[locale], capitalize(channelPhrase[c][locale]), [gapWhere(gap, locale)], 'warning');
      const share = fig.get('channel_share', c);
      return card('cardsRow', showCount(fig.get('interactions', c)!, locale), capitalize(channelPhrase[c][locale]), [
        share === undefined ? null : `${showPercent(share, 1, locale)} ${labels.ofTotal[locale]}`,
        change(c),
      ]);
    });
  const total = fig.get('interactions', 'ANM');
  if (total !== undefined) cards.push(card('cardsRow', showCount(total, locale), `${labels.total[locale]} ${labels.interactions[locale]}`, [change('ANM')], 'accent'));
  const c = chart('column', labels.interactionsByChannel[locale], present.map((ch) => channelLabel(ch, locale)), [
    { name: capitalize(labels.interactions[locale]), values: present.map((ch) => fig.get('interactions', ch)!) },
  ], { kind: 'count', decimals: 0 }, locale);
  return slide('channels', 'cardsRow', ctx, { cards, chart: c });
}

/** Width (inches) of the plot area of a full-width chart (the `cardsRow` chart, less its axis and margins). */
const fullChartPlotWidth = 11.5;
/** Size (points) of data labels, as the renderers draw them. */
const chartLabelSize = 12;

/**
 * Whether data labels of `widestEm` ems (bold) fit above each column of a clustered column chart of
 * `groups` categories with `perGroup` bars each, across the full slide width: a group takes its bars
 * and a 60 % gap (the renderers' gap width), a label must not be wider than its bar.
 */
export function barLabelsFit(groups: number, perGroup: number, widestEm: number): boolean {
  if (groups <= 0 || perGroup <= 0) return true;
  const bar = fullChartPlotWidth / (groups * (perGroup + 0.6));
  return (widestEm * chartLabelSize) / 72 <= bar;
}

function yearToDateSlide(ctx: Context): DeckSlide | null {
  const { fig, locale, month } = ctx;
  if (!fig || !month) return null;
  // A channel whose year to date is absent because a month's input is, is shown with that month `sin dato`.
  const present = reportChannels.filter((c) => fig.get('ytd_interactions', c) !== undefined || ctx.gaps.some((g) => g.channel === c));
  if (!present.length) return null;
  const year = month.slice(0, 4);
  const months = [...new Set(ctx.values.filter((v) => v.id === 'interactions' && v.month.slice(0, 4) === year && v.month <= month).map((v) => v.month))].sort();
  const monthValue = (m: string, c: string) => ctx.values.find((v) => v.id === 'interactions' && v.month === m && v.channel === c && v.breakdown === null)?.value;
  const cap = layoutCapacity.cardsRow;
  const cards = present.map((c) => {
    const ytd = fig.get('ytd_interactions', c);
    const known = months.map((m) => ({ m, v: monthValue(m, c) })).filter((x): x is { m: string; v: number } => x.v !== undefined);
    const current = known.find((x) => x.m === month);
    if (ytd === undefined) {
      // No sum of the months that exist: each month as it is, the missing ones `sin dato`.
      const all = months.map((m) => {
        const v = monthValue(m, c);
        return `${capitalize(monthName(ctx, m))}: ${v === undefined ? labels.noDataMonth[locale] : showCount(v, locale)}`;
      });
      const gapMonths = ctx.gaps.filter((g) => g.channel === c).map((g) => `${capitalize(monthName(ctx, g.month))}: ${labels.noDataMonth[locale]}`);
      const detail = all.length <= cap.cardDetailLines ? all : [...new Set(gapMonths)].slice(0, cap.cardDetailLines);
      return card('cardsRow', labels.noData[locale], capitalize(channelPhrase[c][locale]), detail, 'warning');
    }
    const detail =
      known.length <= cap.cardDetailLines
        ? known.map((x) => `${capitalize(monthName(ctx, x.m))}: ${showCount(x.v, locale)}`)
        : [
            `${labels.monthlyAverage[locale]}: ${showCount(known.reduce((a, x) => a + x.v, 0) / known.length, locale)}`,
            `${capitalize(monthName(ctx))}: ${current ? showCount(current.v, locale) : '—'}`,
          ];
    return card('cardsRow', showCount(ytd, locale), capitalize(channelPhrase[c][locale]), detail);
  });
  const total = fig.get('ytd_interactions', 'ANM');
  if (total !== undefined) cards.push(card('cardsRow', showCount(total, locale), `${labels.total[locale]} ${labels.interactions[locale]}`, [], 'accent'));
  // Columns, months side by side within each channel: the legend reads in the bars' order, left to right.
  const series = months.map((m) => ({ name: capitalize(monthName(ctx, m)), values: present.map((ch) => monthValue(m, ch) ?? null) }));
  const widest = Math.max(0, ...series.flatMap((s) => s.values.map((v) => (v === null ? 0 : boldWidthEm(showCount(v, locale))))));
  const c = chart(
    'column',
    labels.interactionsByMonth[locale],
    present.map((ch) => channelLabel(ch, locale)),
    series,
    { kind: 'count', decimals: 0 },
    locale,
    // Per-bar labels only while each bar is wider than its label; with more months the value axis shows instead (the cards carry the figures).
    { legend: months.length > 1, dataLabels: barLabelsFit(present.length, months.length, widest) },
  );
  const first = months[0];
  const subtitle =
    months.length > 1
      ? capitalize(fill(labels.monthsOf[locale], { first: monthName(ctx, first), last: monthName(ctx), year }))
      : formatMonthTitle(month, locale);
  return slide('yearToDate', 'cardsRow', ctx, { cards, chart: c, subtitle });
}

function surveyCards(ctx: Context, channel: ChannelOrEntity, layout: LayoutId): FigureCard[] {
  const { fig, locale } = ctx;
  const cards: FigureCard[] = [];
  const n = fig!.respondents(channel);
  const rate = fig!.get('survey_response_rate', channel);
  const sample = n === undefined ? null : `${showCount(n, locale)} ${labels.respondents[locale]}${rate === undefined ? '' : ` (${showPercent(rate, 1, locale)})`}`;
  for (const [id, label] of [['satisfaction', labels.satisfaction], ['perception', labels.perception], ['trust', labels.trust]] as const) {
    const v = fig!.get(id, channel);
    if (v !== undefined) cards.push(card(layout, showPercent(v, 1, locale), label[locale], [id === 'satisfaction' ? sample : null]));
  }
  return cards;
}

function inPersonSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  const n = fig.get('interactions', 'Presencial');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent'));
  else cards.push(...noDataCard(ctx, 'Presencial'));
  const fcr = fig.get('first_contact_resolution', 'Presencial');
  if (fcr !== undefined) cards.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  cards.push(...surveyCards(ctx, 'Presencial', 'cardsGrid'));
  const types = interactionTypesChart(ctx, 'Presencial');
  return slide('inPerson', 'cardsGrid', ctx, { cards, chart: types, note: types ? typifiedNote(fig, 'Presencial', locale) : null });
}

/**
 * The report's *Interacciones Canal Presencial* and *Interacciones por PAR y PAL*: the point types
 * (Sede Central, PAR, PAL) with their shares on cards, and every point charted; a long list of
 * points continues on following slides.
 */
function inPersonPointsSlides(ctx: Context): DeckSlide[] | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const order = pointTypeEnum.values.map((v) => v.value as string);
  const types = fig
    .breakdowns('point_type_interactions', 'Presencial')
    .slice()
    .sort((a, b) => rank(order, a.key) - rank(order, b.key));
  const points = fig.breakdowns('point_interactions', 'Presencial').slice().sort((a, b) => b.value - a.value || a.key.localeCompare(b.key, 'es'));
  if (!types.length && !points.length) return null;
  const cards: FigureCard[] = types.map((t) => {
    const share = fig.get('point_type_share', 'Presencial', t.key);
    return card('cardsGrid', showCount(t.value, locale), fill(labels.pointTypeCard[locale], { type: t.key }), [share === undefined ? null : `${showPercent(share, 1, locale)} ${labels.ofTotal[locale]}`]);
  });
  const n = fig.get('interactions', 'Presencial');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.registered[locale], [], 'accent'));
  const fcr = fig.get('first_contact_resolution', 'Presencial');
  if (fcr !== undefined) cards.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  const count: ValueFormat = { kind: 'count', decimals: 0 };
  // With a single point (or none), the point types are what there is to chart.
  if (points.length <= 1) {
    const c = types.length ? chart('column', labels.byPointType[locale], types.map((t) => t.key), [{ name: capitalize(labels.interactions[locale]), values: types.map((t) => t.value) }], count, locale) : null;
    return [slide('inPersonPoints', 'cardsGrid', ctx, { cards, chart: c })];
  }
  const chunks = balancedChunks(points, maxPointsCharted);
  return chunks.map((chunk, i) =>
    slide('inPersonPoints', 'cardsGrid', ctx, {
      title: i === 0 ? titleOf('inPersonPoints', ctx) : `${titleOf('inPersonPoints', ctx)} (${locale === 'es' ? 'continuación' : 'continued'})`,
      part: i + 1,
      parts: chunks.length,
      cards: i === 0 ? cards : [],
      chart: chart('bar', labels.byPoint[locale], chunk.map((p) => p.key), [{ name: capitalize(labels.interactions[locale]), values: chunk.map((p) => p.value) }], count, locale),
    }),
  );
}

function phoneSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  const n = fig.get('interactions', 'Telefónico');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent'));
  else cards.push(...noDataCard(ctx, 'Telefónico'));
  const fcr = fig.get('first_contact_resolution', 'Telefónico');
  if (fcr !== undefined) cards.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  const answered = fig.get('answered_call_rate', 'Telefónico');
  if (answered !== undefined) cards.push(card('cardsGrid', showPercent(answered, 1, locale), labels.answeredCalls[locale]));
  cards.push(...surveyCards(ctx, 'Telefónico', 'cardsGrid'));
  const c = interactionTypesChart(ctx, 'Telefónico');
  return slide('phone', 'cardsGrid', ctx, { cards, chart: c, note: c ? typifiedNote(fig, 'Telefónico', locale) : null });
}

/** Interaction types of a channel as shares of the typified total, largest first (the report: `42,39 %`). */
function interactionTypesChart(ctx: Context, channel: 'Presencial' | 'Telefónico' | 'Virtual'): DeckChart | null {
  const shares = ctx.fig!.breakdowns('interaction_type_share', channel).slice().sort((a, b) => b.value - a.value);
  if (!shares.length) return null;
  const title = labels.byInteractionType[ctx.locale];
  return chart('bar', title, shares.map((s) => s.key), [{ name: title, values: shares.map((s) => s.value) }], { kind: 'percent', decimals: 2 }, ctx.locale);
}

function typifiedNote(fig: MonthFigures, channel: 'Presencial' | 'Telefónico' | 'Virtual', locale: Locale): string | null {
  const coverage = fig.get('typified_coverage', channel);
  const total = fig.get('interactions', channel);
  const typified = fig.breakdowns('interaction_type_count', channel).reduce((a, b) => a + b.value, 0);
  if (coverage === undefined || total === undefined || coverage >= 100) return null;
  return fill(labels.typified[locale], { typified: showCount(typified, locale), total: showCount(total, locale), share: showPercent(coverage, 1, locale) });
}

/**
 * The virtual channel: its management figures (`Gestión virtual`, the report's slide) and, where
 * the workbook has them, the same figures as the other channels (first-contact resolution, survey,
 * interaction types) on a slide before them. The February 2025 report had no virtual survey, so
 * its slide showed management only: what is shown follows the data, not the channel's name.
 */
function virtualSlide(ctx: Context): DeckSlide[] | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const figures: FigureCard[] = [];
  const n = fig.get('interactions', 'Virtual');
  const interactions = n === undefined ? (noDataCard(ctx, 'Virtual')[0] ?? null) : card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent');
  const fcr = fig.get('first_contact_resolution', 'Virtual');
  if (fcr !== undefined) figures.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  figures.push(...surveyCards(ctx, 'Virtual', 'cardsGrid'));
  const types = interactionTypesChart(ctx, 'Virtual');
  const concepts = fig.breakdowns('virtual_management', 'Virtual');
  const management = concepts.length
    ? chart('bar', labels.virtualManagement[locale], concepts.map((x) => x.key), [{ name: labels.virtualManagement[locale], values: concepts.map((x) => x.value) }], { kind: 'count', decimals: 0 }, locale)
    : null;
  const conceptCards = concepts.map((c) => card('cardsGrid', showCount(c.value, locale), c.key));
  if (!figures.length && !types) return [slide('virtual', 'cardsGrid', ctx, { cards: [...(interactions ? [interactions] : []), ...conceptCards], chart: management })];
  const out = [slide('virtual', 'cardsGrid', ctx, { cards: [...(interactions ? [interactions] : []), ...figures], chart: types, note: types ? typifiedNote(fig, 'Virtual', locale) : null })];
  if (concepts.length) out.push(slide('virtual', 'cardsGrid', ctx, { title: labels.virtualManagement[locale], cards: conceptCards, chart: management }));
  return out;
}

function satisfactionSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const pct = (v: number | undefined) => (v === undefined ? '—' : showPercent(v, 1, locale));
  const cards: FigureCard[] = [];
  const consolidated = fig.get('consolidated_satisfaction', 'ANM');
  // Its definition goes in the note below the table (the card has room for one detail line).
  if (consolidated !== undefined) cards.push(card('cardsTable', pct(consolidated), ofEntity(labels.consolidated[locale], ctx), [], 'accent'));
  const entityRespondents = fig.respondents('ANM');
  const who = entityRespondents !== undefined ? `${showCount(entityRespondents, locale)} ${labels.respondents[locale]}` : null;
  for (const [id, label] of [['satisfaction', labels.satisfactionShort], ['perception', labels.perceptionShort], ['trust', labels.trustShort]] as const) {
    const v = fig.get(id, 'ANM');
    if (v !== undefined) cards.push(card('cardsTable', pct(v), ofEntity(label[locale], ctx), [who]));
  }
  const rows = [...surveyChannels, 'ANM' as const].filter((c) =>
    (['satisfaction', 'perception', 'trust', 'survey_response_rate'] as const).some((id) => fig.get(id, c) !== undefined),
  );
  if (!cards.length && !rows.length) return null;
  const small = (c: (typeof rows)[number]) => {
    const n = fig.respondents(c);
    return n !== undefined && n < smallSample && fig.get('satisfaction_ci_low', c) !== undefined && fig.get('satisfaction_ci_high', c) !== undefined;
  };
  const withInterval = rows.some(small);
  let table: DeckTable | null = null;
  if (rows.length) {
    const columns: DeckTableColumn[] = [
      { header: labels.channel[locale], width: 0.2, align: 'left' },
      { header: labels.respondentsHeader[locale], width: 0.16, align: 'right' },
      { header: labels.responseRate[locale], width: 0.16, align: 'right' },
      { header: labels.satisfactionShort[locale], width: 0.16, align: 'right' },
      { header: labels.perceptionShort[locale], width: 0.16, align: 'right' },
      { header: labels.trustShort[locale], width: 0.16, align: 'right' },
    ];
    if (withInterval) {
      columns.forEach((c) => (c.width = c.width * 0.8));
      columns.push({ header: locale === 'es' ? 'IC 95 % satisfacción' : '95 % CI satisfaction', width: 0.2, align: 'right' });
    }
    table = {
      columns,
      rows: rows.map((c) => {
        const isEntity = c === 'ANM';
        const n = fig.respondents(c);
        const r = [
          cell(isEntity ? entityTotalLabel(ctx.names, locale) : channelLabel(c, locale), 'neutral', isEntity),
          cell(n === undefined ? '—' : showCount(n, locale), 'neutral', isEntity),
          cell(pct(fig.get('survey_response_rate', c)), 'neutral', isEntity),
          cell(pct(fig.get('satisfaction', c)), 'neutral', isEntity),
          cell(pct(fig.get('perception', c)), 'neutral', isEntity),
          cell(pct(fig.get('trust', c)), 'neutral', isEntity),
        ];
        if (withInterval) {
          r.push(cell(small(c) ? `${pct(fig.get('satisfaction_ci_low', c))} – ${pct(fig.get('satisfaction_ci_high', c))}` : '—', small(c) ? 'warning' : 'neutral', isEntity));
        }
        return r;
      }),
    };
  }
  const definition = definitionOf('consolidated', ctx.glossary, locale);
  const rateNote = locale === 'es' ? 'Tasa de respuesta: encuestados / interacciones de los canales que reportan encuestados.' : 'Response rate: respondents / interactions of the channels reporting respondents.';
  const intervalNote =
    locale === 'es'
      ? `IC 95 %: intervalo de Wilson al 95 %, cuando hay menos de ${smallSample} encuestados.`
      : `95 % CI: Wilson score interval, when there are fewer than ${smallSample} respondents.`;
  const parts = [consolidated !== undefined && definition ? `${labels.consolidated[locale]}: ${definition}` : null, table ? rateNote : null, withInterval ? intervalNote : null].filter(Boolean);
  const cap = layoutCapacity.cardsTable;
  const note = parts.length ? clampText(parts.join(' '), cap.textChars, cap.textLines) : null;
  return slide('satisfaction', 'cardsTable', ctx, { cards, table, note });
}

/** The report's *Percepción, Satisfacción y Confianza*: the three entity-wide figures, each with its definition. */
function surveyDefinitionsSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  for (const [id, label] of [['satisfaction', labels.satisfactionShort], ['perception', labels.perceptionShort], ['trust', labels.trustShort]] as const) {
    const v = fig.get(id, 'ANM');
    if (v === undefined) continue;
    cards.push(card('cardsDefined', showPercent(v, 1, locale), ofEntity(label[locale], ctx), [definitionOf(id, ctx.glossary, locale)]));
  }
  return slide('surveyDefinitions', 'cardsDefined', ctx, { cards });
}

function serviceAnalysisSlide(ctx: Context, notes: readonly string[] = []): DeckSlide | null {
  const paragraphs = [...(ctx.fig ? serviceParagraphs(ctx.fig, ctx.locale) : []), ...notes.map((text): DeckParagraph => ({ kind: 'note', runs: [{ text, bold: false }] }))];
  if (!ctx.month || !paragraphs.length) return null;
  return slide('serviceAnalysis', 'text', ctx, { paragraphs });
}

/**
 * The analysis slides. The month's notes (`Notas del informe`) close each survey analysis, as in
 * the report; without a survey they close the service analysis (alone, when there are no service
 * figures): the coordinator's note is never left out.
 */
function analysisSlides(ctx: Context, notes: readonly string[]): (DeckSlide | null)[] {
  const survey = (['satisfaction', 'perception', 'trust'] as const).map((id) => surveyAnalysisSlide(ctx, id, notes));
  const carried = survey.some((s) => s !== null) ? [] : notes;
  return [serviceAnalysisSlide(ctx, carried), ...survey];
}

const analysisKey: Record<SurveyId, SlideKey> = { satisfaction: 'satisfactionAnalysis', perception: 'perceptionAnalysis', trust: 'trustAnalysis' };

/** One survey indicator's analysis slide; the month's note (`Notas del informe`) closes it, as in the report. */
function surveyAnalysisSlide(ctx: Context, id: SurveyId, notes: readonly string[]): DeckSlide | null {
  if (!ctx.fig) return null;
  const paragraphs = surveyParagraphs(ctx.fig, id, ctx.locale);
  if (!paragraphs.length) return null;
  const noteParagraphs: DeckParagraph[] = notes.map((text) => ({ kind: 'note', runs: [{ text, bold: false }] }));
  return slide(analysisKey[id], 'text', ctx, { paragraphs: [...paragraphs, ...noteParagraphs] });
}

/**
 * The report's *Entregas de valor* slides: one per channel (virtual, in person, phone, then the
 * whole group's, a blank Canal), one bullet per row, continued on following slides when long.
 * When some channel has too little for a slide of its own, the groups share slides instead, each
 * under its channel as a heading (a section is kept whole on a slide when it fits): every row of
 * the month is shown, none left out for being short (the coordinator wrote it to be presented).
 */
function valueDeliveredSlides(ctx: Context, rows: readonly ValueDelivery[]): DeckSlide[] | null {
  if (!ctx.month || !rows.length) return null;
  const { locale } = ctx;
  const order: (ValueDelivery['channel'])[] = ['Virtual', 'Presencial', 'Telefónico', null];
  const group = ctx.names.groupShort ?? ctx.names.group;
  const subtitle = [formatMonthTitle(ctx.month, locale), group].filter(Boolean).join(' · ');
  const bullet = (text: string): DeckParagraph => ({ kind: 'body', runs: [{ text, bold: false }] });
  const groups = order.map((channel) => ({ channel, texts: rows.filter((r) => r.channel === channel).map((r) => r.text) })).filter((g) => g.texts.length);
  const own = groups.map(({ channel, texts }) => {
    const title = channel ? fill(labels.valueDeliveredChannel[locale], { channel: channelPhrase[channel][locale] }) : slideTitles.valueDelivered[locale];
    return slide('valueDelivered', 'text', ctx, { title, subtitle, paragraphs: texts.map(bullet) });
  });
  if (own.length === 1 || own.every((s) => !hasLittleContent(s))) return own;
  const heading = (channel: ValueDelivery['channel']): DeckParagraph => ({
    kind: 'heading',
    runs: [{ text: channel ? capitalize(channelPhrase[channel][locale]) : labels.generalDelivery[locale], bold: true }],
  });
  const paragraphs = groups.flatMap(({ channel, texts }) => [heading(channel), ...texts.map(bullet)]);
  return [slide('valueDelivered', 'text', ctx, { title: slideTitles.valueDelivered[locale], subtitle, paragraphs })];
}

function dataQualitySlide(ctx: Context, findings: readonly Finding[]): DeckSlide {
  const { locale } = ctx;
  const counts = countBySeverity(findings);
  const cards = [
    card('cardsTable', formatNumber(counts.error, 0, locale), labels.errors[locale], [], counts.error ? 'error' : 'good'),
    card('cardsTable', formatNumber(counts.warning, 0, locale), labels.warnings[locale], [], counts.warning ? 'warning' : 'good'),
    card('cardsTable', formatNumber(counts.info, 0, locale), labels.infos[locale], [], 'info'),
  ];
  if (!findings.length) return slide('dataQuality', 'cardsTable', ctx, { cards, note: labels.noFindings[locale] });
  // Most important first; the sort is stable, so the checks' order is kept within a severity.
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i);
  const listed = sorted.slice(0, maxFindingsListed).map((x) => x.f);
  const cap = layoutCapacity.cardsTable;
  const columns = [
    { header: labels.severity[locale], width: 0.13, align: 'left' as const },
    { header: labels.where[locale], width: 0.2, align: 'left' as const },
    { header: labels.finding[locale], width: 0.67, align: 'left' as const },
  ];
  const messageChars = Math.floor(columns[2].width * cap.tableChars) - 2;
  const whereChars = Math.floor(columns[1].width * cap.tableChars) - 2;
  const table: DeckTable = {
    columns,
    rows: listed.map((f) => [
      cell(labels.severityNames[f.severity][locale], f.severity, true),
      cell(clampText(f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet} (${labels.wholeSheet[locale]})`) : '—', whereChars, 2)),
      cell(clampText(f.message, messageChars, 3)),
    ]),
  };
  const rest = findings.length - listed.length;
  const note = rest > 0 ? fill(labels.moreFindings[locale], { count: formatNumber(rest, 0, locale) }) : labels.findingsIntro[locale];
  return slide('dataQuality', 'cardsTable', ctx, { cards, table, note });
}

/** The rows that could not be read, pointing to the result sheet whose *Datos por revisar* lists them. */
function unreadableNote(count: number | undefined, sheet: keyof typeof accountabilitySheetNames, locale: Locale): string | null {
  if (!count) return null;
  const where = { sheet: accountabilitySheetNames[sheet][locale] };
  return count === 1 ? fill(labels.unreadableRow[locale], where) : fill(labels.unreadableRows[locale], { ...where, count: formatNumber(count, 0, locale) });
}

function selfDiagnosisSlide(ctx: Context, result: SelfDiagnosisSummary): DeckSlide | null {
  const { locale } = ctx;
  const scored = result.stages.filter((s) => s.score !== null);
  if (!scored.length && result.total === null) return null;
  const cards: FigureCard[] = [];
  if (result.total !== null) cards.push(card('chartList', showScore(result.total, locale), labels.totalScore[locale], [], 'accent'));
  if (result.level) cards.push(card('chartList', result.level, labels.level[locale]));
  const c = result.stages.length
    ? chart(
        'bar',
        labels.stageChart[locale],
        result.stages.map((s) => {
          const name = s.short ?? stageShortName(s.stage);
          return s.score === null ? `${name} (${labels.noScore[locale]})` : name;
        }),
        [{ name: labels.stageChart[locale], values: result.stages.map((s) => s.score) }],
        { kind: 'number', decimals: 1 },
        locale,
        { max: 100 },
      )
    : null;
  const cap = layoutCapacity.chartList;
  const items = result.priorities.slice(0, maxPrioritiesListed).map((p) => {
    const score = p.score === null ? labels.noScore[locale] : showScore(p.score, locale);
    // The score first, so cutting a long activity never hides it.
    return clampText(`${score} · ${p.activity ?? p.category} (${stageShortName(p.stage)})`, cap.listChars, 2);
  });
  return slide('selfDiagnosis', 'chartList', ctx, {
    // Its own period: the vigencia assessed, not the report's month.
    subtitle: result.year ? `${labels.vigencia[locale]} ${result.year}` : null,
    cards,
    chart: c,
    items,
    itemsTitle: items.length ? labels.priorities[locale] : null,
    note: unreadableNote(result.unreadableRows, 'selfDiagnosis', locale),
  });
}

/** `Aprestamiento institucional para promover…` → `Aprestamiento`: the stage's first word names it (accountability.md). */
export function stageShortName(stage: string): string {
  return stage.trim().split(/\s+/)[0] ?? stage;
}

function spacesSlide(ctx: Context, spaces: SpacesSummary): DeckSlide | null {
  const { locale } = ctx;
  if (!spaces.total) return null;
  const cards: FigureCard[] = [card('cardsGrid', showCount(spaces.total, locale), labels.spacesTotal[locale], [], 'accent')];
  cards.push(card('cardsGrid', showCount(spaces.held, locale), labels.held[locale]));
  if (spaces.compliance !== null) cards.push(card('cardsGrid', showPercent(spaces.compliance, 1, locale), labels.compliance[locale], [labels.complianceDetail[locale]]));
  if (spaces.pdet) {
    cards.push(card('cardsGrid', showCount(spaces.pdet.count, locale), labels.pdet[locale], [spaces.pdet.share === null ? null : `${showPercent(spaces.pdet.share, 1, locale)} ${labels.ofTotal[locale]}`]));
  }
  cards.push(card('cardsGrid', showCount(spaces.municipalities, locale), labels.municipalities[locale]));
  cards.push(card('cardsGrid', showCount(spaces.departments, locale), labels.departments[locale]));
  const departments = Object.entries(spaces.byDepartment).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'es'));
  const shown = departments.slice(0, maxDepartmentsCharted);
  const others = departments.slice(maxDepartmentsCharted).reduce((a, [, n]) => a + n, 0);
  if (others > 0) shown.push([labels.otherDepartments[locale], others]);
  const c = shown.length
    ? chart('bar', labels.byDepartment[locale], shown.map(([d]) => d), [{ name: labels.byDepartment[locale], values: shown.map(([, n]) => n) }], { kind: 'count', decimals: 0 }, locale)
    : null;
  const [y, m, d] = spaces.cutoff.split('-');
  const years = spaces.years ?? [];
  const vigencia = years.length ? `${labels.vigencia[locale]} ${years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years[0]} · ` : '';
  return slide('spaces', 'cardsGrid', ctx, { subtitle: `${vigencia}${labels.cutoff[locale]}: ${d}/${m}/${y}`, cards, chart: c, note: unreadableNote(spaces.unreadableRows, 'spaces', locale) });
}

/** The slides that show an indicator's figure for a channel (where a published difference is footnoted). */
function slidesShowing(id: IndicatorId, channel: ChannelOrEntity): SlideKey[] {
  const bySurvey: Partial<Record<IndicatorId, SlideKey>> = { satisfaction: 'satisfactionAnalysis', perception: 'perceptionAnalysis', trust: 'trustAnalysis' };
  const channelSlide: Partial<Record<ChannelOrEntity, SlideKey>> = { Presencial: 'inPerson', Telefónico: 'phone', Virtual: 'virtual' };
  switch (id) {
    case 'interactions':
    case 'channel_share':
    case 'month_over_month':
      return ['channels'];
    case 'ytd_interactions':
      return ['yearToDate'];
    case 'first_contact_resolution':
    case 'answered_call_rate':
      return channel === 'ANM' ? ['serviceAnalysis'] : [channelSlide[channel]!, 'serviceAnalysis'];
    case 'survey_response_rate':
      return ['satisfaction', 'satisfactionAnalysis'];
    case 'satisfaction':
    case 'perception':
    case 'trust':
      return channel === 'ANM' ? ['satisfaction', 'surveyDefinitions', bySurvey[id]!] : [channelSlide[channel]!, bySurvey[id]!];
    case 'consolidated_satisfaction':
      return ['satisfaction'];
    case 'point_type_interactions':
    case 'point_type_share':
    case 'point_interactions':
      return ['inPersonPoints'];
    case 'interaction_type_count':
    case 'interaction_type_share':
    case 'typified_coverage':
      return channel === 'ANM' ? [] : [channelSlide[channel]!];
    case 'virtual_management':
      return ['virtual'];
    default:
      return [];
  }
}

/** `Participación por tipo de punto (Presencial, Sede Central): publicado 78 %; calculado 82,2 % (Reportado!E29).` */
export function publishedFootnote(p: PublishedFigure, names: EntityNames, locale: Locale): string {
  const spec = indicatorRegistry[p.id];
  const show = (v: number, d: number) => (spec.unit === 'percent' ? formatPercent(v, d, locale) : showCount(v, locale));
  const where = [p.channel === 'ANM' ? entityLabel(names, locale) : channelLabel(p.channel, locale), p.breakdown].filter(Boolean).join(', ');
  return fill(labels.published[locale], {
    indicator: spec.name[locale],
    where: ` (${where})`,
    reported: show(p.reported, p.decimals),
    computed: show(p.computed, Math.max(1, p.decimals + 1)),
    cell: p.where,
  });
}

/** The gap of a channel's month, if its interactions are absent because of their input. */
function gapOf(ctx: Context, channel: ChannelOrEntity, month: string): InputGap | undefined {
  return ctx.gaps.find((g) => g.channel === channel && g.month === month);
}

/** `Canales!C9 en blanco` / `sin fila en Canales`. */
function gapWhere(g: InputGap, locale: Locale): string {
  if (g.reason === 'noRow') return fill(labels.gapNoRow[locale], { sheet: g.where ?? 'Canales' });
  if (g.reason === 'blank') return fill(labels.gapBlank[locale], { cell: g.where ?? '' });
  return g.where ? fill(labels.gapUnreadable[locale], { cell: g.where }) : labels.gapUnreadableNoCell[locale];
}

/** The channel slide's interactions card when the month's figure is absent because of its input. */
function noDataCard(ctx: Context, channel: 'Presencial' | 'Telefónico' | 'Virtual'): FigureCard[] {
  const gap = ctx.month ? gapOf(ctx, channel, ctx.month) : undefined;
  return gap ? [card('cardsGrid', labels.noData[ctx.locale], labels.interactionsAttended[ctx.locale], [gapWhere(gap, ctx.locale)], 'warning')] : [];
}

/**
 * The footnotes of the gaps a slide is touched by: the month's (its channel cards, the total, the
 * shares, the analysis, the channel's own slide), the previous month's (the changes) and any
 * earlier month of the year's (the year to date), each naming what is not computed because of it.
 */
function gapFootnotes(s: DeckSlide, ctx: Context): string[] {
  const { fig, locale, month } = ctx;
  if (!fig || !month) return [];
  const channelSlide: Record<InputGap['channel'], SlideKey> = { Presencial: 'inPerson', Telefónico: 'phone', Virtual: 'virtual' };
  const previous = previousMonthOf(month);
  const notes: string[] = [];
  for (const g of ctx.gaps) {
    const absent: string[] = [];
    const inMonth = g.month === month;
    let shown = false;
    if (s.key === 'channels' && (inMonth || g.month === previous)) {
      shown = true;
      if (inMonth) {
        if (fig.get('interactions', 'ANM') === undefined) absent.push(labels.gapEntityTotal[locale]);
        if (reportChannels.some((c) => fig.get('interactions', c) !== undefined && fig.get('channel_share', c) === undefined)) absent.push(labels.gapShares[locale]);
      } else {
        if (fig.get('month_over_month', g.channel) === undefined) absent.push(fill(labels.gapChange[locale], { month: monthName(ctx, previous) }));
        if (fig.get('month_over_month', 'ANM') === undefined) absent.push(labels.gapEntityChange[locale]);
      }
    } else if (s.key === 'yearToDate') {
      shown = true;
      if (fig.get('ytd_interactions', g.channel) === undefined) absent.push(labels.gapYtd[locale]);
      if (fig.get('ytd_interactions', 'ANM') === undefined) absent.push(labels.gapEntityTotal[locale]);
    } else if ((s.key === 'serviceAnalysis' || s.key === channelSlide[g.channel]) && (inMonth || (s.key === 'serviceAnalysis' && g.month === previous))) {
      shown = true;
      if (s.key === 'serviceAnalysis' && inMonth && fig.get('interactions', 'ANM') === undefined) absent.push(labels.gapEntityTotal[locale]);
    }
    if (!shown) continue;
    notes.push(
      fill(labels.gap[locale], {
        channel: channelLabel(g.channel, locale),
        month: inMonth ? '' : fill(labels.gapMonth[locale], { month: monthName(ctx, g.month) }),
        where: gapWhere(g, locale),
        rest: absent.length ? notComputed(absent, locale) : '',
      }),
    );
  }
  return notes;
}

/** The survey figures a field feeds: respondents weigh every score; each score is its own. */
const surveyIdsOf: Record<SurveyGap['field'], readonly ('satisfaction' | 'perception' | 'trust')[]> = {
  respondents: ['satisfaction', 'perception', 'trust'],
  satisfaction: ['satisfaction'],
  perception: ['perception'],
  trust: ['trust'],
};

/**
 * The footnotes of the month's survey gaps on the slides that would show the figure: the channel's
 * own slide, the satisfaction slide and the analysis of each score it feeds, each naming the cell
 * and the channel's and entity's figures not computed because of it.
 */
function surveyGapFootnotes(s: DeckSlide, ctx: Context): string[] {
  const { fig, locale } = ctx;
  if (!fig) return [];
  const channelSlide: Record<SurveyGap['channel'], SlideKey> = { Presencial: 'inPerson', Telefónico: 'phone', Virtual: 'virtual' };
  const analysisSlide = { satisfaction: 'satisfactionAnalysis', perception: 'perceptionAnalysis', trust: 'trustAnalysis' } as const;
  const notes: string[] = [];
  for (const g of ctx.surveyGaps) {
    const ids = surveyIdsOf[g.field];
    const shown = s.key === channelSlide[g.channel] || s.key === 'satisfaction' || ids.some((id) => s.key === analysisSlide[id]);
    if (!shown) continue;
    const absent: string[] = [];
    for (const id of ids) {
      if (fig.get(id, g.channel) === undefined) absent.push(fill(labels.surveyGapChannel[locale], { figure: labels.surveyFigure[id][locale] }));
    }
    for (const id of ids) {
      if (fig.get(id, 'ANM') === undefined) absent.push(fill(labels.surveyGapEntity[locale], { figure: labels.surveyFigure[id][locale] }));
    }
    const where = g.where ? fill(g.reason === 'blank' ? labels.gapBlank[locale] : labels.gapUnreadable[locale], { cell: g.where }) : labels.gapUnreadableNoCell[locale];
    notes.push(
      fill(labels.surveyGap[locale], {
        channel: channelLabel(g.channel, locale),
        field: labels.surveyField[g.field][locale],
        where,
        rest: absent.length ? notComputed(absent, locale) : '',
      }),
    );
  }
  return notes;
}

/** `; el total de la entidad no se calcula` / `; no se calculan su acumulado del año ni el total de la entidad`. */
function notComputed(items: string[], locale: Locale): string {
  if (locale === 'es') return items.length === 1 ? `; ${items[0]} no se calcula` : `; no se calculan ${items.slice(0, -1).join(', ')} ni ${items[items.length - 1]}`;
  return items.length === 1 ? `; ${items[0]} is not computed` : `; ${items.slice(0, -1).join(', ')} and ${items[items.length - 1]} are not computed`;
}

/**
 * Adds the footnotes of the slide: first the figures absent because of their input (never left
 * out), then the published figures that differ, as many as fit (then how many more).
 */
function withFootnotes(s: DeckSlide, ctx: Context): DeckSlide {
  const gaps = s.layout === 'cover' || s.layout === 'closing' ? [] : [...gapFootnotes(s, ctx), ...surveyGapFootnotes(s, ctx)];
  const mine = ctx.published.filter((p) => slidesShowing(p.id, p.channel).includes(s.key));
  if ((!mine.length && !gaps.length) || s.layout === 'cover' || s.layout === 'closing') return s;
  const notes = [...gaps, ...new Set(mine.map((p) => publishedFootnote(p, ctx.names, ctx.locale)))];
  const kept: string[] = [];
  let lines = 0;
  for (const [i, n] of notes.entries()) {
    const cost = wrappedLines(n, footnoteChars);
    const restNote = i < notes.length - 1 ? 1 : 0;
    if (lines + cost + restNote > footnoteLines) {
      kept.push(fill(labels.morePublished[ctx.locale], { count: String(notes.length - i) }));
      break;
    }
    kept.push(n);
    lines += cost;
  }
  return { ...s, footnotes: kept };
}

function previousMonthOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** `+61,9 %` / `−73,8 %`. */
function signed(points: number, locale: Locale): string {
  const text = showPercent(Math.abs(points), 1, locale);
  if (Math.abs(points) < 0.05) return text;
  return `${points > 0 ? '+' : '−'}${text}`;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

