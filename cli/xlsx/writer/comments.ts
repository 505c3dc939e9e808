/**
 * Notes (legacy comments) of a worksheet: the comments part holds their text, the legacy VML
 * drawing the boxes Excel shows them in. Both are edited in place — a note added, replaced or
 * removed — and every other note, author and shape (form controls of a macro workbook live in the
 * same VML) stays as written.
 */
import { applySplices, cellText, isSelfClosing, prefixOf, qualified, scanXml, unescapeCellText, xmlEscape, type Splice, type XmlElement } from './xml';
import { parseCellRef } from './worksheet';
import { columnLetters } from '../../../core/workbook';

/** The author the tool writes its notes as. */
export const noteAuthor = 'Cuentas Claras';

const refKey = (ref: string) => ref.replace(/\$/g, '').toUpperCase();

/** An editable comments part. */
export class CommentsPart {
  private readonly source: string;
  private readonly elements: XmlElement[];
  private readonly prefix: string;
  private readonly existing = new Map<string, XmlElement>();
  private readonly edits = new Map<string, string | null>();
  private authorId: number | null = null;
  private newAuthor = false;

  /** `source` null: a new part. */
  constructor(source: string | null) {
    this.source =
      source ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';
    this.elements = scanXml(this.source);
    this.prefix = prefixOf(this.elements[0]);
    for (const e of this.elements) if (e.local === 'comment' && e.attrs.ref) this.existing.set(refKey(e.attrs.ref), e);
  }

  private q(name: string): string {
    return qualified(this.prefix, name);
  }

  /** The text of a comment element: its runs' text, without phonetic runs. */
  private textOf(comment: XmlElement): string {
    const i = this.elements.indexOf(comment);
    let out = '';
    for (let j = i + 1; j < this.elements.length && this.elements[j].start < comment.end; j++) {
      const e = this.elements[j];
      if (e.local !== 't') continue;
      let p = e.parent;
      let phonetic = false;
      while (p > i) {
        if (this.elements[p].local === 'rPh') phonetic = true;
        p = this.elements[p].parent;
      }
      if (!phonetic) out += e.text;
    }
    return unescapeCellText(out);
  }

  /** The note of a cell (A1), edits included; null when it has none. */
  noteAt(ref: string): string | null {
    const key = refKey(ref);
    if (this.edits.has(key)) return this.edits.get(key)!;
    const el = this.existing.get(key);
    return el ? this.textOf(el) : null;
  }

  /** Sets (text) or removes (null) a cell's note. */
  setNote(ref: string, text: string | null): void {
    this.edits.set(refKey(ref), text);
  }

  get changed(): boolean {
    return [...this.edits].some(([k, v]) => (this.existing.has(k) ? v === null || v !== this.textOf(this.existing.get(k)!) : v !== null));
  }

  /** References of every note after the edits. */
  refs(): string[] {
    const keys = new Set(this.existing.keys());
    for (const [k, v] of this.edits) {
      if (v === null) keys.delete(k);
      else keys.add(k);
    }
    return [...keys];
  }

  private ensureAuthor(splices: Splice[]): number {
    if (this.authorId !== null) return this.authorId;
    const authorsIndex = this.elements.findIndex((e) => e.local === 'authors');
    const authors = this.elements.filter((e) => e.parent === authorsIndex && e.local === 'author');
    const found = authors.findIndex((a) => a.text === noteAuthor);
    if (found >= 0) return (this.authorId = found);
    this.newAuthor = true;
    const el = this.elements[authorsIndex];
    const author = `<${this.q('author')}>${xmlEscape(noteAuthor)}</${this.q('author')}>`;
    if (isSelfClosing(el)) splices.push({ start: el.start, end: el.end, text: `<${el.name}>${author}</${el.name}>` });
    else splices.push({ start: el.closeStart, end: el.closeStart, text: author });
    return (this.authorId = authors.length);
  }

  private commentXml(ref: string, text: string, authorId: number): string {
    const q = (n: string) => this.q(n);
    return `<${q('comment')} ref="${ref}" authorId="${authorId}"><${q('text')}><${q('r')}><${q('rPr')}><${q('sz')} val="9"/><${q('rFont')} val="Tahoma"/><${q('family')} val="2"/></${q('rPr')}><${q('t')} xml:space="preserve">${cellText(text)}</${q('t')}></${q('r')}></${q('text')}></${q('comment')}>`;
  }

