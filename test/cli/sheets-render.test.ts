/**
 * The result workbook's output sheets as LibreOffice Calc draws them: rendered to PDF and PNG in
 * the test run (under `en_US.UTF-8`, a machine not set to Colombian Spanish), every header and
 * label of the output sheets appears whole in the page text (a column too narrow cuts it), and
 * Esperado / Encontrado read in the figure's unit (`82,2 %`, `78 %`). Skips where LibreOffice or
 * poppler is missing, except under CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requireCommands } from '../support/tools';
import { convertToPdf } from '../support/soffice';

const root = path.join(__dirname, '..', '..');
const available = requireCommands(['soffice', 'pdftotext', 'pdftoppm'], 'Render test of the output sheets');

(available ? describe : describe.skip)('output sheets of the example in LibreOffice Calc', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-sheets-'));
  let text = '';
  let pngs: string[] = [];

  beforeAll(() => {
    const out = path.join(dir, 'salida');
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'cuentas-claras.js'), 'todo', path.join(root, 'examples', 'ejemplo-anm-2025.xlsx'), '--out', out], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const pdf = convertToPdf(path.join(out, 'ejemplo-anm-2025-resultado.xlsx'), dir, 'en_US.UTF-8');
    text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    spawnSync('pdftoppm', ['-png', '-r', '30', pdf, path.join(dir, 'hoja')]);
    pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('every page is rendered to PNG', () => {
    expect(pngs.length).toBeGreaterThan(3);
  });

  test('headers and labels of the output sheets appear whole', () => {
    const whole = [
      'Solución en primer contacto', 'Satisfacción consolidada', 'Valor mostrado', 'Total ANM', 'Desagregación',
      'Cifras publicadas comparadas', 'Sugerencia', 'Encontrado', 'Esperado',
      'Actividades respondidas', 'Nombre completo', 'Meta (siguiente paso)',
      'Espacios registrados', 'Programadas hasta el corte', 'Departamentos alcanzados',
      'Comunicaciones radicadas del correo de contacto', 'Puntos de Atención Regional (consolidado)',
    ];
    const flat = text.replace(/\s+/g, ' ');
    for (const label of whole) expect(flat).toContain(label);
  });

  test('Esperado and Encontrado in the figure’s unit, numbers Colombian on an English machine', () => {
    expect(text).toMatch(/82,2 %\s+78 %/);
    expect(text).toContain('1.371');
    expect(text).not.toMatch(/\b1,371\b|82\.2 %/);
  });
});
