/**
 * The Google Sheets bundle in `npm run bench`: the size of dist/apps-script/Code.js, what it is
 * made of, and what loading it costs — Apps Script loads the whole file for every custom-function
 * call, so this is the fixed price of each `=CC_…` cell.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import zlib from 'node:zlib';

// Bundled into dist/scripts/bench.js: the build output is one folder up.
const dist = path.join(__dirname, '..');

/** Prints the bundle's size, its largest inputs and its load time in a fresh V8 context (median of 30). */
export function reportAppsScriptBundle(): void {
  const file = path.join(dist, 'apps-script', 'Code.js');
  if (!fs.existsSync(file)) {
    console.log('dist/apps-script/Code.js no existe: ejecute npm run build.');
    return;
  }
  const code = fs.readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code).length;
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = process.hrtime.bigint();
    vm.runInContext(code, vm.createContext({}));
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log('');
  console.log('| Code.js (Google Sheets) | bytes | gzip | carga en V8 (mediana de 30, contexto nuevo) |');
  console.log('|---|---|---|---|');
  console.log(`| completo | ${bytes.toLocaleString('es-CO')} | ${gzip.toLocaleString('es-CO')} | ${times[15].toFixed(1)} ms |`);
  const meta = path.join(dist, 'apps-script-build', 'meta.json');
  if (fs.existsSync(meta)) {
    const inputs = Object.values(JSON.parse(fs.readFileSync(meta, 'utf8')).outputs as Record<string, { inputs: Record<string, { bytesInOutput: number }> }>)[0].inputs;
    const largest = Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 6);
    console.log('');
    console.log('| módulo más grande del paquete | bytes |');
    console.log('|---|---|');
    for (const [name, { bytesInOutput }] of largest) console.log(`| ${name} | ${bytesInOutput.toLocaleString('es-CO')} |`);
  }
}
