/**
 * Writing files so that a failed run leaves nothing behind: the data goes to a temporary file in
 * the target's folder and is renamed over the target only when complete.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { XlsxBook } from './book';
import { injectCharts } from './charts';
import { OutputWriteError } from './errors';
import { injectInternalLinks } from './links';
import { sheetParts } from './ooxml';

/** The .xlsx package of a book: exceljs's output plus the charts and internal links of its output sheets. */
export async function workbookBuffer(xb: XlsxBook): Promise<Buffer> {
  const written = Buffer.from(await xb.book.xlsx.writeBuffer());
  if (!xb.extras.size) return written;
  const zip = await JSZip.loadAsync(written);
  const parts = new Map((await sheetParts(zip)).map((p) => [p.name, p.path]));
  for (const [name, extras] of xb.extras) {
    const part = parts.get(name);
    if (!part) throw new Error(`output sheet ${name} missing from the written package`);
    await injectInternalLinks(zip, part, extras.links);
    await injectCharts(zip, part, name, extras.charts);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const writeFailures: Record<string, string> = {
  EISDIR: 'hay una carpeta con ese nombre',
  ENOTEMPTY: 'hay una carpeta con ese nombre',
  ENOTDIR: 'una parte de la ruta no es una carpeta',
  EEXIST: 'una parte de la ruta no es una carpeta',
  EACCES: 'sin permiso de escritura',
  EPERM: 'sin permiso de escritura',
  EROFS: 'sin permiso de escritura',
  ENOSPC: 'no queda espacio en el disco',
};

/** Writes data to `file` through a temporary sibling and a rename; creates the folder; failures throw `OutputWriteError`. */
export async function writeFileAtomically(file: string, data: string | Buffer): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const reason = (code && writeFailures[code]) ?? code ?? String(e);
    throw new OutputWriteError(`No se pudo escribir «${file}»: ${reason}.`);
  }
}

/** Writes a book (with its charts and links) to `file` atomically. */
export async function writeWorkbookAtomically(xb: XlsxBook, file: string): Promise<void> {
  await writeFileAtomically(file, await workbookBuffer(xb));
}
