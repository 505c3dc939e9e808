/** The *insert template* menu entry: the input sheets a workbook lacks, planned like the `plantilla` command's. */
import type { Locale } from '../i18n';
import type { OutputSheet } from '../output';
import type { RawWorkbook } from '../workbook';
import { findSpecSheet, type SheetSpec } from '../table';
import { configSheet } from '../config';
import { buildTemplateSheets } from './plan';
import { reportTextSheets, serviceSheets } from './sheets';

/**
 * The template sheets (headers, drop-down lists, column formats, the default settings and
 * glossary) of every input sheet the workbook does not have, exactly as the `plantilla` command
 * writes them, matched by name as the readers match them (any language, alias, case or accents).
 * Sheets already there are never in the list, so inserting the template never touches them; the
 * instructions sheet is not inserted.
 */
export function missingTemplateSheets(workbook: RawWorkbook, locale: Locale, extraSpecs: readonly SheetSpec[] = []): OutputSheet[] {
  const [, ...sheets] = buildTemplateSheets(locale, extraSpecs);
  // buildTemplateSheets writes Configuración, then the input sheets in this order.
  const specs: readonly SheetSpec[] = [configSheet, ...serviceSheets, ...reportTextSheets, ...extraSpecs];
  if (specs.length !== sheets.length || specs.some((spec, i) => spec.name[locale] !== sheets[i].name)) throw new Error('template sheets and specs out of step');
  return sheets.filter((_, i) => !findSpecSheet(workbook, specs[i]));
}

/** One line for the panel after inserting the template: which sheets were added, or that none were missing. */
export function templateSummary(added: readonly string[], locale: Locale): string {
  if (!added.length) return locale === 'es' ? 'El libro ya tiene todas las hojas de datos; no se agregó ninguna.' : 'The workbook already has every input sheet; none was added.';
  return locale === 'es' ? `Hojas agregadas: ${added.join(', ')}. Las hojas que ya existían no se tocaron.` : `Sheets added: ${added.join(', ')}. Existing sheets were not touched.`;
}
