import path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, writeTemplate } from '../../cli/xlsx';
import { readTable } from '../../core/table';
import { readConfig } from '../../core/config';
import { reportTextSheets, serviceSheets } from '../../core/template';
import { openPackage, sheetXml, tempDir } from './xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('writeTemplate', () => {
  it('writes every input sheet with its headers, drop-down lists and formats, which the readers accept', async () => {
    const file = path.join(dir, 'plantilla.xlsx');
    await writeTemplate(file, 'es');
    const xb = await readWorkbookFile(file);
    expect(xb.raw.sheets.map((s) => s.name).filter((n) => !n.startsWith('_cc_'))).toEqual(['Instrucciones', 'Configuración', ...serviceSheets.map((s) => s.name.es), ...reportTextSheets.map((s) => s.name.es)]);
    for (const spec of serviceSheets) {
      const sheet = xb.raw.sheets.find((s) => s.name === spec.name.es)!;
      expect(sheet.values).toEqual([spec.columns.map((c) => c.header.es)]);
      const table = readTable(xb.raw, spec, 'es');
      expect(table.findings).toEqual([]); // every column found, nothing to complain about
      expect(table.rows).toEqual([]);
    }
    expect(readConfig(xb.raw).config).toMatchObject({ entity: 'Agencia Nacional de Minería', entityShort: 'ANM', locale: 'es' });
    expect(readConfig(xb.raw).findings).toEqual([]);
    const book = new ExcelJS.Workbook(); // formats, read by another library than the writer
    await book.xlsx.readFile(file);
    const canales = book.getWorksheet('Canales')!;
    expect(canales.getColumn(1).numFmt).toBe('[$-240A]mmmm yyyy');
    expect(canales.getCell('A1').font?.bold).toBe(true);
    expect(canales.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(canales.getColumn(3).numFmt).toBe('[$-240A]#,##0');
    expect(canales.getColumn(8).numFmt).toBe('[$-240A]0.0 %');
    expect(canales.getCell('H500').numFmt).toBe('[$-240A]0.0 %'); // a row the user types later
    expect(book.getWorksheet('Interacciones')!.getColumn(1).numFmt).toBe('[$-240A]dd/mm/yyyy');

    const zip = await openPackage(file);
    const { xml } = await sheetXml(zip, 'Interacciones');
    expect(xml).toContain('sqref="F2:F1001"><formula1>&quot;Sí,No&quot;</formula1>');
    expect(xml).toContain('<formula1>&quot;Sede Central,PAR,PAL&quot;</formula1>');
    const instructions = await sheetXml(zip, 'Instrucciones');
    expect(instructions.xml).toContain(`location="'Canales'!A1"`);
  });

  it('writes the English template with English names', async () => {
    const file = path.join(dir, 'template.xlsx');
    await writeTemplate(file, 'en');
    const xb = await readWorkbookFile(file);
    expect(xb.raw.sheets.map((s) => s.name).filter((n) => !n.startsWith('_cc_'))).toEqual(['Instructions', 'Settings', ...serviceSheets.map((s) => s.name.en), ...reportTextSheets.map((s) => s.name.en)]);
    expect(xb.raw.sheets[2].values[0][0]).toBe('Month');
  });
});
