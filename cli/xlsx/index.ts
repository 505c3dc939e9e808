/**
 * The .xlsx port of the command line: it moves cells between an .xlsx file and the core, and
 * decides nothing about the domain.
 *
 * - `readWorkbookFile(path)` → `XlsxBook`: `raw`, every sheet's used range from A1 as core
 *   `CellValue`s read by our reader (reader/: formulas → cached results or `pendingFormulas`, rich
 *   text → text, errors → their code, date-formatted numbers stay serial numbers with `formatOf`
 *   saying `date`, ISO date cells → `Date`; sheets parsed on first access), plus exceljs's model for
 *   the writing path. Unusable input throws `UnusableInputError` with a one-line Spanish message
 *   (the CLI's exit code 2).
 * - `applyOutputSheets(book, sheets)`: each output sheet replaces its namesake whole, at the same
 *   tab position; strings are always text, never formulas. Sheets named `_cc_…` are written hidden.
 * - `applyCellMarks` / `readCellMarks`: a cell's fill and note, set and read exactly (reversible marks).
 * - `writeWorkbookAtomically(book, path)`, `writeFileAtomically(path, data)`: temporary file + rename,
 *   so a failed run leaves no partial file; the folder is created. Failures throw `OutputWriteError`.
 * - `writeTemplate(path, locale, extraSpecs)`: the `plantilla` workbook.
 *
 * exceljs cannot write charts nor clean internal links, so both are added to the package after
 * exceljs writes it (charts.ts, links.ts). exceljs also drops charts when reading: a re-run rewrites
 * the output sheets with their charts, but charts in the user's own sheets are lost — the CLI can
 * warn with `inputChartSheets`.
 */
export { createBook, type XlsxBook, type SheetExtras } from './book';
export { UnusableInputError, OutputWriteError } from './errors';
export { readWorkbookFile, type ReadFileOptions } from './read';
export { readWorkbookBytes, type ReadOptions, type XlsxRead } from './reader';
export { applyOutputSheets, bookkeepingPrefix } from './sheets';
export { applyCellMarks, readCellMarks } from './marks';
export { workbookBuffer, writeFileAtomically, writeWorkbookAtomically } from './write';
export { writeTemplate } from './template';
