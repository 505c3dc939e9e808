/**
 * The command line as the README promises it (issue 8, kind 7): options in the forms people write,
 * `--version`, unusable input as exit 2 with one Spanish line and nothing written, a closed pipe that
 * ends quietly.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../cli/args';
import packageJson from '../../package.json';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
const bin = path.join(root, 'bin', 'cuentas-claras.js');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cc-options-'));

function run(args: string[], cwd = tmp()) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CUENTAS_CLARAS_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cwd };
}

describe('options in the forms the README promises', () => {
  const args = (argv: string[]) => {
    const p = parseArgs(['todo', 'libro.xlsx', ...argv]);
    if (p.ok !== true) throw new Error(JSON.stringify(p));
    return p.args;
  };
  test.each([
    [['--mes', '2025-02']], [['--mes', '02/2025']], [['--mes', 'febrero', '2025']], [['--mes', 'Febrero', 'de', '2025']], [['--mes', 'FEBRERO 2025']], [['--mes=feb-25']],
  ])('%j is February 2025', (argv) => expect(args(argv).month).toBe('2025-02'));

  test('--fecha-corte day first or ISO', () => {
    expect(args(['--fecha-corte', '31/10/2021']).cutoff).toBe('2021-10-31');
    expect(args(['--fecha-corte', '2021-10-31']).cutoff).toBe('2021-10-31');
  });

  test('values and option names are case-insensitive; so are commands', () => {
    expect(args(['--REGLA-TOTAL', 'Etapas', '--idioma', 'EN'])).toEqual(expect.objectContaining({ totalRule: 'etapas', locale: 'en' }));
    const p = parseArgs(['TODO', 'libro.xlsx']);
    expect(p.ok === true && p.args.command).toBe('todo');
  });

  test('what cannot be read is one Spanish line', () => {
    expect(parseArgs(['todo', 'libro.xlsx', '--mes', 'febrerito'])).toMatchObject({ ok: false, message: '--mes debe ser un mes como 2025-02, 02/2025 o «febrero 2025», no «febrerito».' });
    expect(parseArgs(['todo', 'libro.xlsx', '--mes', '1905-07'])).toEqual(expect.objectContaining({ ok: false }));
    expect(parseArgs(['todo', 'libro.xlsx', '--fecha-corte', '31/02/2021'])).toEqual(expect.objectContaining({ ok: false }));
    expect(parseArgs(['todo', 'libro.xlsx', '--fecha-corte', '10/31/2021'])).toEqual(expect.objectContaining({ ok: false }));
    expect(parseArgs(['todo', 'libro.xlsx', '--mes', 'febrero', '2025', 'otro'])).toMatchObject({ ok: false, message: 'Argumento de más: «otro».', english: 'One argument too many: “otro”.' });
  });

  test('--version prints the package version', () => {
    expect(parseArgs(['--version'])).toEqual({ ok: 'version' });
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`cuentas-claras ${packageJson.version}`);
  });
});

async function workbook(dir: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  const file = path.join(dir, 'libro.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}

function expectUnusable(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.code).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+\)?/);
  const out = path.join(r.cwd, 'salida');
  expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
}

describe('unusable input: exit 2, one Spanish line that says what was found and what to do, nothing written', () => {
  test('no Canales and no log: the closest sheet present is named', async () => {
    const dir = tmp();
    await workbook(dir, { Canal: [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 5]] });
    expectUnusable(run(['indicadores', 'libro.xlsx'], dir), /^cuentas-claras: el libro no tiene la hoja «Canales» ni el registro «Interacciones».* ¿Es la hoja «Canal»\? Cámbiele el nombre a «Canales»\./);
    expectUnusable(run(['todo', 'libro.xlsx'], dir), /no tiene la hoja «Canales»/);
  });

  test('required columns missing: which, and the closest header present', async () => {
    const dir = tmp();
    await workbook(dir, { Canales: [['Mes', 'Canal', 'Interacion'], ['2025-02', 'Virtual', 5]] });
    expectUnusable(run(['revisar', 'libro.xlsx'], dir), /^cuentas-claras: a «Canales» le faltan las columnas «Interacciones» \(¿es «Interacion»\?\)\. Corrija los encabezados de la fila 1/);
  });

  test('a Canales with headers and no data', async () => {
    const dir = tmp();
    await workbook(dir, { Canales: [['Mes', 'Canal', 'Interacciones']] });
    expectUnusable(run(['diapositivas', 'libro.xlsx'], dir), /^cuentas-claras: la hoja «Canales» no tiene datos: escríbalos desde la fila 2\.$/);
  });

  test('--mes with no data', () => {
    const dir = tmp();
    expectUnusable(run(['todo', example, '--mes', 'marzo 2025'], dir), /^cuentas-claras: no hay datos de marzo de 2025 \(2025-03\): los meses con datos son 2025-01 a 2025-02\.$/);
  });

  test('an accountability command without its sheet', async () => {
    const dir = tmp();
    await workbook(dir, { Canales: [['Mes', 'Canal', 'Interacciones'], ['2025-02', 'Virtual', 5]] });
    expectUnusable(run(['autodiagnostico', 'libro.xlsx'], dir), /^cuentas-claras: falta la hoja «Autodiagnóstico RdC»/);
  });
});

describe('usable input in the promised forms', () => {
  test('todo --mes "febrero 2025" --fecha-corte 31/10/2021 --regla-total ETAPAS writes February’s deck and the cut-off', () => {
    const dir = tmp();
    const r = run(['todo', example, '--mes', 'febrero', '2025', '--fecha-corte', '31/10/2021', '--regla-total', 'ETAPAS'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = fs.readdirSync(path.join(dir, 'salida'));
    expect(files).toContain('ejemplo-anm-2025-2025-02.pptx');
    const spaces = JSON.parse(fs.readFileSync(path.join(dir, 'salida', 'ejemplo-anm-2025-espacios.json'), 'utf8'));
    expect(spaces.cutoff).toBe('2021-10-31');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'salida', 'ejemplo-anm-2025-autodiagnostico.json'), 'utf8')).rule).toBe('etapas');
  });

  test('a closed pipe (| head -1) ends quietly: no error, exit 0, every file written', () => {
    const dir = tmp();
    const script = `"${process.execPath}" "${bin}" todo "${example}" --out salida 2>err.txt | head -1; echo "rc=\${PIPESTATUS[0]}"`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout.split('\n')[0]).toMatch(/^Indicadores: /);
    expect(r.stdout).toContain('rc=0');
    expect(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8')).toBe('');
    expect(fs.readdirSync(path.join(dir, 'salida')).length).toBeGreaterThanOrEqual(5);
  });
});
