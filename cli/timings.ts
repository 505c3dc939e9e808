/**
 * Phase times of one run, for `npm run bench` (BENCHMARKS.md): written as JSON to the file named
 * by `CUENTAS_CLARAS_TIMINGS_FILE` when it is set; nothing otherwise.
 */
import fs from 'node:fs';

export interface RunTimings {
  /** Our reader: package, structure, shared strings and every sheet parsed (ms). */
  read: number;
  /** The core's actions, less the sheets read on first access during them (ms). */
  compute: number;
  /** Opening the input's package for the writer, output sheets, marks, result workbook, JSON and deck (ms). */
  write: number;
}

export function writeTimings(timings: RunTimings): void {
  const file = process.env.CUENTAS_CLARAS_TIMINGS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ ...timings, maxRssKiB: usage.maxRSS, uptime: process.uptime() * 1000 }));
}
