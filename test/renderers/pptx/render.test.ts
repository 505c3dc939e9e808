/** The .pptx itself: slides, native charts with data labels, Colombian figures, a compressed and repaired package. */
import JSZip from 'jszip';
import { renderDeck, formatCode, axisFormatCode, fittingSize, cardValueFit } from '../../../renderers/pptx';
import { chartBoxOf, footnoteBox, layoutGeometry } from '../../../renderers/pptx/theme';
import { defaultLevelBands } from '../../../core/accountability';
import { fullFebruaryPlan } from './deck-fixture';
import { withoutNodeMediaLoading } from './node-media';

withoutNodeMediaLoading();

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const byNumber = (a: string, b: string) => Number(a.match(/(\d+)\.xml$/)![1]) - Number(b.match(/(\d+)\.xml$/)![1]);
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort(byNumber);
  const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)).sort(byNumber);
  return { zip, names, read, slides, charts };
}

describe('the February 2025 deck as PowerPoint', () => {
  const plan = fullFebruaryPlan();
  let bytes: Uint8Array;
  let pkg: Awaited<ReturnType<typeof open>>;
  let slideXml: string[];

  beforeAll(async () => {
    bytes = await renderDeck(plan);
    pkg = await open(bytes);
    slideXml = await Promise.all(pkg.slides.map(pkg.read));
  });

  test('is a zip (a Uint8Array, no Node-only type needed) with one slide per planned slide', async () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    expect(pkg.slides).toHaveLength(plan.slides.length);
    const presentation = await pkg.read('ppt/presentation.xml');
    expect(presentation.match(/<p:sldId /g)).toHaveLength(plan.slides.length);
    expect(presentation).toContain('cx="12192000" cy="6858000"'); // 16:9 wide
  });

  test('carries the figures the Colombian way', () => {
    const all = slideXml.join('');
    for (const figure of ['1.371', '98,3 %', '7.730', '13.972', '99,8 %', '88,6 % – 100 %', 'Febrero 2025', 'Califican 1.085 personas de 1.371, es decir el 79 %.']) {
      expect(all).toContain(figure);
    }
    expect(slideXml[plan.slides.findIndex((s) => s.key === 'channels')]).toContain('Canales de febrero');
    expect(all).not.toMatch(/\b1,371\b|98\.3/);
  });

  test('has a native chart, with data labels, for every planned chart', async () => {
    const planned = plan.slides.filter((s) => s.chart);
    expect(pkg.charts).toHaveLength(planned.length);
    const first = await pkg.read(pkg.charts[0]);
    expect(first).toContain('<c:barChart>');
    expect(first).toContain('<c:showVal val="1"/>');
    // Counts with literal thousands dots: 6.217 whatever the viewer's locale.
    expect(first).toContain('formatCode="[&gt;=1000000]#\\.###\\.##0;[&gt;=1000]#\\.##0;0"');
    for (const v of [142, 1371, 6217]) expect(first).toContain(`<c:v>${v}</c:v>`);
    const charts = await Promise.all(pkg.charts.map(pkg.read));
    // Interaction-type shares: tagged es-CO, and each label's text written, 42,39 % in any locale.
    const shares = charts.find((c) => c.includes('formatCode="[$-240A]#,##0.00&quot; %&quot;"'))!;
    expect(shares).toMatch(/<a:t>42.39 ?%<\/a:t>/);
    expect(shares.match(/<c:dLbl>/g)).toHaveLength(3);
    expect(charts.some((c) => c.includes('<c:max val="100"/>'))).toBe(true); // self-diagnosis against 100
    // Every chart keeps its data in an embedded workbook, so it stays editable.
    expect(pkg.names.filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n))).toHaveLength(planned.length);
  });

  test('is compressed', async () => {
    let stored = 0;
    for (const f of Object.values(pkg.zip.files)) if (!f.dir) stored += (await f.async('uint8array')).length;
    expect(bytes.length).toBeLessThan(stored * 0.4);
  });

  test('has no defect that makes PowerPoint offer a repair', async () => {
    expect(pkg.names.filter((n) => n.endsWith('/'))).toEqual([]);
    const types = await pkg.read('[Content_Types].xml');
    for (const [, part] of types.matchAll(/PartName="\/([^"]+)"/g)) expect(pkg.names).toContain(part);
    const drawing = pkg.names.filter((n) => /^ppt\/(slides|slideLayouts|slideMasters)\/[^/]+\.xml$/.test(n));
    for (const name of drawing) {
      const xml = await pkg.read(name);
      expect(xml).not.toMatch(/<\/a:r><a:pPr/);
      for (const [bg] of xml.matchAll(/<p:bgPr>[\s\S]*?<\/p:bgPr>/g)) expect(bg).toContain('<a:effectLst/>');
      for (const [sp] of xml.matchAll(/<p:sp>[\s\S]*?<\/p:sp>/g)) if (!sp.includes('<p:ph')) expect(sp).toContain('<p:txBody>');
    }
    // The self-diagnosis stage without score is a blank point, in the chart and in its workbook.
    const charts = await Promise.all(pkg.charts.map(pkg.read));
    for (const chart of charts) for (const [cache] of chart.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)) expect(cache).not.toContain('<c:v></c:v>');
    for (const name of pkg.names.filter((n) => n.endsWith('.xlsx'))) {
      const book = await JSZip.loadAsync(await pkg.zip.file(name)!.async('uint8array'));
      expect(await book.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<v></v>');
    }
  });

  test('keeps the headline figure bold within its sentence, one paragraph', () => {
    const analysis = slideXml[plan.slides.findIndex((s) => s.key === 'satisfactionAnalysis')];
    const paragraph = analysis.split('<a:p>').find((p) => p.includes('de los usuarios que calificaron la encuesta de satisfacción'))!;
    expect(paragraph.match(/<a:pPr/g)).toHaveLength(1);
    expect(paragraph).toMatch(/b="1"[^>]*>(?:(?!<\/a:r>).)*<a:t>99,8 %<\/a:t>/);
    expect(paragraph).toContain('<a:buChar');
  });

  test('marks the text language for spelling: es-CO, or en-US in English', async () => {
    expect(slideXml[1]).toContain('lang="es-CO"');
    const english = await open(await renderDeck(fullFebruaryPlan('en')));
    const xml = await english.read(english.slides[2]);
    expect(xml).toContain('lang="en-US"');
    expect(xml).toContain('Channels in February');
    expect(xml).toContain('1,371');
    // The charts' labels follow the deck's locale too: 2,745 as on the cards, never 2.745.
    const charts = await Promise.all(english.charts.map(english.read));
    expect(charts[0]).toContain('formatCode="[$-409]#,##0"');
    expect(charts.join('')).not.toContain('#\\.##0');
    const shares = charts.find((c) => c.includes('formatCode="[$-409]#,##0.00&quot; %&quot;"'))!;
    expect(shares).not.toContain('42,39');
  });
});

