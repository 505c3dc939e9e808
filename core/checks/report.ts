/** The findings for people and programs: the `Hallazgos` sheet, `<base>-hallazgos.json` and the terminal summary. */
import type { RawWorkbook } from '../workbook';
import { parseA1 } from '../workbook';
import type { Locale } from '../i18n';
import { countBySeverity, severityFills, severityLabels, severityRank, type Finding, type Severity } from '../findings';
import { fitColumns, headerCell, type OutputCell, type OutputSheet } from '../output';
import { decimalsOf } from '../table';

/** Fill per severity (`RRGGBB`): soft red, amber, soft blue — on the sheet and on marked cells. */
export { severityFills } from '../findings';

export { severityLabels } from '../findings';

export const findingsSheetNames: Record<Locale, string> = { es: 'Hallazgos', en: 'Findings' };

const headers: Record<Locale, string[]> = {
  es: ['Severidad', 'Código', 'Hoja', 'Celda', 'Mensaje', 'Esperado', 'Encontrado', 'Sugerencia'],
  en: ['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Expected', 'Found', 'Suggestion'],
};

/** The first cell of an A1 cell or range (`B2:B14` → `B2`). */
export function firstCell(cell: string): string {
  return cell.split(':')[0];
}

/** Findings sorted by severity, then sheet (in tab order), then row and column. */
export function sortFindings(findings: readonly Finding[], workbook: RawWorkbook): Finding[] {
  const tab = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const position = (f: Finding) => {
    const p = f.cell ? parseA1(firstCell(f.cell)) : null;
    return { sheet: f.sheet === null ? -1 : (tab.get(f.sheet) ?? workbook.sheets.length), row: p?.row ?? -1, col: p?.col ?? -1 };
  };
  return findings
    .map((f, i) => ({ f, i, p: position(f) }))
    .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.p.sheet - b.p.sheet || a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.f);
}

export interface PublishedCounts {
  checked: number;
  unverified: number;
}

/** The `Hallazgos` sheet: counts by severity on top, then one row per finding (already sorted) with a link to its cell. */
export function buildFindingsSheet(findings: readonly Finding[], locale: Locale, published: PublishedCounts | null = null): OutputSheet {
  const counts = countBySeverity(findings);
  const labels = severityLabels[locale];
  const rows: OutputCell[][] = (['error', 'warning', 'info'] as const).map((s) => [
    { value: labels[s], bold: true, fill: severityFills[s] },
    { value: counts[s], format: 'count' },
  ]);
  if (published) {
    rows.push([
      { value: locale === 'es' ? 'Cifras publicadas comparadas' : 'Published figures compared', bold: true },
      { value: published.checked, format: 'count' },
    ]);
    if (published.unverified) {
      rows.push([
        { value: locale === 'es' ? 'Cifras publicadas sin datos para calcularlas' : 'Published figures without data to compute them', bold: true },
        { value: published.unverified, format: 'count' },
      ]);
    }
  }
  rows.push([]);
  rows.push(headers[locale].map(headerCell));
  const headerRows = rows.length;
  for (const f of findings) {
    rows.push([
      { value: labels[f.severity], fill: severityFills[f.severity] },
      f.code,
      f.sheet,
      f.cell === null ? null : f.sheet === null ? f.cell : { value: f.cell, link: { sheet: f.sheet, cell: firstCell(f.cell) } },
      f.message,
      figureCell(f, f.expected),
      figureCell(f, f.actual),
      f.suggestion,
    ]);
  }
  // Messages are long: the column is capped and they wrap, so Esperado and Encontrado stay in view.
  return fitColumns({ name: findingsSheetNames[locale], rows, columnWidths: [14, 22, 22, 12, 80, 12, 12, 24], freezeRows: headerRows }, { max: 80, locale });
}

/**
 * The unit of a finding's Esperado and Encontrado, where its code fixes it: published and
 * logged figures take the unit they were written in, changes and rates are percentages, parts and
 * sums are counts. Null when the figure is a plain number.
 */
