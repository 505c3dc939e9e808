import path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../../../core/output';
import { readWorkbookFile } from '../../../cli/xlsx';
import { fittedWidths, sheetModels } from '../../../cli/xlsx/writer/sheet-xml';
import { openPackage, part, sheetXml, tempDir, writeResult } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** An input workbook with two user sheets around an old output sheet. */
async function inputFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Canales').addRows([
    ['Mes', 'Canal', 'Interacciones'],
    ['2025-02', 'Virtual', 812],
  ]);
  const old = book.addWorksheet('Hallazgos');
  for (let r = 1; r <= 30; r++) old.getRow(r).values = ['viejo', r, r * 2, r * 3];
  book.addWorksheet('Reportado').addRows([['Mes', 'Indicador', 'Valor'], ['2025-02', 'Satisfacción', '98,6%']]);
  const file = path.join(dir, 'entrada.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const findingsSheet = (n: number): OutputSheet => ({
  name: 'Hallazgos',
  freezeRows: 1,
  columnWidths: [12, 30],
  rows: [
    [{ value: 'Severidad', bold: true }, { value: 'Celda', bold: true }, { value: 'Valor', bold: true }],
    ...Array.from({ length: n }, (_, i) => ['error', { value: `Canales!C${i + 2}`, link: { sheet: 'Canales', cell: `C${i + 2}` } }, { value: 98.3, format: 'percent' as const }]),
  ],
});

const out = (name = 'resultado.xlsx') => path.join(dir, name);

