/**
 * The Google Slides renderer against the SlidesApp fake: the same slide count and texts as the
 * .pptx the command line writes for February 2025; charts as images of Sheets charts built in a
 * hidden helper sheet; a re-run for the same month redraws the same presentation.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runCommand } from '../../apps-script/run';
import { chartsSheetName, deckCalls, renderDeckToSlides } from '../../apps-script/slides';
import { presentationsSheetName } from '../../apps-script/presentations';
import { FakeShape, FakeTable, type FakeGoogle, type FakePresentation, type FakeSlide } from './fakes';
import { fakeWithWorkbook } from './load';
import { readWorkbook } from '../../apps-script/read';
import { startBudget } from '../../apps-script/budget';
import { deckPlanOf } from '../../core/actions/deck';
import { defaultActionOptions } from '../../core/actions';
import { buildDeckPlan, footerFit, type DeckPlan } from '../../core/deck';
import type { EntityNames } from '../../core/config';
import { february2025 } from '../core/deck/february2025';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The text of each slide of a .pptx, in drawing order, whitespace removed. */
async function pptxTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  names.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  const out: string[] = [];
  for (const name of names) {
    const xml = await zip.file(name)!.async('string');
    out.push(squeeze([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1])).join('')));
  }
  return out;
}

/** The text of a fake slide without the footer (the .pptx has it on its master; its page number is on the slide). */
function slideText(slide: FakeSlide, footer: string): string {
  return squeeze(slide.texts().filter((t) => t !== footer).join(''));
}

function deckOf(google: FakeGoogle): FakePresentation {
  const [presentation] = [...google.slides.presentations.values()];
  return presentation;
}

