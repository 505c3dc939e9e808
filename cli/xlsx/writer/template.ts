/** The `plantilla` command's file: the template workbook planned in core/template, written from scratch. */
import type { Locale } from '../../../core/i18n';
import type { SheetSpec } from '../../../core/table';
import { buildTemplateSheets, type TemplateOptions } from '../../../core/template/plan';
import { writeNewWorkbook } from './index';
import { sheetModels } from './sheet-xml';

/** Writes an empty template workbook: instructions, every input sheet with headers, drop-down lists and formats. */
export async function writeTemplate(file: string, locale: Locale, extraSpecs: readonly SheetSpec[] = [], options: TemplateOptions = {}): Promise<void> {
  await writeNewWorkbook(file, sheetModels(buildTemplateSheets(locale, extraSpecs, options)));
}
