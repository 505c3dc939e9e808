/** The `plantilla` command's file: the template workbook planned in core/template, written atomically. */
import type { Locale } from '../../core/i18n';
import type { SheetSpec } from '../../core/table';
import { buildTemplateSheets, type TemplateOptions } from '../../core/template/plan';
import { createBook } from './book';
import { applyOutputSheets } from './sheets';
import { writeWorkbookAtomically } from './write';

/** Writes an empty template workbook: instructions, every input sheet with headers, drop-down lists and formats. */
export async function writeTemplate(file: string, locale: Locale, extraSpecs: readonly SheetSpec[] = [], options: TemplateOptions = {}): Promise<void> {
  const xb = createBook();
  applyOutputSheets(xb, buildTemplateSheets(locale, extraSpecs, options));
  await writeWorkbookAtomically(xb, file);
}
