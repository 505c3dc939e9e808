/**
 * The PowerPoint renderer: draws a deck plan with pptxgenjs, the only module of the project that
 * knows pptxgenjs. Runs in Node (command line) and in a browser bundle (Excel task pane): no fs.
 */
import PptxGenJS from 'pptxgenjs';
import { blockFit, cardValueFit, fittingSize, footerFit, rowLines, rowPadding, wrappedLines, layoutCapacity, type DeckChart, type DeckParagraph, type DeckPlan, type DeckSlide, type DeckTable, type FigureCard, type ValueFormat } from '../../core/deck';
import { colombianFormatCode } from '../../core/output';
import type { Locale } from '../../core/i18n';
import { repairAndCompress, type ChartLabels } from './package';
import { chartBoxOf, chartColors, stackedColors, colors, fonts, footnoteBox, layoutGeometry, sizes, slideSize, tableCellPadding, tableHeaderHeight, tableLine, toneColors, type Box, type CardGeometry } from './theme';

const masters = { cover: 'CC_PORTADA', content: 'CC_CONTENIDO' };
/** The content slides' footer line (left of the page number). */
const footerBox = { x: 0.6, y: 7.0, w: 11.0, h: 0.35 };

/** Font size to half a point. */
const half = (pt: number) => Math.round(pt * 2) / 2;

/** Renders the plan as a compressed .pptx file. */
export async function renderDeck(plan: DeckPlan): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = plan.period ? `${plan.title} · ${plan.period}` : plan.title;
  pptx.subject = plan.title;
  pptx.author = plan.group;
  pptx.company = plan.entity;
  pptx.theme = { headFontFace: fonts.face, bodyFontFace: fonts.face };
  defineMasters(pptx, plan);
  const lang = plan.locale === 'es' ? 'es-CO' : 'en-US';
  // The charts in the order they are added (pptxgenjs numbers chart parts in that order).
  const charts: ChartLabels[] = [];
  for (const s of plan.slides) drawSlide(pptx, s, lang, charts, plan.locale);
  // pptxgenjs ignores `compression` when an output type is given (and `write({ compression })`
  // without one fails in 4.0.1), so the stored package is repaired and compressed here, the same
  // way in Node and in browsers.
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return repairAndCompress(stored, charts, lang);
}

function defineMasters(pptx: PptxGenJS, plan: DeckPlan): void {
  pptx.defineSlideMaster({
    title: masters.cover,
    background: { color: colors.navy },
    objects: [
      { rect: { x: 0, y: 6.9, w: slideSize.w, h: 0.6, fill: { color: colors.blue } } },
      { rect: { x: 0.9, y: 1.85, w: 1.2, h: 0.08, fill: { color: colors.paleBlue } } },
    ],
  });
  // One line whatever the names' length: a smaller size, else without the group.
  const footer = footerFit({ entity: plan.names.entityShort ?? plan.names.entity, group: plan.names.groupShort ?? plan.names.group, title: plan.title, period: plan.period }, footerBox.w, sizes.footer);
  pptx.defineSlideMaster({
    title: masters.content,
    background: { color: colors.white },
    objects: [
      { rect: { x: 0, y: 0, w: 0.18, h: slideSize.h, fill: { color: colors.navy } } },
      { line: { x: 0.6, y: 1.12, w: 12.13, h: 0, line: { color: colors.blue, width: 1.5 } } },
      { line: { x: 0.6, y: 6.95, w: 12.13, h: 0, line: { color: colors.rule, width: 0.75 } } },
      { text: { text: footer.text, options: { ...footerBox, fontFace: fonts.face, fontSize: footer.size, color: colors.faint, margin: 0 } } },
    ],
    slideNumber: { x: 12.23, y: 7.0, w: 0.5, h: 0.35, fontFace: fonts.face, fontSize: sizes.footer, color: colors.faint, align: 'right' },
  });
}

