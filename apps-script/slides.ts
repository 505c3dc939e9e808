/**
 * The Google Slides renderer: draws the same deck plan as renderers/pptx — one slide per plan
 * slide, the same texts, figure cards and tables, in the same places (the geometry and colours of
 * renderers/pptx/theme, scaled to the presentation's page) — into a Google Slides presentation.
 *
 * Charts are native Sheets charts, built in a hidden helper sheet of the spreadsheet and inserted
 * into the slides as images (`EmbeddedChart.getAs('image/png')` + `Slide.insertImage`): that needs
 * no scope beyond the spreadsheet and the presentations, whereas a linked chart
 * (`insertSheetsChart`) needs a scope that reads *every* spreadsheet of the user. The helper sheet
 * is removed when the deck is done.
 */
import { blockFit, cardValueFit, fittingSize, footerFit, rowLines, rowPadding, wrappedLines, layoutCapacity, type DeckChart, type DeckParagraph, type DeckPlan, type DeckSlide, type DeckTable, type FigureCard, type ValueFormat } from '../core/deck';
import { chartBoxOf, chartColors, colors, fonts, footnoteBox, layoutGeometry, sizes, slideSize, stackedColors, tableCellPadding, tableHeaderHeight, tableLine, toneColors, type Box, type CardGeometry } from '../renderers/pptx/theme';
import type { GoogleServices, Presentation, Shape, Slide, SlidesApi, SlidesEnums, Spreadsheet, Sheet, TextRange } from './google';
import { bookkeepingPrefix } from './write';

/** The hidden helper sheet holding each chart's data while the deck is drawn. */
export const chartsSheetName = `${bookkeepingPrefix}graficos`;

/** An image of a chart, or null when it could not be drawn (the slide then shows the figures only). */
export type ChartImages = (chart: DeckChart, widthPx: number, heightPx: number) => GoogleAppsScript.Base.BlobSource | null;

const hex = (rgb: string) => `#${rgb}`;

/** Title and card sizes: the deck's own fitting, as the pptx renderer uses it. */
export { fittingSize } from '../core/deck';

/** The Sheets number format of chart values, so data labels read `1.371` and `98,3 %` in a Colombian spreadsheet. */
export function chartNumberFormat(format: ValueFormat): string {
  const decimals = format.decimals > 0 ? `.${'0'.repeat(format.decimals)}` : '';
  if (format.kind === 'count') return '#,##0';
  if (format.kind === 'percent') return `0${decimals}" %"`;
  return `#,##0${decimals}`;
}

/** Draws slides on a presentation, in the theme's inches scaled to its page. */
class SlideDrawer {
  /** Points per theme inch, and the scale of font sizes (a Slides page is smaller than PowerPoint's wide slide). */
  private readonly unit: number;
  private readonly font: number;
  /** Each table's column widths in points, for the Slides API. */
  readonly columnWidths: { table: string; widths: number[] }[] = [];

  constructor(
    private readonly enums: SlidesEnums,
    presentation: Presentation,
    private readonly plan: DeckPlan,
    private readonly charts: ChartImages,
  ) {
    this.unit = presentation.getPageWidth() / slideSize.w;
    this.font = this.unit / 72;
  }

