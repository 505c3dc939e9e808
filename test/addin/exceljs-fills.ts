/**
 * Test only: a cell fill of a workbook read by exceljs as the `RRGGBB` it shows (theme colours with
 * a tint, legacy palette indexes), to load a command-line result into the fake Excel.
 */
import type ExcelJS from 'exceljs';

// SpreadsheetML theme indexes: 0 lt1, 1 dk1, 2 lt2, 3 dk2, 4–9 accent1–6, 10 hlink, 11 folHlink.
const themeSlots = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];
const officeTheme = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72'];

// The legacy 64-colour palette (indexes 0–63); 64 and above are system colours.
const indexedPalette = (
  '000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF ' +
  '800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF ' +
  '000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 ' +
  '3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333'
).split(' ');

/** The theme palette of a workbook read by exceljs (its `theme1.xml`), by SpreadsheetML index. */
export function themePalette(book: ExcelJS.Workbook): string[] {
  const xml = (book as unknown as { _themes?: Record<string, string> })._themes?.theme1;
  if (!xml) return officeTheme;
  return themeSlots.map((slot, i) => {
    const m = new RegExp(`<a:${slot}>\\s*<a:(?:srgbClr val|sysClr[^>]*lastClr)="([0-9A-Fa-f]{6})"`).exec(xml);
    return m ? m[1].toUpperCase() : officeTheme[i];
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

/** The RGB an exceljs colour shows, or null when it names none. */
export function colorRgb(color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } | undefined, theme: readonly string[]): string | null {
  if (!color) return null;
  let rgb: string | null = null;
  if (typeof color.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(color.argb)) rgb = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === 'number') rgb = theme[color.theme] ?? null;
  else if (typeof color.indexed === 'number') rgb = indexedPalette[color.indexed] ?? null;
  return rgb && color.tint ? applyTint(rgb, color.tint) : rgb;
}

/** A cell fill as the `RRGGBB` it shows, or null for no fill (a gradient counts as its first colour). */
export function fillRgb(fill: ExcelJS.Fill | undefined, theme: readonly string[]): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    if (fill.pattern === 'none') return null;
    return colorRgb(fill.fgColor, theme) ?? (fill.pattern === 'solid' ? null : colorRgb(fill.bgColor, theme));
  }
  return colorRgb(fill.stops?.[0]?.color, theme);
}
