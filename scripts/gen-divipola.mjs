// Writes core/accountability/divipola-data.ts from core/data/divipola.csv, so the core can load
// DIVIPOLA without a file system (every host bundles it). Run after updating the CSV:
//   node scripts/gen-divipola.mjs
// test/core/accountability/divipola.test.ts fails when the generated module and the CSV differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csv = readFileSync(join(root, 'core/data/divipola.csv'), 'utf8');
const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
const rows = lines.slice(1).map((line) => {
  const cells = line.split(',');
  if (cells.length !== 5) throw new Error(`divipola.csv: expected 5 columns, got ${cells.length}: ${line}`);
  return cells.map((c) => c.trim());
});

const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
const out = `/**
 * DANE's DIVIPOLA (departments and municipalities of Colombia), generated from core/data/divipola.csv
 * by scripts/gen-divipola.mjs — do not edit by hand. Public data (Ley 1712 de 2014); see core/data/README.md.
 * Columns: department code, municipality code, department name, municipality name, type.
 */
export const divipolaRows: readonly (readonly [string, string, string, string, string])[] = [
${body}
];
`;
writeFileSync(join(root, 'core/accountability/divipola-data.ts'), out);
console.log(`core/accountability/divipola-data.ts: ${rows.length} rows`);
