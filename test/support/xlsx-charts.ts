/** The charts an .xlsx sheet holds, read from the package (independently of the code under test). */
import JSZip from 'jszip';
import { sheetXml } from '../cli/xlsx-helpers';

export interface XlsxChart {
  title: string | null;
  /** The cell ranges the chart reads, without sheet names and `$`, each once, in order (categories first). */
  ranges: string[];
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The charts of the sheet `name` of an .xlsx file, in drawing order. */
export async function xlsxCharts(data: Buffer | JSZip, name: string): Promise<XlsxChart[]> {
  const zip = data instanceof JSZip ? data : await JSZip.loadAsync(data);
  const { path: part } = await sheetXml(zip, name);
  const rels = zip.file(part.replace(/([^/]+)$/, '_rels/$1.rels'));
  const drawingTarget = rels ? /Target="([^"]*drawing[^"]*)"/.exec(await rels.async('string'))?.[1] : undefined;
  if (!drawingTarget) return [];
  const drawing = `xl/drawings/${drawingTarget.split('/').pop()}`;
  const drawingRels = await zip.file(drawing.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string');
  const charts: XlsxChart[] = [];
  for (const m of drawingRels?.matchAll(/Target="([^"]+)"/g) ?? []) {
    const xml = await zip.file(`xl/charts/${m[1].split('/').pop()}`)?.async('string');
    if (!xml) continue;
    const title = /<c:title>.*?<a:t>([^<]*)<\/a:t>/s.exec(xml)?.[1];
    const ranges = [...new Set([...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((f) => unescape(f[1]).replace(/^.*!/, '').replace(/\$/g, '')))];
    charts.push({ title: title === undefined ? null : unescape(title), ranges });
  }
  return charts;
}
