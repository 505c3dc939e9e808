/**
 * `npm run bench:write`: time and peak memory of writing the result workbook of a large raw log
 * (200.000 and 1.048.575 rows), apart from reading and computing. The log workbook is generated
 * as Excel stores one (shared strings, date cells); the output sheets are those of `todo` on the
 * example workbook; then once with no marks on the log and once with 200 marks on it (the log's
 * part is then edited and recompressed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkbookPackage, readWorkbookFile, writeResultWorkbook } from '../cli/xlsx';
import { WorkbookPackage } from '../cli/xlsx/writer/package';
import { entryOf, inflateEntry, readZip, writeZip } from '../cli/xlsx/writer/zip';
import { actionsForCommand, defaultActionOptions, runActions } from '../core/actions';
import type { CellMark } from '../core/output';

const strings = ['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía',
  'Telefónico', 'Presencial', 'Virtual', 'Sede Central', 'PAR Nobsa', 'PAR Cali', 'PAL El Zulia', 'PAR', 'PAL', 'RUCOM', 'AnnA Minería', 'Fallas tecnológicas', 'Consulta general', 'Sí', 'No'];
const idx = (s: string) => strings.indexOf(s);

/** Writes a raw log workbook of `n` rows to `file`. */
async function writeLog(n: number, file: string): Promise<void> {
  const pkg = WorkbookPackage.create();
  pkg.putSheets([{ name: 'Interacciones', rows: [[{ value: 'x' }]] }]);
  const base = await readZip(await pkg.toBuffer());
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const chunks: string[] = [];
  const L = 'ABCDEFGHIJ';
  const s = (r: number, c: number, v: string) => `<c r="${L[c]}${r}" t="s"><v>${idx(v)}</v></c>`;
  chunks.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:J' + (n + 1) + '"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>');
  chunks.push(`<row r="1">${strings.slice(0, 10).map((h, c) => s(1, c, h)).join('')}</row>`);
  const pts = [['Sede Central', 'Sede Central'], ['PAR Nobsa', 'PAR'], ['PAR Cali', 'PAR'], ['PAL El Zulia', 'PAL']];
  const types = ['RUCOM', 'AnnA Minería', 'Fallas tecnológicas', 'Consulta general'];
  for (let i = 0; i < n; i++) {
    const r = i + 2;
    const ch = ['Telefónico', 'Presencial', 'Virtual'][Math.floor(rnd() * 3)];
    const p = ch === 'Presencial' ? pts[Math.floor(rnd() * 4)] : null;
    const answered = rnd() < 0.4;
    const month = 1 + Math.floor((i / n) * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const serial = (Date.UTC(2025, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000;
    let row = `<row r="${r}"><c r="A${r}" s="1"><v>${serial}</v></c>${s(r, 1, ch)}`;
    if (p) row += s(r, 2, p[0]) + s(r, 3, p[1]);
    row += s(r, 4, types[Math.floor(rnd() * 4)]) + s(r, 5, rnd() < 0.9 ? 'Sí' : 'No') + s(r, 6, answered ? 'Sí' : 'No');
    if (answered) row += s(r, 7, rnd() < 0.95 ? 'Sí' : 'No') + s(r, 8, 'Sí') + s(r, 9, 'Sí');
    chunks.push(row + '</row>');
  }
  chunks.push('</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>');
  const sheet = Buffer.from(chunks.join(''));
  const sst = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="' + strings.length + '" uniqueCount="' + strings.length + '">' + strings.map((t) => `<si><t>${t}</t></si>`).join('') + '</sst>';
  const styles = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  const entries = base.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? entryOf(e.name, sheet) : e.name === 'xl/styles.xml' ? entryOf(e.name, styles) : e));
  entries.push(entryOf('xl/sharedStrings.xml', sst));
  const ct = entries.find((e) => e.name === '[Content_Types].xml')!;
  entries[entries.indexOf(ct)] = entryOf(ct.name, inflateEntry(ct).toString().replace('</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'));
  const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels')!;
  entries[entries.indexOf(rels)] = entryOf(rels.name, inflateEntry(rels).toString().replace('</Relationships>', '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'));
  writeFileSync(file, await writeZip(entries));
}

/** One measurement, in this process (run as a child, so the peak is the write's alone). */
async function measure(file: string, out: string, marked: boolean): Promise<string> {
  const example = await readWorkbookFile(path.join(__dirname, '..', '..', 'examples', 'ejemplo-anm-2025.xlsx'));
  const sheets = runActions(actionsForCommand('todo'), example.raw, { ...defaultActionOptions, partOfAll: true }).flatMap((r) => r.result.sheets);
  global.gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const t0 = process.hrtime.bigint();
  const pkg = await openWorkbookPackage(file);
  const marks: CellMark[] = [];
  if (marked) {
    for (let i = 0; i < 200; i++) {
      const cell = `B${2 + i * 997}`;
      pkg.cellState('Interacciones', cell);
      marks.push({ sheet: 'Interacciones', cell, fill: 'F8CBAD', note: `Error en ${cell}` });
    }
  }
  await writeResultWorkbook(pkg, out, sheets, marks);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s, ${(peak / 2 ** 20).toFixed(0)} MiB`;
}

/** Runs one measurement in a fresh Node process and returns its line. */
function measureApart(file: string, out: string, marked: boolean): string {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, 'measure', file, out, marked ? 'marks' : 'none'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cc-bench-write-'));
  try {
    console.log(`Máquina: ${os.cpus()[0]?.model ?? 'desconocida'}, ${os.cpus().length} núcleos, Node ${process.version}`);
    console.log('Abrir el paquete, leer el estado de las celdas marcadas y escribir el resultado; memoria: pico del proceso (RSS), que incluye ~90 MiB de Node y el núcleo.');
    console.log('| filas del registro | sin marcas en el registro | con 200 marcas en el registro |');
    console.log('|---|---|---|');
    for (const rows of [200_000, 1_048_575]) {
      const file = path.join(dir, `registro-${rows}.xlsx`);
      await writeLog(rows, file);
      const plain = measureApart(file, path.join(dir, 'a.xlsx'), false);
      const marked = measureApart(file, path.join(dir, 'b.xlsx'), true);
      console.log(`| ${rows.toLocaleString('es-CO')} | ${plain} | ${marked} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const entry = process.argv[2] === 'measure' ? measure(process.argv[3], process.argv[4], process.argv[5] === 'marks').then((line) => console.log(line)) : main();
entry.catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
