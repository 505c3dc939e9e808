/**
 * The package layer of an .xlsx/.xlsm file (ECMA-376 Part 2, Open Packaging Conventions): the zip
 * directory (read with yauzl, which validates names, sizes and zip64), part names resolved the way
 * the relationships say (percent-decoded, case-insensitive), and each part inflated synchronously
 * (Node's zlib into one buffer of the declared size, or fflate in bounded chunks for very large
 * parts), never past its declared size, and refused before inflating when the declared size is
 * beyond any plausible compression ratio.
 *
 * Synchronous inflation lets a sheet be parsed on first access from inside the core (which is
 * synchronous), so sheets nobody asks for are never inflated.
 */
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { Inflate } from 'fflate';
import { UnusableInputError } from '../errors';

/** One part of the package, as its zip entry describes it. */
export interface PartEntry {
  /** The zip entry's name (`xl/worksheets/sheet1.xml`). */
  name: string;
  method: number;
  compressedSize: number;
  /** Declared size once inflated; inflating more than this is refused. */
  uncompressedSize: number;
  /** Offset of the compressed data in the file. */
  dataStart: number;
  encrypted: boolean;
}

/**
 * Limits against hostile packages. Real SpreadsheetML compresses about 10:1 (the 1.048.575-row
 * log: 287 MB of XML in 27 MB); deflate cannot exceed about 1032:1, which is what a bomb uses.
 */
export const packageLimits = {
  /** Inflated/compressed ratio refused for parts bigger than `ratioFloorBytes`. */
  maxRatio: 200,
  ratioFloorBytes: 64 * 2 ** 20,
  /** No part we read may inflate to more than this (a full log of Excel's maximum rows is ~0,3 GB). */
  maxPartBytes: 4 * 2 ** 30,
  /**
   * Parts declaring up to this size are inflated at once by Node's native zlib into one buffer
   * (measured 3–6× faster than fflate cold, which is what a one-shot command pays; the log of
   * Excel's maximum rows is ~0,3 GB), with the declared size as the hard output limit; bigger
   * parts stream through fflate in bounded memory.
   */
  wholePartBytes: 512 * 2 ** 20,
  /** Compressed bytes handed to the streaming inflater at once: bounds each output burst to ~64 MB. */
  inputSlice: 64 * 1024,
  /** Bytes handed to the parser at once. */
  outputSlice: 1 << 20,
};

/** A size for people: `4 KB`, `2,9 MB`, `3 GB`. */
function size(n: number): string {
  const [value, unit] = n < 2 ** 10 ? [n, 'bytes'] : n < 2 ** 20 ? [n / 2 ** 10, 'KB'] : n < 2 ** 30 ? [n / 2 ** 20, 'MB'] : [n / 2 ** 30, 'GB'];
  return `${value.toLocaleString('es-CO', { maximumFractionDigits: 1 })} ${unit}`;
}

/** A zip package held in memory; parts are inflated on demand. */
export class ZipPackage {
  private readonly byName = new Map<string, PartEntry>();

