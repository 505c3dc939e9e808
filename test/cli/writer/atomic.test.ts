import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { openWorkbookPackage, OutputWriteError, UnusableInputError, writeFileAtomically } from '../../../cli/xlsx';
import { tempDir, writeResult } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error);

describe('writeFileAtomically', () => {
  it('writes the file, creating its folder, and leaves no temporary file', async () => {
    const file = path.join(dir, 'salida', 'sub', 'datos-indicadores.json');
    await writeFileAtomically(file, '{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(path.dirname(file))).toEqual(['datos-indicadores.json']);
  });

  it('replaces an existing file whole', async () => {
    const file = path.join(dir, 'datos.json');
    writeFileSync(file, 'x'.repeat(1000));
    await writeFileAtomically(file, Buffer.from('nuevo'));
    expect(readFileSync(file, 'utf8')).toBe('nuevo');
    expect(readdirSync(dir)).toEqual(['datos.json']);
  });

  it('fails with a one-line Spanish message, leaving no file, when a folder is in the way', async () => {
    const file = path.join(dir, 'datos.json');
    mkdirSync(path.join(file, 'dentro'), { recursive: true });
    const error = await failure(writeFileAtomically(file, 'x'));
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error!.message).toBe(`No se pudo escribir «${file}»: hay una carpeta con ese nombre.`);
    expect(statSync(file).isDirectory()).toBe(true);
    expect(readdirSync(dir)).toEqual(['datos.json']); // no temporary file left
  });

  it('fails when part of the path is a file', async () => {
    writeFileSync(path.join(dir, 'archivo'), 'x');
    const error = await failure(writeFileAtomically(path.join(dir, 'archivo', 'datos.json'), 'x'));
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error!.message).toMatch(/es un archivo, no una carpeta/);
    expect((error as OutputWriteError).english).toMatch(/is a file, not a folder/);
  });
});

describe('writing a result workbook', () => {
  it('leaves no file at all when building the workbook fails', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Canales').addRow(['Mes']);
    const input = path.join(dir, 'entrada.xlsx');
    await book.xlsx.writeFile(input);
    const out = path.join(dir, 'salida');
    mkdirSync(out);
    const broken = { name: 'Indicadores', rows: [['a', 1]], charts: [{ kind: 'column' as const, title: 't', categories: 'no es un rango', series: [{ name: 's', values: 'B1' }], anchor: { cell: 'D2', columns: 4, rows: 8 } }] };
    await expect(writeResult(input, path.join(out, 'libro-resultado.xlsx'), [broken])).rejects.toThrow(/malformed chart range/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a file that is not a workbook with a one-line Spanish message', async () => {
    const file = path.join(dir, 'no-es-libro.xlsx');
    writeFileSync(file, 'hola');
    const error = await failure(openWorkbookPackage(file));
    expect(error).toBeInstanceOf(UnusableInputError);
    expect(error!.message).toBe('«no-es-libro.xlsx» no es un libro de Excel (.xlsx) válido.');
  });
});
