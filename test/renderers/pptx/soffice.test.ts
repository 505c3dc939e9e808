/**
 * The deck renders in LibreOffice Impress: converted to PDF once, it has one page per slide and
 * the report's figures, chart data labels included. Skips (with a note) where LibreOffice or
 * poppler is not installed; CI installs both (.ci/run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDeck } from '../../../renderers/pptx';
import { fullFebruaryPlan } from './deck-fixture';
import { withoutNodeMediaLoading } from './node-media';
import { requireCommands } from '../../support/tools';

withoutNodeMediaLoading();

const available = requireCommands(['soffice', 'pdftotext', 'pdfinfo'], 'Render test of the deck');

(available ? describe : describe.skip)('the February deck in LibreOffice Impress', () => {
  const plan = fullFebruaryPlan();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-deck-'));
  let pages: string[] = [];
  let pageCount = 0;

  beforeAll(async () => {
    const deck = path.join(dir, 'informe.pptx');
    fs.writeFileSync(deck, await renderDeck(plan));
    // A private profile (no clash with a running LibreOffice) and a Colombian locale, so chart labels show `6.217`.
    const env = { ...process.env, LC_ALL: 'es_CO.UTF-8', LANG: 'es_CO.UTF-8' };
    const profile = `-env:UserInstallation=file://${path.join(dir, 'perfil')}`;
    const convert = spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, deck], { env, encoding: 'utf8', timeout: 150_000 });
    const pdf = path.join(dir, 'informe.pdf');
    if (!fs.existsSync(pdf)) throw new Error(`soffice did not convert the deck: ${convert.stderr || convert.stdout}`);
    pageCount = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one page per slide', () => {
    expect(pageCount).toBe(plan.slides.length);
  });

  test('each page shows its slide’s title', () => {
    plan.slides.forEach((s, i) => expect(pages[i]).toContain(s.title.split(' ')[0]));
    expect(pages[1]).toContain('Canales del mes');
  });

  test('the figures, Colombian, in texts and in the charts’ data labels', () => {
    const channels = pages[1];
    for (const figure of ['142', '1.371', '6.217', '7.730', '17,7 % del total']) expect(channels).toContain(figure);
    const all = pages.join('\n');
    for (const figure of ['98,3 %', '13.972', '42,39 %', '88,6 % – 100 %', 'Califican 1.085 personas de 1.371']) expect(all).toContain(figure);
  });
});
