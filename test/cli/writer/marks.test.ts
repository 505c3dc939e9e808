import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellMark } from '../../../core/output';
import { readWorkbookFile } from '../../../cli/xlsx';
import { applyTint, Styles, themePalette } from '../../../cli/xlsx/writer/styles';
import { cellStates, openPackage, part, sheetXml, tempDir, writeResult } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

/** A coordinator's sheet: some cells already coloured (one by theme colour) and annotated. */
async function inputFile(notes = true): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Canales');
  ws.addRows([
    ['Mes', 'Canal', 'Interacciones', 'Satisfacción', 'Otra'],
    ['2025-02', 'Chat', 142, '98,6%', 'x'],
    ['2025-02', 'Virtual', 812, 0.977, 'y'],
  ]);
  ws.getCell('A2').fill = yellow;
  ws.getCell('E2').fill = yellow; // same style as A2: must not change with A2
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.3999755851924192 } as unknown as ExcelJS.Color };
  if (notes) {
    ws.getCell('A2').note = 'nota previa';
    ws.getCell('D3').note = { texts: [{ text: 'Autor:', font: { bold: true } }, { text: '\nrevisar' }] };
  }
  book.addWorksheet('Otra').addRow(['sin marcas']);
  const file = path.join(dir, notes ? 'entrada.xlsx' : 'sin-notas.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const cells = ['A2', 'B2', 'C2', 'D3', 'E2', 'B3', 'G9'].map((cell) => ({ sheet: 'Canales', cell }));

/** Every part of a package, as text. */
async function parts(file: string): Promise<Map<string, string>> {
  const zip = await openPackage(file);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name].dir) out.set(name, await zip.files[name].async('string'));
  return out;
}

describe('reading a cell’s state', () => {
  it('reads fills as the colour they show and notes as their text', async () => {
    expect(await cellStates(await inputFile(), cells)).toEqual([
      { sheet: 'Canales', cell: 'A2', fill: 'FFFF00', note: 'nota previa' },
      { sheet: 'Canales', cell: 'B2', fill: null, note: null },
      { sheet: 'Canales', cell: 'C2', fill: '95B3D7', note: null }, // the file's theme: Accent 1 (4F81BD), lighter 40 %
      { sheet: 'Canales', cell: 'D3', fill: null, note: 'Autor:\nrevisar' },
      { sheet: 'Canales', cell: 'E2', fill: 'FFFF00', note: null },
      { sheet: 'Canales', cell: 'B3', fill: null, note: null },
      { sheet: 'Canales', cell: 'G9', fill: null, note: null },
    ]);
    expect(await cellStates(await inputFile(), [{ sheet: 'No existe', cell: 'A1' }])).toEqual([{ sheet: 'No existe', cell: 'A1', fill: null, note: null }]);
  });

  it('reads the fill an empty cell takes from its row or column', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Canales');
    ws.getCell('A1').value = 'Mes';
    ws.getColumn(3).fill = yellow;
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
    const written = path.join(dir, 'columna.xlsx');
    await book.xlsx.writeFile(written);
    // A formatted empty row, as Excel stores it (exceljs does not write one): the style of A1.
    const zip = await openPackage(written);
    const xml = await part(zip, 'xl/worksheets/sheet1.xml');
    const s = /<c r="A1" s="(\d+)"/.exec(xml)![1];
    zip.file('xl/worksheets/sheet1.xml', xml.replace('</sheetData>', `<row r="5" s="${s}" customFormat="1"/></sheetData>`));
    const file = path.join(dir, 'filas.xlsx');
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
    const states = await cellStates(file, ['C9', 'F5', 'B2'].map((cell) => ({ sheet: 'Canales', cell })));
    expect(states.map((s) => s.fill)).toEqual(['FFFF00', '00B050', null]);
  });
});

