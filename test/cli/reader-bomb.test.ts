/**
 * Hostile packages: a few megabytes that inflate to gigabytes are refused before they cost memory
 * or time, with a true Spanish message (exit 2 from the command).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookBytes, UnusableInputError } from '../../cli/xlsx';
import { packageLimits } from '../../cli/xlsx/reader';
import { minimalWorkbook, repeatedDeflate, worksheetXml, zipParts } from '../support/zip';

const GiB = 2 ** 30;
const MiB = 2 ** 20;
const sstOpen = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>';
const sstClose = '</t></si></sst>';
// One shared string of 3 GiB of "a": about 3 MB once deflated.
const bomb = repeatedDeflate(sstOpen, Buffer.alloc(MiB, 'a'), 3 * 1024, sstClose);
// One of 60 MiB, under the ratio limit's floor: allowed to inflate, so the value limit must stop it.
const smallBomb = repeatedDeflate(sstOpen, Buffer.alloc(MiB, 'a'), 60, sstClose);
const sheet = worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>');

/** The workbook with the bomb as its shared strings, declaring `declared` bytes once inflated. */
function bombWorkbook(declared: number, deflated = bomb.deflated): Buffer {
  const parts = minimalWorkbook([{ name: 'Interacciones', xml: sheet }]).concat();
  const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
  rels.data = String(rels.data).replace(
    '</Relationships>',
    '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  parts.push({ name: 'xl/sharedStrings.xml', raw: { deflated, uncompressedSize: declared } });
  return zipParts(parts);
}

const refusal = (bytes: Buffer) =>
  readWorkbookBytes(bytes, 'bomba.xlsx').then(
    () => null,
    (e: unknown) => e as Error,
  );

describe('zip bombs', () => {
  it('the crafted file is a few megabytes for 3 GiB of text', () => {
    expect(bomb.size).toBeGreaterThan(3 * GiB);
    expect(bombWorkbook(bomb.size).length).toBeLessThan(8 * MiB);
  });

  it('an honest declaration (3 GiB from 3 MB) is refused before inflating', async () => {
    const e = await refusal(bombWorkbook(bomb.size));
    expect(e).toBeInstanceOf(UnusableInputError);
    expect(e!.message).toMatch(/^«bomba\.xlsx» no se lee: su parte xl\/sharedStrings\.xml se descomprimiría de 3 MB a 3 GB \(1\.010 veces\), algo que ningún libro de Excel real hace; puede ser un archivo malicioso \(bomba zip\)\.$/);
  });

  it('a false, small declaration is refused as soon as the part inflates past it', async () => {
    const e = await refusal(bombWorkbook(4096));
    expect(e).toBeInstanceOf(UnusableInputError);
    expect(e!.message).toBe('«bomba.xlsx» no se lee: su parte xl/sharedStrings.xml se descomprime a más de los 4 KB que declara; el archivo está dañado o es malicioso (bomba zip).');
  });

  it.each([
    ['inflated at once', Infinity],
    ['streamed', 0],
  ])('a false, small declaration is refused as soon as the part inflates past it (%s)', async (_, whole) => {
    const saved = packageLimits.wholePartBytes;
    packageLimits.wholePartBytes = whole;
    try {
      const e = await refusal(bombWorkbook(3 * MiB));
      expect(e!.message).toBe('«bomba.xlsx» no se lee: su parte xl/sharedStrings.xml se descomprime a más de los 3 MB que declara; el archivo está dañado o es malicioso (bomba zip).');
    } finally {
      packageLimits.wholePartBytes = saved;
    }
  });

  it('a declaration within the limits still cannot make one value hold more than Excel allows', async () => {
    const e = await refusal(bombWorkbook(smallBomb.size, smallBomb.deflated));
    expect(e).toBeInstanceOf(UnusableInputError);
    expect(e!.message).toBe(
      '«bomba.xlsx» no se lee: la tabla de textos compartidos contiene un valor de varios megabytes, y Excel admite 32.767 caracteres por celda; el archivo está dañado o es malicioso.',
    );
  });

  it('the command exits 2 with one line and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bomb-'));
    try {
      const file = path.join(dir, 'bomba.xlsx');
      fs.writeFileSync(file, bombWorkbook(bomb.size));
      const bin = path.join(__dirname, '..', '..', 'bin', 'cuentas-claras.js');
      const r = spawnSync(process.execPath, [bin, 'indicadores', file, '--out', path.join(dir, 'salida')], { encoding: 'utf8', timeout: 60_000 });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cuentas-claras: «bomba\.xlsx» no se lee: .*bomba zip\)\.$/)]);
      expect(fs.existsSync(path.join(dir, 'salida'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
