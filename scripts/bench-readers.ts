/**
 * The reader candidates measured on the same log file (BENCHMARKS.md, "Choosing the reader"):
 * each runs in its own child process and reads the log sheet into values. SheetJS is not a
 * dependency of the project: install it for this comparison with
 * `npm install --no-save @e965/xlsx@0.20.3` (the community edition, republished on npm).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJSType from 'exceljs';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { readWorkbookBytes } from '../cli/xlsx/reader';

export const readerCandidates = ['floor', 'reader', 'saxes', 'exceljs-stream', 'exceljs-model', 'sheetjs'] as const;
export type ReaderCandidate = (typeof readerCandidates)[number];

export const candidateLabels: Record<ReaderCandidate, string> = {
  floor: 'suelo: zlib nativo + recorrer bytes',
  reader: 'lector propio (yauzl + zlib/fflate + escáner de bytes)',
  saxes: 'pasada SAX con saxes (yauzl + zlib nativo)',
  'exceljs-stream': 'exceljs 4.4, lector en flujo (WorkbookReader)',
  'exceljs-model': 'exceljs 4.4, modelo completo (la lectura anterior)',
  sheetjs: 'SheetJS CE 0.20.3 (@e965/xlsx), dense',
};

interface Outcome {
  cells: number;
  /** Tags seen (the floor only scans). */
  tags?: number;
  /** Strings holding U+FFFD: text damaged by decoding (exceljs issues 2084, 2063, 2316). */
  damaged: number;
  note?: string;
}

function tally(values: Iterable<unknown>, into: Outcome): void {
  for (const v of values) {
    if (v === null || v === undefined || v === '') continue;
    into.cells++;
    if (typeof v === 'string' && v.includes('\ufffd')) into.damaged++;
  }
}

async function entryText(zip: yauzl.ZipFile, wanted: string, onChunk: (text: string) => void): Promise<void> {
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName !== wanted) continue;
    const stream = await zip.openReadStreamPromise(entry);
    const decoder = new TextDecoder();
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (c: Buffer) => onChunk(decoder.decode(c, { stream: true })));
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
    return;
  }
}

/** A SAX pass of our own over saxes: shared strings, then the sheet's cells into rows. */
async function saxesPass(file: string, out: Outcome): Promise<void> {
  const strings: string[] = [];
  {
    const zip = await yauzl.openPromise(file, { lazyEntries: true });
    const p = new SaxesParser();
    let inT = false;
    let current = '';
    p.on('opentag', (t) => {
      if (t.name === 'si') current = '';
      else if (t.name === 't') inT = true;
    });
    p.on('text', (s) => {
      if (inT) current += s;
    });
    p.on('closetag', (t) => {
      if (t.name === 't') inT = false;
      else if (t.name === 'si') strings.push(current);
    });
    await entryText(zip, 'xl/sharedStrings.xml', (s) => p.write(s));
    p.close();
    zip.close();
  }
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const p = new SaxesParser();
  const rows: unknown[][] = [];
  let row: unknown[] = [];
  let type = '';
  let inV = false;
  let inT = false;
  let text = '';
  p.on('opentag', (t) => {
    if (t.name === 'row') rows.push((row = []));
    else if (t.name === 'c') {
      type = String(t.attributes.t ?? 'n');
      text = '';
    } else if (t.name === 'v') inV = true;
    else if (t.name === 't') inT = true;
  });
  p.on('text', (s) => {
    if (inV || inT) text += s;
  });
  p.on('closetag', (t) => {
    if (t.name === 'v') inV = false;
    else if (t.name === 't') inT = false;
    else if (t.name === 'c') row.push(type === 's' ? strings[Number(text)] : type === 'inlineStr' || type === 'str' ? text : text === '' ? null : Number(text));
  });
  await entryText(zip, 'xl/worksheets/sheet1.xml', (s) => p.write(s));
  p.close();
  zip.close();
  for (const r of rows) tally(r, out);
}

async function floor(file: string, out: Outcome & { tags: number }): Promise<void> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName !== 'xl/worksheets/sheet1.xml') continue;
    const stream = await zip.openReadStreamPromise(entry);
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1)) out.tags++;
      });
      stream.on('end', () => resolve());
      stream.on('error', reject);
    });
  }
  zip.close();
}

/** exceljs, a development dependency (the former reading), loaded at run time rather than bundled. */
function exceljs(): typeof ExcelJSType {
  return createRequire(__filename)('exceljs');
}

/** Runs one candidate in this process and prints its outcome as JSON. */
export async function runReaderCandidate(candidate: ReaderCandidate, file: string): Promise<void> {
  const out: Outcome = { cells: 0, damaged: 0 };
  switch (candidate) {
    case 'floor':
      out.tags = 0;
      await floor(file, out as Outcome & { tags: number });
      process.stdout.write(JSON.stringify({ damaged: 0, note: undefined, tags: out.tags }));
      return;
    case 'reader': {
      const { raw } = await readWorkbookBytes(fs.readFileSync(file), 'registro.xlsx');
      for (const r of raw.sheets[0].values) tally(r, out);
      break;
    }
    case 'saxes':
      await saxesPass(file, out);
      break;
    case 'exceljs-stream': {
      const ExcelJS = exceljs();
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore', entries: 'ignore' });
      for await (const ws of reader) for await (const row of ws) tally(row.values as unknown[], out);
      break;
    }
    case 'exceljs-model': {
      const ExcelJS = exceljs();
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      book.worksheets[0].eachRow((row) => tally((row.values as unknown[]).map((v) => (v && typeof v === 'object' && 'richText' in v ? '' : v)), out));
      break;
    }
    case 'sheetjs': {
      let XLSX: { read: (d: Buffer, o: object) => { Sheets: Record<string, { '!data'?: { v?: unknown }[][] }> } };
      try {
        // Resolved at run time only: not a dependency, and not to be bundled.
        XLSX = createRequire(__filename)('@e965/xlsx');
      } catch {
        out.note = 'no instalado: npm install --no-save @e965/xlsx@0.20.3';
        break;
      }
      const wb = XLSX.read(fs.readFileSync(file), { type: 'buffer', dense: true, sheets: 'Interacciones', cellHTML: false, cellText: false });
      for (const r of wb.Sheets.Interacciones['!data'] ?? []) if (r) tally(r.map((c) => c?.v), out);
      break;
    }
  }
  process.stdout.write(JSON.stringify(out));
}
