/**
 * Number formats → the port's `FormatKind` (ECMA-376 Part 1, §18.8.30 built-in formats and
 * §18.8.31 format codes): which cells hold a percentage as a fraction, a serial date, text typed
 * with `@`, or a plain number. The classifying is core/workbook/format.ts's, shared with the
 * Excel and Sheets hosts; this file only finds each cell style's format in `styles.xml`.
 */
import { formatKindOfBuiltInId, formatKindOfCode, type FormatKind } from '../../../core/workbook';
import type { ZipPackage } from './package';
import { attribute, childOf, childrenOf, ns, parseXml } from './xml';

/** Compact codes of `FormatKind`: 0 no cell here (ask the row, column, default); 6 a format we cannot tell (no evidence). */
export const kindCodes: readonly (FormatKind | undefined)[] = [undefined, 'general', 'number', 'percent', 'date', 'text', undefined];
export const unknownKindCode = 6;
export const kindCode: Record<FormatKind, number> = { general: 1, number: 2, percent: 3, date: 4, text: 5 };

/** The kind code of each cell style (`s` attribute → `cellXfs` entry), from the styles part. */
export function readStyleKinds(pkg: ZipPackage, stylesPart: string | null): Uint8Array {
  if (!stylesPart) return Uint8Array.of(kindCode.general);
  const root = parseXml(pkg.text(stylesPart), pkg.shown, stylesPart);
  const custom = new Map<number, string>();
  for (const f of childrenOf(childOf(root, ns.main, 'numFmts'), ns.main, 'numFmt')) {
    custom.set(Number(attribute(f, 'numFmtId')), attribute(f, 'formatCode') ?? '');
  }
  const xfs = childrenOf(childOf(root, ns.main, 'cellXfs'), ns.main, 'xf');
  const kinds = new Uint8Array(Math.max(1, xfs.length));
  kinds[0] = kindCode.general;
  xfs.forEach((xf, i) => {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    // A code written in the part wins over a built-in id's implied one; the core classifies both, as for every host.
    const kind = code !== undefined ? formatKindOfCode(code) : formatKindOfBuiltInId(id);
    kinds[i] = kind ? kindCode[kind] : unknownKindCode;
  });
  return kinds;
}
