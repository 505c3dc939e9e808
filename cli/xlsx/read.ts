/** Reading an .xlsx file into the core's raw values, with our reader (reader/). */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ProgressListener } from '../../core/workbook';
import type { XlsxBook } from './book';
import { UnusableInputError } from './errors';
import { readWorkbookBytes } from './reader';

export interface ReadFileOptions {
  onProgress?: ProgressListener;
  /**
   * Milliseconds our reader spent (package, structure, shared strings, and each sheet parsed —
   * lazily, so partly during the computation), added to `read`. For the benchmark's phase times.
   */
  timings?: { read: number };
}

/** Reads a workbook file; missing files, other formats and broken packages throw `UnusableInputError`. */
export async function readWorkbookFile(file: string, options: ReadFileOptions = {}): Promise<XlsxBook> {
  const shown = path.basename(file);
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnusableInputError(`No se encontró el archivo «${file}».`, `File not found: “${file}”.`);
    if (code === 'EISDIR') throw new UnusableInputError(`«${file}» es una carpeta, no un libro de Excel (.xlsx).`, `“${file}” is a folder, not an Excel workbook (.xlsx).`);
    if (code === 'ERR_FS_FILE_TOO_LARGE') throw new UnusableInputError(`«${shown}» pesa más de 2 GB; ningún libro de Excel es tan grande.`, `“${shown}” is larger than 2 GB; no Excel workbook is that large.`);
    throw new UnusableInputError(`No se pudo leer el archivo «${file}» (${code ?? 'error'}).`, `Could not read the file “${file}” (${code ?? 'error'}).`);
  }
  const timings = options.timings;
  const started = performance.now();
  const { raw } = await readWorkbookBytes(data, shown, {
    onProgress: options.onProgress,
    onSheetParsed: timings ? (_, ms) => (timings.read += ms) : undefined,
  });
  if (timings) timings.read += performance.now() - started;
  return { raw };
}
