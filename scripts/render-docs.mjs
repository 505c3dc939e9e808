// Regenerates the README's pictures: the panels' from their Chromium tests, and the slides': builds the example's February deck with the command
// line, converts it with LibreOffice Impress on an English-locale machine (the chart labels still
// read `6.217` and `42,39 %`) and renders three slides with poppler. Needs soffice, pdftotext and pdftoppm:
//   apt-get install -y --no-install-recommends libreoffice-impress poppler-utils
// Usage: node scripts/render-docs.mjs
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-docs-'));
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  run(process.execPath, ['scripts/build.mjs']);
  run(process.execPath, ['bin/cuentas-claras.js', 'diapositivas', 'examples/ejemplo-anm-2025.xlsx', '--out', tmp]);
  const deck = path.join(tmp, 'ejemplo-anm-2025-2025-02.pptx');
  const env = { ...process.env, LC_ALL: 'en_US.UTF-8', LANG: 'en_US.UTF-8' };
  run('soffice', [`-env:UserInstallation=file://${path.join(tmp, 'perfil')}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, deck], env);
  const pdf = deck.replace(/\.pptx$/, '.pdf');
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  const pageOf = (title) => pages.findIndex((p) => p.trimStart().startsWith(title)) + 1;
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  const slides = [
    ['Canales de febrero', 'diapositiva-canales'],
    ['Cifras del canal telefónico', 'diapositiva-telefonico'],
    ['Análisis de la satisfacción', 'diapositiva-analisis'],
  ];
  for (const [title, name] of slides) {
    const page = pageOf(title);
    if (!page) throw new Error(`No page starts with «${title}».`);
    run('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(root, 'docs', name)]);
    console.log(`docs/${name}.png ← página ${page}`);
  }
  // The panels' pictures are taken by their Chromium tests (Excel's task pane, Google's sidebar).
  run(process.execPath, [path.join('node_modules', 'jest', 'bin', 'jest.js'), 'test/addin/taskpane.test.ts', 'test/apps-script/sidebar.test.ts']);
  for (const name of ['excel-panel', 'panel-google-sheets']) {
    fs.copyFileSync(path.join(root, 'dist', 'screenshots', `${name}.png`), path.join(root, 'docs', `${name}.png`));
    console.log(`docs/${name}.png ← dist/screenshots (prueba en Chromium)`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
