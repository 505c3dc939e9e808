/**
 * UTF-8 and markup cut at every chunk boundary: the scanners must read the same values whatever
 * way the inflated bytes are cut (exceljs' streaming reader turns `Telefónico` into `Telef��nico`
 * when the two bytes of `ó` fall in two chunks: issues 2084, 2063, 2316).
 */
import fc from 'fast-check';
import { SharedStringsScanner } from '../../cli/xlsx/reader/shared-strings';
import { SheetScanner } from '../../cli/xlsx/reader/sheet';
import { readWorkbookBytes } from '../../cli/xlsx';
import { packageLimits } from '../../cli/xlsx/reader';
import { minimalWorkbook, worksheetXml, zipParts } from '../support/zip';

const accented = ['Telefónico', 'Atención', 'Sí', 'Percepción favorable', 'Confía', 'Niño', 'Señal', 'Año €', '𝔘nicode 🙂', 'AnnA Minería'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A log sheet whose accented texts shift by one byte per row, so their bytes fall at every offset. */
function logSheet(rows: number): { xml: Uint8Array; expected: (string | number)[][] } {
  const expected: (string | number)[][] = [];
  let body = '';
  for (let r = 0; r < rows; r++) {
    const text = `${'x'.repeat(r % 7)}${accented[r % accented.length]}`;
    const shared = r % accented.length;
    expected.push([text, r, accented[shared]]);
    body += `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>${esc(text)}</t></is></c><c r="B${r + 1}"><v>${r}</v></c><c r="C${r + 1}" t="s"><v>${shared}</v></c></row>`;
  }
  return { xml: new TextEncoder().encode(worksheetXml(body)), expected };
}

function scanSheet(xml: Uint8Array, cuts: number[]): unknown[][] {
  const scanner = new SheetScanner(accented, Uint8Array.of(1), undefined);
  let from = 0;
  for (const cut of [...cuts, xml.length]) {
    scanner.feed(xml.subarray(from, cut));
    from = cut;
  }
  scanner.end();
  return scanner.content().values;
}

describe('chunk boundaries', () => {
  const { xml, expected } = logSheet(60);

  it('a log with accented text reads the same when cut in two at every byte offset', () => {
    for (let cut = 1; cut < xml.length; cut++) {
      const values = scanSheet(xml, [cut]);
      if (JSON.stringify(values) !== JSON.stringify(expected)) throw new Error(`cut at byte ${cut}: ${JSON.stringify(values).slice(0, 200)}`);
    }
  });

  it('and when cut into chunks of every size from 1 to 97 bytes', () => {
    for (let size = 1; size <= 97; size++) {
      const cuts: number[] = [];
      for (let i = size; i < xml.length; i += size) cuts.push(i);
      expect(scanSheet(xml, cuts)).toEqual(expected);
    }
  });

  it('any random cutting of any random text gives the same values (shared strings too)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 0, maxLength: 12 }).filter((s) => !/_x[0-9A-Fa-f]{4}_/.test(s) && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 20 }), fc.array(fc.nat(), { maxLength: 30 }), (strings, rawCuts) => {
        const xml = new TextEncoder().encode(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`);
        const cuts = [...new Set(rawCuts.map((c) => c % xml.length))].filter((c) => c > 0).sort((a, b) => a - b);
        const scanner = new SharedStringsScanner();
        let from = 0;
        for (const cut of [...cuts, xml.length]) {
          scanner.feed(xml.subarray(from, cut));
          from = cut;
        }
        scanner.end();
        expect(scanner.strings).toEqual(strings.map((s) => s.replace(/\r\n?/g, '\n')));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['inflated at once (native zlib)', Infinity],
    ['streamed (fflate)', 0],
  ])('through the whole reader, %s: a large deflated log keeps every accent', async (_, whole) => {
    const saved = packageLimits.wholePartBytes;
    packageLimits.wholePartBytes = whole;
    afterCleanup = () => (packageLimits.wholePartBytes = saved);
    // Big enough that the inflater hands the sheet over in many chunks of its own choosing.
    const rows = 30_000;
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${accented.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`;
    const { xml, expected: want } = logSheet(rows);
    const wb = await readWorkbookBytes(zipParts(minimalWorkbook([{ name: 'Interacciones', xml: Buffer.from(xml).toString('utf8') }], { sharedStrings: sst })), 'registro.xlsx');
    const values = wb.raw.sheets[0].values;
    expect(values.length).toBe(rows);
    const broken = values.flat().filter((v) => typeof v === 'string' && v.includes('\ufffd'));
    expect(broken).toEqual([]);
    expect(values).toEqual(want);
  });
  let afterCleanup = () => {};
  afterEach(() => afterCleanup());
});