describe('the deck of February 2025 in Google Slides', () => {
  let google: FakeGoogle;
  let pptx: string[];
  let pptxFile: string;
  let report: ReturnType<typeof runCommand>;
  let firstRunSlidesCalls: number;
  let plan: DeckPlan;

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-slides-'));
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'cuentas-claras.js'), 'diapositivas', example, '--out', dir, '--mes', '2025-02'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    pptxFile = path.join(dir, 'ejemplo-anm-2025-2025-02.pptx');
    pptx = await pptxTexts(pptxFile);
    google = await fakeWithWorkbook(example);
    report = runCommand(google, 'deck', { month: '2025-02' });
    firstRunSlidesCalls = google.log.countMatching(/^(Slide|Text|Fill|Presentation)\./);
    const { workbook } = readWorkbook(google.spreadsheet, { utilities: google.Utilities, timeZone: google.spreadsheet.timeZone, budget: startBudget(google.now, 'es'), locale: 'es' });
    plan = deckPlanOf(workbook, { ...defaultActionOptions, month: '2025-02', cutoff: '2025-03-10' })!;
  });

  test('the run reports the presentation and its link', () => {
    expect(report.error).toBeNull();
    expect(report.deck).toEqual({ month: '2025-02', url: deckOf(google).url, title: 'Informe de Servicio y Atención al Usuario · Febrero 2025', slides: pptx.length, replaced: false });
    expect(report.summary).toContain(`Presentación: ${deckOf(google).url}`);
  });

  test('the same slide count and the same texts as the .pptx', () => {
    const deck = deckOf(google);
    expect(deck.slides).toHaveLength(pptx.length);
    const footer = ['ANM', 'GAPCC', 'Informe de Servicio y Atención al Usuario', 'Febrero 2025'].join(' · ');
    deck.slides.forEach((slide, i) => expect({ slide: i + 1, text: slideText(slide, footer) }).toEqual({ slide: i + 1, text: pptx[i] }));
    expect(pptx[0]).toContain(squeeze('Informe de Servicio y Atención al Usuario'));
    expect(deck.name).toBe('Informe de Servicio y Atención al Usuario · Febrero 2025');
  });

  test('the PQRSD slide (pqrsd.md) is in both decks, at the same place, with the same figures and its chart', async () => {
    const deck = deckOf(google);
    const footer = ['ANM', 'GAPCC', 'Informe de Servicio y Atención al Usuario', 'Febrero 2025'].join(' · ');
    const title = squeeze('PQRSD: oportunidad de respuesta');
    const inPptx = pptx.findIndex((t) => t.startsWith(title));
    expect(inPptx).toBeGreaterThan(0);
    expect(slideText(deck.slides[inPptx], footer).startsWith(title)).toBe(true);
    expect(pptx[inPptx]).toContain(squeeze('Vencidas sin respuesta'));
    expect(slideText(deck.slides[inPptx], footer)).toBe(pptx[inPptx]);
    // Timeliness by month of filing: a Sheets chart drawn as an image on that slide.
    const images = deck.slides[inPptx].elements.filter((e) => !(e instanceof FakeShape) && !(e instanceof FakeTable));
    expect(images).toHaveLength(1);
    expect(plan.slides.find((s) => s.key === 'pqrsd')?.chart?.title).toBe('Oportunidad de respuesta por mes de radicación');
    // The .pptx slide carries its chart too.
    const rels = await (await JSZip.loadAsync(fs.readFileSync(pptxFile))).file(`ppt/slides/_rels/slide${inPptx + 1}.xml.rels`)!.async('string');
    expect(rels.match(/\/charts\/chart\d+\.xml/g)).toHaveLength(1);
  });

  test('charts are images of Sheets charts, built in a hidden helper sheet that is removed afterwards', () => {
    const deck = deckOf(google);
    const images = deck.slides.flatMap((s) => s.elements.filter((e) => !(e instanceof FakeShape) && !(e instanceof FakeTable)));
    expect(images.length).toBeGreaterThan(0);
    expect(google.log.count('EmbeddedChart.getAs')).toBe(images.length);
    expect(google.spreadsheet.sheets.some((s) => s.name === chartsSheetName)).toBe(false);
    // A chart just built is drawn after flush: one flush per chart, before its image is taken.
    const calls = google.log.calls;
    const firstImage = calls.indexOf('EmbeddedChart.getAs');
    expect(calls.slice(0, firstImage)).toContain('EmbeddedChartBuilder.build');
    expect(google.flushes).toBeGreaterThanOrEqual(images.length);
  });

  test('table columns get the widths of the plan through the Slides API, after SlidesApp saved', () => {
    const deck = deckOf(google);
    const tables = [...deck.tables().values()];
    expect(tables.length).toBeGreaterThan(0);
    expect(google.slidesApi.batches.filter((b) => b.presentationId === deck.id).length).toBeGreaterThanOrEqual(1);
    for (const table of tables) {
      expect(table.widths).not.toBeNull();
      // The columns fill the table's width, in the plan's proportions.
      const total = table.widths!.reduce((a, b) => a + b, 0);
      expect(Math.abs(total - table.box[2])).toBeLessThan(0.5);
    }
    expect(new Set(tables.flatMap((t) => t.widths!)).size).toBeGreaterThan(1);
  });

  test('without the advanced Slides service the deck is still drawn (columns stay equal)', async () => {
    const plain = await fakeWithWorkbook(example, { advancedSlides: false });
    const r = runCommand(plain, 'deck', { month: '2025-02' });
    expect(r.error).toBeNull();
    expect(plain.slidesApi.batches).toEqual([]);
    expect([...plain.slides.presentations.values()][0].slides).toHaveLength(pptx.length);
  });

  test('every text fits the page: boxes inside 720 × 405 points', () => {
    for (const slide of deckOf(google).slides) {
      for (const e of slide.elements) {
        const [left, top, width, height] = 'box' in e ? (e.box as number[]) : [0, 0, 0, 0];
        expect(left).toBeGreaterThanOrEqual(0);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(left + width).toBeLessThanOrEqual(720.5);
        expect(top + height).toBeLessThanOrEqual(405.5);
      }
    }
  });

  test('the time-budget estimate of the deck covers the calls it makes', () => {
    const made = firstRunSlidesCalls;
    const { calls, charts } = deckCalls(plan);
    expect(made).toBeGreaterThan(100);
    expect(calls).toBeGreaterThanOrEqual(made);
    expect(calls).toBeLessThan(made * 2);
    expect(charts).toBe(google.log.count('EmbeddedChart.getAs'));
  });

  test('a re-run for the same month redraws the same presentation in place', () => {
    const first = deckOf(google);
    const again = runCommand(google, 'deck', { month: '2025-02' });
    expect(again.error).toBeNull();
    expect(again.deck).toMatchObject({ month: '2025-02', url: first.url, replaced: true });
    expect(google.slides.created).toBe(1);
    expect(first.slides).toHaveLength(pptx.length);
    const record = google.spreadsheet.sheet(presentationsSheetName);
    expect(record.hidden).toBe(true);
    expect(record.grid().slice(1).map((row) => row.slice(0, 3))).toEqual([['2025-02', first.id, first.url]]);
  });

  test('when the recorded presentation is gone, a new one takes its place and is recorded', () => {
    google.slides.presentations.clear();
    const again = runCommand(google, 'deck', { month: '2025-02' });
    expect(again.deck).toMatchObject({ month: '2025-02', replaced: false });
    const record = google.spreadsheet.sheet(presentationsSheetName);
    expect(record.grid().slice(1).map((row) => row[1])).toEqual([deckOf(google).id]);
  });
});