export function findingUnit(f: Finding): 'percent' | 'count' | null {
  const shownAsPercent = (v: unknown) => typeof v === 'string' && /%\s*$/.test(v);
  switch (f.code) {
    case 'reported-mismatch':
    case 'reported-rounding':
      return shownAsPercent(f.params.reported) ? 'percent' : 'count';
    case 'log-aggregate-mismatch':
      return shownAsPercent(f.params.value) ? 'percent' : 'count';
    case 'unusual-change':
      return 'percent';
    case 'low-response':
      return f.actual === f.params.respondents ? 'count' : 'percent';
    case 'part-exceeds-total':
    case 'sum-mismatch':
    case 'incomplete-breakdown':
      return 'count';
    default:
      return null;
  }
}

/** Esperado / Encontrado in the unit of the figure (`82,2 %`, `78 %`, `1.371`), at the precision it has. */
function figureCell(f: Finding, value: number | string | null): OutputCell {
  if (typeof value !== 'number') return value;
  const unit = findingUnit(f);
  if (unit === 'count') return { value, format: 'count' };
  if (unit === 'percent') return { value, format: 'percent', decimals: Math.min(3, decimalsOf(value)) };
  return value;
}

/** `<base>-hallazgos.json` (cli.md): counts by severity and the findings without their template parameters. */
export function findingsJson(findings: readonly Finding[]): { summary: Record<Severity, number>; findings: Omit<Finding, 'params'>[] } {
  return {
    summary: countBySeverity(findings),
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      expected: f.expected,
      actual: f.actual,
      suggestion: f.suggestion,
    })),
  };
}

/** How many findings the terminal summary lists before pointing to the sheet. */
export const summaryFindingsShown = 10;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Terminal lines: counts by severity, then the first findings (already sorted). */
export function findingsSummary(findings: readonly Finding[], locale: Locale, published: PublishedCounts | null = null): string[] {
  const counts = countBySeverity(findings);
  const lines: string[] = [];
  if (!findings.length) {
    lines.push(locale === 'es' ? 'Revisión de consistencia: sin hallazgos; las cifras son consistentes.' : 'Consistency check: no findings; the figures are consistent.');
  } else {
    lines.push(
      locale === 'es'
        ? `Revisión de consistencia: ${plural(counts.error, 'error', 'errores')}, ${plural(counts.warning, 'advertencia', 'advertencias')}, ${counts.info} de información.`
        : `Consistency check: ${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} info.`,
    );
    for (const f of findings.slice(0, summaryFindingsShown)) {
      const where = f.sheet ? `${f.sheet}${f.cell ? `!${f.cell}` : ''}` : '—';
      // A message that already asks about the suggestion («¿es «Encuestados»?») is not asked twice.
      const named = f.suggestion !== null && (f.message.includes(`«${f.suggestion}»`) || f.message.includes(`“${f.suggestion}”`));
      const hint = f.suggestion && !named ? (locale === 'es' ? ` ¿Quiso decir «${f.suggestion}»?` : ` Did you mean “${f.suggestion}”?`) : '';
      lines.push(`  ${severityLabels[locale][f.severity]} · ${where} · ${f.message}${hint}`);
    }
    const more = findings.length - summaryFindingsShown;
    if (more > 0) {
      lines.push(locale === 'es' ? `  … y ${more} más en la hoja «${findingsSheetNames.es}».` : `  … and ${more} more in the “${findingsSheetNames.en}” sheet.`);
    }
  }
  if (published) {
    const { checked, unverified } = published;
    lines.push(
      locale === 'es'
        ? `Cifras publicadas (Reportado): ${checked} comparadas${unverified ? `, ${unverified} sin datos para calcularlas` : ''}.`
        : `Published figures (Reportado): ${checked} compared${unverified ? `, ${unverified} without data to compute them` : ''}.`,
    );
  }
  return lines;
}
