import path from 'node:path';
import ExcelJS from 'exceljs';
import type { OutputSheet } from '../../core/output';
import { applyOutputSheets, readWorkbookFile, writeWorkbookAtomically, type XlsxBook } from '../../cli/xlsx';
import { openPackage, part, sheetXml, tempDir } from './xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** An input workbook with two user sheets around an old output sheet, read back as the CLI would. */
async function inputBook(): Promise<XlsxBook> {
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
  return readWorkbookFile(file);
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

async function writeAndRead(xb: XlsxBook, name = 'resultado.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  await writeWorkbookAtomically(xb, file);
  return file;
}

describe('applyOutputSheets', () => {
  it('replaces an output sheet whole, at its tab position, and leaves the other sheets as they were', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [findingsSheet(2)]);
    applyOutputSheets(xb, [findingsSheet(1)]); // a second run: no stacking
    const back = await readWorkbookFile(await writeAndRead(xb));
    expect(back.raw.sheets.map((s) => s.name)).toEqual(['Canales', 'Hallazgos', 'Reportado']);
    const findings = back.raw.sheets[1].values;
    expect(findings).toEqual([
      ['Severidad', 'Celda', 'Valor'],
      ['error', 'Canales!C2', 0.983],
    ]); // nothing left of the old 30 × 4 block
    expect(back.raw.sheets[0].values).toEqual([
      ['Mes', 'Canal', 'Interacciones'],
      ['2025-02', 'Virtual', 812],
    ]);
    expect(back.raw.sheets[2].values[1]).toEqual(['2025-02', 'Satisfacción', '98,6%']);
  });

  it('matches the sheet to replace case-insensitively, as Excel names sheets', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [{ ...findingsSheet(1), name: 'HALLAZGOS' }]);
    expect(xb.book.worksheets.map((w) => w.name)).toEqual(['Canales', 'HALLAZGOS', 'Reportado']);
  });

  it('adds a new output sheet at the end', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [{ name: 'Indicadores', rows: [['Mes']] }]);
    expect(xb.book.worksheets.map((w) => w.name)).toEqual(['Canales', 'Hallazgos', 'Reportado', 'Indicadores']);
  });

  it('writes strings as text, never as formulas', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [{ name: 'Hallazgos', rows: [['=1+1', '+57 300', '@SUMA(A1)', { value: '=HYPERLINK("http://x","y")', bold: true }]] }]);
    const file = await writeAndRead(xb);
    const { xml } = await sheetXml(await openPackage(file), 'Hallazgos');
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('t="s"');
    const back = await readWorkbookFile(file);
    expect(back.raw.sheets[1].values[0]).toEqual(['=1+1', '+57 300', '@SUMA(A1)', '=HYPERLINK("http://x","y")']);
  });

  it('writes internal links as Excel does: a location, no relationship', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [findingsSheet(2), { name: 'Resumen con espacio', rows: [[{ value: 'ir', link: { sheet: "Hoja d'Ana", cell: 'B2' } }]] }]);
    const zip = await openPackage(await writeAndRead(xb));
    const { xml, path: sheetPath } = await sheetXml(zip, 'Hallazgos');
    expect(xml).toContain('<hyperlink ref="B2" location="&apos;Canales&apos;!C2" display="Canales!C2"/>');
    expect(xml).toContain('<hyperlink ref="B3" location="&apos;Canales&apos;!C3"');
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id/);
    expect(zip.file(sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels')).toBeNull();
    // hyperlinks sit before pageMargins, as the schema orders them
    expect(xml.indexOf('<hyperlinks>')).toBeLessThan(xml.indexOf('<pageMargins'));
    expect(xml.indexOf('</sheetData>')).toBeLessThan(xml.indexOf('<hyperlinks>'));
    const other = await sheetXml(zip, 'Resumen con espacio');
    expect(other.xml).toContain('location="&apos;Hoja d&apos;&apos;Ana&apos;!B2"');
  });

  it('writes number formats, bold, fills, widths and frozen headers', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [
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
    const back = await readWorkbookFile(await writeAndRead(xb));
    const ws = back.book.getWorksheet('Indicadores')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B1').font?.bold).toBeFalsy();
    expect(ws.getCell('A2').numFmt).toBe('[$-240A]#,##0');
    expect(ws.getCell('B2').numFmt).toBe('[$-240A]0.0 %');
    expect(ws.getCell('B2').value).toBeCloseTo(0.983, 12);
    expect(ws.getCell('C2').numFmt).toBe('[$-240A]dd/mm/yyyy');
    expect((ws.getCell('C2').value as Date).toISOString()).toBe('2025-02-15T00:00:00.000Z');
    expect(ws.getCell('D2').numFmt).toBe('[$-240A]#,##0.0##');
    expect(ws.getCell('E2').value).toBe(true);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(2).width).toBe(15);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes drop-down lists and whole-column formats below the header', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [
      {
        name: 'Nueva',
        rows: [[{ value: 'Canal', bold: true }, { value: 'Interacciones', bold: true }]],
        validations: [{ range: 'A2:A50', values: ['Telefónico', 'Presencial', 'Virtual'] }],
        columnFormats: { 1: 'count' },
      },
    ]);
    const zip = await openPackage(await writeAndRead(xb));
    const { xml } = await sheetXml(zip, 'Nueva');
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="A2:A50"><formula1>&quot;Telefónico,Presencial,Virtual&quot;<\/formula1>/);
    const styles = await part(zip, 'xl/styles.xml');
    const col = /<col min="2" max="2"[^>]*style="(\d+)"/.exec(xml);
    expect(col).not.toBeNull();
    // the column's style carries the count format; the header cell does not
    const xfs = [...styles.split('<cellXfs')[1].matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const countFmtId = Number(/<numFmt numFmtId="(\d+)" formatCode="\[\$-240A\]#,##0"\/>/.exec(styles)![1]);
    expect(xfs[Number(col![1])]).toBe(countFmtId);
    const headerStyle = Number(/<c r="B1" s="(\d+)"/.exec(xml)![1]);
    expect(xfs[headerStyle]).toBe(0);
  });

  it('puts lists too long for an inline list on a hidden sheet', async () => {
    const xb = await inputBook();
    const values = Array.from({ length: 40 }, (_, i) => `Indicador número ${i + 1}`);
    applyOutputSheets(xb, [{ name: 'Nueva', rows: [['Indicador']], validations: [{ range: 'A2:A20', values: [...values, 'con, coma'] }] }]);
    const file = await writeAndRead(xb);
    const { xml } = await sheetXml(await openPackage(file), 'Nueva');
    expect(xml).toContain('<formula1>&apos;_cc_listas&apos;!$A$1:$A$41</formula1>');
    const back = await readWorkbookFile(file);
    expect(back.book.getWorksheet('_cc_listas')!.state).toBe('hidden');
    expect(back.raw.sheets.find((s) => s.name === '_cc_listas')!.values.map((r) => r[0])).toEqual([...values, 'con, coma']);
  });

  it('writes bookkeeping sheets (`_cc_…`) hidden', async () => {
    const xb = await inputBook();
    applyOutputSheets(xb, [{ name: '_cc_marcas', rows: [['Hoja', 'Celda']] }, { name: 'Visible', rows: [['a']] }]);
    const back = await readWorkbookFile(await writeAndRead(xb));
    expect(back.book.getWorksheet('_cc_marcas')!.state).toBe('hidden');
    expect(back.book.getWorksheet('Visible')!.state).toBe('visible');
  });
});
