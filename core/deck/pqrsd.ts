/**
 * The PQRSD slide of the month (pqrsd.md, "In the deck, a PQRSD slide for the month"): requests
 * filed in the month and their timeliness, what is overdue or due soon at the cut-off, and
 * timeliness by month of filing. Self-contained: the deck action places it (before data quality).
 */
import { formatDayFirst, formatMonthTitle, type Locale } from '../i18n';
import type { DeckChart, DeckSlide, FigureCard, Tone } from './plan';
import { showCount, showPercent, showScore } from './figures';
import { fill, slideTitles } from './text';
import { card as layoutCard, chart as deckChart, slideOf } from './build';

/** What the slide shows; built from the PQRSD analysis (core/actions/deck.ts). */
export interface PqrsdDeckSummary {
  /** `YYYY-MM` of the deck. */
  month: string;
  /** `YYYY-MM-DD`. */
  cutoff: string;
  /** Requests filed in the month: received, answered, answered on time, mean business days to answer. */
  received: number;
  answered: number;
  onTime: number;
  onTimeRate: number | null;
  meanResponseDays: number | null;
  /** At the cut-off, over every month: pending past due, and due within 5 business days. */
  overdue: number;
  dueSoon: number;
  /** Timeliness by month of filing, oldest first (up to the deck's month). */
  trend: { month: string; onTimeRate: number | null }[];
}

/** Months of filing charted at most. */
export const pqrsdTrendMonths = 6;


const text = {
  received: { es: 'PQRSD recibidas', en: 'PQRSD received' },
  filedIn: { es: 'radicadas en {month}', en: 'filed in {month}' },
  onTimeRate: { es: 'Oportunidad de respuesta', en: 'Response timeliness' },
  onTimeDetail: { es: '{onTime} de {answered} respondidas a tiempo', en: '{onTime} of {answered} answered on time' },
  meanDays: { es: 'promedio {days} días hábiles', en: 'mean {days} business days' },
  noneAnswered: { es: 'ninguna respondida aún', en: 'none answered yet' },
  overdue: { es: 'Vencidas sin respuesta', en: 'Overdue, unanswered' },
  atCutoff: { es: 'al corte {date}, todos los meses', en: 'at the cut-off {date}, all months' },
  dueSoon: { es: 'Por vencer', en: 'Due soon' },
  dueSoonDetail: { es: 'en los próximos 5 días hábiles', en: 'within the next 5 business days' },
  chart: { es: 'Oportunidad de respuesta por mes de radicación', en: 'Response timeliness by month of filing' },
} as const;

/** A card of the slide's `cardsRow` layout, cut to its lines as every deck card is. */
const card = (value: string, label: string, detail: (string | null)[], tone: Tone): FigureCard => layoutCard('cardsRow', value, label, detail, tone);

/** The PQRSD slide, or null when nothing was filed up to the month. */
export function pqrsdSlide(summary: PqrsdDeckSummary, locale: Locale): DeckSlide | null {
  if (!summary.received && !summary.trend.length) return null;
  const cutoff = formatDayFirst(summary.cutoff);
  const monthTitle = formatMonthTitle(summary.month, locale);
  const mean = summary.meanResponseDays === null ? null : fill(text.meanDays[locale], { days: showScore(Math.round(summary.meanResponseDays * 10) / 10, locale) });
  const cards: FigureCard[] = [
    card(showCount(summary.received, locale), text.received[locale], [fill(text.filedIn[locale], { month: locale === 'es' ? monthTitle.toLowerCase() : monthTitle })], 'accent'),
    card(
      summary.onTimeRate === null ? '—' : showPercent(summary.onTimeRate, 1, locale),
      text.onTimeRate[locale],
      summary.onTimeRate === null ? [text.noneAnswered[locale]] : [fill(text.onTimeDetail[locale], { onTime: showCount(summary.onTime, locale), answered: showCount(summary.answered, locale) }), mean],
      summary.onTimeRate === null ? 'neutral' : summary.onTimeRate >= 95 ? 'good' : 'warning',
    ),
    card(showCount(summary.overdue, locale), text.overdue[locale], [fill(text.atCutoff[locale], { date: cutoff })], summary.overdue ? 'error' : 'good'),
    card(showCount(summary.dueSoon, locale), text.dueSoon[locale], [text.dueSoonDetail[locale]], summary.dueSoon ? 'warning' : 'neutral'),
  ];
  const trend = summary.trend.filter((t) => t.month <= summary.month).slice(-pqrsdTrendMonths);
  const chart: DeckChart | null = trend.some((t) => t.onTimeRate !== null)
    ? deckChart(
        'column',
        text.chart[locale],
        // The deck's month label everywhere (`Marzo 2025`), as the other slides' charts and subtitles.
        trend.map((t) => formatMonthTitle(t.month, locale)),
        [{ name: text.onTimeRate[locale], values: trend.map((t) => t.onTimeRate) }],
        { kind: 'percent', decimals: 1 },
        locale,
        { dataLabels: true, max: 100, legend: false },
      )
    : null;
  return slideOf('pqrsd', 'cardsRow', slideTitles.pqrsd[locale], monthTitle, { cards, chart });
}
