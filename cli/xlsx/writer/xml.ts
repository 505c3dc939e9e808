/**
 * Locating elements in a part's XML so the writer can edit it in place (insert, replace, remove a
 * span) and leave every other byte as it was. Tokenizing is htmlparser2's (XML mode); this only
 * records where each element starts and ends.
 */
import { Parser } from 'htmlparser2';

/** One element of a document, with its offsets in the source string. */
export interface XmlElement {
  /** Qualified name as written (`x:row`). */
  name: string;
  /** Name without its prefix (`row`). */
  local: string;
  /** Attributes, entities decoded. */
  attrs: Record<string, string>;
  /** Offset of `<` of the start tag. */
  start: number;
  /** Offset just past the start tag's `>`. */
  openEnd: number;
  /** Offset of `<` of the end tag (equals `openEnd` for an empty element `<x/>`). */
  closeStart: number;
  /** Offset just past the element. */
  end: number;
  /** Depth (the root is 0). */
  depth: number;
  /** Index of the parent in the list, -1 for the root. */
  parent: number;
  /** Text content directly inside (concatenated, entities decoded). */
  text: string;
}

/** Every element of an XML string in document order. */
export function scanXml(xml: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: number[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // `<` can not appear inside an attribute value, so the last `<` before `>` starts the tag.
        const start = xml.lastIndexOf('<', parser.endIndex);
        const colon = name.indexOf(':');
        const parent = stack.length ? stack[stack.length - 1] : -1;
        out.push({ name, local: colon < 0 ? name : name.slice(colon + 1), attrs, start, openEnd: parser.endIndex + 1, closeStart: -1, end: -1, depth: stack.length, parent, text: '' });
        stack.push(out.length - 1);
      },
      ontext(text) {
        if (stack.length) out[stack[stack.length - 1]].text += text;
      },
      onclosetag(_name, implied) {
        const i = stack.pop();
        if (i === undefined) return;
        const el = out[i];
        if (implied) {
          el.closeStart = el.openEnd;
          el.end = el.openEnd;
        } else {
          el.closeStart = xml.lastIndexOf('<', parser.endIndex);
          el.end = parser.endIndex + 1;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(xml);
  parser.end();
  return out;
}

/** True for an empty-element tag (`<x/>`). */
export function isSelfClosing(el: XmlElement): boolean {
  return el.end === el.openEnd;
}

/** Children of the element at `index` (or of the document's root element when -1 is the root's parent). */
export function childrenOf(elements: readonly XmlElement[], index: number): XmlElement[] {
  return elements.filter((e) => e.parent === index);
}

/** The root element's prefix (`x` for `<x:worksheet>`, '' for none). */
export function prefixOf(el: XmlElement): string {
  return el.name.length > el.local.length ? el.name.slice(0, el.name.length - el.local.length - 1) : '';
}

/** `prefix:name`, or `name` for no prefix. */
export function qualified(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

/** The prefix an element declares (on itself or its ancestors up to `root`) for a namespace URI, or null. */
export function prefixForNamespace(el: XmlElement, uris: readonly string[]): string | null {
  for (const [k, v] of Object.entries(el.attrs)) if (k.startsWith('xmlns:') && uris.includes(v)) return k.slice(6);
  return null;
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text as XML character data: characters XML 1.0 cannot hold (control characters, lone
 * surrogates) become Excel's `_xHHHH_` escapes, and a literal `_xHHHH_` is protected as
 * `_x005F_xHHHH_`, so Excel shows exactly the text given.
 */
export function cellText(text: string): string {
  const protectedText = text.replace(/_x[0-9A-Fa-f]{4}_/g, (m) => `_x005F${m}`);
  // eslint-disable-next-line no-control-regex
  const safe = protectedText.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) =>
    c.length === 1 && c.charCodeAt(0) < 0xd800 ? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_` : '\uFFFD',
  );
  return xmlEscape(safe);
}

/** Undoes `cellText`'s `_xHHHH_` escapes (on already entity-decoded text), as Excel reads them. */
export function unescapeCellText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** A replacement of `[start, end)` of a string by `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order); insertions at the same offset keep their given order. */
export function applySplices(source: string, splices: readonly Splice[]): string {
  const sorted = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error('overlapping XML edits');
    out += source.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + source.slice(at);
}

/** Sets (or adds) attributes on a start tag's source text, keeping the others as written. */
export function setAttributes(tag: string, values: Record<string, string | null>): string {
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (value === null) out = out.replace(new RegExp(`\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`), '');
    else if (re.test(out)) out = out.replace(re, (_m, space: string) => `${space}${name}="${xmlEscape(value)}"`);
    else out = out.replace(/\s*(\/?>)$/, (_m, close: string) => ` ${name}="${xmlEscape(value)}"${close}`);
  }
  return out;
}
