/** The real `cuentas-claras` command on real .xlsx files: outputs, exit codes, one-line errors, input untouched. */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireCommands } from '../support/tools';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
const bin = path.join(root, 'bin', 'cuentas-claras.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CUENTAS_CLARAS_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cli-'));

function expectUnusable(r: ReturnType<typeof run>, dir: string, outDir = 'salida') {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^cuentas-claras: /);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?/); // no stack trace
  const out = path.join(dir, outDir);
  expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
}

describe('cuentas-claras indicadores / todo on the example workbook', () => {
  const dir = tmp();
  const input = path.join(dir, 'ejemplo-anm-2025.xlsx');
  fs.copyFileSync(example, input);
  const before = sha(input);
  const r = run(['indicadores', input, '--out', path.join(dir, 'salida')], dir);

  test('exits 0 and prints a Spanish summary', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Febrero 2025: 7.730 interacciones (Telefónico 142, Presencial 1.371, Virtual 6.217).');
  });

  test('writes the result workbook and the JSON with the worked example values', () => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'salida', 'ejemplo-anm-2025-indicadores.json'), 'utf8'));
    expect(json.months).toEqual(['2025-01', '2025-02']);
    expect(json.entity).toEqual({ name: 'Agencia Nacional de Minería', acronym: 'ANM', totalChannel: 'ANM' });
    const find = (id: string, channel: string) => json.indicators.find((v: { id: string; month: string; channel: string; breakdown: null }) => v.id === id && v.month === '2025-02' && v.channel === channel && v.breakdown === null);
    expect(find('interactions', 'ANM')).toEqual({ id: 'interactions', month: '2025-02', channel: 'ANM', breakdown: null, value: 7730, unit: 'count' });
    expect(find('first_contact_resolution', 'Presencial').value.toFixed(1)).toBe('98.3');
    expect(fs.existsSync(path.join(dir, 'salida', 'ejemplo-anm-2025-resultado.xlsx'))).toBe(true);
    expect(fs.readdirSync(path.join(dir, 'salida')).filter((f) => !f.startsWith('ejemplo-anm-2025-'))).toEqual([]);
  });

  test('leaves the input bytes unchanged', () => {
    expect(sha(input)).toBe(before);
  });

  test('the result opens in LibreOffice Calc: Indicadores shows Colombian numbers and its chart', () => {
    if (!requireCommands(['soffice', 'pdftotext'], 'LibreOffice check of the result workbook')) return;
    const result = path.join(dir, 'salida', 'ejemplo-anm-2025-resultado.xlsx');
    const pdfDir = path.join(dir, 'pdf');
    const lo = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, result], { encoding: 'utf8', timeout: 180_000 });
    expect(lo.status).toBe(0);
    const text = spawnSync('pdftotext', ['-layout', path.join(pdfDir, 'ejemplo-anm-2025-resultado.pdf'), '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Interacciones por canal y mes'); // the chart's title
    expect(text).toMatch(/Febrero 2025\s+142\s+1\.371\s+6\.217\s+7\.730/); // the summary block, Colombian
    expect(text).toContain('98,3 %'); // first-contact resolution, Presencial
  });
});

describe('unusable input: exit 2, one line, no stack trace, no output file', () => {
  test('missing file', () => {
    const dir = tmp();
    const r = run(['indicadores', 'no-existe.xlsx'], dir);
    expectUnusable(r, dir);
    expect(r.stderr).toContain('no-existe.xlsx');
  });

  test('a text file named .xlsx', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'falso.xlsx'), 'esto no es un libro de Excel\n');
    const before = sha(path.join(dir, 'falso.xlsx'));
    expectUnusable(run(['todo', 'falso.xlsx'], dir), dir);
    expect(sha(path.join(dir, 'falso.xlsx'))).toBe(before);
  });

  test('an unknown command', () => {
    const dir = tmp();
    const r = run(['calcular', example], dir);
    expectUnusable(r, dir);
    expect(r.stderr).toContain('Comando desconocido');
  });

  test('an unknown option and a malformed --mes', () => {
    const dir = tmp();
    expectUnusable(run(['indicadores', example, '--rapido'], dir), dir);
    expectUnusable(run(['indicadores', example, '--mes', 'febrero'], dir), dir);
  });
});

describe('output folder and language of the command line\'s errors', () => {
  test('--out naming an existing file: exit 2, one Spanish line, the file untouched', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'unarchivo'), '');
    const r = run(['todo', example, '--out', 'unarchivo'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('cuentas-claras: --out «unarchivo» es un archivo, no una carpeta; indique una carpeta de salida (se crea si no existe).');
    expect(fs.statSync(path.join(dir, 'unarchivo')).size).toBe(0);
    const under = run(['todo', example, '--out', 'unarchivo/sub'], dir);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain('«unarchivo» es un archivo, no una carpeta');
  });

  test('a folder --out is created and used', () => {
    const dir = tmp();
    const r = run(['indicadores', example, '--out', 'nueva/salida'], dir);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'nueva', 'salida'))).toContain('ejemplo-anm-2025-indicadores.json');
  });

  test('--idioma en gives the command line\'s own errors in English; Spanish otherwise', () => {
    const dir = tmp();
    const en = run(['todo', 'noexiste.xlsx', '--idioma', 'en'], dir);
    expectUnusable(en, dir);
    expect(en.stderr.trim()).toBe('cuentas-claras: File not found: “noexiste.xlsx”.');
    const es = run(['todo', 'noexiste.xlsx'], dir);
    expect(es.stderr.trim()).toBe('cuentas-claras: No se encontró el archivo «noexiste.xlsx».');
    expect(run(['calcular', example, '--idioma=EN'], dir).stderr).toContain('Unknown command');
    fs.writeFileSync(path.join(dir, 'unarchivo'), '');
    expect(run(['todo', example, '--out', 'unarchivo', '--idioma', 'en'], dir).stderr).toContain('is a file, not a folder');
  });
});

describe('plantilla', () => {
  test('refuses a name that does not end in .xlsx and writes nothing', () => {
    const dir = tmp();
    const r = run(['plantilla', 'nuevo.csv'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('«nuevo.csv» no termina en .xlsx');
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(run(['plantilla', 'NUEVO.XLSX'], dir).code).toBe(0);
  });

  test('writes an empty template and refuses to overwrite an existing file', () => {
    const dir = tmp();
    const r = run(['plantilla', 'plantilla.xlsx'], dir);
    expect(r.code).toBe(0);
    expect(fs.statSync(path.join(dir, 'plantilla.xlsx')).size).toBeGreaterThan(1000);
    const again = run(['plantilla', 'plantilla.xlsx'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('ya existe');
  });
});
