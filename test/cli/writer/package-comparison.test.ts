/**
 * The result workbook is the user's package plus the tool's declared edits: after `todo`, the input
 * and result packages are compared part by part. A part that differs must match a declared edit
 * (cli/xlsx/writer/declared-edits.ts) and the change must be of the kind declared; every other part
 * must be the same zip entry data, byte for byte as stored (not even recompressed).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { declaredEdits, type EditKind } from '../../../cli/xlsx/writer/declared-edits';
import { tempDir } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const root = path.join(__dirname, '..', '..', '..');
const cases = path.join(root, 'test', 'fixtures', 'cases');

interface Entry {
  method: number;
  raw: Buffer;
  text: string;
}

/** Every entry of a zip: stored bytes, and content as text (read with yauzl, independently of the writer). */
function entries(file: string): Promise<Map<string, Entry>> {
  const read = (zip: yauzl.ZipFile, entry: yauzl.Entry, decode: boolean) =>
    new Promise<Buffer>((resolve, reject) =>
      // yauzl 3.4.0 skips inflating when `decodeFileData: true` is passed explicitly: pass no option to decode.
      zip.openReadStream(entry, decode ? {} : { decodeFileData: false }, (err, stream) => {
        if (err || !stream) return reject(err);
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks)));
        stream.on('error', reject);
      }),
    );
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Entry>();
      zip.on('entry', async (entry: yauzl.Entry) => {
        if (!entry.fileName.endsWith('/')) {
          const raw = await read(zip, entry, false);
          const text = (await read(zip, entry, true)).toString('utf8');
          if (out.has(entry.fileName)) return reject(new Error(`duplicate entry ${entry.fileName}`));
          out.set(entry.fileName, { method: entry.compressionMethod, raw, text });
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** Runs `todo` through the built command; returns the result workbook's path. */
async function todo(input: string): Promise<string> {
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'cuentas-claras.js'), 'todo', input, '--out', path.join(dir, 'salida'), '--fecha-corte', '2025-03-31'], { encoding: 'utf8' });
  expect([r.status, r.stderr]).toEqual([0, '']);
  const base = path.basename(input).replace(/\.[^.]+$/, '');
  const ext = path.extname(input) === '.xlsm' ? 'xlsm' : 'xlsx';
  return path.join(dir, 'salida', `${base}-resultado.${ext}`);
}

