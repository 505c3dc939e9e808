/** Findings: problems in the user's data, as values (never exceptions). */
import { formatCount, type Locale } from '../i18n';
import { findingCatalogue, type FindingCode, type Severity, severities } from './catalogue';

export * from './catalogue';

export type FindingParam = string | number;
export type FindingParams = Record<string, FindingParam>;

/** A problem found in a workbook, located at a sheet and A1 cell or range (null: whole sheet). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  message: string;
  expected: number | string | null;
  actual: number | string | null;
  suggestion: string | null;
  /** The values the message template is filled with; kept so the message can be re-rendered in another language. */
  params: FindingParams;
}

export interface FindingInit {
  sheet?: string | null;
  cell?: string | null;
  params?: FindingParams;
  severity?: Severity;
  expected?: number | string | null;
  actual?: number | string | null;
  suggestion?: string | null;
}

/** Fills a message template; numbers are formatted in the locale, strings are used as written. */
export function renderTemplate(template: string, params: FindingParams, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatCount(v, locale) : v;
  });
}

/** Builds a finding of a catalogued code, its message rendered in the locale. */
export function makeFinding(code: FindingCode, init: FindingInit, locale: Locale = 'es'): Finding {
  const type = findingCatalogue[code];
  const params: FindingParams = { ...init.params };
  // `{detail}` is an optional clause of some messages: absent means nothing more to say.
  if (params.detail === undefined && type.message.es.includes('{detail}')) params.detail = '';
  if (init.sheet && params.sheet === undefined) params.sheet = init.sheet;
  if (init.cell && params.cell === undefined) params.cell = init.cell;
  return {
    code,
    severity: init.severity ?? type.severity,
    sheet: init.sheet ?? null,
    cell: init.cell ?? null,
    message: renderTemplate(type.message[locale], params, locale),
    expected: init.expected ?? null,
    actual: init.actual ?? null,
    suggestion: init.suggestion ?? null,
    params,
  };
}

/** The same finding with its message in another language. */
export function localizeFinding(finding: Finding, locale: Locale): Finding {
  return { ...finding, message: renderTemplate(findingCatalogue[finding.code].message[locale], finding.params, locale) };
}

/** Counts by severity, every severity present (0 when none). */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** One palette for every sheet and mark: soft red, amber, blue (`RRGGBB`). */
export const severityFills: Record<Severity, string> = { error: 'F4CCCC', warning: 'FFE599', info: 'CFE2F3' };

/** Severity names shown to people. */
export const severityLabels: Record<Locale, Record<Severity, string>> = {
  es: { error: 'Error', warning: 'Advertencia', info: 'Información' },
  en: { error: 'Error', warning: 'Warning', info: 'Info' },
};

/** Severity rank for sorting: errors first. */
export function severityRank(severity: Severity): number {
  return severities.indexOf(severity);
}