function drawSlide(pptx: PptxGenJS, s: DeckSlide, lang: string, charts: ChartLabels[], locale: Locale): void {
  if (s.layout === 'cover') return drawCover(pptx, s, lang);
  if (s.layout === 'closing') return drawClosing(pptx, s, lang);
  const slide = pptx.addSlide({ masterName: masters.content });
  const geo = layoutGeometry[s.layout];
  // Title and subtitle stay on one line: a long one gets a smaller size rather than a second line.
  const title = { x: 0.6, y: 0.3, w: 8.4, h: 0.75 };
  slide.addText(s.title, { ...title, fontFace: fonts.face, fontSize: fittingSize(s.title, title.w, sizes.title), bold: true, color: colors.navy, valign: 'bottom', margin: 0, fit: 'none', lang });
  if (s.subtitle) {
    const sub = { x: 9.1, y: 0.3, w: 3.63, h: 0.75 };
    slide.addText(s.subtitle, { ...sub, fontFace: fonts.face, fontSize: fittingSize(s.subtitle, sub.w, sizes.subtitle), color: colors.muted, align: 'right', valign: 'bottom', margin: 0, fit: 'none', lang });
  }
  const cap = layoutCapacity[s.layout];
  const detailSize = s.layout === 'cardsDefined' ? sizes.definition : sizes.cardDetail;
  if (geo.cards) s.cards.forEach((c, i) => drawCard(slide, c, cardBox(geo.cards!, i), geo.cards!, cap.cardChars, cap.cardLabelLines, lang, detailSize));
  if (geo.chart && s.chart) {
    drawChart(pptx, slide, s.chart, chartBoxOf(geo.chart, s.footnotes.length), lang, locale);
    charts.push({ values: s.chart.series.map((x) => x.values), labels: s.chart.format.decimals > 0 ? s.chart.labels : null });
  }
  if (geo.table && s.table) drawTable(slide, s.table, s.cards.length ? geo.table : (geo.tableAlone ?? geo.table), cap.tableChars);
  if (geo.text && s.paragraphs.length) drawParagraphs(slide, s.paragraphs, geo.text, lang);
  if (geo.list && s.items.length) drawList(slide, s.itemsTitle, s.items, geo.list, lang);
  if (geo.note && s.note) {
    slide.addText(s.note, { ...geo.note, fontFace: fonts.face, fontSize: sizes.note, italic: true, color: colors.muted, valign: 'top', margin: 0, fit: 'none', lang });
  }
  if (s.footnotes.length) {
    slide.addText(s.footnotes.join('\n'), { ...footnoteBox, fontFace: fonts.face, fontSize: sizes.footnote, color: colors.muted, valign: 'bottom', margin: 0, fit: 'none', lang });
  }
}

/** The report's last slide: the entity and its group, centred on the cover's colours. */
function drawClosing(pptx: PptxGenJS, s: DeckSlide, lang: string): void {
  const slide = pptx.addSlide({ masterName: masters.cover });
  const box = layoutGeometry.closing.list!;
  // The names in full, wrapped and made smaller together as their length needs.
  const { scale } = blockFit(s.items.map((text, i) => ({ text, size: i === 0 ? sizes.closing : sizes.coverLines })), box.w, box.h, sizes.namesMin);
  slide.addText(
    s.items.map((line, i) => ({ text: line, options: { breakLine: i < s.items.length - 1, bold: i === 0, fontSize: half((i === 0 ? sizes.closing : sizes.coverLines) * scale) } })),
    { ...box, fontFace: fonts.face, color: colors.white, align: 'center', valign: 'middle', margin: 0, fit: 'none', lang, paraSpaceAfter: 6 },
  );
}

function drawCover(pptx: PptxGenJS, s: DeckSlide, lang: string): void {
  const slide = pptx.addSlide({ masterName: masters.cover });
  slide.addText(s.title, { x: 0.9, y: 2.1, w: 11.5, h: 1.6, fontFace: fonts.face, fontSize: sizes.coverTitle, bold: true, color: colors.white, valign: 'top', margin: 0, fit: 'none', lang });
  if (s.subtitle) {
    slide.addText(s.subtitle, { x: 0.9, y: 3.85, w: 11.5, h: 0.7, fontFace: fonts.face, fontSize: sizes.coverSubtitle, color: colors.paleBlue, valign: 'top', margin: 0, fit: 'none', lang });
  }
  const box = layoutGeometry.cover.list!;
  if (s.items.length) {
    const { scale } = blockFit(s.items.map((text) => ({ text, size: sizes.coverLines })), box.w, box.h, sizes.namesMin);
    slide.addText(
      s.items.map((line, i) => ({ text: line, options: { breakLine: i < s.items.length - 1, bold: i === 0 } })),
      { ...box, fontFace: fonts.face, fontSize: half(sizes.coverLines * scale), color: colors.white, valign: 'top', margin: 0, fit: 'none', lang },
    );
  }
}

function cardBox(g: CardGeometry, i: number): Box {
  const col = i % g.columns;
  const row = Math.floor(i / g.columns);
  return { x: g.x + col * (g.w + g.gapX), y: g.y + row * (g.h + g.gapY), w: g.w, h: g.h };
}

