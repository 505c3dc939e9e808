/**
 * `npm run bench`: the command line end to end on a generated raw log `Interacciones` of 200.000
 * and 1.048.575 rows (Excel's maximum), beside the floor (inflating and scanning the sheet's XML)
 * and LibreOffice Calc computing the COUNTIFS a user would write over the same log. Results go in
 * BENCHMARKS.md.
 *
 * Every measured program is a child process: wall time from spawn to exit, peak memory as its
 * maximum resident set size. The command's own phase times (read, compute, write) come from
 * `CUENTAS_CLARAS_TIMINGS_FILE` (cli/timings.ts), whatever writer cli/run.ts uses.
 *
 * Environment: `BENCH_ROWS=20000,200000` to choose sizes; `BENCH_SKIP_LIBREOFFICE=1`;
 * `BENCH_TIMEOUT_S` (default 900) stops a program that runs longer;
 * `BENCH_READERS=1` (or a row count) compares the reader candidates instead (scripts/bench-readers.ts).
 * Generated logs are cached in node_modules/.cache/cuentas-claras-bench.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { computeServiceIndicators } from '../core/service';
import type { CellValue, RawWorkbook } from '../core/workbook';
import { countifsColumns, logHeader, logRows, writeLogWorkbook } from './bench-log';
import { candidateLabels, readerCandidates, runReaderCandidate, type ReaderCandidate } from './bench-readers';
import { minimalWorkbook, repeatedDeflate, worksheetXml, zipParts } from '../test/support/zip';
import { benchPqrsdYear } from './bench-pqrsd';
import { reportAppsScriptBundle } from './bench-apps-script';

const root = path.join(__dirname, '..', '..');
const bin = path.join(root, 'bin', 'cuentas-claras.js');
const self = path.join(root, 'dist', 'scripts', 'bench.js');
const cache = path.join(root, 'node_modules', '.cache', 'cuentas-claras-bench');
const generatorVersion = 2;

interface Measure {
  ms: number;
  /** User + system CPU time of the child and the children it waited for. */
  cpuMs: number | null;
  rssMiB: number | null;
  code: number | null;
  stderr: string;
  stdout: string;
}

/** Runs a program; peak memory from a preload hook (Node children) or /usr/bin/time (others). */
function measure(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; node?: boolean } = {}): Measure {
  const rssFile = path.join(cache, `rss-${process.pid}-${Date.now()}.txt`);
  const preload = path.join(cache, 'rss-preload.cjs');
  let argv: string[];
  let program = command;
  const timeAvailable = fs.existsSync('/usr/bin/time');
  if (options.node) argv = ['-r', preload, ...args];
  else if (timeAvailable) {
    program = '/usr/bin/time';
    argv = ['-f', '%M %U %S', '-o', rssFile, command, ...args];
  } else argv = args;
  const start = process.hrtime.bigint();
  const timeout = Number(process.env.BENCH_TIMEOUT_S ?? 900) * 1000;
  const r = spawnSync(program, argv, { encoding: 'utf8', env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile }, maxBuffer: 1 << 26, timeout, killSignal: 'SIGKILL' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rssMiB: number | null = null;
  let cpuMs: number | null = null;
  if (fs.existsSync(rssFile)) {
    // "maxRSS-KiB user-s system-s" (the last line: /usr/bin/time may print a status line first).
    const [kib, user, system] = (fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    if (Number.isFinite(kib)) rssMiB = kib / 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
    fs.rmSync(rssFile);
  }
  const stderr = r.signal ? `sin terminar en ${Math.round(timeout / 1000)} s (detenido)` : (r.stderr ?? '');
  return { ms, cpuMs, rssMiB, code: r.status, stderr, stdout: r.stdout ?? '' };
}

/** The floor, run as its own child process: inflate the sheet part (native zlib) and scan every byte for tags. */
async function floorChild(file: string): Promise<void> {
  const started = performance.now();
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  let tags = 0;
  for await (const entry of zip.eachEntry()) {
    if (entry.fileName !== 'xl/worksheets/sheet1.xml') continue;
    const stream = await zip.openReadStreamPromise(entry);
    await new Promise<void>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1)) tags++;
      });
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  }
  zip.close();
  process.stdout.write(JSON.stringify({ tags, ms: performance.now() - started }));
}

