/**
 * Building zip packages byte by byte for reader tests: parts anywhere, any declared sizes, and
 * pre-compressed data (to craft zip bombs without ever holding their inflated bytes).
 */
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes (deflated here), or text (UTF-8). */
  data?: Uint8Array | string;
  /** Already-deflated data with the sizes to declare (a bomb may lie). */
  raw?: { deflated: Buffer; uncompressedSize: number; crc?: number };
  /** Store without compression. */
  stored?: boolean;
}

/** A zip file of the parts, in order (no zip64: every size under 4 GiB). */
export function zipParts(parts: readonly ZipPart[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    let body: Buffer;
    let size: number;
    let crc: number;
    let method = 8;
    if (p.raw) {
      body = p.raw.deflated;
      size = p.raw.uncompressedSize;
      crc = p.raw.crc ?? 0;
    } else {
      const data = typeof p.data === 'string' ? Buffer.from(p.data, 'utf8') : Buffer.from(p.data ?? new Uint8Array(0));
      size = data.length;
      crc = zlib.crc32(data);
      if (p.stored) {
        method = 0;
        body = data;
      } else body = zlib.deflateRawSync(data);
    }
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(size >>> 0, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size >>> 0, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/**
 * A raw deflate stream of `prefix`, then `repeat` × `block`, then `suffix`, built from one
 * compressed copy of `block` (a full flush makes every copy's compressed bytes identical), so a
 * stream that inflates to gigabytes costs a few megabytes to make.
 */
export function repeatedDeflate(prefix: string, block: Buffer, repeat: number, suffix: string): { deflated: Buffer; size: number } {
  const head = zlib.deflateRawSync(Buffer.from(prefix), { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const one = zlib.deflateRawSync(block, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const tail = zlib.deflateRawSync(Buffer.from(suffix));
  const pieces: Buffer[] = [head];
  for (let i = 0; i < repeat; i++) pieces.push(one);
  pieces.push(tail);
  return { deflated: Buffer.concat(pieces), size: Buffer.byteLength(prefix) + block.length * repeat + Buffer.byteLength(suffix) };
}

const x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The XML parts of a minimal workbook, for tests that change one of them. */
export function minimalWorkbook(sheets: { name: string; xml: string }[], extra: { sharedStrings?: string; styles?: string; date1904?: boolean } = {}): ZipPart[] {
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (extra.sharedStrings) rels.push(`<Relationship Id="rIdS" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (extra.styles) rels.push(`<Relationship Id="rIdT" Type="${relNs}/styles" Target="styles.xml"/>`);
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: `${x}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', data: `${x}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: `${x}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">${extra.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    { name: 'xl/_rels/workbook.xml.rels', data: `${x}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>` },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml })),
  ];
  if (extra.sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', data: extra.sharedStrings });
  if (extra.styles) parts.push({ name: 'xl/styles.xml', data: extra.styles });
  return parts;
}

/** A worksheet part holding `sheetData` (and whatever follows it). */
export function worksheetXml(sheetData: string, after = ''): string {
  return `${x}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}
