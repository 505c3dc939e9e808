/**
 * Internal links (a `Hallazgos` row → the offending cell). exceljs writes an internal hyperlink as
 * an external relationship plus a `location` that keeps the `#`, which Excel shows as a broken
 * address; so output cells are written as plain text and their links added here, after exceljs,
 * as `<hyperlink ref location>` with no relationship — what Excel itself writes.
 */
import type JSZip from 'jszip';
import { insertWorksheetElement, putPart, rootChildren, xmlEscape } from './ooxml';

/** A cell of an output sheet that links to a cell of the workbook. */
export interface InternalLink {
  /** A1 address of the linking cell. */
  cell: string;
  target: { sheet: string; cell: string };
}

/** `'Sheet name'!E3`, the `location` of an internal link. */
export function linkLocation(target: { sheet: string; cell: string }): string {
  return `'${target.sheet.replace(/'/g, "''")}'!${target.cell}`;
}

/** Adds internal links to a worksheet part (merging with hyperlinks already there). */
export async function injectInternalLinks(zip: JSZip, sheetPart: string, links: readonly InternalLink[]): Promise<void> {
  if (!links.length) return;
  let xml = await zip.file(sheetPart)!.async('string');
  const items = links.map((l) => `<hyperlink ref="${xmlEscape(l.cell)}" location="${xmlEscape(linkLocation(l.target))}" display="${xmlEscape(`${l.target.sheet}!${l.target.cell}`)}"/>`).join('');
  const existing = rootChildren(xml).find((c) => c.name === 'hyperlinks');
  if (existing) {
    const close = xml.indexOf('</hyperlinks>', existing.start);
    xml = close >= 0 ? xml.slice(0, close) + items + xml.slice(close) : xml.replace(/<hyperlinks\s*\/>/, `<hyperlinks>${items}</hyperlinks>`);
  } else {
    xml = insertWorksheetElement(xml, 'hyperlinks', `<hyperlinks>${items}</hyperlinks>`);
  }
  putPart(zip, sheetPart, xml);
}