describe('chart number formats', () => {
  test('counts, percentages in points, scores', () => {
    expect(formatCode({ kind: 'count', decimals: 0 })).toBe('[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0');
    expect(formatCode({ kind: 'percent', decimals: 1 })).toBe('[$-240A]#,##0.0" %"');
    expect(formatCode({ kind: 'percent', decimals: 0 })).toBe('[>=1000000]#\\.###\\.##0" %";[>=1000]#\\.##0" %";0" %"');
    expect(formatCode({ kind: 'number', decimals: 1 })).toBe('[$-240A]#,##0.0');
  });

  test('in English: US separators, tagged en-US', () => {
    expect(formatCode({ kind: 'count', decimals: 0 }, 'en')).toBe('[$-409]#,##0');
    expect(formatCode({ kind: 'percent', decimals: 2 }, 'en')).toBe('[$-409]#,##0.00" %"');
    expect(axisFormatCode({ kind: 'percent', decimals: 2 }, 'en')).toBe('[$-409]#,##0" %"');
    expect(axisFormatCode({ kind: 'count', decimals: 0 }, 'es')).toBe('[>=1000000]#\\.###\\.##0;[>=1000]#\\.##0;0');
  });
});

/**
 * Advance widths (ems) of DejaVu Sans Bold, read from DejaVuSans-Bold.ttf's hmtx table: the font
 * LibreOffice renders Calibri with when Carlito is absent, the widest the deck meets.
 */