function ensureLog(rows: number, countifs: boolean, inlineStrings = false): string {
  const file = path.join(cache, `interacciones-${rows}${countifs ? '-countifs' : ''}${inlineStrings ? '-inline' : ''}-v${generatorVersion}.xlsx`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.tmp`;
    writeLogWorkbook(tmp, rows, { countifs, inlineStrings });
    fs.renameSync(tmp, file);
  }
  return file;
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms).toLocaleString('es-CO')} ms`);
const mib = (m: number | null) => (m === null ? 'n/d' : `${Math.round(m).toLocaleString('es-CO')} MiB`);
const rowsText = (n: number) => n.toLocaleString('es-CO');

interface Row {
  what: string;
  m: Measure;
  phases?: { read: number; compute: number; write: number };
  note?: string;
}

function commandRun(command: string, file: string): Row {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-'));
  const timings = path.join(out, 'tiempos.json');
  const m = measure(process.execPath, [bin, command, file, '--out', path.join(out, 'salida')], { node: true, env: { CUENTAS_CLARAS_TIMINGS_FILE: timings } });
  const phases = fs.existsSync(timings) ? JSON.parse(fs.readFileSync(timings, 'utf8')) : undefined;
  const note = m.code === 0 ? undefined : `salida ${m.code}: ${(m.stderr.trim().split('\n').pop() ?? '').slice(0, 160)}`;
  fs.rmSync(out, { recursive: true, force: true });
  return { what: `cuentas-claras ${command}`, m, phases, note };
}

/** LibreOffice Calc opening the log with the COUNTIFS sheet and exporting the computed sheet as CSV. */
function libreOffice(file: string, expectDecemberPhone: number): Row | null {
  if (process.env.BENCH_SKIP_LIBREOFFICE) return null;
  if (spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status !== 0) return { what: 'LibreOffice Calc (COUNTIFS)', m: { ms: NaN, cpuMs: null, rssMiB: null, code: null, stderr: '', stdout: '' }, note: 'soffice no está instalado' };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-lo-'));
  const profile = `file://${path.join(out, 'perfil')}`;
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2';
  const m = measure('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', out, file]);
  const csv = fs.readdirSync(out).find((f) => f.endsWith('.csv'));
  let note: string | undefined;
  if (!csv) note = `sin resultado: ${m.stderr.trim().slice(0, 160)}`;
  else {
    const lines = fs.readFileSync(path.join(out, csv), 'utf8').trim().split('\n');
    const dec = lines.find((l) => l.startsWith('12,Telefónico,'));
    const got = dec ? Number(dec.split(',')[2]) : NaN;
    note = got === expectDecemberPhone ? `${lines.length - 1} filas × ${countifsColumns.length - 2} COUNTIFS, resultados verificados` : `resultado inesperado: diciembre Telefónico ${got} (esperado ${expectDecemberPhone})`;
  }
  fs.rmSync(out, { recursive: true, force: true });
  return { what: 'LibreOffice Calc (COUNTIFS)', m, note };
}

