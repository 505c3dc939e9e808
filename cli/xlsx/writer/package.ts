/**
 * The result workbook as the user's own package plus the tool's edits. Every part the tool does
 * not own — tables, charts, pictures, pivot tables, macros, the log's million rows — is copied as
 * its zip entry, byte for byte. The tool's edits are:
 *
 * - output sheets: new worksheet parts (with their drawing and chart parts), one `<sheet>` in
 *   `workbook.xml` and one relationship each; an output sheet of a previous run (same name) is
 *   replaced whole at its tab position, with the parts only it used;
 * - `styles.xml`: number formats, fonts, fills and cell formats appended (never renumbered);
 * - marks: a marked cell's `s` points at a cell format cloned from its own with the mark's fill;
 *   its note goes to the sheet's comments part and legacy VML drawing (created when missing);
 * - `[Content_Types].xml` and the relationships parts, for the parts added or removed.
 *
 * `declaredEdits` lists which parts a run may change; the package comparison tests hold the writer to it.
 */
import { readFileSync } from 'node:fs';
import type { CellMark } from '../../../core/output';
import type { CellState } from '../../../core/checks';
import { chartAnchorXml, chartXml, drawingXml } from './charts';
import { CommentsPart, VmlDrawing } from './comments';
import { contentTypes, ContentTypes, kindOf, relativeTarget, relKinds, relsPathOf, relType, Relationships, resolveTarget, toStrict, strictRel, transitionalRel } from './opc';
import { worksheetXml, type SheetModel } from './sheet-xml';
import { minimalStylesXml, Styles, themePalette } from './styles';
import { parseCellRef, WorksheetPart } from './worksheet';
import { applySplices, isSelfClosing, prefixOf, qualified, scanXml, xmlEscape, type XmlElement } from './xml';
import { entryOf, entryOfPieces, inflateEntry, readZip, writeZip, ZipFormatError, type ZipEntry } from './zip';

/** A sheet of the workbook: its name, ids, visibility and part. */
export interface PackageSheet {
  name: string;
  sheetId: number;
  relId: string;
  state: string | null;
  /** Part path, '' when the relationship is missing. */
  part: string;
  kind: string;
}

interface PartSlot {
  name: string;
  original?: ZipEntry;
  content?: Buffer;
  /** New content as consecutive pieces (an edited huge sheet), deflated without being joined. */
  pieces?: Buffer[];
}

/** Excel compares sheet names without regard to case. */
const sameName = (a: string, b: string) => a.toLocaleUpperCase('es') === b.toLocaleUpperCase('es');

/** Bytes of a part that may be inflated (a part declaring more is refused: a zip bomb). */
const partLimit = 1536 * 1024 * 1024;

export class WorkbookPackage {
  private readonly parts = new Map<string, PartSlot>();
  private readonly order: string[] = [];
  private readonly relsCache = new Map<string, Relationships>();
  private readonly worksheets = new Map<string, WorksheetPart>();
  private readonly comments = new Map<string, { part: string | null; comments: CommentsPart; vml: VmlDrawing | null; vmlPart: string | null }>();
  private stylesCache: Styles | null = null;
  readonly contentTypes: ContentTypes;
  readonly workbookPath: string;
  private workbookXml: string;
  readonly strict: boolean;
  readonly date1904: boolean;
  private readonly mtime: Date;

  private constructor(entries: ZipEntry[], mtime?: Date) {
    for (const e of entries) {
      this.parts.set(e.name.toLowerCase(), { name: e.name, original: e });
      this.order.push(e.name.toLowerCase());
    }
    this.mtime = mtime ?? new Date();
    const types = this.text('[Content_Types].xml');
    if (types === null) throw new ZipFormatError('no [Content_Types].xml');
    this.contentTypes = new ContentTypes(types);
    const root = this.rels('').targets('', relKinds.officeDocument)[0];
    if (!root) throw new ZipFormatError('no officeDocument relationship');
    this.workbookPath = root.part;
    this.strict = root.rel.type.startsWith(strictRel);
    const workbook = this.text(this.workbookPath);
    if (workbook === null) throw new ZipFormatError(`no ${this.workbookPath}`);
    this.workbookXml = workbook;
    const pr = scanXml(workbook).find((e) => e.local === 'workbookPr');
    this.date1904 = pr?.attrs.date1904 === '1' || pr?.attrs.date1904 === 'true';
  }

