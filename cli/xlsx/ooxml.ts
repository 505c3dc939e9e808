/**
 * Small helpers over the parts of an .xlsx package (a zip of XML parts): relationships, content
 * types, the sheet-name → part map and schema-ordered insertion into a worksheet. The XML handled
 * here is what exceljs writes, so plain string work is enough; nothing here parses user XML deeply.
 */
import type JSZip from 'jszip';

export const relTypes = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  chartsheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;

export const contentTypes = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** Writes a part without the folder entries JSZip adds by default (Office packages list files only). */
export function putPart(zip: JSZip, path: string, content: string): void {
  zip.file(path, content, { createFolders: false });
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

export function xmlUnescape(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The attributes of one start tag's text (`<x a="1" b='2'/>`), unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) out[m[1]] = xmlUnescape(m[3] ?? m[4] ?? '');
  return out;
}

/** Every start (or empty) tag of an element name in a document. */
export function tagsOf(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name.replace(':', '\\:')}(?=[\\s/>])[^>]*>`, 'g')) ?? [];
}

/** A part's path resolved from a relationship target (relative to the source part's folder, or absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  const parts = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of target.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The target that reaches `toPart` from `fromPart` (both package paths, no leading slash). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(part));
  if (!file) return [];
  const xml = await file.async('string');
  return tagsOf(xml, 'Relationship').map((tag) => {
    const a = attributes(tag);
    return { id: a.Id, type: a.Type, target: a.Target, external: a.TargetMode === 'External' };
  });
}

/** Adds a relationship to a part's rels (creating the rels part when missing), keeping the others; returns its id. */
export async function addRel(zip: JSZip, part: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(part);
  const existing = zip.file(path);
  let xml = existing
    ? await existing.async('string')
    : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const used = new Set(tagsOf(xml, 'Relationship').map((t) => attributes(t).Id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  xml = /<Relationships[^>]*\/>/.test(xml)
    ? xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : xml.replace('</Relationships>', `${rel}</Relationships>`);
  putPart(zip, path, xml);
  return id;
}

/** Declares a part's content type in `[Content_Types].xml` (replacing an older override of the same part). */
export async function addContentTypeOverride(zip: JSZip, part: string, contentType: string): Promise<void> {
  const file = zip.file('[Content_Types].xml');
  if (!file) throw new Error('package without [Content_Types].xml');
  const partName = `/${part}`;
  let xml = await file.async('string');
  xml = xml.replace(new RegExp(`<Override[^>]*PartName="${partName.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`, 'g'), '');
  xml = xml.replace('</Types>', `<Override PartName="${xmlEscape(partName)}" ContentType="${contentType}"/></Types>`);
  putPart(zip, '[Content_Types].xml', xml);
}

/** The smallest `prefixN.ext` not yet in the package. */
export function freePartName(zip: JSZip, prefix: string, ext: string): string {
  let n = 1;
  while (zip.file(`${prefix}${n}${ext}`)) n++;
  return `${prefix}${n}${ext}`;
}

export interface SheetPart {
  name: string;
  path: string;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

/** Every sheet of the workbook with its part path, in tab order, through workbook.xml and its rels (no `sheetN` guessing). */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const rootRel = (await readRels(zip, '')).find((r) => r.type === relTypes.officeDocument);
  const workbookPath = rootRel ? resolveTarget('', rootRel.target) : 'xl/workbook.xml';
  const workbook = zip.file(workbookPath);
  if (!workbook) return [];
  const xml = await workbook.async('string');
  const rels = new Map((await readRels(zip, workbookPath)).map((r) => [r.id, r]));
  return tagsOf(xml, 'sheet').map((tag) => {
    const a = attributes(tag);
    const rel = rels.get(a['r:id'] ?? '');
    const kind = rel?.type === relTypes.worksheet ? 'worksheet' : rel?.type === relTypes.chartsheet ? 'chartsheet' : 'other';
    return { name: a.name, path: rel ? resolveTarget(workbookPath, rel.target) : '', kind };
  });
}

/**
 * CT_Worksheet's child order (ECMA-376 §18.3.1.99). A new child goes before the first existing
 * child that must follow it; exceljs puts `legacyDrawing` after `extLst`, so every follower counts.
 */
const worksheetOrder = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
];

/** Name and offset of every child element of the document's root element. */
export function rootChildren(xml: string): { name: string; start: number }[] {
  const children: { name: string; start: number }[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g)) {
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) children.push({ name: m[2], start: m.index! });
    if (!m[3]) depth++;
  }
  return children;
}

/** Inserts a child of the root `<worksheet>` (`drawing`, `hyperlinks`) at its schema position. */
export function insertWorksheetElement(xml: string, name: string, element: string): string {
  const at = worksheetOrder.indexOf(name);
  if (at < 0) throw new Error(`unknown worksheet element ${name}`);
  const children = rootChildren(xml);
  if (children.some((c) => c.name === name)) throw new Error(`worksheet already has <${name}>`);
  const followers = new Set(worksheetOrder.slice(at + 1));
  const next = children.find((c) => followers.has(c.name));
  const position = next ? next.start : xml.lastIndexOf('</worksheet>');
  return xml.slice(0, position) + element + xml.slice(position);
}
