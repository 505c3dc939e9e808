/**
 * Number formats → the port's `FormatKind` (ECMA-376 Part 1, §18.8.30 built-in formats and
 * §18.8.31 format codes): which cells hold a percentage as a fraction, a serial date, text typed
 * with `@`, or a plain number.
 */
import type { FormatKind } from '../../../core/workbook';
import type { ZipPackage } from './package';
import { attribute, childOf, childrenOf, ns, parseXml } from './xml';

/** Compact codes of `FormatKind`: 0 no cell here (ask the row, column, default); 6 a format we cannot tell (no evidence). */
export const kindCodes: readonly (FormatKind | undefined)[] = [undefined, 'general', 'number', 'percent', 'date', 'text', undefined];
export const unknownKindCode = 6;
export const kindCode: Record<FormatKind, number> = { general: 1, number: 2, percent: 3, date: 4, text: 5 };

/**
 * Built-in format ids (not written in styles.xml): 0 General; 1–8, 37–44, 48 numbers and
 * currencies; 9–10 percent; 11–13 scientific and fractions; 14–22 and 45–47 dates and times;
 * 27–36 and 50–58 the East Asian date formats; 49 text (`@`). Other ids give no evidence.
 */
function builtInKind(id: number): FormatKind | undefined {
  if (id === 0) return 'general';
  if (id === 9 || id === 10) return 'percent';
  if (id === 49) return 'text';
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return 'date';
  if ((id >= 1 && id <= 8) || (id >= 11 && id <= 13) || (id >= 37 && id <= 44) || id === 48) return 'number';
  return undefined;
}

/**
 * The kind of a custom format code, judged on its first section (the one positive numbers use):
 * literal text (`"…"`, `\x`), spacing (`_x`), fills (`*x`), colours, conditions and locales in
 * brackets are ignored, except the elapsed-time brackets `[h]`, `[m]`, `[s]`, which are times.
 */
export function formatCodeKind(code: string): FormatKind {
  let first = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (quoted) {
      if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === ';') break;
    else if (ch === '[') {
      const end = code.indexOf(']', i);
      const inner = code.slice(i + 1, end < 0 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) first += 'h';
      i = end < 0 ? code.length : end;
    } else first += ch;
  }
  const s = first.toLowerCase().replace(/general/g, '');
  if (s.includes('@')) return 'text';
  if (/[ymdhs]/.test(s)) return 'date';
  if (s.includes('%')) return 'percent';
  if (/[0#?]/.test(s)) return 'number';
  return 'general';
}

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
    const kind = code !== undefined ? formatCodeKind(code) : builtInKind(id);
    kinds[i] = kind ? kindCode[kind] : unknownKindCode;
  });
  return kinds;
}