  /** Opens a workbook file (or its bytes). Throws ZipFormatError when it is not a usable package. */
  static async open(source: string | Buffer): Promise<WorkbookPackage> {
    const data = typeof source === 'string' ? readFileSync(source) : source;
    return new WorkbookPackage(await readZip(data));
  }

  /** A workbook written from scratch: the minimal package skeleton, no sheets yet. `date` fixes every timestamp (byte-stable files). */
  static create(date: Date = new Date()): WorkbookPackage {
    const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const files: [string, string][] = [
      [
        '[Content_Types].xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          `<Default Extension="rels" ContentType="${contentTypes.relationships}"/><Default Extension="xml" ContentType="${contentTypes.xml}"/>` +
          `<Override PartName="/xl/workbook.xml" ContentType="${contentTypes.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${contentTypes.styles}"/>` +
          `<Override PartName="/docProps/core.xml" ContentType="${contentTypes.coreProperties}"/><Override PartName="/docProps/app.xml" ContentType="${contentTypes.extendedProperties}"/></Types>`,
      ],
      [
        '_rels/.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${relType(relKinds.officeDocument, false)}" Target="xl/workbook.xml"/>` +
          `<Relationship Id="rId2" Type="${relType(relKinds.coreProperties, false)}" Target="docProps/core.xml"/>` +
          `<Relationship Id="rId3" Type="${relType(relKinds.extendedProperties, false)}" Target="docProps/app.xml"/></Relationships>`,
      ],
      [
        'docProps/core.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
          `<dc:creator>Cuentas Claras</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
      ],
      [
        'docProps/app.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Cuentas Claras</Application></Properties>',
      ],
      [
        'xl/workbook.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
          '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>',
      ],
      [
        'xl/_rels/workbook.xml.rels',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${relType(relKinds.styles, false)}" Target="styles.xml"/></Relationships>`,
      ],
      ['xl/styles.xml', minimalStylesXml],
    ];
    // Zip timestamps hold local time fields: give them the date's UTC fields, so the bytes do not depend on the machine's zone.
    const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
    return new WorkbookPackage(files.map(([name, text]) => entryOf(name, text, local)), local);
  }

  // ---------------------------------------------------------------- parts

  private slot(part: string): PartSlot | undefined {
    return this.parts.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.slot(part) !== undefined;
  }

  /** A part's bytes (its edits included), or null when absent. */
  bytes(part: string): Buffer | null {
    const s = this.slot(part);
    if (!s) return null;
    if (s.pieces) return Buffer.concat(s.pieces);
    return s.content ?? inflateEntry(s.original!, partLimit);
  }

  /** A part's text, or null when absent. */
  text(part: string): string | null {
    const b = this.bytes(part);
    return b === null ? null : b.toString('utf8');
  }

  private put(part: string, content: string | Buffer): void {
    const key = part.toLowerCase();
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const s = this.parts.get(key);
    if (s) {
      s.content = data;
      s.pieces = undefined;
    }
    else {
      this.parts.set(key, { name: part, content: data });
      // A name freed by a removal and taken again keeps its place.
      if (!this.order.includes(key)) this.order.push(key);
    }
  }

  private remove(part: string): void {
    const key = part.toLowerCase();
    this.parts.delete(key);
    this.relsCache.delete(key);
    this.contentTypes.removeOverride(part);
    const rels = relsPathOf(part).toLowerCase();
    if (this.parts.has(rels)) this.parts.delete(rels);
  }

  /** The smallest `prefixN.ext` no part uses. */
  private freeName(prefix: string, ext: string): string {
    let n = 1;
    while (this.has(`${prefix}${n}${ext}`)) n++;
    return `${prefix}${n}${ext}`;
  }

