/**
 * The shared string table (ECMA-376 Part 1, §18.4): each `<si>` is plain text (`<t>`) or rich
 * text (runs `<r><t>…</t></r>`, concatenated); phonetic runs (`<rPh>`, East Asian readings) are not
 * part of the value and are skipped.
 */
import { bytesAre, decodeText, ScanError, XmlByteScanner, type ScanLimits } from './scan';

export class SharedStringsScanner extends XmlByteScanner {
  readonly strings: string[] = [];
  private inItem = false;
  private phonetic = 0;
  private current = '';

  constructor(limits?: ScanLimits) {
    super(limits);
  }

  protected open(buf: Uint8Array, s: number, e: number): void {
    const len = e - s;
    if (len === 2 && buf[s] === 115 && buf[s + 1] === 105) {
      // <si>
      this.inItem = true;
      this.current = '';
    } else if (len === 1 && buf[s] === 116) {
      // <t>
      this.wantText = this.inItem && this.phonetic === 0;
    } else if (len === 3 && bytesAre(buf, s, e, 'rPh')) this.phonetic++;
  }

  protected close(buf: Uint8Array, s: number, e: number): void {
    const len = e - s;
    if (len === 1 && buf[s] === 116) this.wantText = false;
    else if (len === 2 && buf[s] === 115 && buf[s + 1] === 105) {
      this.strings.push(this.current);
      this.inItem = false;
    } else if (len === 3 && bytesAre(buf, s, e, 'rPh')) this.phonetic--;
  }

  protected text(buf: Uint8Array, start: number, end: number, cdata: boolean): void {
    this.current += decodeText(buf, start, end, cdata, true);
    if (this.current.length > this.limits.maxTextBytes) throw new ScanError('tooLong', 'shared string too long');
  }
}
