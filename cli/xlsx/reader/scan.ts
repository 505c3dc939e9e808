/**
 * A byte-level XML tokenizer for the two bulk parts of a workbook (a worksheet's cells, the shared
 * strings), fed with inflated chunks as they come. Written for speed (BENCHMARKS.md: saxes, a
 * conforming parser, takes ~5 s for a 200.000-row sheet; this scanner a few hundred ms), on top of
 * kept building blocks: fflate inflates, the WHATWG TextDecoder decodes UTF-8.
 *
 * Correctness across chunks: a tag or a text node cut by a chunk boundary is carried whole into the
 * next chunk, so text is only ever decoded from complete bytes (a character split between two
 * chunks is never split in the value; exceljs issues 2084, 2063, 2316). A text node longer than
 * `maxTextBytes` or a tag longer than `maxTagBytes` is refused (`tooLong`), which also bounds memory
 * when a hostile part holds one enormous value.
 *
 * Elements are matched by local name (any namespace prefix); comments, processing instructions and
 * CDATA sections are handled; a DTD is refused (OOXML forbids it).
 */

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const QUOT = 34;
const APOS = 39;

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

export interface ScanLimits {
  /** Longest text node kept (Excel holds at most 32.767 characters per cell: ~100 KB of UTF-8 and escapes). */
  maxTextBytes: number;
  /** Longest start tag. */
  maxTagBytes: number;
}

export const defaultScanLimits: ScanLimits = { maxTextBytes: 4 * 2 ** 20, maxTagBytes: 4 * 2 ** 20 };

/** What a scanner refuses; the caller words it for the user. */
export class ScanError extends Error {
  constructor(
    readonly reason: 'tooLong' | 'malformed' | 'dtd' | 'encoding',
    message: string,
  ) {
    super(message);
  }
}

