/**
 * `npm run bench`: speed and memory of the core on large inputs (results go in BENCHMARKS.md).
 * The raw log may be as large as a sheet allows (1,048,576 rows in Excel); we measure up to that.
 */
import os from 'node:os';
import { computeServiceIndicators } from '../core/service';
import type { CellValue, RawWorkbook } from '../core/workbook';
import { benchPqrsdYear } from './bench-pqrsd';
import { reportAppsScriptBundle } from './bench-apps-script';

const channels = ['Telefónico', 'Presencial', 'Virtual'];
const points = [['Sede Central', 'Sede Central'], ['PAR Nobsa', 'PAR'], ['PAR Cali', 'PAR'], ['PAL El Zulia', 'PAL']];
const types = ['RUCOM', 'AnnA Minería', 'Fallas tecnológicas', 'Consulta general'];

/** A deterministic raw log of `n` interactions over 2025. */
function makeLog(n: number): RawWorkbook {
  const values: CellValue[][] = [['Fecha', 'Canal', 'Punto de atención', 'Tipo de punto', 'Tipo de interacción', 'Resuelta en primer contacto', 'Encuesta respondida', 'Satisfecho', 'Percepción favorable', 'Confía']];
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < n; i++) {
    const channel = channels[Math.floor(rnd() * 3)];
    const point = channel === 'Presencial' ? points[Math.floor(rnd() * points.length)] : [null, null];
    const answered = rnd() < 0.4;
    const day = 1 + Math.floor(rnd() * 28);
    const month = 1 + Math.floor((i / n) * 12);
    values.push([
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025`, channel, point[0], point[1], types[Math.floor(rnd() * types.length)],
      rnd() < 0.9 ? 'Sí' : 'No', answered ? 'Sí' : 'No', answered ? (rnd() < 0.95 ? 'Sí' : 'No') : null, answered ? 'Sí' : null, answered ? 'Sí' : null,
    ]);
  }
  return { sheets: [{ name: 'Interacciones', values }] };
}

function measure(label: string, rows: number): void {
  const book = makeLog(rows);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const { indicators } = computeServiceIndicators(book);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`| ${label} | ${rows.toLocaleString('es-CO')} | ${ms.toFixed(0)} ms | ${((heapAfter - heapBefore) / 2 ** 20).toFixed(0)} MiB | ${indicators.length} |`);
}

console.log(`Máquina: ${os.cpus()[0]?.model ?? 'desconocida'}, ${os.cpus().length} núcleos, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log('| caso | filas del registro | tiempo (leer + agregar + calcular) | memoria adicional | valores |');
console.log('|---|---|---|---|---|');
for (const [label, rows] of [['registro pequeño', 10_000], ['registro mediano', 100_000], ['registro máximo de Excel', 1_048_575]] as const) measure(label, rows);
benchPqrsdYear();
reportAppsScriptBundle();