describe('output sheets', () => {
  it('replace their namesake whole, at its tab position, and leave the other sheets as they were', async () => {
    const first = await writeResult(await inputFile(), out('uno.xlsx'), [findingsSheet(2)]);
    const second = await writeResult(first, out('dos.xlsx'), [findingsSheet(1)]); // a second run: no stacking
    const back = await readWorkbookFile(second);
    expect(back.raw.sheets.map((s) => s.name)).toEqual(['Canales', 'Hallazgos', 'Reportado']);
    expect(back.raw.sheets[1].values).toEqual([
      ['Severidad', 'Celda', 'Valor'],
      ['error', 'Canales!C2', 0.983],
    ]); // nothing left of the old 30 × 4 block
    expect(back.raw.sheets[0].values).toEqual([
      ['Mes', 'Canal', 'Interacciones'],
      ['2025-02', 'Virtual', 812],
    ]);
    expect(back.raw.sheets[2].values[1]).toEqual(['2025-02', 'Satisfacción', '98,6%']);
    // the old sheet's part is gone: one worksheet part per sheet
    const zip = await openPackage(second);
    expect(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f))).toHaveLength(3);
  });

  it('match the sheet to replace case-insensitively, as Excel names sheets', async () => {
    const back = await readWorkbookFile(await writeResult(await inputFile(), out(), [{ ...findingsSheet(1), name: 'HALLAZGOS' }]));
    expect(back.raw.sheets.map((s) => s.name)).toEqual(['Canales', 'HALLAZGOS', 'Reportado']);
  });

  it('go last when new', async () => {
    const back = await readWorkbookFile(await writeResult(await inputFile(), out(), [{ name: 'Indicadores', rows: [['Mes']] }]));
    expect(back.raw.sheets.map((s) => s.name)).toEqual(['Canales', 'Hallazgos', 'Reportado', 'Indicadores']);
  });

  it('hold strings as text, never as formulas', async () => {
    const file = await writeResult(await inputFile(), out(), [{ name: 'Hallazgos', rows: [['=1+1', '+57 300', '@SUMA(A1)', { value: '=HYPERLINK("http://x","y")', bold: true }, 'a_x0041_b', 'tab\there\u0001']] }]);
    const { xml } = await sheetXml(await openPackage(file), 'Hallazgos');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('t="inlineStr"');
    // A control character XML cannot hold goes in Excel's escape; a literal escape-looking text is protected.
    expect(xml).toContain('tab\there_x0001_');
    expect(xml).toContain('a_x005F_x0041_b');
    const back = await readWorkbookFile(file);
    expect(back.raw.sheets[1].values[0].slice(0, 4)).toEqual(['=1+1', '+57 300', '@SUMA(A1)', '=HYPERLINK("http://x","y")']);
  });

  it('write internal links as Excel does: a location, no relationship', async () => {
    const file = await writeResult(await inputFile(), out(), [findingsSheet(2), { name: 'Resumen con espacio', rows: [[{ value: 'ir', link: { sheet: "Hoja d'Ana", cell: 'B2' } }]] }]);
    const zip = await openPackage(file);
    const { xml, path: sheetPath } = await sheetXml(zip, 'Hallazgos');
    expect(xml).toContain(`<hyperlink ref="B2" location="'Canales'!C2" display="Canales!C2"/>`);
    expect(xml).toContain(`<hyperlink ref="B3" location="'Canales'!C3"`);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id/);
    expect(zip.file(sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toBeNull();
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<hyperlinks>'));
    expect(xml.indexOf('<hyperlinks>')).toBeLessThan(xml.indexOf('<pageMargins'));
    const other = await sheetXml(zip, 'Resumen con espacio');
    expect(other.xml).toContain(`location="'Hoja d''Ana'!B2"`);
  });

  it('write number formats, bold, fills, widths and frozen headers that another reader sees', async () => {
    const file = await writeResult(await inputFile(), out(), [
      {
        name: 'Indicadores',
        freezeRows: 1,
        columnWidths: [20, 15],
        rows: [
          [{ value: 'Mes', bold: true, fill: 'DDEBF7' }, 'x'],
          [{ value: 1371, format: 'count' }, { value: 98.3, format: 'percent' }, { value: '2025-02-15', format: 'date' }, { value: 1.25, format: 'decimal' }, { value: true }],
        ],
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet('Indicadores')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B1').font?.bold).toBeFalsy();
    expect(ws.getCell('A2').numFmt).toBe('[$-240A]#,##0');
    expect(ws.getCell('B2').numFmt).toBe('[$-240A]0.0 %');
    expect(ws.getCell('B2').value).toBe(0.983);
    expect(ws.getCell('C2').numFmt).toBe('[$-240A]dd/mm/yyyy');
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2025-02-15T00:00:00.000Z');
    expect(ws.getCell('D2').numFmt).toBe('[$-240A]#,##0.0##');
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(15);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('write dates in the workbook’s own date system (1904)', async () => {
    const book = new ExcelJS.Workbook();
    book.properties.date1904 = true;
    book.addWorksheet('Canales').addRow(['Mes']);
    const input = out('1904.xlsx');
    await book.xlsx.writeFile(input);
    const file = await writeResult(input, out(), [{ name: 'Fechas', rows: [[{ value: '2025-02-15', format: 'date' }]] }]);
    const { xml } = await sheetXml(await openPackage(file), 'Fechas');
    expect(xml).toContain('<v>44241</v>'); // 45703 in the 1900 system, minus 1462
  });

  it('write drop-down lists and whole-column formats below the header', async () => {
    const file = await writeResult(await inputFile(), out(), [
      {
        name: 'Nueva',
        rows: [[{ value: 'Canal', bold: true }, { value: 'Interacciones', bold: true }]],
        validations: [{ range: 'A2:A50', values: ['Telefónico', 'Presencial', 'Virtual'] }],
        columnFormats: { 1: 'count' },
      },
    ]);
    const zip = await openPackage(file);
    const { xml } = await sheetXml(zip, 'Nueva');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="A2:A50"><formula1>&quot;Telefónico,Presencial,Virtual&quot;<\/formula1>/);
    const styles = await part(zip, 'xl/styles.xml');
    const col = /<col min="2" max="2"[^>]*style="(\d+)"/.exec(xml);
    expect(col).not.toBeNull();
    const xfs = [...styles.split('<cellXfs')[1].matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const countFmtId = Number(/<numFmt numFmtId="(\d+)" formatCode="\[\$-240A\]#,##0"\/>/.exec(styles)![1]);
    expect(xfs[Number(col![1])]).toBe(countFmtId);
    const headerStyle = Number(/<c r="B1" s="(\d+)"/.exec(xml)![1]);
    expect(xfs[headerStyle]).toBe(0); // the header is bold, not a count
  });

  it('put lists too long for an inline list on a hidden sheet', async () => {
    const values = Array.from({ length: 40 }, (_, i) => `Indicador número ${i + 1}`);
    const file = await writeResult(await inputFile(), out(), [{ name: 'Nueva', rows: [['Indicador']], validations: [{ range: 'A2:A20', values: [...values, 'con, coma'] }] }]);
    const zip = await openPackage(file);
    expect((await sheetXml(zip, 'Nueva')).xml).toContain(`<formula1>'_cc_listas'!$A$1:$A$41</formula1>`);
    expect(await part(zip, 'xl/workbook.xml')).toMatch(/<sheet name="_cc_listas" sheetId="\d+" state="hidden"/);
    const back = await readWorkbookFile(file);
    expect(back.raw.sheets.find((s) => s.name === '_cc_listas')!.values.map((r) => r[0])).toEqual([...values, 'con, coma']);
  });

  it('write bookkeeping sheets (`_cc_…`) hidden', async () => {
    const zip = await openPackage(await writeResult(await inputFile(), out(), [{ name: '_cc_marcas', rows: [['Hoja', 'Celda']] }, { name: 'Visible', rows: [['a']] }]));
    const workbook = await part(zip, 'xl/workbook.xml');
    expect(workbook).toMatch(/<sheet name="_cc_marcas" sheetId="\d+" state="hidden"/);
    expect(workbook).toMatch(/<sheet name="Visible" sheetId="\d+" r:id/);
  });
});

describe('column widths', () => {
  it('keep the given widths and fit the others to their longest text, titles alone in their row aside', () => {
    const [model] = sheetModels([
      {
        name: 'S',
        columnWidths: [0, 25],
        rows: [
          ['Un título largo que corre sobre las celdas vacías de su fila'],
          [{ value: 'Satisfacción consolidada', bold: true }, 'x', { value: 1234567, format: 'count' }],
          ['ab', 'y', { value: 98.3, format: 'percent' }],
        ],
      },
    ]);
    const widths = fittedWidths(model);
    expect(widths[1]).toBe(25);
    expect(widths[0]).toBeGreaterThanOrEqual('Satisfacción consolidada'.length + 2);
    expect(widths[0]).toBeLessThan(40); // the lone title does not widen the column
    expect(widths[2]).toBeGreaterThanOrEqual('1.234.567'.length);
  });

  it('wrap text longer than a given width when a neighbour would cut it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Canales').addRow(['Mes']);
    const input = path.join(dir, 'e.xlsx');
    await book.xlsx.writeFile(input);
    const file = await writeResult(input, out(), [{ name: 'H', columnWidths: [10, 10], rows: [['Un mensaje largo que no cabe', 'x']] }]);
    const zip = await openPackage(file);
    const { xml } = await sheetXml(zip, 'H');
    const s = Number(/<c r="A1" s="(\d+)"/.exec(xml)![1]);
    const xf = [...(await part(zip, 'xl/styles.xml')).split('<cellXfs')[1].matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)][s][0];
    expect(xf).toContain('wrapText="1"');
    expect(xml).toMatch(/<c r="B1" t="inlineStr">/); // short text: no wrap style
  });
});
