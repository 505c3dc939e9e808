/**
 * Repairs, in the written package, the pptxgenjs 4.0.1 defects that make PowerPoint offer to
 * repair a file (LibreOffice tolerates them), then recompresses it:
 * - `[Content_Types].xml` declares one slide master per slide, but only one exists (gitbrent/PptxGenJS#1444);
 * - a paragraph of several runs repeats `<a:pPr>` before every run, while the schema allows one, first (PptxGenJS#1083);
 * - a solid background's `<p:bgPr>` lacks the required `<a:effectLst/>` (PptxGenJS#1442);
 * - shapes without text have no `<p:txBody>` (PptxGenJS#1441);
 * - folders are stored as zip entries (PowerPoint writes files only);
 * - a blank chart value (a stage without score) is written as an empty number, in the chart's
 *   cache and in its embedded workbook, where Office writes no point and an empty cell;
 * - every bar chart declares a third, orphan `c:axId` (the schema allows two; PptxGenJS#1534);
 * - chart elements out of the schema's order (dml-chart.xsd sequences), put back in order.
 * It also writes each data label's text into charts whose labels have decimals (`42,39 %`), so
 * they read the Colombian way whatever the viewer's locale; the values stay editable numbers.
 */
import JSZip from 'jszip';

const pptxMime = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** Drops `<Override>` entries whose part is not in the package. */
export function dropMissingOverrides(contentTypes: string, parts: ReadonlySet<string>): string {
  return contentTypes.replace(/<Override\b[^>]*PartName="([^"]+)"[^>]*\/>/g, (whole, name: string) => (parts.has(name.replace(/^\//, '')) ? whole : ''));
}

/** Keeps only a paragraph's first `<a:pPr>`: those after a run or a break are dropped. */
export function dropRepeatedParagraphProperties(xml: string): string {
  return xml.replace(/(<\/a:r>|<a:br\/>|<\/a:fld>)<a:pPr\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/a:pPr>)/g, '$1');
}