  draw(slide: Slide, s: DeckSlide, number: number): void {
    if (s.layout === 'cover') return this.cover(slide, s);
    if (s.layout === 'closing') return this.closing(slide, s);
    this.rect(slide, { x: 0, y: 0, w: 0.18, h: slideSize.h }, colors.navy);
    this.rect(slide, { x: 0.6, y: 1.11, w: 12.13, h: 0.02 }, colors.blue);
    this.rect(slide, { x: 0.6, y: 6.945, w: 12.13, h: 0.01 }, colors.rule);

    const geo = layoutGeometry[s.layout];
    const title = { x: 0.6, y: 0.3, w: 8.4, h: 0.75 };
    this.text(slide, s.title, title, { size: fittingSize(s.title, title.w, sizes.title), bold: true, color: colors.navy, valign: 'bottom' });
    if (s.subtitle) {
      const sub = { x: 9.1, y: 0.3, w: 3.63, h: 0.75 };
      this.text(slide, s.subtitle, sub, { size: fittingSize(s.subtitle, sub.w, sizes.subtitle), color: colors.muted, align: 'end', valign: 'bottom' });
    }
    const cap = layoutCapacity[s.layout];
    const detailSize = s.layout === 'cardsDefined' ? sizes.definition : sizes.cardDetail;
    if (geo.cards) s.cards.forEach((c, i) => this.card(slide, c, cardBox(geo.cards!, i), geo.cards!, cap.cardChars, cap.cardLabelLines, detailSize));
    if (geo.chart && s.chart) this.chart(slide, s.chart, chartBoxOf(geo.chart, s.footnotes.length));
    if (geo.table && s.table) this.table(slide, s.table, s.cards.length ? geo.table : (geo.tableAlone ?? geo.table), cap.tableChars);
    if (geo.text && s.paragraphs.length) this.paragraphs(slide, s.paragraphs, geo.text);
    if (geo.list && s.items.length) this.list(slide, s.itemsTitle, s.items, geo.list);
    if (geo.note && s.note) this.text(slide, s.note, geo.note, { size: sizes.note, italic: true, color: colors.muted });
    if (s.footnotes.length) this.text(slide, s.footnotes.join('\n'), footnoteBox, { size: sizes.footnote, color: colors.muted, valign: 'bottom' });
    // The footer and the page number (on the .pptx's master), drawn last as PowerPoint lists them.
    const names = this.plan.names;
    // One line whatever the names' length: a smaller size, else without the group.
    const footerBox = { x: 0.6, y: 7.0, w: 11.0, h: 0.35 };
    const footer = footerFit({ entity: names.entityShort ?? names.entity, group: names.groupShort ?? names.group, title: this.plan.title, period: this.plan.period }, footerBox.w, sizes.footer);
    this.text(slide, footer.text, footerBox, { size: footer.size, color: colors.faint });
    this.text(slide, String(number), { x: 12.23, y: 7.0, w: 0.5, h: 0.35 }, { size: sizes.footer, color: colors.faint, align: 'end' });
  }

  private cover(slide: Slide, s: DeckSlide): void {
    this.rect(slide, { x: 0, y: 0, w: slideSize.w, h: slideSize.h }, colors.navy);
    this.rect(slide, { x: 0, y: 6.9, w: slideSize.w, h: 0.6 }, colors.blue);
    this.rect(slide, { x: 0.9, y: 1.85, w: 1.2, h: 0.08 }, colors.paleBlue);
    this.text(slide, s.title, { x: 0.9, y: 2.1, w: 11.5, h: 1.6 }, { size: sizes.coverTitle, bold: true, color: colors.white });
    if (s.subtitle) this.text(slide, s.subtitle, { x: 0.9, y: 3.85, w: 11.5, h: 0.7 }, { size: sizes.coverSubtitle, color: colors.paleBlue });
    if (s.items.length) {
      // The names in full, wrapped and made smaller as their length needs.
      const box = layoutGeometry.cover.list!;
      const { scale } = blockFit(s.items.map((text) => ({ text, size: sizes.coverLines })), box.w, box.h, sizes.namesMin);
      const shape = this.text(slide, s.items.join('\n'), box, { size: sizes.coverLines * scale, color: colors.white });
      shape.getText().getRange(0, s.items[0].length).getTextStyle().setBold(true);
    }
  }

  /** The report's last slide: the entity and its group, centred on the cover's colours. */
  private closing(slide: Slide, s: DeckSlide): void {
    this.rect(slide, { x: 0, y: 0, w: slideSize.w, h: slideSize.h }, colors.navy);
    this.rect(slide, { x: 0, y: 6.9, w: slideSize.w, h: 0.6 }, colors.blue);
    this.rect(slide, { x: 0.9, y: 1.85, w: 1.2, h: 0.08 }, colors.paleBlue);
    if (!s.items.length) return;
    const box = layoutGeometry.closing.list!;
    const { scale } = blockFit(s.items.map((text, i) => ({ text, size: i === 0 ? sizes.closing : sizes.coverLines })), box.w, box.h, sizes.namesMin);
    const shape = this.text(slide, s.items.join('\n'), box, { size: sizes.coverLines * scale, color: colors.white, align: 'center', valign: 'middle' });
    this.style(shape.getText().getRange(0, s.items[0].length), { size: sizes.closing * scale, bold: true });
  }

