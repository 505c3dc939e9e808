import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyOutputSheets, createBook, OutputWriteError, readWorkbookFile, writeFileAtomically, writeWorkbookAtomically } from '../../cli/xlsx';
import { tempDir } from './xlsx-helpers';

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
    expect(error!.message).toMatch(/no es una carpeta/);
  });
});

describe('writeWorkbookAtomically', () => {
  it('writes a workbook that reads back, with no temporary file', async () => {
    const xb = createBook();
    applyOutputSheets(xb, [{ name: 'Indicadores', rows: [['Mes', 'Valor'], ['2025-02', 3]] }]);
    const file = path.join(dir, 'salida', 'libro-resultado.xlsx');
    await writeWorkbookAtomically(xb, file);
    expect(readdirSync(path.dirname(file))).toEqual(['libro-resultado.xlsx']);
    expect((await readWorkbookFile(file)).raw.sheets[0].values).toEqual([['Mes', 'Valor'], ['2025-02', 3]]);
  });

  it('leaves no file at all when building the workbook fails', async () => {
    const xb = createBook();
    applyOutputSheets(xb, [{ name: 'Indicadores', rows: [['a', 1]], charts: [{ kind: 'column', title: 't', categories: 'A1', series: [{ name: 's', values: 'B1' }], anchor: { cell: 'D2', columns: 4, rows: 8 } }] }]);
    xb.book.removeWorksheet(xb.book.getWorksheet('Indicadores')!.id); // its chart now has no sheet: a bug, thrown
    const file = path.join(dir, 'libro-resultado.xlsx');
    await expect(writeWorkbookAtomically(xb, file)).rejects.toThrow(/missing/);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