  serialize(): string {
    const splices: Splice[] = [];
    const list = this.elements.find((e) => e.local === 'commentList')!;
    const order = (ref: string) => {
      const p = parseCellRef(ref)!;
      return p.row * 16384 + p.col;
    };
    const existingSorted = [...this.existing.entries()].sort((a, b) => order(a[0]) - order(b[0]));
    const additions: { ref: string; xml: string }[] = [];
    for (const [key, text] of this.edits) {
      const el = this.existing.get(key);
      if (el) {
        if (text === null) splices.push({ start: el.start, end: el.end, text: '' });
        else if (text !== this.textOf(el)) splices.push({ start: el.start, end: el.end, text: this.commentXml(key, text, this.ensureAuthor(splices)) });
      } else if (text !== null) {
        additions.push({ ref: key, xml: this.commentXml(key, text, this.ensureAuthor(splices)) });
      }
    }
    // New notes go in reading order among the existing ones, as Excel keeps them.
    const sorted = additions.sort((a, b) => order(a.ref) - order(b.ref));
    if (sorted.length && isSelfClosing(list)) {
      splices.push({ start: list.start, end: list.end, text: `<${list.name}>${sorted.map((a) => a.xml).join('')}</${list.name}>` });
    } else {
      for (const add of sorted) {
        const next = existingSorted.find(([k]) => order(k) > order(add.ref));
        const at = next ? next[1].start : list.closeStart;
        splices.push({ start: at, end: at, text: add.xml });
      }
    }
    void this.newAuthor;
    return applySplices(this.source, splices);
  }
}

/**
 * The legacy VML drawing of a sheet. VML as Excel writes it is not always well-formed XML (bare
 * `<br>`), so shapes are found as `<v:shape …>…</v:shape>` spans and only note shapes are touched.
 */
export class VmlDrawing {
  private source: string;
  private changedFlag = false;

  constructor(source: string | null, idBlock: number) {
    this.source =
      source ??
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n' +
        ` <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="${idBlock}"/>\n </o:shapelayout>` +
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">\n' +
        '  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n </v:shapetype>\n</xml>';
    if (!source) this.changedFlag = true;
  }

  get changed(): boolean {
    return this.changedFlag;
  }

  /** The id blocks (`<o:idmap data>`) a VML part claims: each block holds shape ids N×1024 … N×1024+1023. */
  static idBlocks(source: string): number[] {
    const m = /<o:idmap\b[^>]*\bdata="([^"]*)"/.exec(source);
    return m ? m[1].split(/[\s,]+/).map(Number).filter(Number.isFinite) : [];
  }

  private shapes(): { start: number; end: number; text: string }[] {
    return [...this.source.matchAll(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
  }

  private noteShapeAt(row: number, col: number): { start: number; end: number } | undefined {
    return this.shapes().find((s) => {
      if (!/ObjectType\s*=\s*"Note"/.test(s.text)) return false;
      const r = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(s.text);
      const c = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(s.text);
      return r !== null && c !== null && Number(r[1]) === row && Number(c[1]) === col;
    });
  }

  /** True when the part still holds any shape. */
  get hasShapes(): boolean {
    return this.shapes().length > 0;
  }

  /** Ensures a note box for the cell exists (kept as it is when the cell had one). */
  ensureNote(ref: string): void {
    const p = parseCellRef(ref)!;
    if (this.noteShapeAt(p.row, p.col)) return;
    const ids = [...this.source.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
    const block = VmlDrawing.idBlocks(this.source)[0] ?? 1;
    const id = Math.max(block * 1024, ...ids) + 1;
    const anchor = `${p.col + 1}, 15, ${Math.max(0, p.row - 1)}, 10, ${p.col + 4}, 15, ${Math.max(0, p.row - 1) + 5}, 4`;
    const shape =
      `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:180pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
      `<x:Row>${p.row}</x:Row><x:Column>${p.col}</x:Column></x:ClientData></v:shape>`;
    const close = this.source.lastIndexOf('</xml>');
    this.source = this.source.slice(0, close) + shape + this.source.slice(close);
    this.changedFlag = true;
  }

  /** Removes the note box of a cell, if any. */
  removeNote(ref: string): void {
    const p = parseCellRef(ref)!;
    const s = this.noteShapeAt(p.row, p.col);
    if (!s) return;
    this.source = this.source.slice(0, s.start) + this.source.slice(s.end);
    this.changedFlag = true;
  }

  serialize(): string {
    return this.source;
  }
}

/** `A1` of a 0-based position. */
export function refOf(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