  /** The relationships of a part ('' for the package), editable; written back by `write`. */
  rels(part: string): Relationships {
    const key = part.toLowerCase();
    let r = this.relsCache.get(key);
    if (!r) {
      r = new Relationships(this.text(relsPathOf(part)));
      this.relsCache.set(key, r);
    }
    return r;
  }

  private relTypeOf(kind: string): string {
    return relType(kind, this.strict);
  }

  /** Generated XML in the package's flavour (Strict namespaces for a Strict package). */
  private flavour(xml: string): string {
    return this.strict ? toStrict(xml) : xml;
  }

  // ---------------------------------------------------------------- workbook

  /** Every sheet in tab order. */
  sheets(): PackageSheet[] {
    const rels = this.rels(this.workbookPath);
    return scanXml(this.workbookXml)
      .filter((e) => e.local === 'sheet' && e.depth === 2)
      .map((e) => {
        const relId = relIdAttr(e) ?? '';
        const rel = rels.byId(relId);
        return {
          name: e.attrs.name ?? '',
          sheetId: Number(e.attrs.sheetId) || 0,
          relId,
          state: e.attrs.state ?? null,
          part: rel && !rel.external ? resolveTarget(this.workbookPath, rel.target) : '',
          kind: rel ? kindOf(rel.type) : '',
        };
      });
  }

  private sheetNamed(name: string): PackageSheet | undefined {
    const all = this.sheets();
    return all.find((s) => s.name === name) ?? all.find((s) => sameName(s.name, name));
  }

  /** True when the workbook part is macro-enabled (`.xlsm`). */
  get macroEnabled(): boolean {
    const type = this.contentTypes.of(this.workbookPath) ?? '';
    return type === contentTypes.macroWorkbook || type === contentTypes.macroTemplate;
  }

  /** The extension the result file must have: `xlsm` for a macro-enabled workbook, else `xlsx`. */
  get extension(): 'xlsx' | 'xlsm' {
    return this.macroEnabled ? 'xlsm' : 'xlsx';
  }

  private get styles(): Styles {
    if (this.stylesCache) return this.stylesCache;
    const wbRels = this.rels(this.workbookPath);
    let stylesPart = wbRels.targets(this.workbookPath, relKinds.styles)[0]?.part;
    let xml = stylesPart ? this.text(stylesPart) : null;
    if (!stylesPart || xml === null) {
      stylesPart = this.freeName('xl/styles', '.xml').replace(/styles1\.xml$/, 'styles.xml');
      xml = this.flavour(minimalStylesXml);
      this.put(stylesPart, xml);
      wbRels.add(this.relTypeOf(relKinds.styles), relativeTarget(this.workbookPath, stylesPart));
      this.contentTypes.setOverride(stylesPart, contentTypes.styles);
    }
    const themePart = wbRels.targets(this.workbookPath, relKinds.theme)[0]?.part;
    this.stylesCache = new Styles(xml, themePalette(themePart ? this.text(themePart) : null));
    this.stylesPart = stylesPart;
    return this.stylesCache;
  }
  private stylesPart = '';

  // ---------------------------------------------------------------- cells

  private worksheet(sheet: PackageSheet): WorksheetPart {
    let ws = this.worksheets.get(sheet.part.toLowerCase());
    if (!ws) {
      const bytes = this.bytes(sheet.part);
      if (!bytes) throw new Error(`missing part ${sheet.part}`);
      ws = new WorksheetPart(bytes);
      this.worksheets.set(sheet.part.toLowerCase(), ws);
    }
    return ws;
  }

  private notes(sheet: PackageSheet, create: boolean): { part: string | null; comments: CommentsPart; vml: VmlDrawing | null; vmlPart: string | null } | null {
    const key = sheet.part.toLowerCase();
    const cached = this.comments.get(key);
    if (cached) return cached;
    const rels = this.rels(sheet.part);
    const commentsPart = rels.targets(sheet.part, relKinds.comments)[0]?.part ?? null;
    if (!commentsPart && !create) return null;
    const vmlPart = rels.targets(sheet.part, relKinds.vmlDrawing)[0]?.part ?? null;
    const vmlText = vmlPart ? this.text(vmlPart) : null;
    const entry = {
      part: commentsPart,
      comments: new CommentsPart(commentsPart ? this.text(commentsPart) : null),
      vml: vmlPart && vmlText !== null ? new VmlDrawing(vmlText, 0) : null,
      vmlPart,
    };
    this.comments.set(key, entry);
    return entry;
  }

