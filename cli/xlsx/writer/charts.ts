/**
 * Native charts of output sheets: one DrawingML chart part per chart (bar/column/stacked, pie,
 * line) with cached values, so Excel and LibreOffice draw them before recalculating, and the
 * sheet's drawing part anchoring them. Number formats carry the `[$-240A]` (es-CO) tag, so data
 * labels and axes show `6.217` and `42,39 %` whatever the viewer's locale.
 */
import { chartFormatCode, type ChartSpec, type OutputCell } from '../../../core/output';
import { parseA1 } from '../../../core/workbook';
import { writtenValue } from './cells';
import { xmlEscape } from './xml';

/** A chart with the cached values of its ranges, taken from the rows written to its sheet. */
export interface ResolvedChart {
  spec: ChartSpec;
  categories: (string | null)[];
  series: { name: string; values: (number | null)[] }[];
}

/** The cells of an A1 range (`A2:A5`, `B1:E1`, `C3`) in reading order, as 0-based positions. */
export function rangeCells(range: string): { row: number; col: number }[] {
  const [a, b = a] = range.split(':');
  const start = parseA1(a);
  const end = parseA1(b);
  if (!start || !end) throw new Error(`malformed chart range ${range}`);
  const cells: { row: number; col: number }[] = [];
  for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row++)
    for (let col = Math.min(start.col, end.col); col <= Math.max(start.col, end.col); col++) cells.push({ row, col });
  return cells;
}

/** Takes a chart's cached categories and values from its sheet's rows (percent cells as the fractions written). */
export function resolveChart(spec: ChartSpec, rows: readonly (readonly OutputCell[])[]): ResolvedChart {
  const at = (p: { row: number; col: number }) => writtenValue(rows[p.row]?.[p.col] ?? null);
  return {
    spec,
    categories: rangeCells(spec.categories).map((p) => {
      const v = at(p);
      return v === null || v === '' ? null : String(v);
    }),
    series: spec.series.map((s) => ({
      name: s.name,
      values: rangeCells(s.values).map((p) => {
        const v = at(p);
        return typeof v === 'number' && Number.isFinite(v) ? v : null;
      }),
    })),
  };
}

const palette = ['1F4E79', 'ED7D31', '70AD47', 'FFC000', '5B9BD5', '7F7F7F', '9E480E', '264478'];

