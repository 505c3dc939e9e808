/**
 * The result workbook of a coordinator's workbook opens in LibreOffice and still shows their own
 * chart and picture: rendered to PDF and to an image, the chart's title is in the text and its red
 * bars and the green logo are in the pixels.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { requireCommands } from '../../support/tools';
import { tempDir } from '../xlsx-helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const root = path.join(__dirname, '..', '..', '..');

/** Pixels of a binary PPM (P6) image close to an RGB colour. */
function countPixels(ppm: Buffer, rgb: [number, number, number]): number {
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a P6 image');
  let n = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3) if (Math.abs(ppm[i] - rgb[0]) < 40 && Math.abs(ppm[i + 1] - rgb[1]) < 40 && Math.abs(ppm[i + 2] - rgb[2]) < 40) n++;
  return n;
}

test('the result opens in LibreOffice and shows the coordinator’s own chart and picture', () => {
  if (!requireCommands(['soffice', 'pdftotext', 'pdftoppm'], 'LibreOffice rendering of the result workbook')) return;
  const input = path.join(dir, 'objetos.xlsx');
  copyFileSync(path.join(root, 'test', 'fixtures', 'cases', 'user-objects.xlsx'), input);
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'cuentas-claras.js'), 'todo', input, '--out', dir], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  const result = path.join(dir, 'objetos-resultado.xlsx');
  const lo = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, result], { encoding: 'utf8', timeout: 180_000 });
  expect(lo.status).toBe(0);
  const pdf = path.join(dir, 'objetos-resultado.pdf');
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('Gráfico del'); // the coordinator's chart title: only the chart holds it
  expect(text).toContain('coordinador');
  expect(text).toContain('Interacciones por canal y mes'); // and the tool's own chart
  spawnSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', pdf, path.join(dir, 'pagina')]);
  const ppm = readFileSync(path.join(dir, 'pagina-1.ppm'));
  expect(countPixels(ppm, [0xc0, 0x00, 0x00])).toBeGreaterThan(100); // the chart's red bars
  expect(countPixels(ppm, [0x00, 0xb0, 0x50])).toBeGreaterThan(300); // the green logo
}, 240_000);
