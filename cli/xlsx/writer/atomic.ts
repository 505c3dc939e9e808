/**
 * Writing files so that a failed run leaves nothing behind: the data goes to a temporary file in
 * the target's folder and is renamed over the target only when complete.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { OutputWriteError } from '../errors';

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

/**
 * Writes data to `file` through a temporary sibling and a rename; creates the folder. `data` may
 * be a function producing the bytes: if it throws, nothing is written. Failures to write throw
 * `OutputWriteError` (one line, Spanish).
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
    const reason = (code && writeFailures[code]) ?? code ?? String(e);
    throw new OutputWriteError(`No se pudo escribir «${file}»: ${reason}.`);
  }
}
