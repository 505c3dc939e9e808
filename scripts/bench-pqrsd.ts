/**
 * `npm run bench` case for PQRSD (issue 13): a whole year of 5,000 requests, each with its due date
 * in business days, status at the cut-off and the indicators per month, type, channel and unit.
 */
import { analyzePqrsd, computePqrsdIndicators, pqrsdTypes } from '../core/pqrsd';
import type { CellValue, RawWorkbook } from '../core/workbook';

/** A deterministic PQRSD sheet of `n` requests filed over 2025. */
export function makePqrsdYear(n: number): RawWorkbook {
  const values: CellValue[][] = [['Radicado', 'Fecha de radicación', 'Tipo', 'Canal', 'Dependencia', 'Fecha de respuesta', 'Fecha de ampliación', 'Días de ampliación', 'Trasladada', 'Fecha de traslado']];
  let seed = 13;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86400000);
  for (let i = 0; i < n; i++) {
    const filed = Math.floor((i / n) * 365);
    const answered = rnd() < 0.9 ? filed + 1 + Math.floor(rnd() * 30) : null;
    const extended = rnd() < 0.05;
    values.push([
      `2025-${String(i + 1).padStart(6, '0')}`, day(filed), pqrsdTypes[Math.floor(rnd() * pqrsdTypes.length)], ['Virtual', 'Presencial', 'Telefónico'][Math.floor(rnd() * 3)],
      `Dependencia ${1 + Math.floor(rnd() * 12)}`, answered === null ? null : day(answered), extended ? day(filed + 10) : null, extended ? 5 : null, rnd() < 0.03 ? 'Sí' : 'No', null,
    ]);
  }
  return { sheets: [{ name: 'PQRSD', values }] };
}

/** Prints one Markdown table row: reading, due dates, statuses and indicators of a year of requests. */
export function benchPqrsdYear(rows = 5000): void {
  const book = makePqrsdYear(rows);
  global.gc?.();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const analysis = analyzePqrsd(book, { cutoff: '2025-12-31' });
  const indicators = computePqrsdIndicators(analysis.requests);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  console.log('');
  // CPU time too: on a shared machine the wall time includes waiting for a core.
  console.log('| caso PQRSD | solicitudes | tiempo (leer + vencimientos + estados + indicadores) | tiempo de CPU | valores |');
  console.log('|---|---|---|---|---|');
  console.log(`| un año de PQRSD | ${rows.toLocaleString('es-CO')} | ${ms.toFixed(0)} ms | ${((used.user + used.system) / 1000).toFixed(0)} ms | ${indicators.length} |`);
}
