/** The *insert template* menu entry: the input sheets a workbook lacks, planned like the `plantilla` command's. */
import type { Locale } from '../i18n';
import type { OutputSheet } from '../output';
import type { RawWorkbook } from '../workbook';
import { findSpecSheet, type SheetSpec } from '../table';
import { templateSheet } from './plan';
import { serviceSheets } from './sheets';

/**
 * The template sheets (headers, drop-down lists, column formats) of every input sheet the workbook
 * does not have, matched by name as the readers match them (any language, alias, case or accents).
 * Sheets already there are never in the list, so inserting the template never touches them.
 */
export function missingTemplateSheets(workbook: RawWorkbook, locale: Locale, extraSpecs: readonly SheetSpec[] = []): OutputSheet[] {
  return [...serviceSheets, ...extraSpecs].filter((spec) => !findSpecSheet(workbook, spec)).map((spec) => templateSheet(spec, locale));
}
