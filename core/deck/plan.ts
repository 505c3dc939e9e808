/**
 * The deck plan: the report slides as pure data (deck.md). Renderers (PowerPoint, Google Slides)
 * only place what is here; every number is already formatted, every text already fits its box
 * by the capacities below.
 */
import type { Locale } from '../i18n';
import type { EntityNames } from '../config';

/**
 * Where things go on a slide. Each layout has fixed regions; the renderer owns the geometry and
 * `layoutCapacity` says how much content the regions hold.
 * - `cover`: title, subtitle (the month), lines (entity, group).
 * - `cardsRow`: a row of figure cards on top, a wide chart below.
 * - `cardsGrid`: a grid of cards on the left, a chart on the right.
 * - `cardsTable`: a row of cards on top, a table below, a note at the bottom.
 * - `text`: paragraphs over the whole slide.
 * - `chartList`: a chart on the left; cards and a list of items on the right.
 * - `cardsDefined`: a row of up to three figure cards, each with a definition below (the report's
 *   *Percepción, Satisfacción y Confianza*).
 * - `closing`: the entity's name and group, centred (the report's last slide).
 */
export type LayoutId = 'cover' | 'cardsRow' | 'cardsGrid' | 'cardsTable' | 'text' | 'chartList' | 'cardsDefined' | 'closing';

/** The slides of deck.md, in order: the February 2025 report's, then the tool's own; `pqrsd` (pqrsd.md) is placed by the deck action, before data quality. */
export type SlideKey =
  | 'cover'
  | 'glossary'
  | 'channels'
  | 'yearToDate'
  | 'inPerson'
  | 'inPersonPoints'
  | 'phone'
  | 'virtual'
  | 'satisfaction'
  | 'surveyDefinitions'
  | 'serviceAnalysis'
  | 'satisfactionAnalysis'
  | 'perceptionAnalysis'
  | 'trustAnalysis'
  | 'valueDelivered'
  | 'dataQuality'
  | 'selfDiagnosis'
  | 'spaces'
  | 'closing'
  | 'pqrsd';

export const slideKeys: readonly SlideKey[] = [
  'cover', 'glossary', 'channels', 'yearToDate', 'inPerson', 'inPersonPoints', 'phone', 'virtual', 'satisfaction', 'surveyDefinitions',
  'serviceAnalysis', 'satisfactionAnalysis', 'perceptionAnalysis', 'trustAnalysis', 'valueDelivered', 'dataQuality', 'selfDiagnosis', 'spaces', 'closing',
];

/** Colour intent of a card or cell; the renderer's theme maps it to colours. */
export type Tone = 'neutral' | 'accent' | 'error' | 'warning' | 'info' | 'good';

/** A big figure with its label (`1.371` / `Canal presencial`) and optional short detail lines. */
export interface FigureCard {
  value: string;
  label: string;
  detail: string[];
  tone: Tone;
}

/** How chart values (kept as numbers, so the chart stays editable) are shown in data labels. */
export interface ValueFormat {
  /** `count` 1.371; `percent` points shown as `98,3 %`; `number` a plain score (`47,5`). */
  kind: 'count' | 'percent' | 'number';
  decimals: number;
}

/** `bar` and `barStacked` are horizontal. */
export type DeckChartKind = 'column' | 'bar' | 'columnStacked' | 'barStacked' | 'pie';

/**
 * A native chart: categories, one or more series of values (null = no value), data labels per
 * `format`. `labels` holds each point's label as shown (`42,39 %`), so renderers can show the
 * Colombian figure whatever the viewer's locale while the values stay editable numbers.
 */
export interface DeckChart {
  kind: DeckChartKind;
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  format: ValueFormat;
  /** Data labels on every point; off only where they would crowd (then the value axis shows). */
  dataLabels: boolean;
  /** Fixed maximum of the value axis (100 for scores). */
  max: number | null;
  legend: boolean;
  /** Per series, per point: the data label's text (null where the value is null). */
  labels: (string | null)[][];
}

