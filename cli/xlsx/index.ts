/**
 * The .xlsx port of the command line: it moves cells between an .xlsx file and the core, and
 * decides nothing about the domain.
 *
 * - `readWorkbookFile(path)` → `raw`, every sheet's used range from A1 as core `CellValue`s.
 *   Unusable input throws `UnusableInputError` with a one-line Spanish message (exit code 2).
 * - `openWorkbookPackage(path)` → the input's package for writing its result; `cellState(sheet,
 *   cell)` reads a cell's fill and note (reversible marks).
 * - `writeResultWorkbook(pkg, path, sheets, marks)`: the user's package with the output sheets
 *   (each replaces its namesake whole, at the same tab position; strings always text, never
 *   formulas; `_cc_…` sheets hidden) and the marks applied; every other part kept byte for byte.
 * - `writeFileAtomically(path, data)`: temporary file + rename, so a failed run leaves no partial
 *   file; the folder is created. Failures throw `OutputWriteError`.
 * - `writeTemplate(path, locale, extraSpecs)`: the `plantilla` workbook, written from scratch.
 */
export { type XlsxBook } from './book';
export { UnusableInputError, OutputWriteError } from './errors';
export { readWorkbookFile, plainValue, rawSheet } from './read';
export { openWorkbookPackage, writeResultWorkbook, writeNewWorkbook, writeFileAtomically, bookkeepingPrefix, WorkbookPackage } from './writer';
export { writeTemplate } from './writer/template';
