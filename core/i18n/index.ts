/** Languages and number formatting: Colombian conventions (`1.371`, `98,3 %`) in Spanish, US in English. */

export type Locale = 'es' | 'en';
export const locales: readonly Locale[] = ['es', 'en'];

/** A text in both languages. */
export interface Bilingual {
  es: string;
  en: string;
}

/** Formats a number with `decimals` fixed decimals and grouped thousands, in the locale's notation. */
export function formatNumber(value: number, decimals = 0, locale: Locale = 'es'): string {
  const fixed = Math.abs(value).toFixed(Math.max(0, Math.min(20, Math.trunc(decimals) || 0)));
  const [intPart, decPart] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'es' ? '.' : ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  const decimalMark = locale === 'es' ? ',' : '.';
  return sign + grouped + (decPart ? decimalMark + decPart : '');
}

/** Formats a count (`1.371`); non-integers keep up to two decimals. */
export function formatCount(value: number, locale: Locale = 'es'): string {
  return Number.isInteger(value) ? formatNumber(value, 0, locale) : formatNumber(value, 2, locale).replace(/[,.]?0+$/, '');
}

/** Formats points as a percentage with a space before the sign (`98,3 %`). */
export function formatPercent(points: number, decimals = 1, locale: Locale = 'es'): string {
  return `${formatNumber(points, decimals, locale)} %`;
}

/** Formats a signed change in points (`+61,9 %`, `−73,8 %`). */
export function formatChange(points: number, decimals = 1, locale: Locale = 'es'): string {
  const text = formatPercent(points, decimals, locale);
  return points > 0 && Number(points.toFixed(decimals)) !== 0 ? `+${text}` : text;
}

/** `YYYY-MM-DD` → `dd/mm/yyyy`, as dates are written in Colombia (in both languages: the day first, as read). */
export function formatDayFirst(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

const monthNames: Record<Locale, string[]> = {
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Month names in the locale, January first (Spanish in lower case, as written mid-sentence). */
export function monthNamesOf(locale: Locale): readonly string[] {
  return monthNames[locale];
}

/** `2025-02` → `Febrero 2025` (capitalised, for titles). */
export function formatMonthTitle(month: string, locale: Locale = 'es'): string {
  const [y, m] = month.split('-').map(Number);
  const name = monthNames[locale][m - 1] ?? month;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${y}`;
}

/** `2025-02` → `febrero de 2025` / `February 2025` (mid-sentence). */
export function formatMonthInText(month: string, locale: Locale = 'es'): string {
  const [y, m] = month.split('-').map(Number);
  const name = monthNames[locale][m - 1] ?? month;
  return locale === 'es' ? `${name} de ${y}` : `${name} ${y}`;
}

const channelLabels: Record<string, Bilingual> = {
  Telefónico: { es: 'Telefónico', en: 'Phone' },
  Presencial: { es: 'Presencial', en: 'In person' },
  Virtual: { es: 'Virtual', en: 'Virtual' },
};

/** A channel's label in the locale; the entity-wide `ANM` shows as the entity's name. */
export function channelLabel(channel: string, locale: Locale, entity = 'ANM'): string {
  if (channel === 'ANM') return entity;
  return channelLabels[channel]?.[locale] ?? channel;
}