/** The command's own figure of December's phone interactions, to check LibreOffice computed the same. */
function decemberPhone(rows: number): number {
  let n = 0;
  const dec = (Date.UTC(2025, 11, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
  for (const r of logRows(rows)) if (r[1] === 'Telefónico' && (r[0] as number) >= dec) n++;
  return n;
}

/** The core alone on values already in memory (the log read and aggregated, indicators computed). */
function coreOnly(rows: number): string {
  const values: CellValue[][] = [logHeader, ...logRows(rows)];
  const book: RawWorkbook = { sheets: [{ name: 'Interacciones', values }] };
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const { indicators } = computeServiceIndicators(book);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  return `| ${rowsText(rows)} | ${fmt(ms)} | ${Math.round(heap)} MiB | ${indicators.length} |`;
}

/** The reader candidates on the same logs (shared strings, and inline strings as some programs write). */
function compareReaders(rows: number): void {
  for (const inline of [false, true]) {
    const file = ensureLog(rows, false, inline);
    console.log(`Lectores candidatos, ${rowsText(rows)} filas, textos ${inline ? 'en línea (inlineStr)' : 'compartidos (sharedStrings)'}:`);
    console.log('');
    console.log('| lector | tiempo | tiempo de CPU | memoria máxima | celdas leídas | textos dañados (U+FFFD) |');
    console.log('|---|---|---|---|---|---|');
    for (const candidate of readerCandidates) {
      const m = measure(process.execPath, [self, '--candidate', candidate, file], { node: true });
      let outcome: { cells?: number; damaged?: number; note?: string } = {};
      try {
        outcome = JSON.parse(m.stdout);
      } catch {
        outcome = { note: `falló: ${m.stderr.trim().split('\n').pop()?.slice(0, 120)}` };
      }
      const cells = outcome.cells === undefined ? '' : outcome.cells.toLocaleString('es-CO');
      console.log(`| ${candidateLabels[candidate]} | ${outcome.note ?? fmt(m.ms)} | ${m.cpuMs === null || outcome.note ? '' : fmt(m.cpuMs)} | ${outcome.note ? '' : mib(m.rssMiB)} | ${cells} | ${outcome.damaged ?? ''} |`);
    }
    console.log('');
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--floor') return floorChild(process.argv[3]);
  if (process.argv[2] === '--candidate') return runReaderCandidate(process.argv[3] as ReaderCandidate, process.argv[4]);
  fs.mkdirSync(cache, { recursive: true });
  fs.writeFileSync(
    path.join(cache, 'rss-preload.cjs'),
    "process.on('exit', () => { try { const u = process.resourceUsage(); require('fs').writeFileSync(process.env.BENCH_RSS_FILE, `${u.maxRSS} ${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6}`); } catch {} });\n",
  );
  if (process.env.BENCH_READERS) {
    compareReaders(Number(process.env.BENCH_READERS) > 1 ? Number(process.env.BENCH_READERS) : 200_000);
    return;
  }
  const sizes = (process.env.BENCH_ROWS ?? '200000,1048575').split(',').map(Number);
  const cpu = os.cpus()[0]?.model ?? 'desconocida';
  console.log(`Máquina: ${cpu}, ${os.cpus().length} núcleos, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; carga media al empezar ${os.loadavg()[0].toFixed(1)}.`);
  console.log('');
  for (const rows of sizes) {
    const log = ensureLog(rows, false);
    const withCountifs = ensureLog(rows, true);
    const size = (fs.statSync(log).size / 2 ** 20).toFixed(1);
    const floor = measure(process.execPath, [self, '--floor', log], { node: true });
    const results: Row[] = [{ what: 'suelo: inflar y recorrer el XML de la hoja', m: floor }];
    for (const command of ['indicadores', 'revisar']) results.push(commandRun(command, log));
    const lo = libreOffice(withCountifs, decemberPhone(rows));
    if (lo) results.push(lo);
    console.log(`### ${rowsText(rows)} filas (${size} MB en disco)`);
    console.log('');
    console.log(`Carga media al terminar las corridas de este tamaño: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1, 5 y 15 min).`);
    console.log('');
    console.log('| programa | tiempo total | × suelo | tiempo de CPU | × suelo (CPU) | memoria máxima | leer | calcular | escribir | nota |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      const p = r.phases;
      const phase = (ms: number | undefined) => (ms === undefined ? '' : fmt(ms));
      const times = Number.isFinite(r.m.ms) ? `${(r.m.ms / floor.ms).toFixed(1)}×` : '';
      const write = p ? fmt(p.write) : '';
      const cpu = r.m.cpuMs === null ? 'n/d' : fmt(r.m.cpuMs);
      const cpuTimes = r.m.cpuMs !== null && floor.cpuMs ? `${(r.m.cpuMs / floor.cpuMs).toFixed(1)}×` : '';
      console.log(`| ${r.what} | ${Number.isFinite(r.m.ms) ? fmt(r.m.ms) : 'n/d'} | ${r === results[0] ? '1×' : times} | ${cpu} | ${r === results[0] ? '1×' : cpuTimes} | ${mib(r.m.rssMiB)} | ${phase(p?.read)} | ${phase(p?.compute)} | ${write} | ${r.note ?? ''} |`);
    }
    console.log('');
  }

  // A hostile package: one 3 GiB shared string in a few megabytes.
  const bomb = path.join(cache, 'bomba-3gib.xlsx');
  if (!fs.existsSync(bomb)) fs.writeFileSync(bomb, bombWorkbook());
  const refused = measure(process.execPath, [bin, 'indicadores', bomb, '--out', path.join(os.tmpdir(), 'cc-bench-bomba')], { node: true });
  console.log(`Bomba zip (${(fs.statSync(bomb).size / 2 ** 20).toFixed(1)} MB que declaran un texto de 3 GiB): salida ${refused.code} en ${fmt(refused.ms)} (CPU ${refused.cpuMs === null ? 'n/d' : fmt(refused.cpuMs)}), memoria máxima ${mib(refused.rssMiB)}: ${refused.stderr.trim()}`);
  console.log('');

  console.log('Núcleo solo, sobre valores ya en memoria (leer la tabla, agregar, calcular):');
  console.log('');
  console.log('| filas del registro | tiempo | memoria adicional (heap) | valores |');
  console.log('|---|---|---|---|');
  for (const rows of sizes) console.log(coreOnly(rows));
  console.log('');
  benchPqrsdYear();
  reportAppsScriptBundle();
}

/** The zip-bomb file of the reader's tests (test/cli/reader-bomb.test.ts): one 3 GiB shared string. */
function bombWorkbook(): Buffer {
  const open = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>';
  const bomb = repeatedDeflate(open, Buffer.alloc(2 ** 20, 'a'), 3 * 1024, '</t></si></sst>');
  const parts = minimalWorkbook([{ name: 'Interacciones', xml: worksheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>') }], { sharedStrings: 'x' });
  const sst = parts.find((p) => p.name === 'xl/sharedStrings.xml')!;
  sst.data = undefined;
  sst.raw = { deflated: bomb.deflated, uncompressedSize: bomb.size };
  return zipParts(parts);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