/** `'Sheet name'!$A$2:$A$5` */
function absoluteRef(sheet: string, range: string): string {
  const abs = range
    .split(':')
    .map((c) => c.replace(/^\$?([A-Za-z]+)\$?(\d+)$/, '$$$1$$$2').toUpperCase())
    .join(':');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

const fill = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;

function strRef(ref: string, values: readonly (string | null)[]): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlEscape(v)}</c:v></c:pt>`)).join('');
  return `<c:strRef><c:f>${xmlEscape(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: readonly (number | null)[], formatCode: string): string {
  const pts = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${xmlEscape(ref)}</c:f><c:numCache><c:formatCode>${xmlEscape(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

function dataLabels(formatCode: string, position: string): string {
  // Labels inside stacked segments are white, to read on the series' dark fills.
  const inside = position === 'ctr' ? `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1">${fill('FFFFFF')}</a:defRPr></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>` : '';
  return (
    `<c:dLbls><c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${inside}` +
    `<c:dLblPos val="${position}"/>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

const catAxisId = 50010;
const valAxisId = 50020;

// Axis labels need no decimals (`0 %`, not `0,0 %`), so they are locale-free; data labels keep the values' format.

function axes(chart: ResolvedChart, horizontal: boolean): string {
  const { spec } = chart;
  const formatCode = spec.format ? chartFormatCode(spec.format, 0, spec.locale) : 'General';
  const lightLine = `<c:spPr><a:ln w="6350">${fill('D9D9D9')}</a:ln></c:spPr>`;
  // Horizontal bars list the first category on top: reverse the category axis and keep the values axis below.
  const catScaling = `<c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling>`;
  const max = spec.max === undefined ? '' : `<c:max val="${spec.format === 'percent' ? spec.max / 100 : spec.max}"/><c:min val="0"/>`;
  return (
    `<c:catAx><c:axId val="${catAxisId}"/>${catScaling}<c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${lightLine}<c:crossAx val="${valAxisId}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAxisId}"/><c:scaling><c:orientation val="minMax"/>${max}</c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines>${lightLine}</c:majorGridlines><c:numFmt formatCode="${xmlEscape(formatCode)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:crossAx val="${catAxisId}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plot(chart: ResolvedChart, sheet: string): string {
  const { spec } = chart;
  const formatCode = spec.format ? chartFormatCode(spec.format, spec.decimals, spec.locale) : 'General';
  const cat = `<c:cat>${strRef(absoluteRef(sheet, spec.categories), chart.categories)}</c:cat>`;
  const header = (i: number) => `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(chart.series[i].name)}</c:v></c:tx>`;
  const val = (i: number) => `<c:val>${numRef(absoluteRef(sheet, spec.series[i].values), chart.series[i].values, formatCode)}</c:val>`;
  const color = (i: number) => palette[i % palette.length];

  if (spec.kind === 'pie') {
    const points = chart.categories
      .map((_, p) => `<c:dPt><c:idx val="${p}"/><c:bubble3D val="0"/><c:spPr>${fill(color(p))}<a:ln w="12700">${fill('FFFFFF')}</a:ln></c:spPr></c:dPt>`)
      .join('');
    const series = chart.series
      .map((_, i) => `<c:ser>${header(i)}${points}${spec.dataLabels ? dataLabels(formatCode, 'outEnd') : ''}${cat}${val(i)}</c:ser>`)
      .join('');
    return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  }

  if (spec.kind === 'line') {
    const series = chart.series
      .map((_, i) => {
        const c = color(i);
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(c)}<a:ln>${fill(c)}</a:ln></c:spPr></c:marker>`;
        const line = `<c:spPr><a:ln w="28575" cap="rnd">${fill(c)}<a:round/></a:ln></c:spPr>`;
        return `<c:ser>${header(i)}${line}${marker}${spec.dataLabels ? dataLabels(formatCode, 't') : ''}${cat}${val(i)}<c:smooth val="0"/></c:ser>`;
      })
      .join('');
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="${catAxisId}"/><c:axId val="${valAxisId}"/></c:lineChart>${axes(chart, false)}`;
  }

  const horizontal = spec.kind === 'bar';
  const stacked = spec.kind === 'columnStacked';
  const series = chart.series
    .map(
      (_, i) =>
        `<c:ser>${header(i)}<c:spPr>${fill(color(i))}</c:spPr><c:invertIfNegative val="0"/>` +
        `${spec.dataLabels ? dataLabels(formatCode, stacked ? 'ctr' : 'outEnd') : ''}${cat}${val(i)}</c:ser>`,
    )
    .join('');
  return (
    `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="80"/>${stacked ? '<c:overlap val="100"/>' : ''}<c:axId val="${catAxisId}"/><c:axId val="${valAxisId}"/></c:barChart>` +
    axes(chart, horizontal)
  );
}

/** The chart part (`c:chartSpace`) of one chart drawn over ranges of `sheet`. */
export function chartXml(chart: ResolvedChart, sheet: string): string {
  const { spec } = chart;
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="es-CO" sz="1300" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  // One series needs no legend, except a pie, whose legend names the slices.
  const legend =
    spec.kind === 'pie' || spec.series.length > 1
      ? `<c:legend><c:legendPos val="${spec.kind === 'pie' ? 'r' : 'b'}"/><c:overlay val="0"/></c:legend>`
      : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot(chart, sheet)}</c:plotArea>${legend}` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    `<c:spPr>${fill('FFFFFF')}<a:ln>${fill('D9D9D9')}</a:ln></c:spPr>` +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
}

/** One `xdr:twoCellAnchor` holding a graphic frame that shows the chart of relationship `rId`. */
export function chartAnchorXml(spec: ChartSpec, rId: string, shapeId: number): string {
  const from = parseA1(spec.anchor.cell);
  if (!from) throw new Error(`malformed chart anchor ${spec.anchor.cell}`);
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker('from', from.col, from.row) +
    marker('to', from.col + spec.anchor.columns, from.row + spec.anchor.rows) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlEscape(spec.title || `Chart ${shapeId}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
  );
}

/** A drawing part anchoring the given frames (`chartAnchorXml`). */
export function drawingXml(anchors: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.join('') +
    '</xdr:wsDr>'
  );
}
