/**
 * Repairs, in the written package, the pptxgenjs 4.0.1 defects that make PowerPoint offer to
 * repair a file (LibreOffice tolerates them), then recompresses it:
 * - `[Content_Types].xml` declares one slide master per slide, but only one exists (gitbrent/PptxGenJS#1444);
 * - a paragraph of several runs repeats `<a:pPr>` before every run, while the schema allows one, first (PptxGenJS#1083);
 * - a solid background's `<p:bgPr>` lacks the required `<a:effectLst/>` (PptxGenJS#1442);
 * - shapes without text have no `<p:txBody>` (PptxGenJS#1441);
 * - folders are stored as zip entries (PowerPoint writes files only);
 * - a blank chart value (a stage without score) is written as an empty number, in the chart's
 *   cache and in its embedded workbook, where Office writes no point and an empty cell.
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

const drawingParts = /^ppt\/(slides|slideLayouts|slideMasters|notesSlides|notesMasters)\/[^/]+\.xml$/;

/** Reads a stored (uncompressed) package, repairs it and returns it compressed. */
export async function repairAndCompress(stored: Uint8Array): Promise<Uint8Array> {
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
      add(f.name, dropEmptyChartPoints(await f.async('string')));
    } else if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(f.name)) {
      add(f.name, await repairEmbeddedWorkbook(await f.async('uint8array')));
    } else {
      add(f.name, await f.async('uint8array'));
    }
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, mimeType: pptxMime });
}