const elements = (xml: string, local: string) => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${local}>)`, 'g'))].map((m) => m[0]);
const without = (xml: string, locals: string[]) => locals.reduce((x, l) => x.replace(new RegExp(`<(?:\\w+:)?${l}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${l}>)`, 'g'), ''), xml);

/** A worksheet with the marks' edits undone in form: `s` attributes, empty cells and rows, `<legacyDrawing>`. */
function markFree(xml: string): string {
  return xml
    .replace(/<(\w+:)?legacyDrawing\b[^>]*\/>/g, '')
    .replace(/(<(?:\w+:)?c\b[^>]*?)\ss="\d+"/g, '$1')
    .replace(/<(?:\w+:)?c r="[A-Z]+\d+"\/>/g, '')
    .replace(/<(?:\w+:)?row r="\d+"><\/(?:\w+:)?row>/g, '');
}

/** The part names reachable from a part through relationships (its own graph). */
function graphOf(parts: Map<string, Entry>, start: string): Set<string> {
  const seen = new Set<string>();
  const walk = (p: string) => {
    if (seen.has(p) || !parts.has(p)) return;
    seen.add(p);
    const rels = parts.get(p.replace(/([^/]+)$/, '_rels/$1.rels'));
    if (!rels) return;
    for (const m of rels.text.matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*\/>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const segs = m[1].startsWith('/') ? [] : p.split('/').slice(0, -1);
      for (const s of m[1].replace(/^\//, '').split('/')) s === '..' ? segs.pop() : segs.push(s);
      walk(segs.join('/'));
    }
  };
  walk(start);
  return seen;
}

/** Sheet name → part path of a package. */
function sheetParts(parts: Map<string, Entry>): Map<string, string> {
  const wb = parts.get('xl/workbook.xml')!.text;
  const rels = parts.get('xl/_rels/workbook.xml.rels')!.text;
  const out = new Map<string, string>();
  for (const s of elements(wb, 'sheet')) {
    const name = /name="([^"]*)"/.exec(s)![1].replace(/&amp;/g, '&');
    const id = /r:id="([^"]+)"/.exec(s)![1];
    const rel = elements(rels, 'Relationship').find((r) => r.includes(`Id="${id}"`))!;
    const target = /Target="([^"]+)"/.exec(rel)![1];
    out.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

/** Compares input and result; returns the parts that differ, by kind. */
async function compare(input: string, result: string, outputSheets: readonly string[]): Promise<Record<EditKind, string[]>> {
  const [a, b] = await Promise.all([entries(input), entries(result)]);
  const diff: Record<EditKind, string[]> = { added: [], changed: [], removed: [] };
  for (const [name, e] of a) {
    const r = b.get(name);
    if (!r) diff.removed.push(name);
    else if (r.text !== e.text) diff.changed.push(name);
    else {
      // Unchanged content: the very same stored bytes, not recompressed.
      expect([name, r.method, r.raw.equals(e.raw)]).toEqual([name, e.method, true]);
    }
  }
  for (const name of b.keys()) if (!a.has(name)) diff.added.push(name);

  for (const kind of ['added', 'changed', 'removed'] as const)
    for (const name of diff[kind]) expect([name, kind, declaredEdits.some((d) => d.kinds.includes(kind) && d.part.test(name))]).toEqual([name, kind, true]);

  const inputSheets = sheetParts(a);
  const resultSheets = sheetParts(b);
  const outputs = new Set(outputSheets.map((s) => s.toUpperCase()));
  // Removed parts belong only to replaced output sheets.
  const replaced = new Set([...inputSheets].filter(([n]) => outputs.has(n.toUpperCase())).flatMap(([, p]) => [...graphOf(a, p)]));
  for (const name of diff.removed) if (!name.endsWith('.rels')) expect([name, replaced.has(name)]).toEqual([name, true]);
  // Every user sheet is still there, in the same order, on a part whose only changes are marks.
  const userSheets = [...inputSheets].filter(([n]) => !outputs.has(n.toUpperCase()));
  expect([...resultSheets.keys()].filter((n) => !outputs.has(n.toUpperCase()))).toEqual(userSheets.map(([n]) => n));
  for (const [name, p] of userSheets) {
    expect(resultSheets.get(name)).toBe(p);
    if (diff.changed.includes(p)) expect([name, markFree(b.get(p)!.text)]).toEqual([name, markFree(a.get(p)!.text)]);
    // The user's drawings, charts, tables and pictures of the sheet: untouched.
    for (const q of graphOf(a, p)) if (!/comments|\.vml$|\.rels$/.test(q) && q !== p) expect([q, diff.changed.includes(q) || diff.removed.includes(q)]).toEqual([q, false]);
  }
  for (const name of diff.changed) {
    const [x, y] = [a.get(name)!.text, b.get(name)!.text];
    if (name === '[Content_Types].xml') {
      const kept = new Set(elements(y, 'Default').concat(elements(y, 'Override')));
      for (const el of elements(x, 'Default').concat(elements(x, 'Override'))) {
        const part = /PartName="\/([^"]+)"/.exec(el)?.[1];
        if (part && diff.removed.includes(part)) continue;
        expect([el, kept.has(el) || /(sheet|template)\.(main|macroEnabled)/.test(el)]).toEqual([el, true]);
      }
    } else if (name === 'xl/workbook.xml') {
      expect(without(y, ['sheet'])).toBe(without(x, ['sheet']));
      const kept = new Set(elements(y, 'sheet'));
      for (const el of elements(x, 'sheet')) if (!outputs.has(/name="([^"]*)"/.exec(el)![1].toUpperCase())) expect(kept.has(el)).toBe(true);
    } else if (name.endsWith('.rels')) {
      const kept = new Set(elements(y, 'Relationship'));
      for (const el of elements(x, 'Relationship')) {
        const source = name.replace(/_rels\/([^/]+)\.rels$/, '$1');
        const target = /Target="([^"]+)"/.exec(el)![1];
        const segs = source.split('/').slice(0, -1);
        for (const s of target.split('/')) s === '..' ? segs.pop() : segs.push(s);
        if (diff.removed.includes(segs.join('/')) || /worksheet"/.test(el)) continue;
        expect([name, el, kept.has(el)]).toEqual([name, el, true]);
      }
    } else if (name === 'xl/styles.xml') {
      for (const list of ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs']) {
        const item = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf', cellStyles: 'cellStyle', dxfs: 'dxf' }[list]!;
        const before = elements(elements(x, list)[0] ?? '', item);
        const after = elements(elements(y, list)[0] ?? '', item);
        expect([list, after.slice(0, before.length)]).toEqual([list, before]); // existing items keep their index
      }
      const lists = ['numFmts', 'fonts', 'fills', 'cellXfs'];
      expect(without(y, lists)).toBe(without(x, lists));
    } else if (/comments/.test(name)) {
      // The user's notes on cells the tool did not mark are kept as written.
      const marked = new Set(elements(y, 'comment').map((c) => /ref="([^"]+)"/.exec(c)![1]));
      for (const c of elements(x, 'comment')) if (!marked.has(/ref="([^"]+)"/.exec(c)![1])) expect(elements(y, 'comment')).not.toContain(c);
    }
  }
  return diff;
}

/** The sheets `todo` writes for the example workbook. */
const exampleOutputs = ['Indicadores', 'Hallazgos', '_cc_marcas', 'Resultado autodiagnóstico', 'Línea base espacios', 'Resultado PQRSD'];

describe('todo leaves the user’s package as it was, plus the declared edits', () => {
  it('on the example workbook', async () => {
    const input = path.join(dir, 'ejemplo-anm-2025.xlsx');
    copyFileSync(path.join(root, 'examples', 'ejemplo-anm-2025.xlsx'), input);
    const result = await todo(input);
    const diff = await compare(input, result, exampleOutputs);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml']));
    // A second run on the result replaces its own sheets: nothing of the first run's outputs remains twice.
    const again = await todo(result);
    const second = await compare(result, again, exampleOutputs);
    expect(second.added.filter((p) => /worksheets\/sheet/.test(p)).length).toBe(second.removed.filter((p) => /worksheets\/sheet/.test(p)).length);
  }, 120_000);

  it('on a workbook with the coordinator’s table, chart, picture, note and defined name', async () => {
    const input = path.join(dir, 'objetos.xlsx');
    copyFileSync(path.join(cases, 'user-objects.xlsx'), input);
    const result = await todo(input);
    const diff = await compare(input, result, ['Indicadores', 'Hallazgos', '_cc_marcas']);
    expect(diff.removed).toEqual([]);
    const [a, b] = await Promise.all([entries(input), entries(result)]);
    for (const p of ['xl/tables/table1.xml', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/sharedStrings.xml'])
      expect([p, b.get(p)?.raw.equals(a.get(p)!.raw)]).toEqual([p, true]);
    expect(b.get('xl/workbook.xml')!.text).toContain('<definedName name="TotalInteracciones">Canales!$C$2:$C$7</definedName>');
  }, 120_000);

  it('on a macro-enabled workbook, which stays an .xlsm with its VBA project', async () => {
    const input = path.join(dir, 'macros.xlsm');
    copyFileSync(path.join(cases, 'user-objects.xlsm'), input);
    const result = await todo(input);
    expect(result.endsWith('macros-resultado.xlsm')).toBe(true);
    expect(existsSync(result)).toBe(true);
    await compare(input, result, ['Indicadores', 'Hallazgos', '_cc_marcas']);
    const [a, b] = await Promise.all([entries(input), entries(result)]);
    expect(b.get('xl/vbaProject.bin')!.raw.equals(a.get('xl/vbaProject.bin')!.raw)).toBe(true);
    expect(b.get('[Content_Types].xml')!.text).toContain('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/>');
    expect(b.get('xl/_rels/workbook.xml.rels')!.text).toContain('Target="vbaProject.bin"');
  }, 120_000);

  it('on ../shared/cases/excel-table.xlsx, whose table comes back exactly as it was', async () => {
    const input = path.join(dir, 'excel-table.xlsx');
    copyFileSync(path.join(cases, 'excel-table.xlsx'), input);
    const result = await todo(input);
    await compare(input, result, ['Indicadores', 'Hallazgos', '_cc_marcas']);
    const [a, b] = await Promise.all([entries(input), entries(result)]);
    expect(b.get('xl/tables/table1.xml')!.raw.equals(a.get('xl/tables/table1.xml')!.raw)).toBe(true);
    // The sheet keeps its table relationship (notes of the marks may add their own beside it).
    const tableRel = elements(a.get('xl/worksheets/_rels/sheet1.xml.rels')!.text, 'Relationship')[0];
    expect(tableRel).toContain('/table"');
    expect(elements(b.get('xl/worksheets/_rels/sheet1.xml.rels')!.text, 'Relationship')).toContain(tableRel);
    expect(b.get('xl/worksheets/sheet1.xml')!.text).toContain('<tableParts count="1"><tablePart r:id="rId1"/></tableParts>');
  }, 120_000);
});