  private constructor(
    private readonly data: Buffer,
    /** The file's name as shown to the user. */
    readonly shown: string,
    entries: PartEntry[],
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** Opens the zip directory. Not a zip, or a damaged one: `UnusableInputError`. */
  static async open(data: Buffer, shown: string): Promise<ZipPackage> {
    const notWorkbook = () =>
      new UnusableInputError(`«${shown}» no es un libro de Excel (.xlsx) válido: el paquete zip está dañado.`, `“${shown}” is not a valid Excel workbook (.xlsx): the zip package is damaged.`);
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true, strictFileNames: false });
    } catch {
      throw notWorkbook();
    }
    const entries: PartEntry[] = [];
    try {
      for await (const entry of zip.eachEntry()) {
        if (entry.fileName.endsWith('/')) continue;
        const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
        entries.push({
          name: entry.fileName.replace(/^\/+/, ''),
          method: entry.compressionMethod,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          dataStart: fileDataStart,
          encrypted: entry.isEncrypted(),
        });
      }
    } catch {
      throw notWorkbook();
    }
    return new ZipPackage(data, shown, entries);
  }

  /** The entry of a part name (leading slash optional, case-insensitive as OPC part names are). */
  entry(partName: string): PartEntry | undefined {
    return this.byName.get(partName.replace(/^\/+/, '').toLowerCase());
  }

  has(partName: string): boolean {
    return this.entry(partName) !== undefined;
  }

  /**
   * Inflates a part synchronously, handing its bytes to `sink` in chunks (each chunk is only valid
   * during the call). Refuses, before or while inflating, a part bigger than the limits allow or
   * bigger than declared.
   */
  inflate(partName: string, sink: (chunk: Uint8Array) => void): void {
    const e = this.entry(partName);
    if (!e) throw new UnusableInputError(`«${this.shown}» está incompleto: falta la parte ${partName} del paquete.`, `“${this.shown}” is incomplete: the package part ${partName} is missing.`);
    if (e.encrypted) throw new UnusableInputError(`«${this.shown}» tiene partes cifradas; guárdelo en Excel sin contraseña.`, `“${this.shown}” has encrypted parts; save it in Excel without a password.`);
    this.checkSize(e, e.uncompressedSize);
    const input = this.data.subarray(e.dataStart, e.dataStart + e.compressedSize);
    if (input.length !== e.compressedSize) throw this.damaged(e);
    let total = 0;
    const out = packageLimits.outputSlice;
    if (e.method === 0) {
      for (let i = 0; i < input.length; i += out) sink(input.subarray(i, Math.min(input.length, i + out)));
      return;
    }
    if (e.method !== 8) {
      throw new UnusableInputError(
        `«${this.shown}» usa un método de compresión que Excel no usa (${e.method}) en ${e.name}; ábralo en Excel y guárdelo de nuevo como .xlsx.`,
        `“${this.shown}” uses a compression method Excel does not use (${e.method}) in ${e.name}; open it in Excel and save it again as .xlsx.`,
      );
    }
    if (e.uncompressedSize <= packageLimits.wholePartBytes) {
      let whole: Buffer;
      try {
        // One output buffer of the declared size (+1, so a part that goes on is caught): no
        // concatenation copy, and never more than declared.
        whole = zlib.inflateRawSync(input, { maxOutputLength: Math.max(1, e.uncompressedSize), chunkSize: Math.max(64, e.uncompressedSize + 1) });
      } catch (error) {
        throw (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? this.lying(e) : this.damaged(e);
      }
      if (whole.length !== e.uncompressedSize) throw this.damaged(e);
      for (let i = 0; i < whole.length; i += out) sink(whole.subarray(i, Math.min(whole.length, i + out)));
      return;
    }
    // Errors of the sink (the parser) pass through; the inflater's own mean a damaged part.
    let sinkError: unknown;
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      try {
        if (total > e.uncompressedSize) throw this.lying(e);
        sink(chunk);
      } catch (error) {
        sinkError = error;
        throw error;
      }
    });
    const slice = packageLimits.inputSlice;
    try {
      for (let i = 0; i < input.length; i += slice) inflater.push(input.subarray(i, i + slice), i + slice >= input.length);
    } catch (error) {
      if (sinkError !== undefined && error === sinkError) throw error;
      throw this.damaged(e);
    }
    if (total !== e.uncompressedSize) throw this.damaged(e);
  }

  /** A whole part as text (small parts: relationships, workbook, styles). BOM-aware: UTF-8 or UTF-16. */
  text(partName: string): string {
    const chunks: Uint8Array[] = [];
    this.inflate(partName, (c) => chunks.push(c.slice()));
    const bytes = Buffer.concat(chunks);
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    try {
      return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new UnusableInputError(`«${this.shown}» está dañado: la parte ${partName} no es texto UTF-8 válido.`, `“${this.shown}” is damaged: the part ${partName} is not valid UTF-8 text.`);
    }
  }

  private checkSize(e: PartEntry, inflated: number): void {
    const ratio = inflated / Math.max(1, e.compressedSize);
    if (inflated > packageLimits.maxPartBytes || (inflated > packageLimits.ratioFloorBytes && ratio > packageLimits.maxRatio)) {
      throw new UnusableInputError(
        `«${this.shown}» no se lee: su parte ${e.name} se descomprimiría de ${size(e.compressedSize)} a ${size(inflated)} ` +
          `(${Math.round(ratio).toLocaleString('es-CO')} veces), algo que ningún libro de Excel real hace; puede ser un archivo malicioso (bomba zip).`,
        `“${this.shown}” is not read: its part ${e.name} would inflate ${Math.round(ratio).toLocaleString('en-US')} times, which no real Excel workbook does; it may be malicious (a zip bomb).`,
      );
    }
  }

  private lying(e: PartEntry): UnusableInputError {
    return new UnusableInputError(
      `«${this.shown}» no se lee: su parte ${e.name} se descomprime a más de los ${size(e.uncompressedSize)} que declara; ` +
        'el archivo está dañado o es malicioso (bomba zip).',
      `“${this.shown}” is not read: its part ${e.name} inflates beyond the size it declares; the file is damaged or malicious (a zip bomb).`,
    );
  }

  private damaged(e: PartEntry): UnusableInputError {
    return new UnusableInputError(
      `«${this.shown}» está dañado: la parte ${e.name} no se puede descomprimir. Ábralo en Excel y guárdelo de nuevo.`,
      `“${this.shown}” is damaged: the part ${e.name} cannot be decompressed. Open it in Excel and save it again.`,
    );
  }
}