function drawCard(slide: PptxGenJS.Slide, card: FigureCard, box: Box, g: CardGeometry, labelChars: number, labelLines: number, lang: string, detailSize: number): void {
  const tone = toneColors[card.tone];
  slide.addShape('rect', { ...box, fill: { color: tone.fill }, line: { color: tone.fill, width: 0 } });
  slide.addShape('rect', { x: box.x, y: box.y, w: 0.07, h: box.h, fill: { color: tone.accent }, line: { color: tone.accent, width: 0 } });
  const inner = { x: box.x + 0.2, w: box.w - 0.3 };
  // Sized so that no word is broken (a long level name shrinks or takes two lines).
  const value = cardValueFit(card.value, inner.w, g.valueSize);
  const valueH = (g.valueSize * 1.25) / 72;
  let y = box.y + 0.1;
  slide.addText(value.lines.join('\n'), { ...inner, y, h: valueH, fontFace: fonts.face, fontSize: value.size, bold: true, color: tone.value, valign: 'middle', margin: 0, fit: 'none', lang, lineSpacingMultiple: value.lines.length > 1 ? 0.95 : undefined });
  y += valueH + 0.02;
  const labelH = (labelLines * sizes.cardLabel * 1.2) / 72;
  slide.addText(card.label, { ...inner, y, h: labelH, fontFace: fonts.face, fontSize: sizes.cardLabel, bold: true, color: card.tone === 'accent' ? tone.label : colors.text, valign: 'top', margin: 0, fit: 'none', lang });
  if (card.detail.length) {
    // Definitions (large detail) start at one height on every card of the row, so they align.
    const lines = detailSize > sizes.cardDetail ? labelLines : Math.min(labelLines, wrappedLines(card.label, labelChars));
    y += (lines * sizes.cardLabel * 1.2) / 72 + (detailSize > sizes.cardDetail ? 0.15 : 0.05);
    slide.addText(card.detail.join('\n'), {
      ...inner,
      y,
      h: Math.max(0.25, box.y + box.h - y - 0.05),
      fontFace: fonts.face,
      fontSize: detailSize,
      color: tone.label,
      valign: 'top',
      margin: 0,
      fit: 'none',
      lang,
    });
  }
}

/**
 * The number format code of data labels, in the deck's locale like its cards. Spanish: Colombian in
 * every viewer where a format can be (whole numbers `6.217`, core/output's colombianFormatCode);
 * with decimals, tagged es-CO, and each label's text is also written into the chart (package.ts),
 * so `42,39 %` shows whatever the viewer's locale. English: tagged en-US (`2,745`, `42.39 %`), as
 * the output sheets' charts in English mode.
 */
export function formatCode(format: ValueFormat, locale: Locale = 'es'): string {
  const decimals = format.kind === 'count' ? 0 : format.decimals;
  const suffix = format.kind === 'percent' ? ' %' : '';
  if (locale === 'en') return englishFormatCode(decimals, suffix);
  return colombianFormatCode(decimals, suffix);
}

/** The value axis shows whole steps: the same format without decimals. */
export function axisFormatCode(format: ValueFormat, locale: Locale = 'es'): string {
  const suffix = format.kind === 'percent' ? ' %' : '';
  return locale === 'en' ? englishFormatCode(0, suffix) : colombianFormatCode(0, suffix);
}

/** `[$-409]#,##0.00" %"`: US separators whatever the viewer's locale. */
function englishFormatCode(decimals: number, suffix: string): string {
  return `[$-409]#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${suffix ? `"${suffix}"` : ''}`;
}

function drawChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, chart: DeckChart, box: Box, lang: string, locale: Locale): void {
  const data = chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values as number[] }));
  const code = formatCode(chart.format, locale);
  const common: PptxGenJS.IChartOpts = {
    ...box,
    lang,
    chartColors: chart.series.length > 1 || chart.kind === 'pie' ? chartColors : [chartColors[0]],
    showTitle: true,
    title: chart.title,
    titleFontFace: fonts.face,
    titleFontSize: sizes.chartTitle,
    titleColor: colors.navy,
    showLegend: chart.legend,
    legendPos: 'b',
    legendFontFace: fonts.face,
    legendFontSize: sizes.chartLabels,
    showValue: chart.kind !== 'pie',
    dataLabelFormatCode: code,
    dataLabelFontFace: fonts.face,
    dataLabelFontSize: sizes.chartLabels,
    dataLabelColor: colors.text,
  };
  if (chart.kind === 'pie') {
    slide.addChart(pptx.ChartType.pie, data, { ...common, showPercent: true, dataLabelFormatCode: '0%', dataLabelColor: colors.white, dataLabelPosition: 'ctr' });
    return;
  }
  const stacked = chart.kind === 'columnStacked' || chart.kind === 'barStacked';
  const horizontal = chart.kind === 'bar' || chart.kind === 'barStacked';
  slide.addChart(pptx.ChartType.bar, data, {
    ...common,
    // Stacked segments take light colours so dark labels read inside them and beside thin ones.
    chartColors: stacked ? stackedColors : common.chartColors,
    showValue: chart.dataLabels,
    barDir: horizontal ? 'bar' : 'col',
    barGrouping: stacked ? 'stacked' : 'clustered',
    barGapWidthPct: 60,
    dataLabelPosition: stacked ? 'ctr' : 'outEnd',
    dataLabelColor: colors.text,
    dataLabelFontBold: true,
    // Horizontal bars list the first category on top, as read (single-series charts only, so no legend is reversed).
    catAxisOrientation: (horizontal ? 'maxMin' : 'minMax') as 'minMax',
    catAxisLabelFontFace: fonts.face,
    catAxisLabelFontSize: sizes.chartLabels,
    catAxisLabelColor: colors.text,
    catAxisLineShow: true,
    catAxisLineColor: colors.rule,
    valAxisHidden: chart.dataLabels,
    valAxisLabelFormatCode: axisFormatCode(chart.format, locale),
    valAxisLabelFontSize: sizes.chartLabels,
    valAxisLabelColor: colors.muted,
    valGridLine: chart.dataLabels ? { style: 'none' } : { color: colors.rule, size: 0.5 },
    valAxisMinVal: 0,
    ...(chart.max !== null ? { valAxisMaxVal: chart.max } : {}),
  } as PptxGenJS.IChartOpts);
}

