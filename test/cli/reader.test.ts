/** The .xlsx reader at the port level: real-world packages (test/fixtures/cases) and crafted ones. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbookBytes, UnusableInputError } from '../../cli/xlsx';
import type { RawWorkbook } from '../../core/workbook';
import { minimalWorkbook, worksheetXml, zipParts, type ZipPart } from '../support/zip';

const cases = path.join(__dirname, '..', 'fixtures', 'cases');
const readCase = async (name: string) => (await readWorkbookBytes(readFileSync(path.join(cases, name)), name)).raw;
const read = async (bytes: Buffer, shown = 'libro.xlsx') => (await readWorkbookBytes(bytes, shown)).raw;
const failure = (bytes: Buffer, shown = 'libro.xlsx') =>
  readWorkbookBytes(bytes, shown).then(
    () => {
      throw new Error('read a package that should be refused');
    },
    (e: unknown) => e as Error,
  );
const kinds = (wb: RawWorkbook, sheet = 0) => wb.sheets[sheet].values.map((row, r) => row.map((_, c) => wb.sheets[sheet].formatOf!(r, c)));

const canales = [
  ['Mes', 'Canal', 'Interacciones'],
  ['2025-01', 'Telefónico', 542],
  ['2025-01', 'Presencial', 847],
  ['2025-01', 'Virtual', 4853],
  ['2025-02', 'Telefónico', 142],
  ['2025-02', 'Presencial', 1371],
  ['2025-02', 'Virtual', 6217],
];

describe('real-world packages (shared/cases)', () => {
  it('namespace-prefixed SpreadsheetML (x:worksheet, x:c…) reads like any workbook', async () => {
    const wb = await readCase('namespace-prefixed-xml.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Canales']);
    expect(wb.sheets[0].values).toEqual(canales);
  });

  it('a shared string of plain text followed by formatted runs reads as its whole text', async () => {
    const wb = await readCase('rich-text-shared-string.xlsx');
    expect(wb.sheets[0].values[0]).toEqual(['Mes', 'Canal', 'Interacciones']);
    expect(wb.sheets[0].values).toEqual(canales);
  });

  it('drop-down lists on whole columns change nothing (they are skipped, never expanded)', async () => {
    expect((await readCase('validation-on-whole-columns.xlsx')).sheets[0].values).toEqual(canales);
  });

  it('an Excel table reads as its cells', async () => {
    expect((await readCase('excel-table.xlsx')).sheets[0].values).toEqual(canales);
  });

  it('ISO date cells (t="d") give Dates whose UTC fields are the written date', async () => {
    const wb = await readCase('iso-date-cells.xlsx');
    const v = wb.sheets[0].values;
    expect(v.slice(1).map((r) => (r[0] as Date).toISOString())).toEqual(Array(3).fill('2025-02-01T00:00:00.000Z'));
    expect(wb.sheets[0].formatOf!(1, 0)).toBe('date');
  });

  it('the 1904 date system is reported; date cells stay serial numbers with a date format', async () => {
    const wb = await readCase('date-system-1904.xlsx');
    expect(wb.dateSystem).toBe('1904');
    const v = wb.sheets[0].values;
    // January as date cells: serial 44196 in 1904 = 2025-01-01; February as serials in General cells.
    expect(v.slice(1, 4).map((r) => r[0])).toEqual([44196, 44196, 44196]);
    expect(kinds(wb).slice(1, 4).map((r) => r[0])).toEqual(['date', 'date', 'date']);
    expect(kinds(wb).slice(4).map((r) => r[0])).toEqual(['general', 'general', 'general']);
    expect((await readCase('iso-date-cells.xlsx')).dateSystem).toBe('1900');
  });

  it('merged ranges are reported; the merged cells hold no value of their own', async () => {
    const wb = await readCase('merged-month-cells.xlsx');
    expect(wb.sheets[0].merges).toEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 0, bottom: 6, right: 0 },
    ]);
    expect(wb.sheets[0].values.map((r) => r[0])).toEqual(['Mes', '2025-01', null, null, '2025-02', null, null]);
  });

  it('formulas without a cached result are pending (value null); those with one give it', async () => {
    const wb = await readCase('formula-without-cached-value.xlsx');
    const s = wb.sheets[0];
    expect(s.pendingFormulas).toEqual([
      { row: 1, col: 2 },
      { row: 1, col: 3 },
      { row: 2, col: 2 },
      { row: 2, col: 3 },
    ]);
    expect(s.values[1].slice(2, 4)).toEqual([null, null]);
    expect(s.values[3][2]).toBe(6217);
  });

  it('%-formatted cells say percent; typed numbers say general', async () => {
    const wb = await readCase('percent-mixed-formats.xlsx');
    const v = wb.sheets[0].values;
    expect(v[1].slice(4)).toEqual([100, 96.3, 96.3]);
    expect(v[2].slice(4)).toEqual([0.998, 0.985, 0.978]);
    expect(kinds(wb)[2].slice(4)).toEqual(['percent', 'percent', 'percent']);
    expect(kinds(wb)[1].slice(4)).toEqual(['general', 'general', 'general']);
  });
});

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number | string, extra = '') => `<c r="${ref}"${extra}><v>${v}</v></c>`;

describe('the package as the format defines it', () => {
  it('parts stored where the relationships say, not under xl/ (percent-encoded targets, any case)', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const pr = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const parts: ZipPart[] = [
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' },
      { name: '_rels/.rels', data: `<Relationships xmlns="${pr}"><Relationship Id="a" Type="${r}/officeDocument" Target="/libro/Principal.xml"/></Relationships>` },
      { name: 'libro/Principal.xml', data: `<workbook xmlns="${ns}" xmlns:r="${r}"><sheets><sheet name="Canales" sheetId="1" r:id="h1"/></sheets></workbook>` },
      {
        name: 'libro/_rels/Principal.xml.rels',
        data: `<Relationships xmlns="${pr}"><Relationship Id="h1" Type="${r}/worksheet" Target="../datos/hoja%20uno.xml"/><Relationship Id="t" Type="${r}/sharedStrings" Target="/Textos/SST.XML"/><Relationship Id="e" Type="${r}/styles" Target="estilos.xml"/></Relationships>`,
      },
      { name: 'datos/hoja uno.xml', data: worksheetXml(row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.5</v></c>')) },
      { name: 'textos/sst.xml', data: `<sst xmlns="${ns}"><si><t>Mes</t></si></sst>` },
      { name: 'libro/estilos.xml', data: `<styleSheet xmlns="${ns}"><cellXfs><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs></styleSheet>` },
    ];
    const wb = await read(zipParts(parts));
    expect(wb.sheets[0].values).toEqual([['Mes', 0.5]]);
    expect(wb.sheets[0].formatOf!(0, 1)).toBe('percent');
  });

  it('Strict Open XML (purl.oclc.org namespaces and relationship types) reads like Transitional', async () => {
    const ns = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    const r = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const pr = 'http://schemas.openxmlformats.org/package/2006/relationships';
    const parts: ZipPart[] = [
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
      { name: '_rels/.rels', data: `<Relationships xmlns="${pr}"><Relationship Id="rId1" Type="${r}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: `<workbook xmlns="${ns}" xmlns:r="${r}"><workbookPr date1904="true"/><sheets><sheet name="Canales" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships xmlns="${pr}"><Relationship Id="rId1" Type="${r}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="${ns}"><sheetData>${row(1, inline('A1', 'Mes') + '<c r="B1" t="d"><v>2025-02-01T10:30:00</v></c>')}</sheetData></worksheet>` },
    ];
    const wb = await read(zipParts(parts));
    expect(wb.dateSystem).toBe('1904');
    expect(wb.sheets[0].values[0][0]).toBe('Mes');
    expect((wb.sheets[0].values[0][1] as Date).toISOString()).toBe('2025-02-01T10:30:00.000Z');
  });

  it('without the officeDocument relationship, the content types name the workbook', async () => {
    const parts = minimalWorkbook([{ name: 'Canales', xml: worksheetXml(row(1, inline('A1', 'Mes'))) }]).filter((p) => p.name !== '_rels/.rels');
    expect((await read(zipParts(parts))).sheets[0].values).toEqual([['Mes']]);
  });

  it('a sheet name over 31 characters reads, with no warning printed', async () => {
    const long = 'Interacciones registradas en el primer semestre de 2025';
    const warn = jest.spyOn(console, 'warn');
    const write = jest.spyOn(process.stderr, 'write');
    try {
      const wb = await read(zipParts(minimalWorkbook([{ name: long, xml: worksheetXml(row(1, inline('A1', 'Fecha'))) }])));
      expect(wb.sheets[0].name).toBe(long);
      expect(wb.sheets[0].values).toEqual([['Fecha']]);
      expect(warn).not.toHaveBeenCalled();
      expect(write).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      write.mockRestore();
    }
  });

  it('sheets nobody reads are never parsed: a broken sheet fails only when asked for', async () => {
    const parts = minimalWorkbook([
      { name: 'Canales', xml: worksheetXml(row(1, inline('A1', 'Mes'))) },
      { name: 'Rota', xml: '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>' },
    ]);
    const wb = await read(zipParts(parts), 'dos.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['Canales', 'Rota']);
    expect(wb.sheets[0].values).toEqual([['Mes']]);
    expect(() => wb.sheets[1].values).toThrow(UnusableInputError);
    expect(() => wb.sheets[1].values).toThrow(/^«dos\.xlsx»: la celda Rota!A1 no se puede leer: apunta al texto compartido número 99, que no existe\./);
  });

  it('every cell type: shared strings, inline rich text, numbers, booleans, errors, formula results, ISO dates', async () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>AT&amp;T</t></si><si><r><t>Tele</t></r><r><rPr><b/></rPr><t>fónico</t></r><rPh sb="0" eb="1"><t>テレ</t></rPh></si><si><t/></si><si><t>línea_x000D_</t></si></sst>`;
    const cells = [
      row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>'),
      row(2, num('A2', '-1.5E-3') + num('B2', 1, ' t="b"') + '<c r="C2" t="e"><v>#DIV/0!</v></c>' + '<c r="D2" t="str"><f>A1&amp;"x"</f><v>AT&amp;Tx</v></c>'),
      row(3, '<c r="A3" t="inlineStr"><is><r><t xml:space="preserve">Pre </t></r><r><t>sencial</t></r></is></c>' + '<c r="B3" t="d"><v>2025-02-28</v></c>' + '<c r="C3"><f>1/0</f><v></v></c>' + '<c r="D3" t="str"><f>""</f><v></v></c>'),
      // Cells without references follow the previous one; a row without r follows the previous row.
      `<row><c><v>1</v></c><c><v>2</v></c></row>`,
      row(6, '<c r="B6"><v><![CDATA[7]]></v></c><c r="C6" t="inlineStr"><is><t>a<!-- nota -->b &#233;&#xE9;</t></is></c>'),
    ].join('');
    const wb = await read(zipParts(minimalWorkbook([{ name: 'Tipos', xml: worksheetXml(cells) }], { sharedStrings: sst })));
    const v = wb.sheets[0].values;
    expect(v[0]).toEqual(['AT&T', 'Telefónico', null, 'línea\r']);
    expect(v[1]).toEqual([-0.0015, true, '#DIV/0!', 'AT&Tx']);
    expect(v[2][0]).toBe('Pre sencial');
    expect((v[2][1] as Date).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(v[2].slice(2)).toEqual([null, null]);
    expect(v[3]).toEqual([1, 2, null, null]);
    expect(v[4]).toEqual([null, null, null, null]);
    expect(v[5]).toEqual([null, 7, 'ab éé', null]);
    expect(wb.sheets[0].pendingFormulas).toEqual([{ row: 2, col: 2 }]);
  });

  it('number formats: built-in ids and custom codes', async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="[$-es-CO]dd/mm/yyyy;@"/><numFmt numFmtId="165" formatCode="0.0&quot; %&quot;"/><numFmt numFmtId="166" formatCode="#,##0.0%"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="49"/><xf numFmtId="3"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="200"/></cellXfs></styleSheet>`;
    const cells = row(1, [0, 1, 2, 3, 4, 5, 6, 7, 8].map((s, i) => num(`${'ABCDEFGHI'[i]}1`, 1, ` s="${s}"`)).join(''));
    const wb = await read(zipParts(minimalWorkbook([{ name: 'F', xml: worksheetXml(cells, '<cols><col min="12" max="12" style="1"/></cols>') }], { styles })));
    expect(kinds(wb)[0]).toEqual(['general', 'percent', 'date', 'text', 'number', 'date', 'number', 'percent', undefined]);
    expect(wb.sheets[0].formatOf!(5, 11)).toBe('percent'); // an empty cell of a %-formatted column
    expect(wb.sheets[0].formatOf!(5, 20)).toBe('general');
  });
});

describe('unusable packages: one Spanish line that says what the file is', () => {
  it('a Word document', async () => {
    const parts: ZipPart[] = [
      {
        name: '[Content_Types].xml',
        data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      { name: '_rels/.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: 'word/document.xml', data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
    ];
    expect((await failure(zipParts(parts), 'carta.xlsx')).message).toBe('«carta.xlsx» no es un libro de Excel: es un documento de Word.');
  });

  it('an encrypted workbook (an OLE container) and an old .xls', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await failure(ole, 'clave.xlsx')).message).toMatch(/^«clave\.xlsx» es un libro antiguo \(\.xls\) o protegido con contraseña/);
  });

  it('a file that is not a zip, and an empty one', async () => {
    expect((await failure(Buffer.from('Mes;Canal\n'), 'datos.xlsx')).message).toBe('«datos.xlsx» no es un libro de Excel (.xlsx): no es un paquete zip.');
    expect((await failure(Buffer.alloc(0), 'vacio.xlsx')).message).toMatch(/está vacío/);
  });

  it('a damaged part names the part; a cell that is not what it says names the cell', async () => {
    const broken = minimalWorkbook([{ name: 'Canales', xml: worksheetXml(row(1, num('A1', 'doce'))) }]);
    const wb = await read(zipParts(broken), 'malo.xlsx');
    expect(() => wb.sheets[0].values).toThrow('«malo.xlsx»: la celda Canales!A1 no se puede leer: se declara numérica pero contiene «doce». El archivo está dañado; ábralo en Excel y guárdelo de nuevo.');
    const truncated = minimalWorkbook([{ name: 'Canales', xml: '<worksheet><sheetData><row r="1"><c r="A1"' }]);
    const wb2 = await read(zipParts(truncated), 'corto.xlsx');
    expect(() => wb2.sheets[0].values).toThrow(/^«corto\.xlsx» está dañado: la parte xl\/worksheets\/sheet1\.xml \(la hoja «Canales»\) no es XML bien formado/);
  });

  it('a DTD is refused (OOXML forbids it; no entity expansion)', async () => {
    const parts = minimalWorkbook([{ name: 'Canales', xml: '<!DOCTYPE lol [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>' }]);
    const wb = await read(zipParts(parts), 'dtd.xlsx');
    expect(() => wb.sheets[0].values).toThrow(/declara un DTD/);
  });
});

describe('a worksheet whose part is missing', () => {
  it('is named, not silently dropped', async () => {
    const parts = minimalWorkbook([{ name: 'Canales', xml: worksheetXml('') }]).filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
    expect((await failure(zipParts(parts), 'roto.xlsx')).message).toBe('«roto.xlsx» está incompleto: falta la parte xl/worksheets/sheet1.xml de la hoja «Canales». Ábralo en Excel y guárdelo de nuevo.');
  });
});
