/**
 * The deck renders in LibreOffice Impress with Colombian figures whatever the viewer's locale:
 * converted to PDF under `en_US.UTF-8` and under `es_CO.UTF-8`, the chart data labels read
 * `6.217`, `42,39 %` and `66,3` in both (never `6,217`, `42.39 %`). Skips (with a note) where
 * LibreOffice or poppler is not installed; CI installs both (.ci/run) and fails without them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderDeck } from '../../../renderers/pptx';
import { fullFebruaryPlan } from './deck-fixture';
import { withoutNodeMediaLoading } from './node-media';
import { requireCommands } from '../../support/tools';
import { convertToPdf } from '../../support/soffice';

withoutNodeMediaLoading();

const available = requireCommands(['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'], 'Render test of the deck');

(available ? describe : describe.skip).each(['en_US.UTF-8', 'es_CO.UTF-8'])('the February deck in LibreOffice Impress under %s', (locale) => {
  const plan = fullFebruaryPlan();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-deck-'));
  let pages: string[] = [];
  let pageCount = 0;
  const pageOf = (key: string) => pages[plan.slides.findIndex((s) => s.key === key)];

  beforeAll(async () => {
    const deck = path.join(dir, 'informe.pptx');
    fs.writeFileSync(deck, await renderDeck(plan));
    const pdf = convertToPdf(deck, dir, locale);
    pageCount = Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
    pages = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('one page per slide, each with its title', () => {
    expect(pageCount).toBe(plan.slides.length);
    plan.slides.forEach((s, i) => expect(pages[i]).toContain(s.title.split(' ')[0]));
  });

  test('chart labels are Colombian: 6.217 on the card and on its bar, 42,39 % and 66,3 in the charts alone', () => {
    const channels = pageOf('channels');
    // The card and the chart's data label.
    expect(channels.match(/6\.217/g)).toHaveLength(2);
    expect(pageOf('phone')).toContain('42,39 %');
    expect(pageOf('selfDiagnosis')).toContain('66,3');
    const all = pages.join('\n');
    expect(all).not.toMatch(/6,217|42\.39|66\.3\b|1,371/);
  });

  test('texts and cards carry the figures the Colombian way', () => {
    const all = pages.join('\n');
    for (const figure of ['142', '1.371', '7.730', '17,7 % del total', '98,3 %', '13.972', '88,6 % – 100 %', 'Califican 1.085 personas de 1.371']) expect(all).toContain(figure);
  });
});