  private card(slide: Slide, card: FigureCard, box: Box, g: CardGeometry, labelChars: number, labelLines: number, detailSize: number): void {
    const tone = toneColors[card.tone];
    this.rect(slide, box, tone.fill);
    this.rect(slide, { x: box.x, y: box.y, w: 0.07, h: box.h }, tone.accent);
    const inner = { x: box.x + 0.2, w: box.w - 0.3 };
    const valueH = (g.valueSize * 1.25) / 72;
    let y = box.y + 0.1;
    // Sized so that no word is broken (a long level name shrinks or takes two lines).
    const value = cardValueFit(card.value, inner.w, g.valueSize);
    this.text(slide, value.lines.join('\n'), { ...inner, y, h: valueH }, { size: value.size, bold: true, color: tone.value, valign: 'middle' });
    y += valueH + 0.02;
    const labelH = (labelLines * sizes.cardLabel * 1.2) / 72;
    this.text(slide, card.label, { ...inner, y, h: labelH }, { size: sizes.cardLabel, bold: true, color: card.tone === 'accent' ? tone.label : colors.text });
    if (card.detail.length) {
      // Definitions (large detail) start at one height on every card of the row, so they align.
      const definition = detailSize > sizes.cardDetail;
      const lines = definition ? labelLines : Math.min(labelLines, wrappedLines(card.label, labelChars));
      y += (lines * sizes.cardLabel * 1.2) / 72 + (definition ? 0.15 : 0.05);
      this.text(slide, card.detail.join('\n'), { ...inner, y, h: Math.max(0.25, box.y + box.h - y - 0.05) }, { size: detailSize, color: tone.label });
    }
  }

  private chart(slide: Slide, chart: DeckChart, box: Box): void {
    // 96 px per theme inch: a sharp image at the size the slide shows it.
    const image = this.charts(chart, Math.round(box.w * 96), Math.round(box.h * 96));
    if (image) slide.insertImage(image, box.x * this.unit, box.y * this.unit, box.w * this.unit, box.h * this.unit);
  }

