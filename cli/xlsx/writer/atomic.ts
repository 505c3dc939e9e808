/**
 * Writing files so that a failed run leaves nothing behind: the data goes to a temporary file in
 * the target's folder and is renamed over the target only when complete.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputWriteError } from '../errors';

/** Why a write failed, by Node's error code: Spanish and English. */
export const writeFailures: Record<string, { es: string; en: string }> = {
  EISDIR: { es: 'hay una carpeta con ese nombre', en: 'a folder has that name' },
  ENOTEMPTY: { es: 'hay una carpeta con ese nombre', en: 'a folder has that name' },
  ENOTDIR: { es: 'una parte de la ruta es un archivo, no una carpeta', en: 'part of the path is a file, not a folder' },
  EEXIST: { es: 'una parte de la ruta es un archivo, no una carpeta', en: 'part of the path is a file, not a folder' },
  EACCES: { es: 'sin permiso de escritura', en: 'no write permission' },
  EPERM: { es: 'sin permiso de escritura', en: 'no write permission' },
  EROFS: { es: 'el disco o la carpeta es de solo lectura', en: 'the disk or folder is read-only' },
  ENOSPC: { es: 'no queda espacio en el disco', en: 'the disk is full' },
  EDQUOT: { es: 'se agotó la cuota de disco', en: 'the disk quota is exhausted' },
  ENAMETOOLONG: { es: 'el nombre es demasiado largo', en: 'the name is too long' },
};

/**
 * Writes data to `file` through a temporary sibling and a rename; creates the folder. `data` may
 * be a function producing the bytes: if it throws, nothing is written. Failures to write throw
 * `OutputWriteError` (one line, Spanish, with an English variant).
 */
export async function writeFileAtomically(file: string, data: string | Buffer | (() => Promise<Buffer>)): Promise<void> {
  const bytes = typeof data === 'function' ? await data() : data;
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code ? writeFailures[code] : undefined;
    throw new OutputWriteError(`No se pudo escribir «${file}»: ${reason?.es ?? code ?? String(e)}.`, `Could not write “${file}”: ${reason?.en ?? code ?? String(e)}.`);
  }
}
