/**
 * The .xlsx/.xlsm reader of the command line: a package (zip) → the core's `RawWorkbook`.
 *
 * - `readWorkbookBytes(bytes, shown, options)` → `XlsxRead`: the raw workbook (sheets in tab order,
 *   the date system), whose sheets are parsed on first access to their values (a sheet nobody asks
 *   for is never inflated), and what the package says about itself.
 * - Unusable input (not a zip, an .xls or encrypted file, another Office document, a damaged part,
 *   a zip bomb, a cell that cannot be read) throws `UnusableInputError` with one Spanish line that
 *   names the file, and the sheet and cell when there is one.
 *
 * Libraries: yauzl (zip directory), fflate (inflate), saxes (small parts); the bulk parts go through
 * our own byte scanner (scan.ts), because measured speed demands it (BENCHMARKS.md).
 */
import type { CellPosition, CellRange, CellValue, DateSystem, FormatKind, ProgressListener, RawSheet, RawWorkbook } from '../../../core/workbook';
import { a1 } from '../../../core/workbook';
import { UnusableInputError } from '../errors';
import { ZipPackage } from './package';
import { ScanError } from './scan';
import { SharedStringsScanner } from './shared-strings';
import { CellError, maxColumns, maxRows, SheetScanner, type SheetContent } from './sheet';
import { readStructure, type WorkbookStructure } from './structure';
import { readStyleKinds } from './styles';

export { packageLimits } from './package';

export interface ReadOptions {
  /** Told every 65.536 rows of a sheet read (and at its start and end). */
  onProgress?: ProgressListener;
  /** Called with the milliseconds each sheet's parse took (for the benchmark's phase times). */
  onSheetParsed?: (sheet: string, ms: number) => void;
}

export interface XlsxRead {
  raw: RawWorkbook;
  structure: WorkbookStructure;
}

const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a workbook package held in memory. `shown` is the file name used in messages. */
export async function readWorkbookBytes(bytes: Buffer, shown: string, options: ReadOptions = {}): Promise<XlsxRead> {
  if (oleSignature.every((b, i) => bytes[i] === b)) {
    throw new UnusableInputError(
      `«${shown}» es un libro antiguo (.xls) o protegido con contraseña; ábralo en Excel y guárdelo como .xlsx sin contraseña.`,
      `“${shown}” is an old workbook (.xls) or password-protected; open it in Excel and save it as .xlsx without a password.`,
    );
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new UnusableInputError(
      `«${shown}» no es un libro de Excel (.xlsx): no es un paquete zip${bytes.length === 0 ? ' (está vacío)' : ''}.`,
      `“${shown}” is not an Excel workbook (.xlsx): it is not a zip package${bytes.length === 0 ? ' (it is empty)' : ''}.`,
    );
  }
  const pkg = await ZipPackage.open(bytes, shown);
  const structure = readStructure(pkg);
  const styleKinds = readStyleKinds(pkg, structure.stylesPart);
  const strings = structure.sharedStringsPart ? readSharedStrings(pkg, structure.sharedStringsPart) : [];
  const sheets = structure.sheets
    .filter((s) => s.part)
    .map((s) => lazySheet(s.name, () => readSheet(pkg, s.name, s.part!, strings, styleKinds, options)));
  return { raw: { sheets, dateSystem: structure.dateSystem }, structure };
}

function readSharedStrings(pkg: ZipPackage, part: string): string[] {
  const scanner = new SharedStringsScanner();
  try {
    pkg.inflate(part, (chunk) => scanner.feed(chunk));
    scanner.end();
  } catch (error) {
    throw scanFailure(error, pkg.shown, part, 'la tabla de textos compartidos');
  }
  return scanner.strings;
}

