/**
 * The workbook's `styles.xml`, read to tell a cell's fill and edited by appending only: new
 * number formats, fonts, fills and cell formats (`xf`) go after the existing ones, so every
 * existing index — which the user's cells point at — keeps its meaning.
 */
import { applySplices, isSelfClosing, qualified, prefixOf, scanXml, setAttributes, xmlEscape, type Splice, type XmlElement } from './xml';

// SpreadsheetML theme indexes: 0 lt1, 1 dk1, 2 lt2, 3 dk2, 4–9 accent1–6, 10 hlink, 11 folHlink.
const themeSlots = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
const officeTheme = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

// The legacy 64-colour palette (indexes 0–63); 64 and above are system colours (no RGB).
const defaultIndexedPalette = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** The theme palette (`RRGGBB` by SpreadsheetML theme index) of a theme part; Office's default when there is none. */
export function themePalette(themeXml: string | null): string[] {
  if (!themeXml) return officeTheme;
  const elements = scanXml(themeXml);
  const scheme = elements.find((e) => e.local === 'clrScheme');
  if (!scheme) return officeTheme;
  const index = elements.indexOf(scheme);
  return themeSlots.map((slot, i) => {
    const slotEl = elements.findIndex((e) => e.parent === index && e.local === slot);
    if (slotEl < 0) return officeTheme[i];
    const color = elements.find((e) => e.parent === slotEl && (e.local === 'srgbClr' || e.local === 'sysClr'));
    const rgb = color?.local === 'srgbClr' ? color.attrs.val : color?.attrs.lastClr;
    return rgb && /^[0-9A-Fa-f]{6}$/.test(rgb) ? rgb.toUpperCase() : officeTheme[i];
  });
}

/** Applies an Excel tint (−1 darker … +1 lighter) to an RGB colour, in HSL lightness as Excel does. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs((h % 2) - 1));
  const m = l - c / 2;
  const hi = Math.floor(((h % 6) + 6) % 6);
  const [r1, g1, b1] = [[c, x, 0], [x, c, 0], [0, c, x], [0, x, c], [x, 0, c], [c, 0, x]][hi];
  return [r1, g1, b1].map((v) => Math.round((v + m) * 255).toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** A SpreadsheetML colour (`CT_Color`'s attributes, §18.8.3): `rgb` (ARGB), `theme` or `indexed`, with an optional `tint`. */
export interface ColorAttributes {
  rgb?: string;
  theme?: string | number;
  indexed?: string | number;
  tint?: string | number;
}

/**
 * The `RRGGBB` a colour shows, or null when it names none: its ARGB, else its theme slot, else its
 * legacy palette entry (the workbook's own `indexedColors`, else the default one), tinted.
 */
export function colorRgb(a: ColorAttributes, theme: readonly string[], indexedPalette: readonly string[] = defaultIndexedPalette): string | null {
  let rgb: string | null = null;
  if (typeof a.rgb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(a.rgb)) rgb = a.rgb.slice(-6).toUpperCase();
  else if (a.theme !== undefined) rgb = theme[Number(a.theme)] ?? null;
  else if (a.indexed !== undefined) rgb = indexedPalette[Number(a.indexed)] ?? null;
  const tint = Number(a.tint ?? 0);
  return rgb && tint ? applyTint(rgb, tint) : rgb;
}

/**
 * The `RRGGBB` a pattern fill shows, or null for none: `none` shows nothing; otherwise its
 * foreground colour, and a non-solid pattern without one shows its background.
 */
export function patternFillRgb(patternType: string, fg: () => string | null, bg: () => string | null): string | null {
  if (patternType === 'none') return null;
  const front = fg();
  if (front || patternType === 'solid') return front;
  return bg();
}

/** How an output cell looks; each distinct look is one appended `xf`. */
export interface CellLook {
  /** A number format code (`[$-240A]#,##0`), or undefined for General. */
  numFmt?: string;
  bold?: boolean;
  /** `RRGGBB` solid background. */
  fill?: string;
  /** Blue underlined text (an internal link). */
  link?: boolean;
  /** Wrap long text (long messages in narrow columns). */
  wrap?: boolean;
}