function drawTable(slide: PptxGenJS.Slide, table: DeckTable, box: Box, tableChars: number): void {
  const header: PptxGenJS.TableRow = table.columns.map((c) => ({
    text: c.header,
    options: { bold: true, color: colors.white, fill: { color: colors.navy }, align: c.align, fontSize: sizes.tableHeader },
  }));
  const body: PptxGenJS.TableRow[] = table.rows.map((row, r) =>
    row.map((cell, c) => ({
      text: cell.text,
      options: {
        bold: cell.bold,
        color: cell.tone === 'neutral' ? colors.text : toneColors[cell.tone].value,
        fill: { color: r % 2 ? colors.rowFill : colors.white },
        align: table.columns[c].align,
      },
    })),
  );
  const rowH = [tableHeaderHeight, ...table.rows.map((_, r) => 2 * tableCellPadding + tableLine * Math.round(rowLines(table, r, tableChars) - rowPadding))];
  slide.addTable([header, ...body], {
    x: box.x,
    y: box.y,
    w: box.w,
    colW: table.columns.map((c) => c.width * box.w),
    rowH,
    fontFace: fonts.face,
    fontSize: sizes.table,
    color: colors.text,
    valign: 'middle',
    margin: [tableCellPadding * 72, 0.08 * 72, tableCellPadding * 72, 0.08 * 72],
    border: { type: 'solid', pt: 0.5, color: colors.rule },
    autoPage: false,
  });
}

function drawParagraphs(slide: PptxGenJS.Slide, paragraphs: DeckParagraph[], box: Box, lang: string): void {
  const runs: PptxGenJS.TextProps[] = [];
  paragraphs.forEach((p, pi) => {
    const last = pi === paragraphs.length - 1;
    const font: PptxGenJS.TextPropsOptions =
      p.kind === 'heading'
        ? { fontSize: sizes.heading, color: colors.navy, bold: true }
        : p.kind === 'note'
          ? { fontSize: sizes.note, color: colors.muted, italic: true }
          : { fontSize: sizes.body, color: colors.text };
    // Paragraph options go on the first run only: pptxgenjs starts a new paragraph at every bulleted run.
    const paragraph: PptxGenJS.TextPropsOptions =
      p.kind === 'heading'
        ? { paraSpaceBefore: pi === 0 ? 0 : 8, paraSpaceAfter: 4 }
        : p.kind === 'body'
          ? { bullet: { indent: 18 }, paraSpaceAfter: 6 }
          : { paraSpaceAfter: 6 };
    p.runs.forEach((r, ri) => {
      const end = ri === p.runs.length - 1;
      runs.push({
        text: r.text,
        options: {
          ...font,
          ...(ri === 0 ? paragraph : {}),
          bold: font.bold || r.bold,
          color: r.bold && p.kind === 'body' ? colors.navy : font.color,
          breakLine: end && !last,
        },
      });
    });
  });
  slide.addText(runs, { ...box, fontFace: fonts.face, valign: 'top', margin: 0, fit: 'none', lang });
}

function drawList(slide: PptxGenJS.Slide, title: string | null, items: string[], box: Box, lang: string): void {
  const runs: PptxGenJS.TextProps[] = [];
  if (title) runs.push({ text: title, options: { bold: true, color: colors.navy, paraSpaceAfter: 4, breakLine: true } });
  items.forEach((item, i) =>
    runs.push({ text: item, options: { color: colors.text, bullet: { indent: 14 }, paraSpaceAfter: 4, breakLine: i < items.length - 1 } }),
  );
  slide.addText(runs, { ...box, fontFace: fonts.face, fontSize: sizes.list, valign: 'top', margin: 0, fit: 'none', lang });
}