function readSheet(
  pkg: ZipPackage,
  name: string,
  part: string,
  strings: readonly string[],
  styleKinds: Uint8Array,
  options: ReadOptions,
): SheetContent {
  const started = performance.now();
  const progress = options.onProgress;
  let scanner: SheetScanner | undefined;
  scanner = new SheetScanner(strings, styleKinds, progress ? (rows) => progress({ phase: 'reading', sheet: name, rows, totalRows: scanner?.declaredRows }) : undefined);
  progress?.({ phase: 'reading', sheet: name, rows: 0 });
  let first = true;
  try {
    pkg.inflate(part, (chunk) => {
      if (first) {
        first = false;
        if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
          throw new UnusableInputError(
            `«${pkg.shown}»: la hoja «${name}» está guardada en UTF-16, que esta herramienta no lee; ábralo en Excel y guárdelo de nuevo.`,
            `“${pkg.shown}”: the sheet “${name}” is saved in UTF-16, which this tool does not read; open it in Excel and save it again.`,
          );
        }
      }
      scanner!.feed(chunk);
    });
    scanner.end();
  } catch (error) {
    if (error instanceof CellError) throw cellFailure(error, pkg.shown, name);
    const at = scanner.currentCell();
    throw scanFailure(error, pkg.shown, part, `la hoja «${name}»`, at ? `${name}!${a1(at.row, at.col)}` : undefined);
  }
  const content = scanner.content();
  progress?.({ phase: 'reading', sheet: name, rows: content.values.length, totalRows: content.values.length });
  options.onSheetParsed?.(name, performance.now() - started);
  return content;
}

/** A sheet whose cells are read on first access to any of them (its name is known at once). */
function lazySheet(name: string, load: () => SheetContent): RawSheet {
  let content: SheetContent | undefined;
  const get = () => (content ??= load());
  const sheet = { name } as RawSheet;
  Object.defineProperties(sheet, {
    values: { enumerable: true, get: (): CellValue[][] => get().values },
    formatOf: { enumerable: true, get: () => (row: number, col: number): FormatKind | undefined => get().formatOf(row, col) },
    pendingFormulas: { enumerable: true, get: (): readonly CellPosition[] => get().pendingFormulas },
    merges: { enumerable: true, get: (): readonly CellRange[] => get().merges },
  });
  return sheet;
}

const count = (n: number) => n.toLocaleString('es-CO');

function cellFailure(error: CellError, shown: string, sheet: string): UnusableInputError {
  const cell = `${sheet}!${a1(Math.min(error.row, maxRows - 1), Math.min(error.col, maxColumns - 1))}`;
  const found = error.detail ? ` «${error.detail}»` : '';
  const why: Record<CellError['problem'], string> = {
    number: `se declara numérica pero contiene${found}`,
    sharedString: `apunta al texto compartido número ${error.detail}, que no existe`,
    boolean: `se declara VERDADERO/FALSO pero contiene${found}`,
    isoDate: `se declara fecha pero contiene${found}, que no es una fecha`,
    grid: `está fuera de la cuadrícula de Excel (${count(maxRows)} filas × ${count(maxColumns)} columnas)`,
    tooManyCells: `supera el máximo de ${count(Number(error.detail))} celdas con valor que esta herramienta lee en una hoja`,
  };
  const tail = error.problem === 'tooManyCells' ? '' : ' El archivo está dañado; ábralo en Excel y guárdelo de nuevo.';
  return new UnusableInputError(
    `«${shown}»: la celda ${cell} no se puede leer: ${why[error.problem]}.${tail}`,
    `“${shown}”: the cell ${cell} cannot be read (${error.problem}).${error.problem === 'tooManyCells' ? '' : ' The file is damaged; open it in Excel and save it again.'}`,
  );
}

function scanFailure(error: unknown, shown: string, part: string, what: string, cell?: string): unknown {
  if (!(error instanceof ScanError)) return error;
  const where = cell ? `la celda ${cell}` : what;
  switch (error.reason) {
    case 'tooLong':
      return new UnusableInputError(
        `«${shown}» no se lee: ${where} contiene un valor de varios megabytes, y Excel admite 32.767 caracteres por celda; el archivo está dañado o es malicioso.`,
        `“${shown}” is not read: ${cell ?? part} holds a value of several megabytes, and Excel allows 32,767 characters per cell; the file is damaged or malicious.`,
      );
    case 'encoding':
      return new UnusableInputError(
        `«${shown}» está dañado: ${where} contiene texto que no es UTF-8 válido. Ábralo en Excel y guárdelo de nuevo.`,
        `“${shown}” is damaged: ${cell ?? part} holds text that is not valid UTF-8. Open it in Excel and save it again.`,
      );
    case 'dtd':
      return new UnusableInputError(`«${shown}» no es un libro de Excel válido: la parte ${part} declara un DTD.`, `“${shown}” is not a valid Excel workbook: the part ${part} declares a DTD.`);
    default:
      return new UnusableInputError(
        `«${shown}» está dañado: la parte ${part} (${what}) no es XML bien formado. Ábralo en Excel y guárdelo de nuevo.`,
        `“${shown}” is damaged: the part ${part} is not well-formed XML. Open it in Excel and save it again.`,
      );
  }
}

export type { DateSystem };
