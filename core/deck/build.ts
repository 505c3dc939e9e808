/** Builds the deck plan (deck.md's eleven slides) from a month's indicators, findings and accountability results. */
import { channelLabel, formatMonthInText, formatMonthTitle, monthNamesOf, formatNumber, type Locale } from '../i18n';
import { countBySeverity, severityRank, type Finding } from '../findings';
import { pointTypeEnum } from '../table';
import type { IndicatorValue } from '../service/registry';
import type { SelfDiagnosisSummary, SpacesSummary } from './accountability';
import { analysisParagraphs, smallSample } from './analysis';
import { monthFigures, reportChannels, showCount, showPercent, showScore, surveyChannels, type MonthFigures } from './figures';
import { clampText, paginate, wrappedLines } from './paginate';
import { layoutCapacity, type DeckChart, type DeckPlan, type DeckSlide, type DeckTable, type DeckTableCell, type DeckTableColumn, type FigureCard, type LayoutId, type SlideKey, type Tone } from './plan';
import { channelPhrase, fill, labels, reportTitle, slideTitles } from './text';

export interface DeckInput {
  indicators: readonly IndicatorValue[];
  /** The checks' findings; absent when the checks did not run (no data-quality slide then). */
  findings?: readonly Finding[];
  selfDiagnosis?: SelfDiagnosisSummary | null;
  spaces?: SpacesSummary | null;
}

export interface DeckOptions {
  /** `YYYY-MM`; default the latest month with interactions. */
  month?: string;
  entity?: string;
  group?: string;
  locale?: Locale;
}

/** Findings listed on the data-quality slides at most; the rest are counted in a note. */
export const maxFindingsListed = 18;
/** Departments charted on the spaces slide; the rest are grouped as "Otros". */
export const maxDepartmentsCharted = 8;
/** Months of the year-to-date chart that still get data labels. */
export const maxLabelledMonths = 4;
/** Priorities listed on the self-diagnosis slide. */
export const maxPrioritiesListed = 5;

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

/** Builds the deck plan: slides in deck.md's order, slides without data left out, long content continued. */
export function buildDeckPlan(input: DeckInput, options: DeckOptions = {}): DeckPlan {
  const locale = options.locale ?? 'es';
  const entity = options.entity ?? 'ANM';
  const group = options.group ?? 'GAPCC';
  const month = options.month ?? latestMonth(input.indicators);
  const ctx: Context = { locale, entity, month, fig: month ? monthFigures(input.indicators, month) : null, values: input.indicators };
  const drafts: (DeckSlide | null)[] = [
    coverSlide(ctx, group),
    channelsSlide(ctx),
    yearToDateSlide(ctx),
    inPersonSlide(ctx),
    phoneSlide(ctx),
    virtualSlide(ctx),
    satisfactionSlide(ctx),
    analysisSlide(ctx),
    input.findings ? dataQualitySlide(ctx, input.findings) : null,
    input.selfDiagnosis ? selfDiagnosisSlide(ctx, input.selfDiagnosis) : null,
    input.spaces ? spacesSlide(ctx, input.spaces) : null,
  ];
  return {
    locale,
    month,
    title: reportTitle[locale],
    period: month ? formatMonthTitle(month, locale) : null,
    entity,
    group,
    slides: drafts.filter((s): s is DeckSlide => s !== null).flatMap((s) => paginate(s, locale)),
  };
}

interface Context {
  locale: Locale;
  entity: string;
  month: string | null;
  fig: MonthFigures | null;
  values: readonly IndicatorValue[];
}

function slide(key: SlideKey, layout: LayoutId, ctx: Context, parts: Partial<DeckSlide>): DeckSlide {
  return {
    key,
    layout,
    title: slideTitles[key][ctx.locale],
    subtitle: ctx.month ? formatMonthTitle(ctx.month, ctx.locale) : null,
    part: 1,
    parts: 1,
    cards: [],
    chart: null,
    table: null,
    paragraphs: [],
    items: [],
    itemsTitle: null,
    note: null,
    ...parts,
  };
}

