/**
 * The checks as one registry, in the manner of HyperFormula's plugins: each declares the codes it
 * may raise and is a small function over the typed rows and indicators. `checkWorkbook` runs them all.
 */
import type { RawWorkbook } from '../workbook';
import type { Bilingual } from '../i18n';
import type { Finding, FindingCode } from '../findings';
import { buildCheckContext, type CheckContext, type CheckOptions } from './context';
import { reviewPublished, type PublishedReview } from './published';
import { pqrsdFindings } from '../pqrsd';
import { checkBreakdownSums, checkCanalesTotals, checkDuplicateRows, checkLogAgainstCanales, checkPartsWithinTotals, checkSurveySamples, checkUnusualChanges } from './service';

export interface Check {
  id: string;
  title: Bilingual;
  /** Every code the check may raise. */
  codes: readonly FindingCode[];
  run(ctx: CheckContext): Finding[];
}

const published = new WeakMap<CheckContext, PublishedReview>();

/** The review of `Reportado`, computed once per context. */
export function publishedReviewOf(ctx: CheckContext): PublishedReview {
  let review = published.get(ctx);
  if (!review) published.set(ctx, (review = reviewPublished(ctx)));
  return review;
}

export const checkRegistry: readonly Check[] = [
  {
    id: 'reading',
    title: { es: 'Lectura de las hojas', en: 'Reading the sheets' },
    // Raised by core/table's readers, readServiceData and buildServiceInputs; collected here, never duplicated.
    codes: [
      'missing-sheet', 'missing-column', 'unknown-column', 'missing-value', 'formula-without-result', 'invalid-number', 'negative-count', 'non-integer-count',
      'percent-out-of-range', 'ambiguous-percent', 'invalid-month', 'invalid-date', 'unknown-value', 'missing-row', 'partial-first-month', 'incomplete-year', 'not-measured',
    ],
    run: (ctx) => [...ctx.data.findings, ...ctx.inputs.findings],
  },
  {
    id: 'duplicates',
    title: { es: 'Filas duplicadas', en: 'Duplicate rows' },
    codes: ['duplicate-row'],
    run: checkDuplicateRows,
  },
  {
    id: 'parts',
    title: { es: 'Partes dentro de su total', en: 'Parts within their total' },
    codes: ['part-exceeds-total'],
    run: checkPartsWithinTotals,
  },
  {
    id: 'breakdowns',
    title: { es: 'Sumas de los desgloses', en: 'Breakdown sums' },
    codes: ['sum-mismatch', 'incomplete-breakdown'],
    run: checkBreakdownSums,
  },
  {
    id: 'log',
    title: { es: 'Registro de interacciones frente a Canales', en: 'Interaction log against Canales' },
    codes: ['log-aggregate-mismatch'],
    run: checkLogAgainstCanales,
  },
  {
    id: 'changes',
    title: { es: 'Cambios inusuales', en: 'Unusual changes' },
    codes: ['unusual-change'],
    run: checkUnusualChanges,
  },
  {
    id: 'survey',
    title: { es: 'Tamaño de la muestra de la encuesta', en: 'Survey sample size' },
    codes: ['low-response'],
    run: checkSurveySamples,
  },
  {
    id: 'canales-total',
    title: { es: 'Fila de total en Canales', en: 'Total row in Canales' },
    codes: ['reported-mismatch'],
    run: checkCanalesTotals,
  },
  {
    id: 'published',
    title: { es: 'Cifras publicadas', en: 'Published figures' },
    codes: ['reported-mismatch', 'reported-rounding', 'unknown-indicator', 'unknown-value', 'missing-value', 'invalid-number'],
    run: (ctx) => publishedReviewOf(ctx).findings,
  },
  {
    id: 'pqrsd',
    title: { es: 'Términos de respuesta de PQRSD', en: 'PQRSD response terms' },
    codes: [
      'missing-column', 'missing-value', 'invalid-date', 'invalid-number', 'negative-count', 'non-integer-count', 'unknown-value', 'duplicate-row',
      'response-before-filing', 'extension-too-long', 'extension-late', 'transfer-late', 'term-above-law', 'future-date',
    ],
    run: (ctx) => pqrsdFindings(ctx.workbook, { cutoff: ctx.options.cutoff, locale: ctx.options.locale }),
  },
];

/** The findings of every check, and the counts of the published-figures review. */
export interface CheckReport {
  findings: Finding[];
  published: { checked: number; unverified: PublishedReview['unverified'] } | null;
  context: CheckContext;
}

/** Runs every check of the registry on a workbook; extra findings (e.g. accountability) may be passed in. */
export function checkWorkbook(workbook: RawWorkbook, options: Partial<CheckOptions> = {}, extra: readonly Finding[] = []): CheckReport {
  const ctx = buildCheckContext(workbook, options);
  const findings = checkRegistry.flatMap((c) => c.run(ctx));
  const review = ctx.data.reported.sheetName ? publishedReviewOf(ctx) : null;
  return {
    findings: [...findings, ...extra],
    published: review && { checked: review.checked, unverified: review.unverified },
    context: ctx,
  };
}
