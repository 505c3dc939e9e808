/**
 * The Open Packaging Conventions layer (ECMA-376 Part 2): part names, relationships and content
 * types, read from the package as the format defines them (targets resolved from their source part,
 * Transitional and Strict relationship types alike) and edited in place.
 */
import { applySplices, isSelfClosing, scanXml, xmlEscape, type Splice } from './xml';

/** Relationship type URIs end the same in Transitional and Strict; we compare the last segment. */
export const relKinds = {
  officeDocument: 'officeDocument',
  worksheet: 'worksheet',
  chartsheet: 'chartsheet',
  styles: 'styles',
  theme: 'theme',
  sharedStrings: 'sharedStrings',
  drawing: 'drawing',
  chart: 'chart',
  comments: 'comments',
  vmlDrawing: 'vmlDrawing',
  coreProperties: 'core-properties',
  extendedProperties: 'extended-properties',
} as const;

export const transitionalRel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const strictRel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

/** Transitional → Strict namespace URIs of what the writer generates (the package namespaces are common to both). */
export const strictNamespaces: Record<string, string> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'http://purl.oclc.org/ooxml/spreadsheetml/main',
  [transitionalRel]: strictRel,
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'http://purl.oclc.org/ooxml/drawingml/main',
  'http://schemas.openxmlformats.org/drawingml/2006/chart': 'http://purl.oclc.org/ooxml/drawingml/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing': 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing',
};

/** Rewrites the namespaces of XML the writer generated for a Strict package. */
export function toStrict(xml: string): string {
  let out = xml;
  for (const [t, s] of Object.entries(strictNamespaces)) out = out.split(`"${t}`).join(`"${s}`);
  return out;
}

/** The relationship type URI of a kind, in the package's flavour. */
export function relType(kind: string, strict: boolean): string {
  if (kind === relKinds.coreProperties) return 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties';
  if (kind === relKinds.vmlDrawing && strict) return `${strictRel}/vmlDrawing`;
  return `${strict ? strictRel : transitionalRel}/${kind}`;
}

/** The kind of a relationship type URI (its last path segment). */
export function kindOf(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

export const contentTypes = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  template: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  macroTemplate: 'application/vnd.ms-excel.template.macroEnabled.main+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  coreProperties: 'application/vnd.openxmlformats-package.core-properties+xml',
  extendedProperties: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
} as const;

/** A part's path resolved from a relationship target (relative to the source part's folder, or absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split('#')[0]);
  const parts = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.replace(/^\//, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function safeDecode(s: string): string {
  try {
    return decodeURI(s);
  } catch {
    return s;
  }
}

/** The target that reaches `toPart` from `fromPart` (package paths without a leading slash). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split('/').slice(0, -1);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`; `_rels/.rels` for the package (''). */
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

/** An editable relationships part. */
export class Relationships {
  private removed = new Set<string>();
  private added: Relationship[] = [];
  readonly list: Relationship[];

  constructor(private readonly source: string | null) {
    this.list = source
      ? scanXml(source)
          .filter((e) => e.local === 'Relationship')
          .map((e) => ({ id: e.attrs.Id, type: e.attrs.Type ?? '', target: e.attrs.Target ?? '', external: e.attrs.TargetMode === 'External' }))
      : [];
  }

  get current(): Relationship[] {
    return [...this.list.filter((r) => !this.removed.has(r.id)), ...this.added];
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.length > 0;
  }

  /** Internal relationships of a kind, resolved to part paths. */
  targets(sourcePart: string, kind: string): { rel: Relationship; part: string }[] {
    return this.current.filter((r) => !r.external && kindOf(r.type) === kind).map((rel) => ({ rel, part: resolveTarget(sourcePart, rel.target) }));
  }

  byId(id: string): Relationship | undefined {
    return this.current.find((r) => r.id === id);
  }

