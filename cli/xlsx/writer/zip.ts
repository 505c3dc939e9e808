/**
 * The zip container of an .xlsx package, on two kept libraries: yauzl reads the central directory
 * and hands each entry's bytes exactly as stored (`decodeFileData: false`), and fflate's streaming
 * `Zip` writes entries whose compressed bytes we supply. So a part the tool does not change — a
 * million-row sheet, a picture, a VBA project — is copied byte for byte, never inflated nor
 * deflated again; parts the tool writes are deflated with Node's zlib.
 */
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import yauzl from 'yauzl';

/** One entry of a zip, with its data as stored (compressed or not). */
export interface ZipEntry {
  /** Entry name as stored (a package part name without the leading slash). */
  name: string;
  /** 0 stored, 8 deflate (the only two an .xlsx uses). */
  method: number;
  crc32: number;
  uncompressedSize: number;
  /** The entry's data exactly as stored in the archive. */
  raw: Buffer;
  /** Modification time as in the archive, kept on copy. */
  mtime: Date;
}

/** The package is not a zip we can use (or declares a part we refuse to inflate). */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

/** Every entry of a zip held in memory, in archive order, with its stored bytes. Directory entries are skipped. */
export function readZip(data: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (err, zip) => {
      if (err || !zip) return reject(new ZipFormatError(String(err?.message ?? err)));
      const entries: ZipEntry[] = [];
      zip.on('error', (e: Error) => reject(new ZipFormatError(e.message)));
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        if (entry.isEncrypted()) return reject(new ZipFormatError(`encrypted entry ${entry.fileName}`));
        if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
          return reject(new ZipFormatError(`entry ${entry.fileName} uses compression method ${entry.compressionMethod}`));
        zip.openReadStream(entry, { decodeFileData: false }, (e, stream) => {
          if (e || !stream) return reject(new ZipFormatError(String(e?.message ?? e)));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', (x: Error) => reject(new ZipFormatError(x.message)));
          stream.on('end', () => {
            entries.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              crc32: entry.crc32,
              uncompressedSize: entry.uncompressedSize,
              raw: Buffer.concat(chunks),
              mtime: entry.getLastModDate(),
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/**
 * An entry's content. Refuses (ZipFormatError) to inflate beyond `limit` bytes, so a hostile part
 * that inflates to gigabytes costs bounded memory; a crc mismatch is refused too.
 */
export function inflateEntry(entry: ZipEntry, limit = 2 ** 30): Buffer {
  if (entry.uncompressedSize > limit) throw new ZipFormatError(`${entry.name} declares ${entry.uncompressedSize} bytes`);
  let out: Buffer;
  try {
    // One output chunk of the declared size: no second copy while joining chunks (half the memory and time on a 270 MB sheet).
    const size = Math.max(64, Math.min(limit, entry.uncompressedSize + 1));
    out = entry.method === 0 ? entry.raw : zlib.inflateRawSync(entry.raw, { maxOutputLength: size, chunkSize: size });
  } catch (e) {
    throw new ZipFormatError(`${entry.name}: ${(e as Error).message}`);
  }
  if (out.length !== entry.uncompressedSize || crc32(out) !== entry.crc32) throw new ZipFormatError(`${entry.name}: damaged data`);
  return out;
}

/** CRC-32 of data (zlib's, on Node versions that have it; fflate's otherwise). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  return fallbackCrc32(data);
}

let crcTable: Int32Array | null = null;
function fallbackCrc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/**
 * A new entry from content, always deflated (level 6, as Excel does; level 1 above 16 MB): fflate
 * writes every entry with a trailing data descriptor, which streaming zip readers accept only for
 * deflated entries.
 */
export function entryOf(name: string, content: string | Buffer, mtime: Date = dosEpochSafe(new Date())): ZipEntry {
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const raw = zlib.deflateRawSync(data, { level: data.length > fastDeflateFrom ? 1 : 6 });
  return { name, method: 8, crc32: crc32(data), uncompressedSize: data.length, raw, mtime };
}

/** Parts larger than this are deflated at level 1: 4× faster than level 6 on a 270 MB sheet, for a third more bytes. */
const fastDeflateFrom = 16 * 1024 * 1024;

/** A new entry from consecutive pieces (an edited huge part), deflated as a stream without joining them. */
export async function entryOfPieces(name: string, pieces: readonly Buffer[], mtime: Date): Promise<ZipEntry> {
  const size = pieces.reduce((n, p) => n + p.length, 0);
  if (size <= fastDeflateFrom) return entryOf(name, Buffer.concat(pieces), mtime);
  let crc = 0;
  const native = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;
  if (native) for (const p of pieces) crc = native(p, crc);
  else crc = fallbackCrc32(Buffer.concat(pieces));
  const deflate = zlib.createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for (const p of pieces) if (!deflate.write(p)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  return { name, method: 8, crc32: crc >>> 0, uncompressedSize: size, raw: Buffer.concat(out), mtime: dosEpochSafe(mtime) };
}

/** Zip timestamps start in 1980; keep dates a zip can hold. */
function dosEpochSafe(d: Date): Date {
  return d.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : d;
}

/** Writes entries, in order, as one zip; each entry's stored bytes go out unchanged. */
export function writeZip(entries: readonly ZipEntry[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((err, chunk, final) => {
      if (err) return reject(err);
      chunks.push(chunk);
      if (final) resolve(Buffer.concat(chunks));
    });
    for (const entry of entries) {
      // fflate asks only for these fields; the data is pushed as stored, so nothing is recompressed.
      const file: ZipInputFile = {
        filename: entry.name,
        compression: entry.method,
        crc: entry.crc32,
        size: entry.uncompressedSize,
        mtime: dosEpochSafe(entry.mtime),
        ondata: undefined,
      };
      zip.add(file);
      file.ondata!(null, new Uint8Array(entry.raw.buffer, entry.raw.byteOffset, entry.raw.byteLength) as Uint8Array<ArrayBuffer>, true);
    }
    zip.end();
  });
}