  private table(slide: Slide, table: DeckTable, box: Box, tableChars: number): void {
    const heights = [tableHeaderHeight, ...table.rows.map((_, r) => 2 * tableCellPadding + tableLine * Math.round(rowLines(table, r, tableChars) - rowPadding))];
    const height = heights.reduce((a, b) => a + b, 0);
    const t = slide.insertTable(table.rows.length + 1, table.columns.length, box.x * this.unit, box.y * this.unit, box.w * this.unit, height * this.unit);
    // SlidesApp cannot size columns: the widths go to the Slides API in one request after drawing.
    this.columnWidths.push({ table: t.getObjectId(), widths: table.columns.map((c) => c.width * box.w * this.unit) });
    table.columns.forEach((c, i) => {
      const cell = t.getCell(0, i);
      cell.getFill().setSolidFill(hex(colors.navy));
      this.style(cell.getText().setText(c.header), { size: sizes.tableHeader, bold: true, color: colors.white, align: c.align });
    });
    table.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = t.getCell(r + 1, c);
        cell.getFill().setSolidFill(hex(r % 2 ? colors.rowFill : colors.white));
        if (value.text === '') return;
        this.style(cell.getText().setText(value.text), {
          size: sizes.table,
          bold: value.bold,
          color: value.tone === 'neutral' ? colors.text : toneColors[value.tone].value,
          align: table.columns[c].align,
        });
      }),
    );
  }

  private paragraphs(slide: Slide, paragraphs: DeckParagraph[], box: Box): void {
    const text = paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
    const shape = this.text(slide, text, box, { size: sizes.body, color: colors.text });
    const all = shape.getText();
    let offset = 0;
    for (const p of paragraphs) {
      const length = p.runs.reduce((n, r) => n + r.text.length, 0);
      if (length) {
        const range = all.getRange(offset, offset + length);
        if (p.kind === 'heading') this.style(range, { size: sizes.heading, bold: true, color: colors.navy });
        else if (p.kind === 'note') this.style(range, { size: sizes.note, italic: true, color: colors.muted });
        else range.getListStyle().applyListPreset(this.enums.ListPreset.DISC_CIRCLE_SQUARE);
        let runStart = offset;
        for (const run of p.runs) {
          if (run.bold && run.text) {
            const style = all.getRange(runStart, runStart + run.text.length).getTextStyle().setBold(true);
            if (p.kind === 'body') style.setForegroundColor(hex(colors.navy));
          }
          runStart += run.text.length;
        }
      }
      offset += length + 1;
    }
  }

  private list(slide: Slide, title: string | null, items: string[], box: Box): void {
    const lines = title ? [title, ...items] : items;
    const shape = this.text(slide, lines.join('\n'), box, { size: sizes.list, color: colors.text });
    const all = shape.getText();
    let offset = 0;
    if (title) {
      this.style(all.getRange(0, title.length), { bold: true, color: colors.navy });
      offset = title.length + 1;
    }
    const end = lines.join('\n').length;
    if (items.length && end > offset) all.getRange(offset, end).getListStyle().applyListPreset(this.enums.ListPreset.DISC_CIRCLE_SQUARE);
  }

  private rect(slide: Slide, box: Box, fill: string): Shape {
    const shape = slide.insertShape(this.enums.ShapeType.RECTANGLE, box.x * this.unit, box.y * this.unit, box.w * this.unit, box.h * this.unit);
    shape.getFill().setSolidFill(hex(fill));
    shape.getBorder().setTransparent();
    return shape;
  }

  private text(
    slide: Slide,
    text: string,
    box: Box,
    style: { size: number; bold?: boolean; italic?: boolean; color: string; align?: 'left' | 'right' | 'center' | 'end'; valign?: 'top' | 'middle' | 'bottom' },
  ): Shape {
    const shape = slide.insertTextBox(text, box.x * this.unit, box.y * this.unit, box.w * this.unit, box.h * this.unit);
    const v = style.valign ?? 'top';
    shape.setContentAlignment(v === 'bottom' ? this.enums.ContentAlignment.BOTTOM : v === 'middle' ? this.enums.ContentAlignment.MIDDLE : this.enums.ContentAlignment.TOP);
    if (text) this.style(shape.getText(), style);
    return shape;
  }

  private style(range: TextRange, style: { size?: number; bold?: boolean; italic?: boolean; color?: string; align?: 'left' | 'right' | 'center' | 'end' }): void {
    const t = range.getTextStyle().setFontFamily(fonts.face);
    if (style.size) t.setFontSize(Math.round(style.size * this.font * 10) / 10);
    if (style.bold) t.setBold(true);
    if (style.italic) t.setItalic(true);
    if (style.color) t.setForegroundColor(hex(style.color));
    if (style.align && style.align !== 'left') {
      const p = this.enums.ParagraphAlignment;
      range.getParagraphStyle().setParagraphAlignment(style.align === 'center' ? p.CENTER : p.END);
    }
  }
}

function cardBox(g: CardGeometry, i: number): Box {
  const col = i % g.columns;
  const row = Math.floor(i / g.columns);
  return { x: g.x + col * (g.w + g.gapX), y: g.y + row * (g.h + g.gapY), w: g.w, h: g.h };
}

/**
 * Draws the plan into `presentation`: the new slides are appended, then the slides it had before
 * are removed, so a re-run replaces the month's deck in place (same file, same link).
 */
export function renderDeckToSlides(enums: SlidesEnums, presentation: Presentation, plan: DeckPlan, charts: ChartImages, api: SlidesApi | null = null): void {
  const id = presentation.getId();
  const old = presentation.getSlides();
  const drawer = new SlideDrawer(enums, presentation, plan, charts);
  plan.slides.forEach((s, i) => drawer.draw(presentation.appendSlide(enums.PredefinedLayout.BLANK), s, i + 1));
  for (const slide of old) slide.remove();
  presentation.setName(plan.period ? `${plan.title} · ${plan.period}` : plan.title);
  // SlidesApp's changes are applied here; the Slides API request must come after them.
  presentation.saveAndClose();
  const requests = columnWidthRequests(drawer.columnWidths);
  if (api && requests.length) api.Presentations.batchUpdate({ requests }, id);
}

