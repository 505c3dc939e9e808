/**
 * Small package parts (content types, relationships, the workbook, styles) parsed with saxes, a
 * conforming, namespace-aware XML parser: any prefix, Strict or Transitional namespaces. The bulk
 * parts (sheet data, shared strings) go through the byte scanner in scan.ts instead (measured:
 * saxes reads a 200.000-row sheet in about 5 s; BENCHMARKS.md).
 */
import { SaxesParser } from 'saxes';
import { UnusableInputError } from '../errors';

export interface XmlAttribute {
  uri: string;
  local: string;
  value: string;
}

export interface XmlElement {
  uri: string;
  local: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
}

/** Namespaces of the parts we read, in their Transitional and Strict spellings. */
export const ns = {
  main: ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'],
  officeRelationships: ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  packageRelationships: ['http://schemas.openxmlformats.org/package/2006/relationships'],
  contentTypes: ['http://schemas.openxmlformats.org/package/2006/content-types'],
} as const;

/** Parses a whole small part into an element tree (text content is not kept: none of these parts needs it). */
export function parseXml(text: string, shown: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      uri: tag.uri ?? '',
      local: tag.local ?? tag.name,
      attributes: Object.values(tag.attributes).map((a) => ({ uri: a.uri ?? '', local: a.local ?? a.name, value: a.value })),
      children: [],
    };
    if (stack.length) stack[stack.length - 1].children.push(element);
    else root = element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('doctype', () => {
    // OOXML parts may not carry a DTD (ECMA-376 Part 2, §8.1.4); refusing one also rules out entity expansion.
    throw new UnusableInputError(`«${shown}» no es un libro de Excel válido: la parte ${part} declara un DTD.`, `“${shown}” is not a valid Excel workbook: the part ${part} declares a DTD.`);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof UnusableInputError) throw error;
    throw new UnusableInputError(
      `«${shown}» está dañado: la parte ${part} no es XML bien formado. Ábralo en Excel y guárdelo de nuevo.`,
      `“${shown}” is damaged: the part ${part} is not well-formed XML. Open it in Excel and save it again.`,
    );
  }
  if (!root) throw new UnusableInputError(`«${shown}» está dañado: la parte ${part} está vacía.`, `“${shown}” is damaged: the part ${part} is empty.`);
  return root;
}

/** Whether an element is `local` in one of the namespaces. */
export function isElement(e: XmlElement, namespaces: readonly string[], local: string): boolean {
  return e.local === local && namespaces.includes(e.uri);
}

/** Children of `e` with that local name in one of the namespaces. */
export function childrenOf(e: XmlElement | undefined, namespaces: readonly string[], local: string): XmlElement[] {
  return e ? e.children.filter((c) => isElement(c, namespaces, local)) : [];
}

/** The first child of `e` with that local name in one of the namespaces. */
export function childOf(e: XmlElement | undefined, namespaces: readonly string[], local: string): XmlElement | undefined {
  return e?.children.find((c) => isElement(c, namespaces, local));
}

/** An attribute's value: unqualified when `namespaces` is omitted, else in one of them. */
export function attribute(e: XmlElement, local: string, namespaces?: readonly string[]): string | undefined {
  return e.attributes.find((a) => a.local === local && (namespaces ? namespaces.includes(a.uri) : a.uri === ''))?.value;
}