  /** Adds a relationship with a fresh id (`rIdN`). */
  add(type: string, target: string): string {
    const used = new Set([...this.list, ...this.added].map((r) => r.id));
    let n = this.current.length + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target, external: false });
    return id;
  }

  remove(id: string): void {
    const i = this.added.findIndex((r) => r.id === id);
    if (i >= 0) this.added.splice(i, 1);
    else this.removed.add(id);
  }

  /** The part's new XML: removed elements cut, added ones appended; the rest as it was. */
  serialize(): string {
    const added = this.added.map((r) => `<Relationship Id="${xmlEscape(r.id)}" Type="${xmlEscape(r.type)}" Target="${xmlEscape(r.target)}"/>`).join('');
    if (!this.source) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${added}</Relationships>`;
    }
    const elements = scanXml(this.source);
    const splices: Splice[] = elements.filter((e) => e.local === 'Relationship' && this.removed.has(e.attrs.Id)).map((e) => ({ start: e.start, end: e.end, text: '' }));
    const root = elements.find((e) => e.depth === 0)!;
    if (added) {
      if (isSelfClosing(root)) splices.push({ start: root.openEnd - 2, end: root.openEnd, text: `>${added}</${root.name}>` });
      else splices.push({ start: root.closeStart, end: root.closeStart, text: added });
    }
    return applySplices(this.source, splices);
  }
}

/** An editable `[Content_Types].xml`. Part names and extensions compare case-insensitively (OPC) and keep their written case. */
export class ContentTypes {
  private readonly defaults = new Map<string, { name: string; type: string }>();
  private readonly overrides = new Map<string, { name: string; type: string }>();
  private readonly original = new Map<string, string>();

  constructor(private readonly source: string) {
    for (const e of scanXml(source)) {
      if (e.local === 'Default' && e.attrs.Extension) this.defaults.set(e.attrs.Extension.toLowerCase(), { name: e.attrs.Extension, type: e.attrs.ContentType });
      if (e.local === 'Override' && e.attrs.PartName) this.overrides.set(e.attrs.PartName.toLowerCase(), { name: e.attrs.PartName, type: e.attrs.ContentType });
    }
    this.original = new Map(this.snapshot());
  }

  private snapshot(): [string, string][] {
    return [...[...this.defaults].map(([k, v]) => [`d ${k}`, v.type] as [string, string]), ...[...this.overrides].map(([k, v]) => [`o ${k}`, v.type] as [string, string])];
  }

  /** The content type of a part (`xl/workbook.xml`). */
  of(part: string): string | undefined {
    const o = this.overrides.get(`/${part}`.toLowerCase());
    if (o) return o.type;
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    return this.defaults.get(ext)?.type;
  }

  setOverride(part: string, type: string): void {
    const key = `/${part}`.toLowerCase();
    this.overrides.set(key, { name: this.overrides.get(key)?.name ?? `/${part}`, type });
  }

  removeOverride(part: string): void {
    this.overrides.delete(`/${part}`.toLowerCase());
  }

  ensureDefault(extension: string, type: string): void {
    if (!this.defaults.has(extension.toLowerCase())) this.defaults.set(extension.toLowerCase(), { name: extension, type });
  }

  get changed(): boolean {
    const now = this.snapshot();
    return now.length !== this.original.size || now.some(([k, v]) => this.original.get(k) !== v);
  }

  /** The part's new XML: only the Default/Override elements that changed are cut, replaced or added. */
  serialize(): string {
    const elements = scanXml(this.source);
    const root = elements.find((e) => e.depth === 0)!;
    const splices: Splice[] = [];
    const seen = new Set<string>();
    const element = (tag: 'Default' | 'Override', name: string, type: string) =>
      tag === 'Default' ? `<Default Extension="${xmlEscape(name)}" ContentType="${xmlEscape(type)}"/>` : `<Override PartName="${xmlEscape(name)}" ContentType="${xmlEscape(type)}"/>`;
    for (const e of elements) {
      const isDefault = e.local === 'Default' && e.attrs.Extension;
      const isOverride = e.local === 'Override' && e.attrs.PartName;
      if (!isDefault && !isOverride) continue;
      const key = (isDefault ? e.attrs.Extension : e.attrs.PartName).toLowerCase();
      const map = isDefault ? this.defaults : this.overrides;
      seen.add(`${isDefault ? 'd' : 'o'} ${key}`);
      const now = map.get(key);
      if (now === undefined) splices.push({ start: e.start, end: e.end, text: '' });
      else if (now.type !== e.attrs.ContentType) splices.push({ start: e.start, end: e.end, text: element(isDefault ? 'Default' : 'Override', now.name, now.type) });
    }
    // New Defaults go before the first Override (Excel writes Defaults first).
    const newDefaults = [...this.defaults].filter(([k]) => !seen.has(`d ${k}`)).map(([, v]) => element('Default', v.name, v.type)).join('');
    const newOverrides = [...this.overrides].filter(([k]) => !seen.has(`o ${k}`)).map(([, v]) => element('Override', v.name, v.type)).join('');
    const firstOverride = elements.find((e) => e.local === 'Override');
    if (newDefaults) {
      const at = firstOverride ? firstOverride.start : root.closeStart;
      splices.push({ start: at, end: at, text: newDefaults });
    }
    if (newOverrides) splices.push({ start: root.closeStart, end: root.closeStart, text: newOverrides });
    return applySplices(this.source, splices);
  }
}