/** A card whose label and details are cut to the layout's card lines and width. */
function card(layout: LayoutId, value: string, label: string, detail: (string | null)[] = [], tone: Tone = 'neutral'): FigureCard {
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

function coverSlide(ctx: Context, group: string): DeckSlide {
  return slide('cover', 'cover', ctx, { title: reportTitle[ctx.locale], items: [ctx.entity, group].filter(Boolean) });
}

function channelsSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const present = reportChannels.filter((c) => fig.get('interactions', c) !== undefined);
  if (!present.length) return null;
  const prevName = previousMonthName(ctx);
  const change = (c: Parameters<MonthFigures['get']>[1]) => {
    const v = fig.get('month_over_month', c);
    return v === undefined ? null : `${signed(v, locale)} ${labels.versus[locale]} ${prevName}`;
  };
  const cards = present.map((c) => {
    const share = fig.get('channel_share', c);
    return card('cardsRow', showCount(fig.get('interactions', c)!, locale), capitalize(channelPhrase[c][locale]), [
      share === undefined ? null : `${showPercent(share, 1, locale)} ${labels.ofTotal[locale]}`,
      change(c),
    ]);
  });
  const total = fig.get('interactions', 'ANM');
  if (total !== undefined) cards.push(card('cardsRow', showCount(total, locale), `${labels.total[locale]} ${labels.interactions[locale]}`, [change('ANM')], 'accent'));
  const chart: DeckChart = {
    kind: 'column',
    title: labels.interactionsByChannel[locale],
    categories: present.map((c) => channelLabel(c, locale)),
    series: [{ name: capitalize(labels.interactions[locale]), values: present.map((c) => fig.get('interactions', c)!) }],
    format: { kind: 'count', decimals: 0 },
    dataLabels: true,
    max: null,
    legend: false,
  };
  return slide('channels', 'cardsRow', ctx, { cards, chart });
}

function yearToDateSlide(ctx: Context): DeckSlide | null {
  const { fig, locale, month } = ctx;
  if (!fig || !month) return null;
  const present = reportChannels.filter((c) => fig.get('ytd_interactions', c) !== undefined);
  if (!present.length) return null;
  const year = month.slice(0, 4);
  const months = [...new Set(ctx.values.filter((v) => v.id === 'interactions' && v.month.slice(0, 4) === year && v.month <= month).map((v) => v.month))].sort();
  const monthValue = (m: string, c: string) => ctx.values.find((v) => v.id === 'interactions' && v.month === m && v.channel === c && v.breakdown === null)?.value;
  const names = monthNamesOf(locale);
  const monthName = (m: string) => capitalize(names[Number(m.slice(5, 7)) - 1]);
  const cap = layoutCapacity.cardsRow;
  const cards = present.map((c) => {
    const known = months.map((m) => ({ m, v: monthValue(m, c) })).filter((x): x is { m: string; v: number } => x.v !== undefined);
    const detail =
      known.length <= cap.cardDetailLines
        ? known.map((x) => `${monthName(x.m)}: ${showCount(x.v, locale)}`)
        : [
            `${labels.monthlyAverage[locale]}: ${showCount(known.reduce((a, x) => a + x.v, 0) / known.length, locale)}`,
            `${monthName(month)}: ${known.find((x) => x.m === month) ? showCount(known.find((x) => x.m === month)!.v, locale) : '—'}`,
          ];
    return card('cardsRow', showCount(fig.get('ytd_interactions', c)!, locale), capitalize(channelPhrase[c][locale]), detail);
  });
  const total = fig.get('ytd_interactions', 'ANM');
  if (total !== undefined) cards.push(card('cardsRow', showCount(total, locale), `${labels.total[locale]} ${labels.interactions[locale]}`, [], 'accent'));
  const chart: DeckChart = {
    // Months side by side: stacked segments of a small channel are too thin for their labels.
    kind: 'bar',
    title: labels.interactionsByMonth[locale],
    categories: present.map((c) => channelLabel(c, locale)),
    series: months.map((m) => ({ name: monthName(m), values: present.map((c) => monthValue(m, c) ?? null) })),
    format: { kind: 'count', decimals: 0 },
    // Beyond a few months the bars get too thin for labels; the value axis shows instead.
    dataLabels: months.length <= maxLabelledMonths,
    max: null,
    legend: true,
  };
  const first = months[0] ?? month;
  const subtitle =
    first === month
      ? formatMonthTitle(month, locale)
      : locale === 'es'
        ? `${monthName(first)} a ${formatMonthInText(month, locale)}`
        : `${monthName(first)} to ${formatMonthInText(month, locale)}`;
  return slide('yearToDate', 'cardsRow', ctx, { title: `${slideTitles.yearToDate[locale]} ${year}`, subtitle, cards, chart });
}

/** The survey cards of a channel: satisfaction (with respondents), perception, trust. */
function surveyCards(ctx: Context, channel: 'Presencial' | 'Telefónico', layout: LayoutId): FigureCard[] {
  const { fig, locale } = ctx;
  if (!fig) return [];
  const out: FigureCard[] = [];
  const sat = fig.get('satisfaction', channel);
  const n = fig.respondents(channel);
  const rate = fig.get('survey_response_rate', channel);
  if (sat !== undefined) {
    const who = n !== undefined ? `${showCount(n, locale)} ${labels.respondents[locale]}${rate !== undefined ? ` (${showPercent(rate, 1, locale)})` : ''}` : null;
    out.push(card(layout, showPercent(sat, 1, locale), labels.satisfaction[locale], [who]));
  }
  const per = fig.get('perception', channel);
  if (per !== undefined) out.push(card(layout, showPercent(per, 1, locale), labels.perception[locale]));
  const tru = fig.get('trust', channel);
  if (tru !== undefined) out.push(card(layout, showPercent(tru, 1, locale), labels.trust[locale]));
  return out;
}

function inPersonSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  const n = fig.get('interactions', 'Presencial');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent'));
  const fcr = fig.get('first_contact_resolution', 'Presencial');
  if (fcr !== undefined) cards.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  cards.push(...surveyCards(ctx, 'Presencial', 'cardsGrid'));
  const order = pointTypeEnum.values.map((v) => v.value as string);
  const types = fig
    .breakdowns('point_type_interactions', 'Presencial')
    .slice()
    .sort((a, b) => rank(order, a.key) - rank(order, b.key));
  let chart: DeckChart | null = null;
  if (types.length) {
    chart = {
      kind: 'column',
      title: labels.byPointType[locale],
      categories: types.map((t) => {
        const share = fig.get('point_type_share', 'Presencial', t.key);
        return share === undefined ? t.key : `${t.key} (${showPercent(share, 1, locale)})`;
      }),
      series: [{ name: capitalize(labels.interactions[locale]), values: types.map((t) => t.value) }],
      format: { kind: 'count', decimals: 0 },
      dataLabels: true,
    max: null,
      legend: false,
    };
  } else {
    chart = interactionTypesChart(fig, 'Presencial', locale);
  }
  if (!cards.length && !chart) return null;
  return slide('inPerson', 'cardsGrid', ctx, { cards, chart, note: chart && !types.length ? typifiedNote(fig, 'Presencial', locale) : null });
}

function phoneSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  const n = fig.get('interactions', 'Telefónico');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent'));
  const fcr = fig.get('first_contact_resolution', 'Telefónico');
  if (fcr !== undefined) cards.push(card('cardsGrid', showPercent(fcr, 1, locale), labels.firstContact[locale]));
  const answered = fig.get('answered_call_rate', 'Telefónico');
  if (answered !== undefined) cards.push(card('cardsGrid', showPercent(answered, 1, locale), labels.answeredCalls[locale]));
  cards.push(...surveyCards(ctx, 'Telefónico', 'cardsGrid'));
  const chart = interactionTypesChart(fig, 'Telefónico', locale);
  if (!cards.length && !chart) return null;
  return slide('phone', 'cardsGrid', ctx, { cards, chart, note: chart ? typifiedNote(fig, 'Telefónico', locale) : null });
}

/** Interaction types of a channel as shares of the typified total, largest first. */
function interactionTypesChart(fig: MonthFigures, channel: 'Presencial' | 'Telefónico' | 'Virtual', locale: Locale): DeckChart | null {
  const shares = fig.breakdowns('interaction_type_share', channel).slice().sort((a, b) => b.value - a.value);
  if (!shares.length) return null;
  return {
    kind: 'bar',
    title: labels.byInteractionType[locale],
    categories: shares.map((s) => s.key),
    series: [{ name: labels.byInteractionType[locale], values: shares.map((s) => s.value) }],
    format: { kind: 'percent', decimals: 2 },
    dataLabels: true,
    max: null,
    legend: false,
  };
}

function typifiedNote(fig: MonthFigures, channel: 'Presencial' | 'Telefónico', locale: Locale): string | null {
  const coverage = fig.get('typified_coverage', channel);
  const total = fig.get('interactions', channel);
  const typified = fig.breakdowns('interaction_type_count', channel).reduce((a, b) => a + b.value, 0);
  if (coverage === undefined || total === undefined || coverage >= 100) return null;
  return fill(labels.typified[locale], { typified: showCount(typified, locale), total: showCount(total, locale), share: showPercent(coverage, 1, locale) });
}

function virtualSlide(ctx: Context): DeckSlide | null {
  const { fig, locale } = ctx;
  if (!fig) return null;
  const cards: FigureCard[] = [];
  const n = fig.get('interactions', 'Virtual');
  if (n !== undefined) cards.push(card('cardsGrid', showCount(n, locale), labels.interactionsAttended[locale], [], 'accent'));
  const concepts = fig.breakdowns('virtual_management', 'Virtual');
  for (const c of concepts) cards.push(card('cardsGrid', showCount(c.value, locale), c.key));
  if (!cards.length) return null;
  const chart: DeckChart | null = concepts.length
    ? {
        kind: 'bar',
        title: labels.virtualManagement[locale],
        categories: concepts.map((c) => c.key),
        series: [{ name: labels.virtualManagement[locale], values: concepts.map((c) => c.value) }],
        format: { kind: 'count', decimals: 0 },
        dataLabels: true,
    max: null,
        legend: false,
      }
    : null;
  return slide('virtual', 'cardsGrid', ctx, { cards, chart });
}

