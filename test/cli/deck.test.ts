/** `cuentas-claras diapositivas` (and `todo`) on the example workbook: the month's deck, `<base>-<YYYY-MM>.pptx`. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
const bin = path.join(root, 'bin', 'cuentas-claras.js');

function run(args: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-deck-cli-'));
  const out = path.join(dir, 'salida');
  const r = spawnSync(process.execPath, [bin, ...args, '--out', out], { cwd: dir, encoding: 'utf8' });
  const files = fs.existsSync(out) ? fs.readdirSync(out).sort() : [];
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out, files };
}

async function slidesOf(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  names.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

describe('diapositivas', () => {
  const r = run(['diapositivas', example]);

  test('writes the latest month’s deck with the indicators’ and checks’ outputs', () => {
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.files).toEqual([
      'ejemplo-anm-2025-2025-02.pptx',
      'ejemplo-anm-2025-hallazgos.json',
      'ejemplo-anm-2025-indicadores.json',
      'ejemplo-anm-2025-resultado.xlsx',
    ]);
    expect(r.stdout).toMatch(/^Diapositivas: \d+ de Febrero 2025 \(ANM\)\.$/m);
  });

  test('the deck has the report’s slides and figures', async () => {
    const slides = await slidesOf(path.join(r.out, 'ejemplo-anm-2025-2025-02.pptx'));
    const count = Number(/Diapositivas: (\d+)/.exec(r.stdout)![1]);
    expect(slides).toHaveLength(count);
    expect(slides[0]).toContain('Informe de Servicio y Atención al Usuario');
    expect(slides[0]).toContain('Agencia Nacional de Minería'); // from the example's Configuración
    expect(slides.some((x) => x.includes('Canales de febrero'))).toBe(true);
    const all = slides.join('');
    for (const figure of ['1.371', '98,3 %', '7.730', 'Calidad de los datos', 'Entregas de valor canal virtual', 'Glosario']) expect(all).toContain(figure);
  });
});

describe('diapositivas options', () => {
  test('--mes chooses the month, and the deck headlines it', async () => {
    const r = run(['diapositivas', example, '--mes', '2025-01']);
    expect(r.code).toBe(0);
    expect(r.files).toContain('ejemplo-anm-2025-2025-01.pptx');
    expect(r.files).not.toContain('ejemplo-anm-2025-2025-02.pptx');
    const slides = await slidesOf(path.join(r.out, 'ejemplo-anm-2025-2025-01.pptx'));
    expect(slides[0]).toContain('Enero 2025');
    expect(slides.some((x) => x.includes('Canales de enero'))).toBe(true);
    expect(slides.join('')).not.toMatch(/Febrero 2025|Canales de febrero/);
  });

  test('--entidad, --sigla, --grupo and --sigla-grupo override the workbook’s Configuración', async () => {
    const r = run(['diapositivas', example, '--entidad', 'Alcaldía de Villa Esperanza', '--sigla', 'AVE', '--grupo', 'Oficina de Atención al Ciudadano', '--sigla-grupo', 'OAC']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Diapositivas: \d+ de Febrero 2025 \(AVE\)\.$/m);
    const slides = await slidesOf(path.join(r.out, 'ejemplo-anm-2025-2025-02.pptx'));
    expect(slides[0]).toContain('Alcaldía de Villa Esperanza');
    expect(slides[0]).toContain('Oficina de Atención al Ciudadano');
    expect(slides.join('')).toContain('Total AVE');
  });

  test('a month without channel data writes no deck and says so', () => {
    const r = run(['diapositivas', example, '--mes', '2024-12']);
    expect(r.code).toBe(0);
    expect(r.files.filter((f) => f.endsWith('.pptx'))).toEqual([]);
    expect(r.stdout).toContain('Diapositivas: no hay datos de canales del mes (Diciembre 2024); no se arma el informe.');
  });

  test('--idioma en writes the English deck', async () => {
    const r = run(['diapositivas', example, '--idioma', 'en']);
    expect(r.code).toBe(0);
    const slides = await slidesOf(path.join(r.out, 'ejemplo-anm-2025-2025-02.pptx'));
    expect(slides.some((x) => x.includes('Channels in February'))).toBe(true);
    expect(slides.join('')).toContain('1,371');
  });

  test('todo writes the deck too', () => {
    const r = run(['todo', example]);
    expect(r.code).toBe(0);
    expect(r.files).toContain('ejemplo-anm-2025-2025-02.pptx');
  });
});
