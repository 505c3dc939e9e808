/**
 * The workbook's structure as the package defines it: `_rels/.rels` → the main part (or the
 * content types' workbook override when that relationship is missing), the workbook part's
 * relationships → worksheets, shared strings, styles; sheet names in tab order; the date system.
 * Relationship types and namespaces are accepted in both Transitional and Strict spellings.
 */
import { UnusableInputError } from '../errors';
import type { ZipPackage } from './package';
import { attribute, childOf, childrenOf, ns, parseXml, type XmlElement } from './xml';
import type { DateSystem } from '../../../core/workbook';

const relType = (name: string) => [
  `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${name}`,
  `http://purl.oclc.org/ooxml/officeDocument/relationships/${name}`,
];

export const relationshipTypes = {
  officeDocument: relType('officeDocument'),
  worksheet: relType('worksheet'),
  sharedStrings: relType('sharedStrings'),
  styles: relType('styles'),
};

/** Content types of a workbook's main part (.xlsx, .xlsm, templates, add-ins). */
const workbookContentTypes = new Set([
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  'application/vnd.ms-excel.template.macroEnabled.main+xml',
  'application/vnd.ms-excel.addin.macroEnabled.main+xml',
]);

/** Main parts of other Office documents, to say what a file is when it is not a workbook. */
const otherDocuments: [RegExp, string][] = [
  [/wordprocessingml|ms-word/, 'un documento de Word'],
  [/presentationml|ms-powerpoint/, 'una presentación de PowerPoint'],
  [/spreadsheetml\.sheet\.binary|ms-excel\.sheet\.binary/, 'un libro binario de Excel (.xlsb)'],
];

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part (no leading slash); null when external. */
  part: string | null;
}

export interface SheetRef {
  name: string;
  /** The worksheet part; null for chart sheets, dialog sheets and macro sheets (not read). */
  part: string | null;
}

export interface WorkbookStructure {
  workbookPart: string;
  sheets: SheetRef[];
  sharedStringsPart: string | null;
  stylesPart: string | null;
  dateSystem: DateSystem;
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `` → `_rels/.rels`). */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part (RFC 3986 relative reference, percent-decoded). */
export function resolvePart(sourcePart: string, target: string): string {
  let path = target.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape stays as written.
  }
  const parts = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of path.replace(/^\/+/, '').split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

export function readRelationships(pkg: ZipPackage, sourcePart: string): Relationship[] {
  const relsPart = relationshipsPartOf(sourcePart);
  if (!pkg.has(relsPart)) return [];
  const root = parseXml(pkg.text(relsPart), pkg.shown, relsPart);
  return childrenOf(root, ns.packageRelationships, 'Relationship').map((r) => {
    const external = attribute(r, 'TargetMode') === 'External';
    const target = attribute(r, 'Target') ?? '';
    return { id: attribute(r, 'Id') ?? '', type: attribute(r, 'Type') ?? '', part: external ? null : resolvePart(sourcePart, target) };
  });
}

/** `[Content_Types].xml`: part name (lower case, no leading slash) → content type, and the defaults by extension. */
function readContentTypes(pkg: ZipPackage): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  if (!pkg.has('[Content_Types].xml')) return { overrides, defaults };
  const root = parseXml(pkg.text('[Content_Types].xml'), pkg.shown, '[Content_Types].xml');
  for (const o of childrenOf(root, ns.contentTypes, 'Override')) {
    overrides.set((attribute(o, 'PartName') ?? '').replace(/^\/+/, '').toLowerCase(), attribute(o, 'ContentType') ?? '');
  }
  for (const d of childrenOf(root, ns.contentTypes, 'Default')) defaults.set((attribute(d, 'Extension') ?? '').toLowerCase(), attribute(d, 'ContentType') ?? '');
  return { overrides, defaults };
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

/** Reads the package's structure; a package that is not a workbook: `UnusableInputError`. */
export function readStructure(pkg: ZipPackage): WorkbookStructure {
  const notWorkbook = (what?: string) =>
    new UnusableInputError(
      what ? `«${pkg.shown}» no es un libro de Excel: es ${what}.` : `«${pkg.shown}» no es un libro de Excel (.xlsx) válido.`,
      `“${pkg.shown}” is not a valid Excel workbook (.xlsx).`,
    );
  const types = readContentTypes(pkg);

  let workbookPart = readRelationships(pkg, '').find((r) => relationshipTypes.officeDocument.includes(r.type) && r.part)?.part ?? null;
  if (!workbookPart) workbookPart = [...types.overrides].find(([, t]) => workbookContentTypes.has(t))?.[0] ?? null;
  if (!workbookPart || !pkg.has(workbookPart)) {
    const other = otherDocuments.find(([re]) => [...types.overrides.values()].some((t) => re.test(t)));
    throw notWorkbook(other?.[1]);
  }
  const mainType = types.overrides.get(workbookPart.toLowerCase());
  if (mainType && !workbookContentTypes.has(mainType)) {
    const other = otherDocuments.find(([re]) => re.test(mainType));
    throw notWorkbook(other?.[1]);
  }

  const root = parseXml(pkg.text(workbookPart), pkg.shown, workbookPart);
  if (root.local !== 'workbook' || !ns.main.includes(root.uri as (typeof ns.main)[number])) throw notWorkbook();
  const rels = new Map(readRelationships(pkg, workbookPart).map((r) => [r.id, r]));
  const sheets: SheetRef[] = childrenOf(childOf(root, ns.main, 'sheets'), ns.main, 'sheet').map((s: XmlElement) => {
    const name = attribute(s, 'name') ?? '';
    const rel = rels.get(attribute(s, 'id', ns.officeRelationships) ?? '');
    const part = rel && rel.part && relationshipTypes.worksheet.includes(rel.type) ? rel.part : null;
    if (part && !pkg.has(part)) throw new UnusableInputError(
        `«${pkg.shown}» está incompleto: falta la parte ${part} de la hoja «${name}». Ábralo en Excel y guárdelo de nuevo.`,
        `“${pkg.shown}” is incomplete: the part ${part} of the sheet “${name}” is missing. Open it in Excel and save it again.`,
      );
    return { name, part };
  });
  if (!sheets.some((s) => s.part)) throw notWorkbook();
  const relPart = (types: string[]) => {
    const part = [...rels.values()].find((r) => types.includes(r.type) && r.part)?.part;
    return part && pkg.has(part) ? part : null;
  };
  const workbookPr = childOf(root, ns.main, 'workbookPr');
  return {
    workbookPart,
    sheets,
    sharedStringsPart: relPart(relationshipTypes.sharedStrings),
    stylesPart: relPart(relationshipTypes.styles),
    dateSystem: workbookPr && isTrue(attribute(workbookPr, 'date1904')) ? '1904' : '1900',
  };
}
