/**
 * The deck's look, defined once: colours, fonts, the slide grid (inches on a 13,33 × 7,5 wide
 * slide) and the regions of each layout. Font sizes match core/deck's layout capacities, which
 * assume a wide font (DejaVu Sans, LibreOffice's fallback) so text fits with any font.
 */
import type { LayoutId, Tone } from '../../core/deck';

export const slideSize = { w: 13.333, h: 7.5 };

export const fonts = { face: 'Calibri' };

export const colors = {
  navy: '1F3864',
  blue: '2E75B6',
  lightBlue: 'DEEBF7',
  paleBlue: '9DC3E6',
  text: '262626',
  muted: '595959',
  faint: '8C8C8C',
  rule: 'D9D9D9',
  cardFill: 'F2F5FA',
  rowFill: 'F7F9FC',
  white: 'FFFFFF',
};

/** Series colours, in order: sober blues first, then two warm and green accents. */
export const chartColors = ['2E75B6', '1F3864', '9DC3E6', 'F4B183', 'A9D18E', '7F7F7F'];

/** Light series colours for stacked segments (twelve, one per month), dark labels read on all of them. */
export const stackedColors = ['9DC3E6', 'F4B183', 'A9D18E', 'FFD966', 'C9B3E0', '8FD3D0', 'F8CBAD', 'BDD7EE', 'C5E0B4', 'FFE699', 'D9D2E9', 'B4E3E1'];

/** A tone's accent (bar, figure) and fill (card background). */
export const toneColors: Record<Tone, { accent: string; fill: string; value: string; label: string }> = {
  neutral: { accent: colors.blue, fill: colors.cardFill, value: colors.navy, label: colors.muted },
  accent: { accent: colors.paleBlue, fill: colors.navy, value: colors.white, label: 'D6E4F5' },
  error: { accent: 'C00000', fill: 'FBEAEA', value: 'C00000', label: colors.muted },
  warning: { accent: 'BF8F00', fill: 'FFF6DD', value: '8A6500', label: colors.muted },
  info: { accent: colors.blue, fill: colors.cardFill, value: colors.blue, label: colors.muted },
  good: { accent: '2E7D32', fill: 'EAF4EA', value: '2E7D32', label: colors.muted },
};

/** Margins of the content area; footnotes take the band below it, above the footer rule. */
export const content = { x: 0.6, y: 1.35, w: 12.13, bottom: 6.5 };

/** Footnotes (published figures that differ): two lines of 9 pt above the footer rule. */
export const footnoteBox = { x: 0.6, y: 6.55, w: 12.13, h: 0.36 };

/** A chart's box on a slide with footnotes: it ends above their band (the wide chart reaches 6.8 in). */
export function chartBoxOf(box: { x: number; y: number; w: number; h: number }, footnotes: number): { x: number; y: number; w: number; h: number } {
  return footnotes ? { ...box, h: Math.min(box.h, footnoteBox.y - 0.05 - box.y) } : box;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface CardGeometry {
  /** Top-left of the first card, card size, gaps and columns of the grid. */
  x: number;
  y: number;
  w: number;
  h: number;
  gapX: number;
  gapY: number;
  columns: number;
  valueSize: number;
}

export interface LayoutGeometry {
  cards: CardGeometry | null;
  chart: Box | null;
  table: Box | null;
  /** Where the table goes on a continuation slide without cards. */
  tableAlone?: Box;
  text: Box | null;
  list: Box | null;
  note: Box | null;
}

const cardW4 = (content.w - 3 * 0.25) / 4;

export const layoutGeometry: Record<LayoutId, LayoutGeometry> = {
  cover: { cards: null, chart: null, table: null, text: null, list: { x: 0.9, y: 4.75, w: 11.5, h: 2.0 }, note: null },
  cardsRow: {
    cards: { x: content.x, y: content.y, w: cardW4, h: 1.95, gapX: 0.25, gapY: 0.2, columns: 4, valueSize: 32 },
    chart: { x: content.x, y: 3.5, w: content.w, h: 3.3 },
    table: null,
    text: null,
    list: null,
    note: null,
  },
  cardsGrid: {
    cards: { x: content.x, y: content.y, w: 2.65, h: 1.55, gapX: 0.2, gapY: 0.18, columns: 2, valueSize: 28 },
    chart: { x: 6.3, y: content.y, w: 6.43, h: 4.6 },
    table: null,
    text: null,
    list: null,
    note: { x: 6.3, y: 6.0, w: 6.43, h: 0.45 },
  },
  cardsTable: {
    cards: { x: content.x, y: content.y, w: cardW4, h: 1.35, gapX: 0.25, gapY: 0.2, columns: 4, valueSize: 28 },
    chart: null,
    table: { x: content.x, y: 2.9, w: content.w, h: 3.1 },
    tableAlone: { x: content.x, y: content.y, w: content.w, h: 4.6 },
    text: null,
    list: null,
    note: { x: content.x, y: 6.02, w: content.w, h: 0.48 },
  },
  text: { cards: null, chart: null, table: null, text: { x: content.x, y: content.y, w: content.w, h: 5.15 }, list: null, note: null },
  chartList: {
    cards: { x: 7.9, y: content.y, w: 2.3, h: 1.5, gapX: 0.23, gapY: 0.2, columns: 2, valueSize: 26 },
    chart: { x: content.x, y: content.y, w: 7.0, h: 4.75 },
    table: null,
    text: null,
    list: { x: 7.9, y: 3.05, w: 4.83, h: 3.4 },
    note: { x: content.x, y: 6.12, w: 7.0, h: 0.38 },
  },
  cardsDefined: {
    cards: { x: content.x, y: content.y + 0.3, w: (content.w - 2 * 0.35) / 3, h: 3.6, gapX: 0.35, gapY: 0, columns: 3, valueSize: 40 },
    chart: null,
    table: null,
    text: null,
    list: null,
    note: null,
  },
  closing: { cards: null, chart: null, table: null, text: null, list: { x: 0.9, y: 2.2, w: 11.5, h: 3.6 }, note: null },
};

/** Font sizes in points. */
export const sizes = {
  title: 28,
  subtitle: 16,
  coverTitle: 40,
  coverSubtitle: 28,
  coverLines: 18,
  cardLabel: 12,
  cardDetail: 11,
  chartTitle: 14,
  chartLabels: 12,
  table: 11,
  tableHeader: 11,
  body: 15,
  heading: 17,
  list: 12,
  note: 11,
  footer: 10,
  footnote: 9,
  closing: 32,
  /** The smallest the cover's and closing slide's names shrink to (blockFit), so a long name shows in full. */
  namesMin: 12,
  definition: 14,
};

/** Table geometry matching core/deck's row estimate: a line of 11 pt text and the cell margins. */
export const tableLine = 0.183;
export const tableCellPadding = 0.05;
export const tableHeaderHeight = 0.35;