describe('long entity and group names (Google Slides renderer)', () => {
  const names = { entity: 'Ministerio de Tecnologías de la Información y las Comunicaciones', entityShort: 'MinTIC', group: 'Grupo Interno de Trabajo de Fortalecimiento de las Relaciones con los Grupos de Interés', groupShort: null };
  const short = { entity: 'Agencia Nacional de Minería', entityShort: 'ANM', group: 'GAPCC', groupShort: 'GAPCC' };
  const draw = async (n: EntityNames) => {
    const google = await fakeWithWorkbook(example);
    const presentation = google.SlidesApp.create('deck');
    const plan = buildDeckPlan({ indicators: february2025() }, { month: '2025-02', names: n });
    renderDeckToSlides(google.SlidesApp, presentation, plan, () => null);
    return (presentation as unknown as FakePresentation).slides;
  };
  const namesShape = (slide: FakeSlide, entity: string) => slide.elements.find((e): e is FakeShape => e instanceof FakeShape && e.text.startsWith(entity))!;
  const sizes = (s: FakeShape) => s.runs.map((r) => r.style.fontSize).filter((v): v is number => typeof v === 'number');

  test('the cover and closing show them in full, smaller than short ones; the footer stays one line', async () => {
    const [longSlides, shortSlides] = [await draw(names), await draw(short)];
    for (const i of [0, longSlides.length - 1]) {
      const shape = namesShape(longSlides[i], names.entity);
      expect(shape.text).toBe(`${names.entity}\n${names.group}`);
      const reference = namesShape(shortSlides[i], short.entity);
      expect(Math.max(...sizes(shape))).toBeLessThanOrEqual(Math.max(...sizes(reference)));
    }
    // A name too long for the closing slide's box at full size is made smaller, never cut.
    const huge = { ...names, group: Array(9).fill(names.group).join(" ") };
    const hugeSlides = await draw(huge);
    const closing = namesShape(hugeSlides[hugeSlides.length - 1], names.entity);
    expect(closing.text).toBe(`${huge.entity}\n${huge.group}`);
    expect(Math.max(...sizes(closing))).toBeLessThan(Math.max(...sizes(namesShape(shortSlides[shortSlides.length - 1], short.entity))));
    const footer = longSlides[2].elements.find((e): e is FakeShape => e instanceof FakeShape && e.text.includes('Informe de Servicio'))!;
    expect(footer.text).toBe(footerFit({ entity: 'MinTIC', group: names.group, title: 'Informe de Servicio y Atención al Usuario', period: 'Febrero 2025' }, 11, 10).text);
  });
});