/** Adds the effect list a background's properties require after their fill. */
export function completeBackgrounds(xml: string): string {
  return xml.replace(/<p:bgPr>([\s\S]*?)<\/p:bgPr>/g, (whole, inner: string) =>
    /<a:effect(Lst|Dag)\b/.test(inner) ? whole : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`,
  );
}

/** Gives every non-placeholder shape without text an empty text body, as PowerPoint writes them. */
export function addEmptyTextBodies(xml: string): string {
  return xml.replace(/<p:sp>([\s\S]*?)<\/p:sp>/g, (whole, inner: string) => {
    if (inner.includes('<p:txBody>') || inner.includes('<p:ph')) return whole;
    // The text body follows the shape properties (and the style, when present).
    const after = ['</p:style>', '</p:spPr>', '<p:spPr/>'].find((tag) => inner.includes(tag));
    if (!after) return whole;
    const at = inner.indexOf(after) + after.length;
    return `<p:sp>${inner.slice(0, at)}<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="es-CO" dirty="0"/></a:p></p:txBody>${inner.slice(at)}</p:sp>`;
  });
}

/** What the renderer knows of each chart it added, in order: its values, and its labels' texts when they have decimals. */
export interface ChartLabels {
  values: (number | null)[][];
  labels: (string | null)[][] | null;
}

/** Keeps the first two `c:axId` of each bar chart: the third is an orphan (no axis has it; PptxGenJS#1534). */
export function dropOrphanAxisIds(xml: string): string {
  return xml.replace(/<c:barChart>([\s\S]*?)<\/c:barChart>/g, (whole, inner: string) => {
    let seen = 0;
    const fixed = inner.replace(/\s*<c:axId val="[^"]*"\/>/g, (axis) => (++seen <= 2 ? axis : ''));
    return `<c:barChart>${fixed}</c:barChart>`;
  });
}

/**
 * The child order of the chart elements we write (ECMA-376 Part 1, dml-chart.xsd): each element's
 * children must follow its type's sequence.
 */
export const chartSequences: Record<string, readonly string[]> = {
  chartSpace: ['date1904', 'lang', 'roundedCorners', 'AlternateContent', 'style', 'clrMapOvr', 'pivotSource', 'protection', 'chart', 'spPr', 'txPr', 'externalData', 'printSettings', 'userShapes', 'extLst'],
  chart: ['title', 'autoTitleDeleted', 'pivotFmts', 'view3D', 'floor', 'sideWall', 'backWall', 'plotArea', 'legend', 'plotVisOnly', 'dispBlanksAs', 'showDLblsOverMax', 'extLst'],
  barChart: ['barDir', 'grouping', 'varyColors', 'ser', 'dLbls', 'gapWidth', 'overlap', 'serLines', 'axId', 'extLst'],
  pieChart: ['varyColors', 'ser', 'dLbls', 'firstSliceAng', 'extLst'],
  ser: ['idx', 'order', 'tx', 'spPr', 'invertIfNegative', 'pictureOptions', 'explosion', 'dPt', 'dLbls', 'trendline', 'errBars', 'cat', 'val', 'shape', 'extLst'],
  dLbls: ['dLbl', 'delete', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'showLeaderLines', 'leaderLines', 'extLst'],
  dLbl: ['idx', 'delete', 'layout', 'tx', 'numFmt', 'spPr', 'txPr', 'dLblPos', 'showLegendKey', 'showVal', 'showCatName', 'showSerName', 'showPercent', 'showBubbleSize', 'separator', 'extLst'],
  catAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'crossesAt', 'auto', 'lblAlgn', 'lblOffset', 'tickLblSkip', 'tickMarkSkip', 'noMultiLvlLbl', 'extLst'],
  valAx: ['axId', 'scaling', 'delete', 'axPos', 'majorGridlines', 'minorGridlines', 'title', 'numFmt', 'majorTickMark', 'minorTickMark', 'tickLblPos', 'spPr', 'txPr', 'crossAx', 'crosses', 'crossesAt', 'crossBetween', 'majorUnit', 'minorUnit', 'dispUnits', 'extLst'],
  scaling: ['logBase', 'orientation', 'max', 'min', 'extLst'],
  title: ['tx', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
  legend: ['legendPos', 'legendEntry', 'layout', 'overlay', 'spPr', 'txPr', 'extLst'],
};

/**
 * Puts the `c:` children of every element named in `chartSequences` in their schema order (a
 * stable sort by position in the sequence). Only direct children move; their content is untouched.
 */
export function orderChartElements(xml: string): string {
  return reorder(xml);
}

function reorder(xml: string): string {
  let out = '';
  let i = 0;
  const open = /<c:([A-Za-z0-9]+)\b[^>]*?(\/?)>/g;
  while (i < xml.length) {
    open.lastIndex = i;
    const m = open.exec(xml);
    if (!m) {
      out += xml.slice(i);
      break;
    }
    out += xml.slice(i, m.index);
    const [tag, name, selfClosing] = m;
    if (selfClosing || !chartSequences[name]) {
      out += tag;
      i = m.index + tag.length;
      continue;
    }
    const end = closingIndex(xml, name, m.index + tag.length);
    const inner = xml.slice(m.index + tag.length, end);
    out += tag + sortChildren(reorder(inner), chartSequences[name]) + `</c:${name}>`;
    i = end + `</c:${name}>`.length;
  }
  return out;
}

/** Index of the `</c:name>` that closes an element whose content starts at `from` (nesting counted). */
function closingIndex(xml: string, name: string, from: number): number {
  const re = new RegExp(`<c:${name}\\b[^>]*?(/?)>|</c:${name}>`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[0].startsWith('</')) {
      if (--depth === 0) return m.index;
    } else if (!m[1]) depth++;
  }
  throw new Error(`unclosed c:${name}`);
}

/** Splits an element's content into its direct children (with the text between them kept with the child after it) and sorts them. */
function sortChildren(inner: string, sequence: readonly string[]): string {
  const children: { name: string; text: string }[] = [];
  let i = 0;
  let pending = '';
  const tagRe = /<([A-Za-z0-9]+):([A-Za-z0-9]+)\b[^>]*?(\/?)>/g;
  while (i < inner.length) {
    tagRe.lastIndex = i;
    const m = tagRe.exec(inner);
    if (!m) {
      pending += inner.slice(i);
      break;
    }
    pending += inner.slice(i, m.index);
    const [tag, prefix, name, selfClosing] = m;
    let end = m.index + tag.length;
    if (!selfClosing) {
      const close = `</${prefix}:${name}>`;
      const re = new RegExp(`<${prefix}:${name}\\b[^>]*?(/?)>|</${prefix}:${name}>`, 'g');
      re.lastIndex = end;
      let depth = 1;
      for (let n = re.exec(inner); n; n = re.exec(inner)) {
        if (n[0].startsWith('</')) {
          if (--depth === 0) {
            end = n.index + close.length;
            break;
          }
        } else if (!n[1]) depth++;
      }
    }
    // mc:AlternateContent and the c: children are ordered by local name.
    children.push({ name, text: pending + inner.slice(m.index, end) });
    pending = '';
    i = end;
  }
  const rank = (n: string) => {
    const r = sequence.indexOf(n);
    return r < 0 ? sequence.length : r;
  };
  const sorted = children.map((c, k) => ({ ...c, k })).sort((a, b) => rank(a.name) - rank(b.name) || a.k - b.k);
  return sorted.map((c) => c.text).join('') + pending;
}

/** Numbers of a chart's value caches, per series (null where a point is absent). */
export function chartValues(xml: string): (number | null)[][] {
  return [...xml.matchAll(/<c:val>[\s\S]*?<c:numCache>([\s\S]*?)<\/c:numCache>/g)].map(([, cache]) => {
    const count = Number(/<c:ptCount val="(\d+)"/.exec(cache)?.[1] ?? 0);
    const out: (number | null)[] = new Array(count).fill(null);
    for (const [, idx, v] of cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) out[Number(idx)] = v === '' ? null : Number(v);
    return out;
  });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Writes each point's label text into the series' data labels (`c:dLbl` with rich text), keeping the
 * series' label style and position. Points without a label (null) keep the formatted value.
 */
export function writeLabelTexts(xml: string, labels: (string | null)[][], lang: string): string {
  let series = 0;
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, inner: string) => {
    const texts = labels[series++];
    if (!texts) return whole;
    return `<c:ser>${inner.replace(/<c:dLbls>([\s\S]*?)<\/c:dLbls>/, (all, dl: string) => {
      const run = /<a:defRPr([^>]*?)(\/>|>([\s\S]*?)<\/a:defRPr>)/.exec(dl);
      const attrs = run?.[1] ?? '';
      const body = run?.[3] ?? '';
      const position = /<c:dLblPos val="[^"]*"\/>/.exec(dl)?.[0] ?? '';
      const items = texts
        .map((t, idx) =>
          t === null
            ? ''
            : `<c:dLbl><c:idx val="${idx}"/><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="${lang}"${attrs}>${body}</a:rPr><a:t>${escapeXml(t)}</a:t></a:r></a:p></c:rich></c:tx>${position}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbl>`,
        )
        .join('');
      return `<c:dLbls>${items}${dl}</c:dLbls>`;
    })}</c:ser>`;
  });
}

/** Drops the empty points of a chart's number caches (a blank value is an absent point). */
export function dropEmptyChartPoints(xml: string): string {
  return xml.replace(/<c:numCache>[\s\S]*?<\/c:numCache>/g, (cache) => cache.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, ''));
}

/** Turns a worksheet's cells with an empty value into empty cells. */
export function emptyBlankCells(sheetXml: string): string {
  return sheetXml.replace(/<c r="([A-Z]+\d+)"(?: [^>]*)?><v><\/v><\/c>/g, '<c r="$1"/>');
}

/** Repairs the worksheets of an embedded chart workbook, when any has a blank value. */
async function repairEmbeddedWorkbook(bytes: Uint8Array): Promise<Uint8Array> {
  const book = await JSZip.loadAsync(bytes);
  const sheets = Object.values(book.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f.name));
  let changed = false;
  for (const f of sheets) {
    const xml = await f.async('string');
    const fixed = emptyBlankCells(xml);
    if (fixed !== xml) {
      book.file(f.name, fixed);
      changed = true;
    }
  }
  return changed ? book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : bytes;
}

function sameValues(a: readonly (number | null)[][], b: readonly (number | null)[][]): boolean {
  return a.length === b.length && a.every((s, i) => s.length === b[i].length && s.every((v, j) => (v === null ? b[i][j] === null : b[i][j] !== null && Math.abs(v - b[i][j]!) < 1e-9 * Math.max(1, Math.abs(v)))));
}

const drawingParts = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;

/** Reads a stored (uncompressed) package, repairs it and returns it compressed; `charts` are the renderer's, in the order added. */
export async function repairAndCompress(stored: Uint8Array, charts: readonly ChartLabels[] = [], lang = 'es-CO'): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(stored);
  const out = new JSZip();
  const files = Object.values(source.files).filter((f) => !f.dir);
  const names = new Set(files.map((f) => f.name));
  // `[Content_Types].xml` first, as OPC readers expect.
  files.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : 0));
  // Files only: no folder entries (JSZip would add one per folder by default).
  const add = (name: string, data: string | Uint8Array) => out.file(name, data, { createFolders: false });
  for (const f of files) {
    if (f.name === '[Content_Types].xml') {
      add(f.name, dropMissingOverrides(await f.async('string'), names));
    } else if (drawingParts.test(f.name)) {
      add(f.name, addEmptyTextBodies(completeBackgrounds(dropRepeatedParagraphProperties(await f.async('string')))));
    } else if (/^ppt\/charts\/chart\d+\.xml$/.test(f.name)) {
      const n = Number(/chart(\d+)\.xml$/.exec(f.name)![1]);
      let xml = orderChartElements(dropOrphanAxisIds(dropEmptyChartPoints(await f.async('string'))));
      const known = charts[n - 1];
      // Label texts only where the part is the chart they were made for (same values).
      if (known?.labels && sameValues(chartValues(xml), known.values)) xml = writeLabelTexts(xml, known.labels, lang);
      add(f.name, xml);
    } else if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(f.name)) {
      add(f.name, await repairEmbeddedWorkbook(await f.async('uint8array')));
    } else {
      add(f.name, await f.async('uint8array'));
    }
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: pptxMime });
}
