/**
 * Number-format codes as evidence of what a cell holds (workbook.md, "Cell evidence"): every host
 * that sees a format code (Office.js `numberFormat`, Sheets `getNumberFormats`, the `.xlsx` styles)
 * classifies it here, so the same code means the same thing on every host.
 */
import type { FormatKind } from './index';

/**
 * Built-in `.xlsx` number-format ids that are dates or times (ECMA-376 §18.8.30): 14–22 and 45–47
 * in every language; 27–36 and 50–58, whose codes depend on the East Asian UI language, are dates
 * or times in all four of the standard's lists (zh-TW, zh-CN, ja-JP, ko-KR).
 */
const builtInDateIds = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The kind of a number-format code: `General` → general, `@` → text, a `%` → percent, day, month,
 * year, hour or second tokens → date, digits placeholders → number. Quoted text, escaped characters,
 * colours, locale tags (`[$-240A]`), padding (`_x`) and fill (`*x`) do not count. The first section
 * decides (the one positive numbers use). An empty or unknown code gives undefined: no evidence.
 */
export function formatKindOfCode(code: string | null | undefined): FormatKind | undefined {
  if (code === null || code === undefined) return undefined;
  const trimmed = String(code).trim();
  if (!trimmed) return undefined;
  if (/^general$/i.test(trimmed)) return 'general';
  const section = firstSection(trimmed);
  const bare = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    // Elapsed-time brackets ([h], [mm], [ss]) are date/time tokens; every other bracket is not.
    .replace(/\[(h+|m+|s+)\]/gi, '$1')
    .replace(/\[[^\]]*\]/g, '');
  if (bare.trim() === '@' || (/@/.test(bare) && !/[0#?]/.test(bare))) return 'text';
  if (/%/.test(bare)) return 'percent';
  if (/[dmyhs]/i.test(bare.replace(/AM\/PM|A\/P/gi, 'h'))) return 'date';
  if (/[0#?]/.test(bare)) return 'number';
  if (/^general/i.test(bare.trim())) return 'general';
  return undefined;
}

/**
 * The kind of a built-in `.xlsx` number-format id: 0 General; 1–8, 11–13, 37–44, 48 numbers and
 * currencies; 9–10 percent; the dates and times above; 49 text (`@`). Other ids give no evidence.
 */
export function formatKindOfBuiltInId(id: number): FormatKind | undefined {
  if (id === 0) return 'general';
  if (id === 9 || id === 10) return 'percent';
  if (id === 49) return 'text';
  if (builtInDateIds.has(id)) return 'date';
  if ((id >= 1 && id <= 8) || (id >= 11 && id <= 13) || (id >= 37 && id <= 44) || id === 48) return 'number';
  return undefined;
}

/** The first `;`-separated section of a code, ignoring `;` inside quotes. */
function firstSection(code: string): string {
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (ch === ';' && !quoted) return code.slice(0, i);
  }
  return code;
}
