/** The *Datos por revisar* block of the accountability output sheets: each finding with a link to its cell. */
import { severityFills, severityLabels, type Finding } from '../findings';
import type { Locale } from '../i18n';
import { headerCell, type OutputCell } from '../output';
import { parseA1 } from '../workbook';


/** Fills per severity, as the marks use them (checks.md). */


export { headerCell } from '../output';

/**
 * The accountability result sheets, each listing its own *Datos por revisar*: the deck points to
 * them for the rows that could not be read (they are not in `Hallazgos`).
 */
export const accountabilitySheetNames = {
  selfDiagnosis: { es: 'Resultado autodiagnóstico', en: 'Self-diagnosis result' },
  spaces: { es: 'Línea base espacios', en: 'Spaces baseline' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Rows listing findings (title, header, one row each); empty when there are none. */
export function reviewBlock(findings: readonly Finding[], locale: Locale): OutputCell[][] {
  if (!findings.length) return [];
  const header = locale === 'es' ? ['Severidad', 'Código', 'Celda', 'Mensaje', 'Sugerencia'] : ['Severity', 'Code', 'Cell', 'Message', 'Suggestion'];
  return [
    [{ value: locale === 'es' ? `Datos por revisar (${findings.length})` : `Data to review (${findings.length})`, bold: true }],
    header.map(headerCell),
    ...findings.map((f): OutputCell[] => [
      { value: severityLabels[locale][f.severity], fill: severityFills[f.severity] },
      f.code,
      f.sheet && f.cell ? { value: `${f.sheet}!${f.cell}`, link: { sheet: f.sheet, cell: f.cell.split(':')[0] } } : (f.sheet ?? ''),
      f.message,
      f.suggestion ?? '',
    ]),
  ];
}

/** Findings in sheet order: whole-sheet ones first, then by row and column of their cell (stable). */
export function inSheetOrder(findings: readonly Finding[]): Finding[] {
  const pos = (f: Finding) => {
    const p = f.cell ? parseA1(f.cell.split(':')[0]) : null;
    return p ? p.row * 16384 + p.col : -1;
  };
  return findings.map((f, i) => ({ f, i })).sort((a, b) => pos(a.f) - pos(b.f) || a.i - b.i).map(({ f }) => f);
}
