/** `cuentas-claras pqrsd` on the example workbook, and the template's PQRSD sheets, through the real command. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbookFile } from '../../cli/xlsx';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
const bin = path.join(root, 'bin', 'cuentas-claras.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

describe('cuentas-claras pqrsd --fecha-corte 2025-02-28 on the example', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-pqrsd-'));
  const r = run(['pqrsd', example, '--out', dir, '--fecha-corte', '2025-02-28'], dir);
  const json = () => JSON.parse(fs.readFileSync(path.join(dir, 'ejemplo-anm-2025-pqrsd.json'), 'utf8'));

  test('exits 0 with the summary at the cut-off', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PQRSD al 28\/02\/2025: \d+ solicitudes/m);
  });

  test('the JSON honours the cut-off: every status is pqrsd.md’s, nothing filed after it', () => {
    const body = json();
    expect(body.cutoff).toBe('2025-02-28');
    expect(body.requests.length).toBeGreaterThan(300);
    const statuses = new Set(body.requests.map((q: { status: string }) => q.status));
    expect([...statuses].sort()).toEqual(['a tiempo', 'fuera de término', 'por vencer', 'sin término', 'trasladada', 'vencida', 'vigente']);
    expect(body.requests.every((q: { filed: string }) => q.filed <= '2025-02-28')).toBe(true);
  });

  test('a later cut-off turns the pending requests overdue', () => {
    const later = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-pqrsd-'));
    expect(run(['pqrsd', example, '--out', later, '--fecha-corte', '2025-12-31'], later).status).toBe(0);
    const body = JSON.parse(fs.readFileSync(path.join(later, 'ejemplo-anm-2025-pqrsd.json'), 'utf8'));
    const statuses = new Set(body.requests.map((q: { status: string }) => q.status));
    expect(statuses.has('vigente') || statuses.has('por vencer')).toBe(false);
    expect(statuses.has('vencida')).toBe(true);
  });

  test('the result workbook has Resultado PQRSD; the planted data problems are reported', async () => {
    const book = await readWorkbookFile(path.join(dir, 'ejemplo-anm-2025-resultado.xlsx'));
    const sheet = book.raw.sheets.find((s) => s.name === 'Resultado PQRSD')!;
    const texts = sheet.values.flat().map(String);
    for (const code of ['unknown-value', 'response-before-filing', 'extension-late', 'transfer-late', 'duplicate-row']) expect(texts).toContain(code);
    expect(texts).toContain('Vencida');
  });
});

describe('plantilla', () => {
  test('writes the PQRSD, Términos PQRSD and Festivos sheets with their headers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-pqrsd-'));
    expect(run(['plantilla', 'p.xlsx'], dir).status).toBe(0);
    const book = await readWorkbookFile(path.join(dir, 'p.xlsx'));
    const header = (name: string) => book.raw.sheets.find((s) => s.name === name)?.values[0];
    expect(header('PQRSD')?.slice(0, 3)).toEqual(['Radicado', 'Fecha de radicación', 'Tipo']);
    expect(header('Términos PQRSD')).toEqual(['Tipo', 'Días hábiles']);
    expect(header('Festivos')).toEqual(['Fecha', 'Descripción']);
  });
});
