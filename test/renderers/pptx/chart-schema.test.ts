/**
 * Every chart part of the deck against the shape of the chart schema (ECMA-376 Part 1,
 * dml-chart.xsd, transcribed below for the elements the renderer writes): children in their
 * sequence's order, a bar chart's two axis ids (PptxGenJS#1534 wrote a third, orphan one), each
 * id declared by exactly one axis of the plot area, axes crossing each other, per-point labels
 * first in their `c:dLbls`.
 */
import JSZip from 'jszip';
import { renderDeck } from '../../../renderers/pptx';
import { fullFebruaryPlan } from './deck-fixture';
import { withoutNodeMediaLoading } from './node-media';
import { allElements, localName, parseXml, type XmlElement } from '../../support/xml-tree';

withoutNodeMediaLoading();

/** Sequences of dml-chart.xsd (choices listed in place; `mc:AlternateContent` sits before `clrMapOvr`). */
const sequences: Record<string, string[]> = {
  chartSpace: ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'],
  chart: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'],
  plotArea: ['layout', 'barChart|pieChart|lineChart|areaChart', 'valAx|catAx|dateAx|serAx', 'dTable', 'spPr', 'extLst'],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  ser: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  dLbls: ['dLbl', 'delete', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines', 'extLst'],
  dLbl: ['idx', 'delete', 'layout', 'tx', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'extLst'],
  catAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses|crossesAt', 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'],
  valAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses|crossesAt', 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
};

/** Where an element breaks its parent's sequence, or null. */
function orderProblem(parent: XmlElement): string | null {
  const sequence = sequences[localName(parent.name)];
  if (!sequence || !parent.name.startsWith('c:')) return null;
  let at = 0;
  for (const child of parent.children) {
    const name = localName(child.name);
    const index = sequence.findIndex((s) => s.split('|').includes(name));
    if (index < 0) return `<${child.name}> is not allowed in <${parent.name}>`;
    if (index < at) return `<${child.name}> comes after <${sequence[at]}> in <${parent.name}>`;
    at = index;
  }
  return null;
}

describe('chart parts of the deck', () => {
  let charts: { name: string; root: XmlElement }[] = [];

  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await renderDeck(fullFebruaryPlan()));
    const names = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    charts = await Promise.all(names.map(async (name) => ({ name, root: parseXml(await zip.file(name)!.async('string')) })));
  });

  test('there are charts to check', () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
  });

  test('every element’s children follow the schema’s sequence', () => {
    const problems = charts.flatMap(({ name, root }) => allElements(root).map(orderProblem).filter(Boolean).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });

  test('a bar chart has exactly two axis ids, each declared by one axis, the axes crossing each other', () => {
    for (const { name, root } of charts) {
      const plotArea = allElements(root).find((e) => e.name === 'c:plotArea')!;
      const axes = plotArea.children.filter((e) => /^c:(catAx|valAx)$/.test(e.name));
      const idOf = (axis: XmlElement) => axis.children.find((c) => c.name === 'c:axId')!.attributes.val;
      const crossOf = (axis: XmlElement) => axis.children.find((c) => c.name === 'c:crossAx')!.attributes.val;
      for (const bar of plotArea.children.filter((e) => e.name === 'c:barChart')) {
        const ids = bar.children.filter((c) => c.name === 'c:axId').map((c) => c.attributes.val);
        expect({ name, ids: ids.length }).toEqual({ name, ids: 2 });
        for (const id of ids) expect({ name, id, declared: axes.filter((a) => idOf(a) === id).length }).toEqual({ name, id, declared: 1 });
        const [a, b] = ids.map((id) => axes.find((x) => idOf(x) === id)!);
        expect([crossOf(a), crossOf(b)]).toEqual([idOf(b), idOf(a)]);
      }
    }
  });

  test('the repair of the orphan axis id is what makes it two (the raw pptxgenjs part has three)', () => {
    // Guards the test above: it would fail if the renderer stopped removing the orphan.
    const { dropOrphanAxisIds } = jest.requireActual('../../../renderers/pptx/package') as typeof import('../../../renderers/pptx/package');
    const raw = '<c:barChart><c:barDir val="col"/><c:axId val="1"/><c:axId val="2"/><c:axId val="3"/></c:barChart>';
    expect(dropOrphanAxisIds(raw).match(/<c:axId/g)).toHaveLength(2);
  });
});
