import path from 'node:path';
import ExcelJS from 'exceljs';
import type { CellMark } from '../../core/output';
import { applyCellMarks, readCellMarks, readWorkbookFile, writeWorkbookAtomically, type XlsxBook } from '../../cli/xlsx';
import { applyTint, fillRgb, themePalette } from '../../cli/xlsx/fills';
import { tempDir } from './xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

async function inputFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Canales');
  ws.addRows([
    ['Mes', 'Canal', 'Interacciones', 'Satisfacción', 'Otra'],
    ['2025-02', 'Chat', 142, '98,6%', 'x'],
    ['2025-02', 'Virtual', 812, 0.977, 'y'],
  ]);
  ws.getCell('A2').fill = yellow;
  ws.getCell('A2').note = 'nota previa';
  ws.getCell('E2').fill = yellow; // same style as A2 once read: must not change with A2
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.3999755851924192 } as unknown as ExcelJS.Color };
  ws.getCell('D3').note = { texts: [{ text: 'Autor:', font: { bold: true } }, { text: '\nrevisar' }] };
  const file = path.join(dir, 'entrada.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

const cells = ['A2', 'B2', 'C2', 'D3', 'E2', 'B3'].map((cell) => ({ sheet: 'Canales', cell }));

async function roundTrip(xb: XlsxBook, name: string): Promise<XlsxBook> {
  const file = path.join(dir, name);
  await writeWorkbookAtomically(xb, file);
  return readWorkbookFile(file);
}

describe('cell marks', () => {
  it('reads fills and notes as they show', async () => {
    const xb = await readWorkbookFile(await inputFile());
    expect(readCellMarks(xb, cells)).toEqual([
      { sheet: 'Canales', cell: 'A2', fill: 'FFFF00', note: 'nota previa' },
      { sheet: 'Canales', cell: 'B2', fill: null, note: null },
      { sheet: 'Canales', cell: 'C2', fill: '95B3D7', note: null }, // exceljs's theme: Accent 1 (4F81BD), lighter 40 %
      { sheet: 'Canales', cell: 'D3', fill: null, note: 'Autor:\nrevisar' },
      { sheet: 'Canales', cell: 'E2', fill: 'FFFF00', note: null },
      { sheet: 'Canales', cell: 'B3', fill: null, note: null },
    ]);
    expect(readCellMarks(xb, [{ sheet: 'No existe', cell: 'A1' }])).toEqual([{ sheet: 'No existe', cell: 'A1', fill: null, note: null }]);
  });

  it('marks and restores cells exactly through written files, never touching values or other cells', async () => {
    const original = await readWorkbookFile(await inputFile());
    const before = readCellMarks(original, cells);
    const marks: CellMark[] = [
      { sheet: 'Canales', cell: 'A2', fill: 'F8CBAD', note: 'Error: «Chat» no es un canal.\nUse Telefónico, Presencial o Virtual.' },
      { sheet: 'Canales', cell: 'B2', fill: 'F8CBAD', note: 'Error: canal' },
      { sheet: 'Canales', cell: 'C2', fill: 'FFE699', note: null },
      { sheet: 'Canales', cell: 'D3', fill: 'DDEBF7', note: 'Info' },
      { sheet: 'Canales', cell: 'B3', fill: null, note: 'solo nota' },
    ];
    applyCellMarks(original, marks);
    const marked = await roundTrip(original, 'marcado.xlsx');
    expect(readCellMarks(marked, marks)).toEqual(marks);
    expect(readCellMarks(marked, [{ sheet: 'Canales', cell: 'E2' }])[0].fill).toBe('FFFF00'); // shared style untouched
    expect(marked.raw.sheets.map((s) => s.values)).toEqual(original.raw.sheets.map((s) => s.values)); // values untouched

    applyCellMarks(marked, before);
    const restored = await roundTrip(marked, 'restaurado.xlsx');
    expect(readCellMarks(restored, cells)).toEqual(before);
    expect(restored.raw.sheets.map((s) => s.values)).toEqual(original.raw.sheets.map((s) => s.values));
  });

  it('skips marks on sheets that are gone', async () => {
    const xb = await readWorkbookFile(await inputFile());
    applyCellMarks(xb, [{ sheet: 'Renombrada', cell: 'A1', fill: 'FF0000', note: 'x' }]);
    expect(xb.book.worksheets.map((w) => w.name)).toEqual(['Canales']);
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

  it('reads pattern, theme, palette and empty fills', () => {
    const theme = themePalette(new ExcelJS.Workbook());
    expect(fillRgb(undefined, theme)).toBeNull();
    expect(fillRgb({ type: 'pattern', pattern: 'none' }, theme)).toBeNull();
    expect(fillRgb({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'ff00b050' } }, theme)).toBe('00B050');
    expect(fillRgb({ type: 'pattern', pattern: 'solid', fgColor: { theme: 0 } as ExcelJS.Color }, theme)).toBe('FFFFFF');
    expect(fillRgb({ type: 'pattern', pattern: 'solid', fgColor: { indexed: 13 } as unknown as ExcelJS.Color }, theme)).toBe('FFFF00');
  });
});