describe('marks', () => {
  const marks: CellMark[] = [
    { sheet: 'Canales', cell: 'A2', fill: 'F8CBAD', note: 'Error: «Chat» no es un canal.\nUse Telefónico, Presencial o Virtual.' },
    { sheet: 'Canales', cell: 'B2', fill: 'F8CBAD', note: 'Error: canal' },
    { sheet: 'Canales', cell: 'C2', fill: 'FFE699', note: null },
    { sheet: 'Canales', cell: 'D3', fill: 'DDEBF7', note: 'Info' },
    { sheet: 'Canales', cell: 'B3', fill: null, note: 'solo nota' },
    { sheet: 'Canales', cell: 'G9', fill: 'FFE699', note: 'celda vacía, fila nueva' },
    { sheet: 'Canales', cell: 'F3', fill: 'FFE699', note: null },
  ];

  it('set fills and notes, never values nor other cells, and restore them exactly', async () => {
    const input = await inputFile();
    const before = await cellStates(input, marks);
    const marked = await writeResult(input, path.join(dir, 'marcado.xlsx'), [], marks);
    expect(await cellStates(marked, marks)).toEqual(marks);
    expect((await cellStates(marked, [{ sheet: 'Canales', cell: 'E2' }]))[0].fill).toBe('FFFF00'); // shared style untouched
    expect((await readWorkbookFile(marked)).raw).toEqual((await readWorkbookFile(input)).raw); // values untouched

    const restored = await writeResult(marked, path.join(dir, 'restaurado.xlsx'), [], before);
    expect(await cellStates(restored, [...marks, ...cells])).toEqual(await cellStates(input, [...marks, ...cells]));
    // The sheet itself is back byte for byte: each cell points at its own format again, created cells are gone.
    const [original, back] = await Promise.all([openPackage(input), openPackage(restored)]);
    expect((await sheetXml(back, 'Canales')).xml).toBe((await sheetXml(original, 'Canales')).xml);
    // Another reader sees the same notes and fills.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(marked);
    const ws = book.getWorksheet('Canales')!;
    expect(ws.getCell('G9').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFE699' } });
    expect(JSON.stringify(ws.getCell('G9').note)).toContain('celda vacía, fila nueva');
  });

  it('reuse one cloned format per fill: re-marking does not grow styles.xml', async () => {
    const input = await inputFile();
    const once = await writeResult(input, path.join(dir, 'uno.xlsx'), [], marks);
    const twice = await writeResult(once, path.join(dir, 'dos.xlsx'), [], marks);
    const [a, b] = await Promise.all([parts(once), parts(twice)]);
    expect(b.get('xl/styles.xml')).toBe(a.get('xl/styles.xml'));
    expect(b.get('xl/worksheets/sheet1.xml')).toBe(a.get('xl/worksheets/sheet1.xml'));
  });

  it('create the comments part and its VML drawing when the sheet has none, and remove them when the last note goes', async () => {
    const input = await inputFile(false);
    const marked = await writeResult(input, path.join(dir, 'marcado.xlsx'), [], [{ sheet: 'Canales', cell: 'B2', fill: 'F8CBAD', note: 'Error' }]);
    const zip = await openPackage(marked);
    const sheet = await sheetXml(zip, 'Canales');
    const rels = await part(zip, sheet.path.replace('worksheets/', 'worksheets/_rels/') + '.rels');
    expect(rels).toMatch(/relationships\/comments" Target="..\/comments1.xml"/);
    expect(rels).toMatch(/relationships\/vmlDrawing" Target="..\/drawings\/vmlDrawing1.vml"/);
    expect(sheet.xml).toMatch(/<legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    const types = await part(zip, '[Content_Types].xml');
    expect(types).toContain('<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(types).toContain('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
    const vml = await part(zip, 'xl/drawings/vmlDrawing1.vml');
    expect(vml).toContain('<x:Row>1</x:Row><x:Column>1</x:Column>');

    const cleared = await writeResult(marked, path.join(dir, 'limpio.xlsx'), [], [{ sheet: 'Canales', cell: 'B2', fill: null, note: null }]);
    const [orig, back] = await Promise.all([parts(input), parts(cleared)]);
    expect([...back.keys()]).toEqual([...orig.keys()]);
    for (const name of orig.keys()) if (name !== 'xl/styles.xml') expect([name, back.get(name)]).toEqual([name, orig.get(name)]);
  });

  it('keep the other shapes of a VML drawing (form controls of a macro workbook)', async () => {
    const input = await inputFile();
    const zip = await openPackage(input);
    const vmlName = Object.keys(zip.files).find((f) => f.endsWith('.vml'))!;
    const button = '<v:shape id="_x0000_s2000" type="#_x0000_t201" style="position:absolute"><x:ClientData ObjectType="Button"><x:FmlaMacro>[0]!Macro1</x:FmlaMacro></x:ClientData></v:shape>';
    zip.file(vmlName, (await zip.file(vmlName)!.async('string')).replace('</xml>', `${button}</xml>`));
    const withButton = path.join(dir, 'boton.xlsx');
    writeFileSync(withButton, await zip.generateAsync({ type: 'nodebuffer' }));
    const cleared = await writeResult(withButton, path.join(dir, 'limpio.xlsx'), [], [
      { sheet: 'Canales', cell: 'A2', fill: null, note: null },
      { sheet: 'Canales', cell: 'D3', fill: null, note: null },
    ]);
    const vml = await part(await openPackage(cleared), vmlName);
    expect(vml).toContain(button);
    expect(vml).not.toContain('ObjectType="Note"');
    expect(await cellStates(cleared, [{ sheet: 'Canales', cell: 'A2' }])).toEqual([{ sheet: 'Canales', cell: 'A2', fill: null, note: null }]);
  });

  it('skip marks on sheets that are gone', async () => {
    const input = await inputFile();
    const file = await writeResult(input, path.join(dir, 'r.xlsx'), [], [{ sheet: 'Renombrada', cell: 'A1', fill: 'FF0000', note: 'x' }]);
    const [a, b] = await Promise.all([parts(input), parts(file)]);
    expect(b).toEqual(a);
  });
});

describe('fill colours', () => {
  /** Within 2 units per channel: Excel's own rounding of tints is not documented exactly. */
  const near = (a: string, b: string) => [0, 2, 4].every((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)) <= 2);

  it('applies Excel tints to theme colours (the swatches Excel shows)', () => {
    expect(near(applyTint('4472C4', 0.3999755851924192), '8EA9DB')).toBe(true);
    expect(near(applyTint('4472C4', 0.7999816888943144), 'D9E1F2')).toBe(true);
    expect(near(applyTint('4472C4', -0.249977111117893), '2F5597')).toBe(true);
    expect(near(applyTint('70AD47', -0.499984740745262), '375623')).toBe(true);
    expect(near(applyTint('ED7D31', 0.5999938962981048), 'F8CBAD')).toBe(true);
    expect(near(applyTint('4472C4', 0.3999755851924192), '4472C4')).toBe(false);
    expect(applyTint('ED7D31', 0)).toBe('ED7D31');
  });

  it('reads pattern, theme, palette, gradient and empty fills', () => {
    const styles = new Styles('<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="1"><xf/></cellXfs></styleSheet>', themePalette(null));
    const f = (inner: string) => styles.fillRgbOfText(`<fill>${inner}</fill>`);
    expect(f('<patternFill patternType="none"/>')).toBeNull();
    expect(f('<patternFill/>')).toBeNull();
    expect(f('<patternFill patternType="gray125"/>')).toBeNull();
    expect(f('<patternFill patternType="solid"><fgColor rgb="ff00b050"/></patternFill>')).toBe('00B050');
    expect(f('<patternFill patternType="solid"><fgColor theme="0"/></patternFill>')).toBe('FFFFFF');
    expect(f('<patternFill patternType="solid"><fgColor indexed="13"/></patternFill>')).toBe('FFFF00');
    expect(f('<patternFill patternType="solid"><fgColor indexed="64"/></patternFill>')).toBeNull();
    expect(f('<patternFill patternType="darkGray"><bgColor rgb="FF112233"/></patternFill>')).toBe('112233');
    expect(f('<gradientFill><stop position="0"><color rgb="FF445566"/></stop><stop position="1"><color rgb="FFFFFFFF"/></stop></gradientFill>')).toBe('445566');
  });

  it('takes theme colours from the workbook’s theme part', () => {
    const theme = '<a:theme xmlns:a="x"><a:themeElements><a:clrScheme name="c"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1></a:clrScheme></a:themeElements></a:theme>';
    expect(themePalette(theme).slice(0, 5)).toEqual(['FFFFFF', '000000', 'EEECE1', '1F497D', '4F81BD']);
  });
});
