/**
 * The .xlsx writer of the command line. The result workbook is the user's package with the output
 * sheets added and the marks applied; every part the tool does not own is kept byte for byte
 * (package.ts lists the edits). The template and the example workbook are written from a minimal
 * package skeleton by the same code.
 *
 * - `openWorkbookPackage(file)` → `WorkbookPackage`; `cellState(sheet, cell)` reads a cell's fill
 *   and note (what the core records to make marks reversible).
 * - `writeResultWorkbook(pkg, file, sheets, marks)`: output sheets and marks, written atomically.
 * - `writeNewWorkbook(file, sheets, date)`: a workbook from scratch (template, example).
 */
import type { CellMark, OutputSheet } from '../../../core/output';
import { UnusableInputError } from '../errors';
import { writeFileAtomically } from './atomic';
import { WorkbookPackage } from './package';
import { sheetModels, type SheetModel } from './sheet-xml';

export { WorkbookPackage, type PackageSheet } from './package';
export { writeFileAtomically } from './atomic';
export { sheetModels, bookkeepingPrefix, listsSheetName, type SheetModel, type WrittenCell } from './sheet-xml';
export type { CellLook } from './styles';

/** Opens the input workbook's package for writing its result; a file that is not a package throws `UnusableInputError`. */
export async function openWorkbookPackage(file: string): Promise<WorkbookPackage> {
  try {
    return await WorkbookPackage.open(file);
  } catch (e) {
    if (e instanceof UnusableInputError) throw e;
    const name = file.split(/[\\/]/).pop();
    throw new UnusableInputError(`«${name}» no es un libro de Excel (.xlsx) válido.`, `“${name}” is not a valid Excel workbook (.xlsx).`);
  }
}

/** The result workbook: the package with the output sheets (replacing their namesakes) and the marks, written atomically to `file`. */
export async function writeResultWorkbook(pkg: WorkbookPackage, file: string, sheets: readonly OutputSheet[], marks: readonly CellMark[]): Promise<void> {
  await writeFileAtomically(file, async () => {
    pkg.applyMarks(marks);
    pkg.putSheets(sheetModels(sheets));
    return pkg.toBuffer();
  });
}

/** A workbook written from scratch with these sheets (the first one active). `date` fixes timestamps, for byte-stable files. */
export async function writeNewWorkbook(file: string, sheets: readonly SheetModel[], date?: Date): Promise<void> {
  await writeFileAtomically(file, async () => {
    const pkg = WorkbookPackage.create(date);
    pkg.putSheets(sheets);
    return pkg.toBuffer();
  });
}