/** The Slides API requests that give each table's columns their widths (points). */
export function columnWidthRequests(tables: readonly { table: string; widths: number[] }[]): GoogleAppsScript.Slides.Schema.Request[] {
  return tables.flatMap(({ table, widths }) =>
    widths.map((w, i) => ({
      updateTableColumnProperties: { objectId: table, columnIndices: [i], tableColumnProperties: { columnWidth: { magnitude: Math.round(w * 100) / 100, unit: 'PT' } }, fields: 'columnWidth' },
    })),
  );
}

/**
 * Chart images from native Sheets charts in a hidden helper sheet: each chart's data goes in its own
 * block (categories and one column per series, with the value format so labels read `98,3 %`).
 * Call `done()` to remove the helper sheet.
 */
export function sheetsChartImages(services: GoogleServices, spreadsheet: Spreadsheet): { images: ChartImages; done(): void } {
  let sheet: Sheet | null = null;
  let nextRow = 1;
  const images: ChartImages = (chart, widthPx, heightPx) => {
    if (!chart.categories.length || !chart.series.length) return null;
    if (!sheet) {
      sheet = spreadsheet.getSheetByName(chartsSheetName) ?? spreadsheet.insertSheet(chartsSheetName, spreadsheet.getSheets().length);
      sheet.hideSheet();
    }
    const rows = [[' ', ...chart.series.map((s) => s.name)], ...chart.categories.map((c, i) => [c, ...chart.series.map((s) => s.values[i] ?? '')])];
    const cols = rows[0].length;
    const block = sheet.getRange(nextRow, 1, rows.length, cols);
    block.setNumberFormats(rows.map((row) => row.map((_, c) => (c === 0 ? '@' : chartNumberFormat(chart.format)))));
    block.setValues(rows);
    const type = { column: services.Charts.ChartType.COLUMN, columnStacked: services.Charts.ChartType.COLUMN, bar: services.Charts.ChartType.BAR, barStacked: services.Charts.ChartType.BAR, pie: services.Charts.ChartType.PIE }[chart.kind];
    const stacked = chart.kind === 'columnStacked' || chart.kind === 'barStacked';
    const palette = (stacked ? stackedColors : chart.series.length > 1 || chart.kind === 'pie' ? chartColors : [chartColors[0]]).map(hex);
    const series: Record<number, Record<string, unknown>> = {};
    chart.series.forEach((_, i) => (series[i] = chart.dataLabels && chart.kind !== 'pie' ? { dataLabel: 'value' } : {}));
    let builder = sheet
      .newChart()
      .setChartType(type)
      .setNumHeaders(1)
      .addRange(sheet.getRange(nextRow, 1, rows.length, cols))
      .setPosition(nextRow, cols + 2, 0, 0)
      .setOption('title', chart.title)
      .setOption('width', widthPx)
      .setOption('height', heightPx)
      .setOption('colors', palette)
      .setOption('fontName', fonts.face)
      .setOption('legend', { position: chart.legend ? 'bottom' : 'none' })
      .setOption('series', series);
    if (stacked) builder = builder.setOption('isStacked', true);
    if (chart.kind === 'pie') builder = builder.setOption('pieSliceText', 'percentage');
    if (chart.max !== null) builder = builder.setOption(chart.kind.startsWith('bar') ? 'hAxis' : 'vAxis', { viewWindow: { min: 0, max: chart.max } });
    const built = builder.build();
    sheet.insertChart(built);
    nextRow += rows.length + 1;
    // A chart just inserted is drawn only after the pending changes are applied.
    services.SpreadsheetApp.flush();
    const inserted = sheet.getCharts();
    return inserted[inserted.length - 1].getAs('image/png');
  };
  return {
    images,
    done() {
      if (sheet) spreadsheet.deleteSheet(sheet);
      sheet = null;
    },
  };
}

/** Calls the renderer makes for a plan, for the time budget (an estimate; charts counted apart). */
export function deckCalls(plan: DeckPlan): { calls: number; charts: number } {
  let calls = 4;
  let charts = 0;
  for (const s of plan.slides) {
    calls += 30 + s.cards.length * 20 + s.paragraphs.length * 6 + s.items.length * 2;
    if (s.table) calls += 4 * s.table.columns.length * (s.table.rows.length + 1);
    if (s.chart) charts++;
  }
  return { calls, charts };
}