export interface DeckTableColumn {
  header: string;
  /** Share of the table width (the columns' widths add up to 1). */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface DeckTableCell {
  text: string;
  tone: Tone;
  bold: boolean;
}

export interface DeckTable {
  columns: DeckTableColumn[];
  rows: DeckTableCell[][];
}

/** A run of text within a paragraph; `bold` marks the headline figure, as in the report. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/** A paragraph: a section heading, a body sentence (bulleted) or a note. */
export interface DeckParagraph {
  kind: 'heading' | 'body' | 'note';
  runs: TextRun[];
}

export interface DeckSlide {
  key: SlideKey;
  layout: LayoutId;
  title: string;
  /** Shown under or beside the title (the month, a period). */
  subtitle: string | null;
  /** 1-based part and number of parts, when content continues on following slides. */
  part: number;
  parts: number;
  cards: FigureCard[];
  chart: DeckChart | null;
  table: DeckTable | null;
  paragraphs: DeckParagraph[];
  /** Plain lines: the cover's entity and group, a list of priorities. */
  items: string[];
  /** The heading of the list of items, repeated on continuation slides. */
  itemsTitle: string | null;
  /** A short note at the bottom (a definition, a caveat). */
  note: string | null;
  /** Footnotes at the foot of the slide: where a figure differs from the published one (`Reportado`). */
  footnotes: string[];
}

export interface DeckPlan {
  locale: Locale;
  /** `YYYY-MM`, or null when there is no service data at all. */
  month: string | null;
  /** The report's title and its month in words, for the file's properties and footers. */
  title: string;
  period: string | null;
  /** The entity and group as shown (footer, file properties): acronym or name; `entity` is never empty. */
  entity: string;
  group: string;
  names: EntityNames;
  slides: DeckSlide[];
}

/** How much content each layout holds. Text estimates use a wide font (DejaVu Sans) so they hold for narrower ones. */
export interface LayoutCapacity {
  cards: number;
  /** Lines of paragraph text, and characters per line. */
  textLines: number;
  textChars: number;
  /**
   * Lines of table body (a row costs its wrapped lines plus `rowPadding`) below the cards, and on
   * a continuation slide without cards, where the table moves up; characters across the table.
   */
  tableLines: number;
  tableLinesAlone: number;
  tableChars: number;
  /** Lines of the item list, and characters per line. */
  listLines: number;
  listChars: number;
  /** Lines of a card's label and of its (smaller) details; characters per line of each. */
  cardLabelLines: number;
  cardDetailLines: number;
  cardChars: number;
  cardDetailChars: number;
}

/** Extra line-units each table row costs for its cell margins. */
export const rowPadding = 0.6;
/** Extra lines a paragraph or list item costs for the space after it. */
export const paragraphGap = 0.4;

const none: LayoutCapacity = {
  cards: 0, textLines: 0, textChars: 0, tableLines: 0, tableLinesAlone: 0, tableChars: 0,
  listLines: 0, listChars: 0, cardLabelLines: 0, cardDetailLines: 0, cardChars: 0, cardDetailChars: 0,
};

export const layoutCapacity: Record<LayoutId, LayoutCapacity> = {
  cover: { ...none, listLines: 3, listChars: 60 },
  cardsRow: { ...none, cards: 4, cardLabelLines: 2, cardDetailLines: 3, cardChars: 26, cardDetailChars: 28 },
  cardsGrid: { ...none, cards: 6, cardLabelLines: 2, cardDetailLines: 2, cardChars: 24, cardDetailChars: 26 },
  cardsTable: {
    ...none, cards: 4, cardLabelLines: 2, cardDetailLines: 1, cardChars: 26, cardDetailChars: 28,
    tableLines: 14, tableLinesAlone: 22, tableChars: 132, textLines: 2, textChars: 135,
  },
  text: { ...none, textLines: 20, textChars: 98 },
  chartList: { ...none, cards: 2, cardLabelLines: 2, cardDetailLines: 1, cardChars: 20, cardDetailChars: 22, listLines: 14, listChars: 46 },
  cardsDefined: { ...none, cards: 3, cardLabelLines: 2, cardDetailLines: 8, cardChars: 28, cardDetailChars: 30 },
  closing: { ...none, listLines: 3, listChars: 60 },
};

/** Footnotes a slide holds (lines of `footnoteChars` characters), in a band above the footer. */
export const footnoteLines = 2;
export const footnoteChars = 190;