  /**
   * A cell's fill (`RRGGBB` it shows, theme and palette colours resolved) and note text, as the
   * core records them for reversible marks. A cell of a sheet that is not there, or not a
   * worksheet, reads as no fill and no note.
   */
  cellState(sheetName: string, ref: string): CellState {
    const sheet = this.sheetNamed(sheetName);
    const p = parseCellRef(ref);
    if (!sheet || sheet.kind !== relKinds.worksheet || !sheet.part || !p) return { fill: null, note: null };
    const fill = this.styles.fillOfXf(this.worksheet(sheet).styleOf(p.row, p.col));
    const note = this.notes(sheet, false)?.comments.noteAt(ref) ?? null;
    return { fill, note };
  }

  /** Sets each cell's fill and note exactly as marked (null removes them); marks on sheets not there are skipped. Values never change. */
  applyMarks(marks: readonly CellMark[]): void {
    for (const mark of marks) {
      const sheet = this.sheetNamed(mark.sheet);
      const p = parseCellRef(mark.cell);
      if (!sheet || sheet.kind !== relKinds.worksheet || !sheet.part || !p) continue;
      const ws = this.worksheet(sheet);
      const fill = mark.fill ? mark.fill.replace(/^#/, '').slice(-6).toUpperCase() : null;
      ws.setStyle(p.row, p.col, this.styles.xfWithFill(ws.styleOf(p.row, p.col), fill));
      const ref = mark.cell.replace(/\$/g, '').toUpperCase();
      if (mark.note === null) {
        const n = this.notes(sheet, false);
        if (n) {
          n.comments.setNote(ref, null);
          n.vml?.removeNote(ref);
        }
      } else {
        const n = this.notes(sheet, true)!;
        n.comments.setNote(ref, mark.note);
        if (!n.vml) n.vml = new VmlDrawing(null, this.freeVmlBlock());
        n.vml.ensureNote(ref);
      }
    }
  }

  /** An `o:idmap` block no VML drawing of the workbook claims. */
  private freeVmlBlock(): number {
    const used = new Set<number>();
    for (const slot of this.parts.values()) if (slot.name.toLowerCase().endsWith('.vml')) for (const b of VmlDrawing.idBlocks(this.text(slot.name) ?? '')) used.add(b);
    for (const n of this.comments.values()) if (n.vml) for (const b of VmlDrawing.idBlocks(n.vml.serialize())) used.add(b);
    let block = 1;
    while (used.has(block)) block++;
    return block;
  }

  /** Writes the notes edits of every sheet: parts created or emptied, relationships, `<legacyDrawing>`. */
  private flushNotes(): void {
    for (const [key, n] of this.comments) {
      const sheet = this.sheets().find((s) => s.part.toLowerCase() === key);
      if (!sheet) continue;
      const rels = this.rels(sheet.part);
      const ws = this.worksheet(sheet);
      const empty = n.comments.refs().length === 0;
      if (empty) {
        if (n.part) {
          const rel = rels.current.find((r) => !r.external && resolveTarget(sheet.part, r.target).toLowerCase() === n.part!.toLowerCase());
          if (rel) rels.remove(rel.id);
          this.remove(n.part);
        }
      } else if (n.comments.changed || !n.part) {
        if (!n.part) {
          n.part = this.freeName('xl/comments', '.xml');
          rels.add(this.relTypeOf(relKinds.comments), relativeTarget(sheet.part, n.part));
          this.contentTypes.setOverride(n.part, contentTypes.comments);
        }
        this.put(n.part, this.flavour(n.comments.serialize()));
      }
      if (!n.vml) continue;
      if (!n.vml.hasShapes) {
        if (n.vmlPart) {
          const rel = rels.current.find((r) => !r.external && resolveTarget(sheet.part, r.target).toLowerCase() === n.vmlPart!.toLowerCase());
          if (rel) rels.remove(rel.id);
          this.remove(n.vmlPart);
          ws.removeElement('legacyDrawing');
        }
      } else if (n.vml.changed) {
        if (!n.vmlPart) {
          n.vmlPart = this.freeName('xl/drawings/vmlDrawing', '.vml');
          const id = rels.add(this.relTypeOf(relKinds.vmlDrawing), relativeTarget(sheet.part, n.vmlPart));
          this.contentTypes.ensureDefault('vml', contentTypes.vmlDrawing);
          if (ws.relIdOf('legacyDrawing') === null) ws.addRelElement('legacyDrawing', id);
        }
        this.put(n.vmlPart, n.vml.serialize());
      }
    }
  }

  // ---------------------------------------------------------------- output sheets

  /**
   * Adds sheets the tool writes whole. A sheet of the same name (Excel's case-insensitive rule) is
   * replaced, with the parts only it used, and the new one takes its tab position; others go last.
   */
  putSheets(models: readonly SheetModel[]): void {
    for (const model of models) this.putSheet(model);
  }

  private putSheet(model: SheetModel): void {
    const old = this.sheets().find((s) => sameName(s.name, model.name));
    const wbRels = this.rels(this.workbookPath);
    if (old) {
      this.removeSheetParts(old);
      wbRels.remove(old.relId);
    }
    const part = this.freeName('xl/worksheets/sheet', '.xml');
    const relId = wbRels.add(this.relTypeOf(relKinds.worksheet), relativeTarget(this.workbookPath, part));
    this.contentTypes.setOverride(part, contentTypes.worksheet);

    let drawingRelId: string | undefined;
    if (model.charts?.length) {
      const drawing = this.freeName('xl/drawings/drawing', '.xml');
      this.put(drawing, ''); // reserve the name before the charts take theirs
      drawingRelId = this.rels(part).add(this.relTypeOf(relKinds.drawing), relativeTarget(part, drawing));
      this.contentTypes.setOverride(drawing, contentTypes.drawing);
      const anchors = model.charts.map((chart, i) => {
        const chartPart = this.freeName('xl/charts/chart', '.xml');
        this.put(chartPart, this.flavour(chartXml(chart, model.name)));
        this.contentTypes.setOverride(chartPart, contentTypes.chart);
        const id = this.rels(drawing).add(this.relTypeOf(relKinds.chart), relativeTarget(drawing, chartPart));
        return chartAnchorXml(chart.spec, id, i + 2);
      });
      this.put(drawing, this.flavour(drawingXml(anchors)));
    }
    this.put(part, this.flavour(worksheetXml(model, this.styles, { date1904: this.date1904, drawingRelId })));

    // The `<sheet>` element: in the old one's place, else last.
    const elements = scanXml(this.workbookXml);
    const root = elements[0];
    const sheetsEl = elements.find((e) => e.local === 'sheets' && e.depth === 1)!;
    const existingIds = elements.filter((e) => e.local === 'sheet').map((e) => Number(e.attrs.sheetId) || 0);
    const sheetId = old ? old.sheetId : Math.max(0, ...existingIds) + 1;
    const relPrefix = prefixForRel(root);
    const relAttr = relPrefix ? `${relPrefix}:id="${relId}"` : `xmlns:r="${this.strict ? strictRel : transitionalRel}" r:id="${relId}"`;
    const sheetXml = `<${qualified(prefixOf(root), 'sheet')} name="${xmlEscape(model.name)}" sheetId="${sheetId}"${model.hidden ? ' state="hidden"' : ''} ${relAttr}/>`;
    const oldEl = old ? elements.find((e) => e.local === 'sheet' && relIdAttr(e) === old.relId) : undefined;
    if (oldEl) this.workbookXml = applySplices(this.workbookXml, [{ start: oldEl.start, end: oldEl.end, text: sheetXml }]);
    else if (isSelfClosing(sheetsEl))
      this.workbookXml = applySplices(this.workbookXml, [{ start: sheetsEl.start, end: sheetsEl.end, text: `<${sheetsEl.name}>${sheetXml}</${sheetsEl.name}>` }]);
    else this.workbookXml = applySplices(this.workbookXml, [{ start: sheetsEl.closeStart, end: sheetsEl.closeStart, text: sheetXml }]);
    this.workbookChanged = true;
  }
  private workbookChanged = false;

  /** Removes a sheet's part and every part reachable from it that no other part uses. */
  private removeSheetParts(sheet: PackageSheet): void {
    if (!sheet.part) return;
    const owned = new Set<string>();
    const walk = (part: string) => {
      const key = part.toLowerCase();
      if (owned.has(key) || !this.has(part)) return;
      owned.add(key);
      for (const r of this.rels(part).current) if (!r.external) walk(resolveTarget(part, r.target));
    };
    walk(sheet.part);
    // Parts used from outside the sheet's own graph stay (a shared image, a theme).
    const usedElsewhere = new Set<string>();
    for (const slot of [...this.parts.values()]) {
      const name = slot.name;
      const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
      if (!m) continue;
      const source = `${m[1]}${m[2]}`;
      if (owned.has(source.toLowerCase())) continue;
      for (const r of this.rels(source).current) if (!r.external) usedElsewhere.add(resolveTarget(source, r.target).toLowerCase());
    }
    for (const key of owned) {
      if (key !== sheet.part.toLowerCase() && usedElsewhere.has(key)) continue;
      const slot = this.parts.get(key);
      if (slot) this.remove(slot.name);
    }
    this.worksheets.delete(sheet.part.toLowerCase());
    this.comments.delete(sheet.part.toLowerCase());
  }

  // ---------------------------------------------------------------- writing

  /** The package as a zip: unchanged parts as their original entries, edited and new parts deflated. */
  async toBuffer(): Promise<Buffer> {
    this.flushNotes();
    for (const [key, ws] of this.worksheets) {
      const slot = this.parts.get(key);
      if (slot && ws.changed) {
        slot.content = undefined;
        slot.pieces = ws.serialize();
      }
    }
    if (this.stylesCache?.changed) this.put(this.stylesPart, this.stylesCache.serialize());
    if (this.workbookChanged) this.put(this.workbookPath, this.workbookXml);
    // A template opened as a result would be refused by Excel under a workbook extension.
    const mainType = this.contentTypes.of(this.workbookPath);
    if (mainType === contentTypes.template) this.contentTypes.setOverride(this.workbookPath, contentTypes.workbook);
    if (mainType === contentTypes.macroTemplate) this.contentTypes.setOverride(this.workbookPath, contentTypes.macroWorkbook);
    for (const [key, rels] of this.relsCache) {
      if (!rels.changed) continue;
      const source = this.parts.get(key)?.name ?? (key === '' ? '' : null);
      if (source === null) continue;
      const relsPart = relsPathOf(source);
      // A relationships part the tool emptied goes away (its part had none before the tool's).
      if (rels.current.length === 0) this.parts.delete(relsPart.toLowerCase());
      else this.put(relsPart, rels.serialize());
    }
    if (this.contentTypes.changed) this.put('[Content_Types].xml', this.contentTypes.serialize());
    const entries: ZipEntry[] = [];
    for (const key of this.order) {
      const slot = this.parts.get(key);
      if (!slot) continue;
      const mtime = slot.original?.mtime ?? this.mtime;
      if (slot.pieces) entries.push(await entryOfPieces(slot.name, slot.pieces, mtime));
      else if (slot.content === undefined) entries.push(slot.original!);
      else entries.push(entryOf(slot.name, slot.content, mtime));
    }
    // `[Content_Types].xml` first, as Office writes it.
    entries.sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
    return writeZip(entries);
  }
}

function relIdAttr(e: XmlElement): string | undefined {
  const key = Object.keys(e.attrs).find((k) => k.endsWith(':id') && !k.startsWith('xmlns'));
  return key ? e.attrs[key] : undefined;
}

function prefixForRel(root: XmlElement): string | null {
  for (const [k, v] of Object.entries(root.attrs)) if (k.startsWith('xmlns:') && (v === transitionalRel || v === strictRel)) return k.slice(6);
  return null;
}