/** Built-in number formats whose code we may meet (ECMA-376 §18.8.30). */
const builtinFormats: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

interface Container {
  el: XmlElement;
  items: XmlElement[];
}

/** An editable `styles.xml`. */
export class Styles {
  private readonly elements: XmlElement[];
  private readonly prefix: string;
  private readonly root: XmlElement;
  private readonly containers: Partial<Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'colors', Container>> = {};
  private readonly added: Record<'numFmts' | 'fonts' | 'fills' | 'cellXfs', string[]> = { numFmts: [], fonts: [], fills: [], cellXfs: [] };
  private readonly xfTexts: string[];
  private readonly fillTexts: string[];
  private readonly fontTexts: string[];
  private readonly numFmtCodes = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly looks = new Map<string, number>();
  private readonly indexedPalette: string[];

  constructor(private readonly source: string, private readonly theme: readonly string[]) {
    this.elements = scanXml(source);
    this.root = this.elements.find((e) => e.depth === 0)!;
    this.prefix = prefixOf(this.root);
    const rootIndex = this.elements.indexOf(this.root);
    for (const e of this.elements) {
      if (e.parent !== rootIndex) continue;
      const key = e.local as keyof Styles['containers'];
      if (['numFmts', 'fonts', 'fills', 'borders', 'cellXfs', 'colors'].includes(key)) {
        const i = this.elements.indexOf(e);
        this.containers[key] = { el: e, items: this.elements.filter((c) => c.parent === i) };
      }
    }
    const text = (e: XmlElement) => source.slice(e.start, e.end);
    this.xfTexts = (this.containers.cellXfs?.items ?? []).map(text);
    this.fillTexts = (this.containers.fills?.items ?? []).map(text);
    this.fontTexts = (this.containers.fonts?.items ?? []).map(text);
    for (const n of this.containers.numFmts?.items ?? []) {
      const id = Number(n.attrs.numFmtId);
      if (!Number.isInteger(id)) continue;
      if (n.attrs.formatCode !== undefined && !this.numFmtCodes.has(n.attrs.formatCode)) this.numFmtCodes.set(n.attrs.formatCode, id);
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
    }
    const colorsIndex = this.containers.colors ? this.elements.indexOf(this.containers.colors.el) : -1;
    const indexed = this.elements.find((e) => e.parent === colorsIndex && e.local === 'indexedColors');
    const custom = indexed ? this.elements.filter((e) => e.parent === this.elements.indexOf(indexed) && e.local === 'rgbColor').map((e) => (e.attrs.rgb ?? '').slice(-6).toUpperCase()) : [];
    this.indexedPalette = custom.length ? custom : defaultIndexedPalette;
    // A part lacking a list gets the defaults Excel assumes, so index 0 keeps its meaning.
    const q = (n: string) => this.q(n);
    if (!this.containers.fonts) this.appendFont(`<${q('font')}><${q('sz')} val="11"/><${q('name')} val="Calibri"/></${q('font')}>`);
    if (!this.containers.fills) {
      this.appendFill(`<${q('fill')}><${q('patternFill')} patternType="none"/></${q('fill')}>`);
      this.appendFill(`<${q('fill')}><${q('patternFill')} patternType="gray125"/></${q('fill')}>`);
    }
    if (!this.containers.cellXfs) this.appendXf(`<${q('xf')} numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  get changed(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  get xfCount(): number {
    return this.xfTexts.length;
  }

  private q(name: string): string {
    return qualified(this.prefix, name);
  }

  /** The RGB a colour element shows, or null. */
  private colorRgb(el: XmlElement | undefined): string | null {
    return el ? colorRgb(el.attrs, this.theme, this.indexedPalette) : null;
  }

  /** The `RRGGBB` a fill (its XML) shows, or null for no fill; a gradient counts as its first colour. */
  fillRgbOfText(fillText: string): string | null {
    const els = scanXml(fillText);
    const pattern = els.find((e) => e.local === 'patternFill');
    if (pattern) {
      const type = pattern.attrs.patternType ?? 'none';
      if (type === 'none') return null;
      const pi = els.indexOf(pattern);
      const color = (local: string) => this.colorRgb(els.find((e) => e.parent === pi && e.local === local));
      return patternFillRgb(type, () => color('fgColor'), () => color('bgColor'));
    }
    const gradient = els.find((e) => e.local === 'gradientFill');
    if (gradient) {
      const stop = els.find((e) => e.local === 'stop');
      return stop ? this.colorRgb(els.find((e) => e.parent === els.indexOf(stop) && e.local === 'color')) : null;
    }
    return null;
  }

  /** The `RRGGBB` background of cell format `xf` (index into cellXfs), or null. */
  fillOfXf(xf: number): string | null {
    const text = this.xfTexts[xf] ?? this.xfTexts[0];
    if (!text) return null;
    const fillId = Number(scanXml(text)[0]?.attrs.fillId ?? 0);
    const fill = this.fillTexts[fillId];
    return fill ? this.fillRgbOfText(fill) : null;
  }

  private appendFill(text: string): number {
    const existing = this.fillTexts.indexOf(text);
    if (existing >= 0) return existing;
    this.fillTexts.push(text);
    this.added.fills.push(text);
    return this.fillTexts.length - 1;
  }

  private appendFont(text: string): number {
    const existing = this.fontTexts.indexOf(text);
    if (existing >= 0) return existing;
    this.fontTexts.push(text);
    this.added.fonts.push(text);
    return this.fontTexts.length - 1;
  }

  private appendXf(text: string): number {
    const existing = this.xfTexts.indexOf(text);
    if (existing >= 0) return existing;
    this.xfTexts.push(text);
    this.added.cellXfs.push(text);
    return this.xfTexts.length - 1;
  }

  private solidFillText(rgb: string): string {
    const q = (n: string) => this.q(n);
    return `<${q('fill')}><${q('patternFill')} patternType="solid"><${q('fgColor')} rgb="FF${rgb}"/><${q('bgColor')} indexed="64"/></${q('patternFill')}></${q('fill')}>`;
  }

  /** The index of a fill showing `rgb` (null: no fill), reusing an existing one when it shows exactly that. */
  private fillIdFor(rgb: string | null): number {
    if (rgb === null) {
      const none = this.fillTexts.findIndex((t) => /patternType\s*=\s*["']none["']/.test(t) || !/patternType/.test(t) && !/gradientFill/.test(t));
      if (none >= 0) return none;
      return this.appendFill(`<${this.q('fill')}><${this.q('patternFill')} patternType="none"/></${this.q('fill')}>`);
    }
    return this.appendFill(this.solidFillText(rgb));
  }

  /**
   * The cell format that is `xf` with its background showing `rgb` (null: no fill). An existing
   * format equal but for its fill is reused — so a restored cell points at its original format
   * again — else a clone of `xf` with the new fill is appended.
   */
  xfWithFill(xf: number, rgb: string | null): number {
    const base = this.xfTexts[xf] ?? this.xfTexts[0];
    if (base === undefined) throw new Error('styles.xml has no cell formats');
    if (this.fillOfXf(xf) === rgb) return xf;
    const strip = (t: string) => t.replace(/\s(fillId|applyFill)\s*=\s*("[^"]*"|'[^']*')/g, '');
    const key = strip(base);
    for (let i = 0; i < this.xfTexts.length; i++) if (strip(this.xfTexts[i]) === key && this.fillOfXf(i) === rgb) return i;
    const fillId = this.fillIdFor(rgb);
    const open = base.slice(0, base.indexOf('>') + 1);
    const clone = setAttributes(open, { fillId: String(fillId), applyFill: '1' }) + base.slice(open.length);
    return this.appendXf(clone);
  }

  private numFmtIdFor(code: string | undefined): number {
    if (code === undefined || code === 'General') return 0;
    if (builtinFormats[code] !== undefined && !this.numFmtCodes.has(code)) return builtinFormats[code];
    const existing = this.numFmtCodes.get(code);
    if (existing !== undefined) return existing;
    const id = this.nextNumFmtId++;
    this.numFmtCodes.set(code, id);
    this.added.numFmts.push(`<${this.q('numFmt')} numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return id;
  }

  /** The default font's size and family, so bold and link fonts match the workbook's text. */
  private fontBase(): { sz: string; name: string; family: string | null; scheme: string | null } {
    const first = this.fontTexts[0] ? scanXml(this.fontTexts[0]) : [];
    const val = (local: string) => first.find((e) => e.local === local)?.attrs.val ?? null;
    return { sz: val('sz') ?? '11', name: val('name') ?? 'Calibri', family: val('family'), scheme: val('scheme') };
  }

  /** The cell format index for an output cell's look (appended once, then reused). */
  xfFor(look: CellLook): number {
    const key = JSON.stringify([look.numFmt ?? null, !!look.bold, look.fill ?? null, !!look.link, !!look.wrap]);
    const cached = this.looks.get(key);
    if (cached !== undefined) return cached;
    const q = (n: string) => this.q(n);
    const numFmtId = this.numFmtIdFor(look.numFmt);
    let fontId = 0;
    if (look.bold || look.link) {
      const b = this.fontBase();
      fontId = this.appendFont(
        `<${q('font')}>${look.bold ? `<${q('b')}/>` : ''}${look.link ? `<${q('u')}/>` : ''}<${q('sz')} val="${xmlEscape(b.sz)}"/>` +
          `${look.link ? `<${q('color')} rgb="FF0563C1"/>` : `<${q('color')} theme="1"/>`}<${q('name')} val="${xmlEscape(b.name)}"/>` +
          `${b.family ? `<${q('family')} val="${xmlEscape(b.family)}"/>` : ''}${b.scheme ? `<${q('scheme')} val="${xmlEscape(b.scheme)}"/>` : ''}</${q('font')}>`,
      );
    }
    const fillId = look.fill ? this.fillIdFor(look.fill.toUpperCase()) : 0;
    const alignment = look.wrap ? `<${q('alignment')} wrapText="1"/>` : '';
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const xf = alignment ? `<${q('xf')} ${attrs}>${alignment}</${q('xf')}>` : `<${q('xf')} ${attrs}/>`;
    const index = this.appendXf(xf);
    this.looks.set(key, index);
    return index;
  }

  /** The new `styles.xml`: appended items at the end of their lists and the lists' counts updated; nothing else moves. */
  serialize(): string {
    const splices: Splice[] = [];
    const order = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'];
    const rootIndex = this.elements.indexOf(this.root);
    const rootChildren = this.elements.filter((e) => e.parent === rootIndex);
    for (const key of ['numFmts', 'fonts', 'fills', 'cellXfs'] as const) {
      const items = this.added[key];
      if (!items.length) continue;
      const container = this.containers[key];
      if (container) {
        const total = container.items.length + items.length;
        const open = this.source.slice(container.el.start, container.el.openEnd);
        const empty = isSelfClosing(container.el);
        const newOpen = setAttributes(open.replace(/\s*\/>$/, '>'), { count: String(total) });
        splices.push({ start: container.el.start, end: container.el.openEnd, text: newOpen + (empty ? `${items.join('')}</${container.el.name}>` : '') });
        if (!empty) splices.push({ start: container.el.closeStart, end: container.el.closeStart, text: items.join('') });
      } else {
        // A list the part lacks goes before the first root child that must follow it.
        const followers = new Set(order.slice(order.indexOf(key) + 1).concat(['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst']));
        const next = rootChildren.find((c) => followers.has(c.local));
        const at = next ? next.start : this.root.closeStart;
        splices.push({ start: at, end: at, text: `<${this.q(key)} count="${items.length}">${items.join('')}</${this.q(key)}>` });
      }
    }
    return applySplices(this.source, splices);
  }
}

/** The styles part of a workbook written from scratch: Calibri 11, no fill, the gray125 fill Excel requires, General. */
export const minimalStylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';
