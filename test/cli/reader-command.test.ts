/** The command on packages only our reader understood: it runs, in Spanish, with no library warnings. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { minimalWorkbook, worksheetXml, zipParts } from '../support/zip';

const bin = path.join(__dirname, '..', '..', 'bin', 'cuentas-claras.js');
const cases = path.join(__dirname, '..', 'fixtures', 'cases');

function run(file: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-reader-cli-'));
  const r = spawnSync(process.execPath, [bin, 'indicadores', file, '--out', path.join(dir, 'salida'), '--json'], { encoding: 'utf8', env: { ...process.env, CUENTAS_CLARAS_DEBUG: '' } });
  fs.rmSync(dir, { recursive: true, force: true });
  return r;
}
const anmFebruary = (stdout: string) =>
  (JSON.parse(stdout).indicators as { id: string; month: string; channel: string; breakdown: string | null; value: number }[]).find(
    (i) => i.id === 'interactions' && i.month === '2025-02' && i.channel === 'ANM' && i.breakdown === null,
  )?.value;

describe('the command on packages other libraries fail on', () => {
  it('a sheet name over 31 characters: exit 0, nothing on stderr, no English warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-long-'));
    const file = path.join(dir, 'largo.xlsx');
    const cells = (r: number, a: string, b: string, c: number | string) =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${a}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${b}</t></is></c>${typeof c === 'number' ? `<c r="C${r}"><v>${c}</v></c>` : `<c r="C${r}" t="inlineStr"><is><t>${c}</t></is></c>`}</row>`;
    const canales = worksheetXml(cells(1, 'Mes', 'Canal', 'Interacciones') + cells(2, '2025-02', 'Telefónico', 142) + cells(3, '2025-02', 'Presencial', 1371) + cells(4, '2025-02', 'Virtual', 6217));
    fs.writeFileSync(file, zipParts(minimalWorkbook([{ name: 'Canales', xml: canales }, { name: 'Observaciones de la mesa de ayuda del primer semestre', xml: worksheetXml(cells(1, 'Nota', 'x', 'y')) }])));
    const r = run(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/exceeds|truncated|Worksheet/);
    expect(anmFebruary(r.stdout)).toBe(7730);
  });

  it.each(['namespace-prefixed-xml.xlsx', 'rich-text-shared-string.xlsx'])('%s: exit 0, ANM February 7.730', (name) => {
    const r = run(path.join(cases, name));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(anmFebruary(r.stdout)).toBe(7730);
  });
});