const dejaVuBold: Record<string, number> = {
  ' ': 0.348, ',': 0.38, '.': 0.38, '%': 1.002, '0': 0.696, '1': 0.696, '2': 0.696, '3': 0.696, '4': 0.696, '5': 0.696, '6': 0.696, '7': 0.696, '8': 0.696, '9': 0.696,
  A: 0.774, C: 0.734, D: 0.83, I: 0.372, M: 0.995, N: 0.837, P: 0.733, R: 0.77, S: 0.72, W: 1.103,
  a: 0.675, c: 0.593, d: 0.716, e: 0.678, f: 0.435, g: 0.716, h: 0.712, i: 0.343, l: 0.343, m: 1.042, n: 0.712, o: 0.687, p: 0.716, r: 0.493, s: 0.595, t: 0.478, u: 0.712, v: 0.652, w: 0.924, z: 0.582, ó: 0.687,
};
const trueWidth = (text: string) => [...text].reduce((a, ch) => a + dejaVuBold[ch], 0);

describe('fitting card values (fittingSize, cardValueFit)', () => {
  const { w } = layoutGeometry.chartList.cards!;
  const inner = w - 0.3; // the renderer's card margins
  const max = layoutGeometry.chartList.cards!.valueSize;

  test('keeps the card size for a short figure, shrinks a long word to fit the width in the real font', () => {
    expect(fittingSize('98,3 %', 2.3, 28)).toBe(28);
    const size = fittingSize('Perfeccionamiento', inner, max);
    expect(size).toBeLessThan(max);
    expect(trueWidth('Perfeccionamiento') * size).toBeLessThanOrEqual(inner * 72);
  });

  test('every level name fits the self-diagnosis card on whole words, in Spanish and English; a long custom one takes two lines', () => {
    const names = [...defaultLevelBands.flatMap((b) => [b.name.es, b.name.en]), 'Perfeccionamiento institucional avanzado', 'Consolidación parcial'];
    for (const name of names) {
      const fit = cardValueFit(name, inner, max);
      // No word broken: the lines are the name's words, in order.
      expect(fit.lines.join(' ')).toBe(name);
      for (const line of fit.lines) expect(trueWidth(line) * fit.size).toBeLessThanOrEqual(inner * 72);
      // Within the value's one-line box (max at 1.25 line height).
      expect(fit.lines.length * fit.size * 1.2).toBeLessThanOrEqual(max * 1.25);
    }
    expect(cardValueFit('Perfeccionamiento institucional avanzado', inner, max).lines).toHaveLength(2);
    expect(cardValueFit('Refinement', inner, max).lines).toEqual(['Refinement']);
  });
});

describe('footnotes', () => {
  test('a chart ends above the footnotes band on every layout, and keeps its box without footnotes', () => {
    for (const geo of Object.values(layoutGeometry)) {
      if (!geo.chart) continue;
      const box = chartBoxOf(geo.chart, 2);
      expect(box.y + box.h).toBeLessThanOrEqual(footnoteBox.y);
      expect(chartBoxOf(geo.chart, 0)).toEqual(geo.chart);
    }
  });
});

describe('long entity and group names', () => {
  test('cover and closing carry them in full; a name too long for the box at full size is drawn smaller', async () => {
    const entity = 'Ministerio de Tecnologías de la Información y las Comunicaciones';
    const group = Array(9).fill('Grupo Interno de Trabajo de Fortalecimiento de las Relaciones con los Grupos de Interés').join(' ');
    const february = fullFebruaryPlan();
    const closingSlide = { ...february.slides[0], key: 'closing' as const, layout: 'closing' as const, title: 'Cierre', subtitle: null, items: ['Agencia Nacional de Minería', 'GAPCC'] };
    const base = { ...february, slides: [...february.slides, closingSlide] };
    const plan = { ...base, names: { entity, entityShort: 'MinTIC', group, groupShort: null }, slides: base.slides.map((s) => (s.layout === 'cover' || s.layout === 'closing' ? { ...s, items: [entity, group] } : s)) };
    const pkg = await open(await renderDeck(plan));
    const at = plan.slides.findIndex((s) => s.layout === 'closing');
    expect(at).toBeGreaterThan(0);
    const closing = await pkg.read(pkg.slides[at]);
    expect(closing).toContain(entity);
    expect(closing).toContain(group);
    const sizes = [...closing.matchAll(/sz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...sizes)).toBeLessThan(3200);
    const cover = await pkg.read(pkg.slides[0]);
    expect(cover).toContain(entity);
    const short = await open(await renderDeck(base));
    const shortClosing = await short.read(short.slides[at]);
    expect(Math.max(...[...shortClosing.matchAll(/sz="(\d+)"/g)].map((m) => Number(m[1])))).toBe(3200);
  });
});