function indexOfSeq(buf: Uint8Array, seq: readonly number[], from: number): number {
  const first = seq[0];
  for (let i = buf.indexOf(first, from); i >= 0 && i + seq.length <= buf.length; i = buf.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && buf[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

const commentEnd = [45, 45, 62]; // -->
const cdataEnd = [93, 93, 62]; // ]]>
const piEnd = [63, 62]; // ?>
const cdataStart = [60, 33, 91, 67, 68, 65, 84, 65, 91]; // <![CDATA[

const utf8 = new TextDecoder('utf-8', { fatal: true });

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character references and predefined entities (`&amp;`, `&#233;`, `&#xE9;`). */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, e: string) => {
    if (e[0] !== '#') return entities[e] ?? whole;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Text of bytes as XML text: UTF-8 (invalid bytes refused), references decoded, and (for cell
 * text, ST_Xstring) the `_xHHHH_` escapes Excel writes for control characters decoded.
 */
export function decodeText(buf: Uint8Array, start: number, end: number, cdata: boolean, xstring: boolean): string {
  let s: string;
  try {
    s = utf8.decode(buf.subarray(start, end));
  } catch {
    throw new ScanError('encoding', 'invalid UTF-8');
  }
  // XML end-of-line handling (§2.11): literal CR LF and CR are LF; a CR written as `&#13;` stays.
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  if (!cdata && s.includes('&')) s = decodeEntities(s);
  if (xstring && s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

/** A non-negative integer written in ASCII digits in `[start, end)`, or -1. */
export function digitsAt(buf: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether `[start, end)` holds exactly the ASCII `name`. */
export function bytesAre(buf: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** Cursor over a start tag's attributes, without allocation. Prefixed attribute names keep their prefix. */
export class AttributeCursor {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private end = 0;

  reset(buf: Uint8Array, start: number, end: number): this {
    this.buf = buf;
    this.pos = start;
    this.end = end;
    return this;
  }

  next(): boolean {
    const buf = this.buf;
    let p = this.pos;
    const end = this.end;
    while (p < end && isSpace(buf[p])) p++;
    if (p >= end) return false;
    this.nameStart = p;
    while (p < end && buf[p] !== 61 && !isSpace(buf[p])) p++;
    this.nameEnd = p;
    while (p < end && isSpace(buf[p])) p++;
    if (buf[p] !== 61) throw new ScanError('malformed', 'attribute without value');
    p++;
    while (p < end && isSpace(buf[p])) p++;
    const q = buf[p];
    if (q !== QUOT && q !== APOS) throw new ScanError('malformed', 'attribute without quotes');
    this.valueStart = ++p;
    while (p < end && buf[p] !== q) p++;
    if (p >= end) throw new ScanError('malformed', 'unterminated attribute');
    this.valueEnd = p;
    this.pos = p + 1;
    return true;
  }

  /** Whether the current attribute is the unprefixed `name`. */
  is(name: string): boolean {
    return bytesAre(this.buf, this.nameStart, this.nameEnd, name);
  }

  /** The current attribute's value as text (entities decoded). */
  value(): string {
    return decodeText(this.buf, this.valueStart, this.valueEnd, false, false);
  }

  /** The current attribute's value as a non-negative integer, or -1. */
  int(): number {
    return digitsAt(this.buf, this.valueStart, this.valueEnd);
  }
}

/**
 * The tokenizer. Subclasses receive, by local name, start tags (`open`, with the attribute bytes'
 * bounds), end tags (`close`; also right after a self-closing start tag) and, while `wantText` is
 * true, text (`text`, possibly in several pieces when a comment or CDATA section interrupts it).
 * All byte positions are valid only during the call.
 */
export abstract class XmlByteScanner {
  /** Set by subclasses: deliver the text of the current element. Text is skipped (not carried) otherwise. */
  protected wantText = false;
  private carry: Uint8Array | null = null;

  constructor(protected readonly limits: ScanLimits = defaultScanLimits) {}

  protected abstract open(buf: Uint8Array, nameStart: number, nameEnd: number, attrStart: number, attrEnd: number, selfClosing: boolean): void;
  protected abstract close(buf: Uint8Array, nameStart: number, nameEnd: number): void;
  protected abstract text(buf: Uint8Array, start: number, end: number, cdata: boolean): void;

  /** Scans the next chunk of the part. */
  feed(chunk: Uint8Array): void {
    // A plain Uint8Array view: Buffer's own indexOf (strings, encodings) is slower per call.
    let buf = chunk instanceof Buffer ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length) : chunk;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry);
      buf.set(chunk, this.carry.length);
      this.carry = null;
    }
    const n = buf.length;
    let i = 0;
    while (i < n) {
      // Markup is dense in the parts we scan: a plain loop beats indexOf's call for the few bytes to the next tag.
      let lt = i;
      while (lt < n && buf[lt] !== LT) lt++;
      if (lt >= n) {
        if (this.wantText) this.keep(buf, i, this.limits.maxTextBytes);
        return;
      }
      if (lt > i && this.wantText) this.text(buf, i, lt, false);
      const next = this.token(buf, lt);
      if (next < 0) {
        // The token is cut by the chunk's end: scan it again, whole, with the next chunk.
        this.keep(buf, lt, this.limits.maxTagBytes);
        return;
      }
      i = next;
    }
  }

  /** Ends the part: a tag or text left open means the XML is truncated. */
  end(): void {
    if (this.carry && this.carry.some((b) => !isSpace(b))) throw new ScanError('malformed', 'truncated XML');
    this.carry = null;
  }

  private keep(buf: Uint8Array, from: number, max: number): void {
    if (buf.length - from > max) throw new ScanError('tooLong', 'value too long');
    this.carry = buf.slice(from);
  }

  /** Handles the token starting at `lt`; returns the position after it, or -1 when incomplete. */
  private token(buf: Uint8Array, lt: number): number {
    const n = buf.length;
    if (lt + 1 >= n) return -1;
    const c1 = buf[lt + 1];
    if (c1 === SLASH) {
      // </name> or </prefix:name >: the local name starts after the last colon.
      let local = lt + 2;
      let e = local;
      let b = 0;
      while (e < n && (b = buf[e]) !== GT && b > 32) {
        if (b === COLON) local = e + 1;
        e++;
      }
      let gt = e;
      while (gt < n && buf[gt] !== GT) gt++;
      if (gt >= n) return -1;
      this.close(buf, local, e);
      return gt + 1;
    }
    if (c1 === BANG) {
      if (lt + 3 >= n) return -1;
      if (buf[lt + 2] === 45 && buf[lt + 3] === 45) {
        const end = indexOfSeq(buf, commentEnd, lt + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (lt + cdataStart.length > n) return -1;
      let k = 2;
      while (k < cdataStart.length && buf[lt + k] === cdataStart[k]) k++;
      if (k === cdataStart.length) {
        const end = indexOfSeq(buf, cdataEnd, lt + k);
        if (end < 0) return -1;
        if (this.wantText) this.text(buf, lt + k, end, true);
        return end + 3;
      }
      throw new ScanError('dtd', 'DTD');
    }
    if (c1 === QUESTION) {
      const end = indexOfSeq(buf, piEnd, lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    let local = lt + 1;
    let nameEnd = local;
    while (nameEnd < n) {
      const b = buf[nameEnd];
      if (b === GT || b === SLASH || b <= 32) break;
      if (b === COLON) local = nameEnd + 1;
      nameEnd++;
    }
    let j = nameEnd;
    let quote = 0;
    while (j < n) {
      const b = buf[j];
      if (quote) {
        if (b === quote) quote = 0;
      } else if (b === GT) break;
      else if (b === QUOT || b === APOS) quote = b;
      j++;
    }
    if (j >= n) return -1;
    const selfClosing = buf[j - 1] === SLASH;
    this.open(buf, local, nameEnd, nameEnd, selfClosing ? j - 1 : j, selfClosing);
    if (selfClosing) this.close(buf, local, nameEnd);
    return j + 1;
  }
}
