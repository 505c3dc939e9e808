import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile, UnusableInputError } from '../../cli/xlsx';
import { tempDir } from './xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function writeInput(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Canales');
  ws.getCell('A1').value = 'Mes';
  ws.getCell('B1').value = 'Interacciones';
  ws.getCell('C1').value = 'Satisfacción';
  ws.getCell('A2').value = new Date(Date.UTC(2025, 1, 1));
  ws.getCell('A2').numFmt = 'dd/mm/yyyy';
  ws.getCell('B2').value = 1371;
  ws.getCell('C2').value = 0.983;
  ws.getCell('C2').numFmt = '0.0%';
  ws.getCell('A3').value = '02/2025';
  ws.getCell('B3').value = { formula: 'B2*2', result: 2742 } as ExcelJS.CellFormulaValue;
  ws.getCell('C3').value = { richText: [{ text: 'Tele', font: { bold: true } }, { text: 'fónico' }] };
  ws.getCell('A4').value = { text: 'sitio', hyperlink: 'https://example.org' };
  ws.getCell('B4').value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
  ws.getCell('C4').value = true;
  ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  ws.getCell('E6').value = 'fin';
  ws.getCell('A7').value = { formula: 'A2+1', result: new Date(Date.UTC(2025, 1, 2)) } as ExcelJS.CellFormulaValue;
  ws.getCell('A7').numFmt = 'dd/mm/yyyy';
  ws.getCell('A8').value = 'combinada';
  ws.mergeCells('A8:B8');
  ws.getCell('C9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } }; // style only: not data
  book.addWorksheet('Vacía');
  book.addWorksheet('_cc_marcas', { state: 'hidden' }).getCell('A1').value = 'estado';
  await book.xlsx.writeFile(file);
}

describe('readWorkbookFile', () => {
  it('reads every sheet as raw values: numbers, text, date serials, formula results, rich text, links, errors', async () => {
    const file = path.join(dir, 'entrada.xlsx');
    await writeInput(file);
    const { raw } = await readWorkbookFile(file);
    expect(raw.sheets.map((s) => s.name)).toEqual(['Canales', 'Vacía', '_cc_marcas']);
    const v = raw.sheets[0].values;
    expect(v.length).toBe(8); // up to the last row with a value (C9 holds only a fill)
    expect(v.every((row) => row.length === 5)).toBe(true); // a rectangle up to column E
    expect(v[0]).toEqual(['Mes', 'Interacciones', 'Satisfacción', null, null]);
    // A date-formatted cell gives its serial number; formatOf says it is a date (as Office.js does).
    expect(v[1][0]).toBe(45689);
    expect(raw.sheets[0].formatOf!(1, 0)).toBe('date');
    expect(raw.sheets[0].formatOf!(1, 2)).toBe('percent');
    expect(raw.sheets[0].formatOf!(1, 1)).toBe('general');
    expect(v[1].slice(1, 3)).toEqual([1371, 0.983]);
    expect(v[2].slice(0, 3)).toEqual(['02/2025', 2742, 'Telefónico']);
    expect(v[3].slice(0, 4)).toEqual(['sitio', '#DIV/0!', true, '#DIV/0!']);
    expect(v[4]).toEqual([null, null, null, null, null]);
    expect(v[5][4]).toBe('fin');
    expect(v[6][0]).toBe(45690);
    expect(raw.sheets[0].formatOf!(6, 0)).toBe('date');
    expect(v[7].slice(0, 2)).toEqual(['combinada', null]); // merged: value in the top-left cell only
    expect(raw.sheets[0].merges).toEqual([{ top: 7, left: 0, bottom: 7, right: 1 }]);
    expect(raw.sheets[0].pendingFormulas).toEqual([]);
    expect(raw.dateSystem).toBe('1900');
    expect(raw.sheets[1].values).toEqual([]);
    expect(raw.sheets[2].values).toEqual([['estado']]);
  });

  describe('unusable input', () => {
    const expectUnusable = async (file: string, message: RegExp) => {
      const error = await readWorkbookFile(file).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(UnusableInputError);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('\n');
    };

    it('a missing file', async () => {
      await expectUnusable(path.join(dir, 'nada.xlsx'), /^No se encontró el archivo «.*nada\.xlsx»\.$/);
    });

    it('a folder', async () => {
      mkdirSync(path.join(dir, 'carpeta.xlsx'));
      await expectUnusable(path.join(dir, 'carpeta.xlsx'), /es una carpeta/);
    });

    it('a file that is not a zip', async () => {
      writeFileSync(path.join(dir, 'texto.xlsx'), 'Mes;Canal\n2025-02;Virtual\n');
      await expectUnusable(path.join(dir, 'texto.xlsx'), /^«texto\.xlsx» no es un libro de Excel \(\.xlsx\): no es un paquete zip\.$/);
    });

    it('a zip that is not a workbook', async () => {
      const zip = new JSZip();
      zip.file('hola.txt', 'hola');
      writeFileSync(path.join(dir, 'otro.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
      await expectUnusable(path.join(dir, 'otro.xlsx'), /no es un libro de Excel/);
    });

    it('an old .xls (or password-protected) file', async () => {
      writeFileSync(path.join(dir, 'viejo.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      await expectUnusable(path.join(dir, 'viejo.xlsx'), /\.xls\) o protegido con contraseña/);
    });

    it('a truncated workbook', async () => {
      const file = path.join(dir, 'entrada.xlsx');
      await writeInput(file);
      const { readFileSync } = await import('node:fs');
      const data = readFileSync(file);
      writeFileSync(path.join(dir, 'cortado.xlsx'), data.subarray(0, Math.floor(data.length / 2)));
      await expectUnusable(path.join(dir, 'cortado.xlsx'), /no es un libro de Excel/);
    });
  });
});
