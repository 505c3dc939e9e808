/** The *insert template* menu entry: the input sheets a workbook lacks, planned like the `plantilla` command's. */
import type { Locale } from '../i18n';
import type { OutputSheet } from '../output';
import type { RawWorkbook } from '../workbook';
import { configSheet } from '../config';
import { findSpecSheet, type SheetSpec } from '../table';
import { buildTemplateSheets } from './plan';
import { reportTextSheets, serviceSheets } from './sheets';

/**
 * The template sheets of every input sheet the workbook does not have — exactly as the `plantilla`
 * workbook has them (headers, drop-down lists, column formats; `Configuración` with its parameters,
 * `Glosario` with the default definitions) — matched by name as the readers match them (any
 * language, alias, case or accents). Sheets already there are never in the list, so inserting the
 * template never touches them. The instructions sheet is the template file's own, not an input.
 */
export function missingTemplateSheets(workbook: RawWorkbook, locale: Locale, extraSpecs: readonly SheetSpec[] = []): OutputSheet[] {
  const specs: readonly SheetSpec[] = [configSheet, ...serviceSheets, ...reportTextSheets, ...extraSpecs];
  const missing = new Set(specs.filter((spec) => !findSpecSheet(workbook, spec)).map((spec) => spec.name[locale]));
  return buildTemplateSheets(locale, extraSpecs).filter((sheet) => missing.has(sheet.name));
}