function satisfactionSlide(ctx: Context): DeckSlide | null {
  const { fig, locale, entity } = ctx;
  if (!fig) return null;
  const pct = (v: number | undefined) => (v === undefined ? '—' : showPercent(v, 1, locale));
  const cards: FigureCard[] = [];
  const consolidated = fig.get('consolidated_satisfaction', 'ANM');
  if (consolidated !== undefined) cards.push(card('cardsTable', pct(consolidated), labels.consolidated[locale], [labels.consolidatedDetail[locale]], 'accent'));
  const entityRespondents = fig.respondents('ANM');
  const who = entityRespondents !== undefined ? `${showCount(entityRespondents, locale)} ${labels.respondents[locale]}` : null;
  for (const [id, label] of [['satisfaction', labels.satisfactionShort], ['perception', labels.perceptionShort], ['trust', labels.trustShort]] as const) {
    const v = fig.get(id, 'ANM');
    if (v !== undefined) cards.push(card('cardsTable', pct(v), `${label[locale]} ${entity}`, [who]));
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
          cell(isEntity ? `${labels.total[locale]} ${entity}` : channelLabel(c, locale), 'neutral', isEntity),
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
  const rateNote = locale === 'es' ? 'Tasa de respuesta: encuestados / interacciones de los canales que reportan encuestados.' : 'Response rate: respondents / interactions of the channels reporting respondents.';
  const intervalNote =
    locale === 'es'
      ? `IC 95 %: intervalo de Wilson al 95 %, cuando hay menos de ${smallSample} encuestados.`
      : `95 % CI: Wilson score interval, when there are fewer than ${smallSample} respondents.`;
  const note = table ? (withInterval ? `${rateNote} ${intervalNote}` : rateNote) : null;
  return slide('satisfaction', 'cardsTable', ctx, { cards, table, note });
}

function analysisSlide(ctx: Context): DeckSlide | null {
  if (!ctx.fig) return null;
  const paragraphs = analysisParagraphs(ctx.fig, ctx.locale);
  if (!paragraphs.length) return null;
  return slide('analysis', 'text', ctx, { paragraphs });
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

function selfDiagnosisSlide(ctx: Context, result: SelfDiagnosisSummary): DeckSlide | null {
  const { locale } = ctx;
  const scored = result.stages.filter((s) => s.score !== null);
  if (!scored.length && result.total === null) return null;
  const cards: FigureCard[] = [];
  if (result.total !== null) cards.push(card('chartList', showScore(result.total, locale), labels.totalScore[locale], [], 'accent'));
  if (result.level) cards.push(card('chartList', result.level, labels.level[locale]));
  const chart: DeckChart | null = result.stages.length
    ? {
        kind: 'bar',
        title: labels.stageChart[locale],
        categories: result.stages.map((s) => {
          const name = s.short ?? stageShortName(s.stage);
          return s.score === null ? `${name} (${labels.noScore[locale]})` : name;
        }),
        series: [{ name: labels.stageChart[locale], values: result.stages.map((s) => s.score) }],
        format: { kind: 'number', decimals: 1 },
        dataLabels: true,
        max: 100,
        legend: false,
      }
    : null;
  const cap = layoutCapacity.chartList;
  const items = result.priorities.slice(0, maxPrioritiesListed).map((p) => {
    const score = p.score === null ? labels.noScore[locale] : showScore(p.score, locale);
    // The score first, so cutting a long activity never hides it.
    return clampText(`${score} · ${p.activity ?? p.category} (${stageShortName(p.stage)})`, cap.listChars, 2);
  });
  return slide('selfDiagnosis', 'chartList', ctx, {
    subtitle: null,
    cards,
    chart,
    items,
    itemsTitle: items.length ? labels.priorities[locale] : null,
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
  const chart: DeckChart | null = shown.length
    ? {
        kind: 'bar',
        title: labels.byDepartment[locale],
        categories: shown.map(([d]) => d),
        series: [{ name: labels.byDepartment[locale], values: shown.map(([, n]) => n) }],
        format: { kind: 'count', decimals: 0 },
        dataLabels: true,
    max: null,
        legend: false,
      }
    : null;
  const [y, m, d] = spaces.cutoff.split('-');
  return slide('spaces', 'cardsGrid', ctx, { subtitle: `${labels.cutoff[locale]}: ${d}/${m}/${y}`, cards, chart });
}

function previousMonthName(ctx: Context): string {
  const m = Number(ctx.month!.slice(5, 7));
  return monthNamesOf(ctx.locale)[(m + 10) % 12];
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
