/**
 * The task pane in real Chromium (Debian's, driven by playwright-core): the built dist/addin served
 * on localhost, Microsoft's office.js URL routed to a test double over the same fake Excel the unit
 * tests use, loaded with the example workbook. Revisar consistencia shows the findings and a click
 * selects the cell; the deck is built in the pane (pptxgenjs fetched only then) and downloads as a
 * .pptx that unzips to the month's slides; the Mac fallback page builds the same file; an Excel
 * error reaches the person as one Spanish sentence. Saves the README's screenshot.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import JSZip from 'jszip';
import { chromium, type Browser, type Page } from 'playwright-core';
import { officeJsUrl } from '../../addin/build/pages';
import { requireCommands } from '../support/tools';
import { distAddin, builtFile } from './built';
import { bookToJson } from './office-double';
import { fakeBookFromXlsx } from './xlsx-fake';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
// Written under dist/ so a test run never changes a tracked file; scripts/render-docs.mjs copies it to docs/.
const screenshot = path.join(root, 'dist', 'screenshots', 'excel-panel.png');
const canRun = requireCommands(['chromium'], 'Prueba del panel de Excel en Chromium');
const maybe = canRun ? describe : describe.skip;

maybe('the Excel task pane in Chromium', () => {
  let server: http.Server;
  let base: string;
  let browser: Browser;
  let officeDouble: string;
  let bookJson: string;
  const requests: string[] = [];

  beforeAll(async () => {
    builtFile('taskpane.html');
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png' };
    server = http.createServer((req, res) => {
      const file = path.join(distAddin, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!file.startsWith(distAddin) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bundled = await build({ entryPoints: [path.join(__dirname, 'office-double.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'warning' });
    officeDouble = bundled.outputFiles[0].text;
    bookJson = JSON.stringify(bookToJson(await fakeBookFromXlsx(fs.readFileSync(example))));
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function openPane(options: { failWith?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 380, height: 900 }, locale: 'es-CO' });
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.addInitScript(({ json, failWith }) => {
      (window as unknown as { __ccBookJson: unknown }).__ccBookJson = JSON.parse(json);
      if (failWith) (window as unknown as { __ccFailWith: string }).__ccFailWith = failWith;
    }, { json: bookJson, failWith: options.failWith ?? '' });
    // Microsoft's CDN is never reached: its URL answers with the double.
    await page.route(officeJsUrl, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: officeDouble }));
    await page.route((url) => !url.href.startsWith(base) && url.href !== officeJsUrl, (route) => route.abort());
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole('button', { name: 'Revisar consistencia' }).waitFor();
    return page;
  }

  it('Revisar consistencia shows the findings by severity; clicking one selects its cell', async () => {
    const page = await openPane();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es-CO');
    const ribbon = await page.evaluate(() => [...window.__cc!.ribbon.keys()]);
    expect(ribbon).toContain('ccChecks');
    await page.getByRole('button', { name: 'Revisar consistencia' }).click();
    await page.locator('.cc-findings').waitFor();
    const severities = await page.locator('.cc-severity').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
    expect(severities).toEqual(['error', 'warning', 'info']);
    const summary = await page.locator('.cc-summary').innerText();
    expect(summary).toMatch(/Resumen: Revisar consistencia/);
    // The Sede Central share published as 78 % (checks.md's worked example) is one of the errors.
    const finding = page.locator('.cc-severity-error .cc-finding', { hasText: '78' }).first();
    const where = await finding.getAttribute('data-cell');
    expect(where).toMatch(/^Reportado!/);
    await finding.click();
    await page.waitForFunction((w) => {
      const s = window.__cc!.book.selection;
      return s !== null && `${s.sheet}!${s.address}` === w;
    }, where!.split(':')[0]);
    expect(await page.evaluate(() => window.__cc!.book.activeSheet)).toBe('Reportado');
    // The marks landed in the fake workbook, and the Hallazgos sheet was written.
    expect(await page.evaluate(() => window.__cc!.book.sheets.map((s) => s.name))).toEqual(expect.arrayContaining(['Hallazgos', '_cc_marcas']));
    await page.evaluate(() => window.scrollTo(0, 0));
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: false });
    await page.context().close();
  }, 120_000);

  it('builds the deck in the pane, downloads a .pptx of the month; pptxgenjs is fetched only then', async () => {
    requests.length = 0;
    const page = await openPane();
    await page.getByRole('button', { name: 'Diapositivas del mes' }).click();
    await page.locator('#cc-download').waitFor();
    expect(requests.some((u) => u.endsWith('/pptx.js'))).toBe(false);
    const heading = await page.locator('.cc-deck h2').innerText();
    const slides = Number(/(\d+) diapositivas/.exec(heading)?.[1]);
    expect(slides).toBeGreaterThan(4);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#cc-download').click()]);
    expect(requests.some((u) => u.endsWith('/pptx.js'))).toBe(true);
    expect(download.suggestedFilename()).toBe('ANM-2025-02.pptx');
    const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
    const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slideFiles).toHaveLength(slides);
    const cover = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(cover).toContain('Febrero 2025');

    // The way out where downloads are blocked (Office for Mac): the same deck from a page in the browser.
    await page.locator('#cc-open-elsewhere').click();
    const link = await page.evaluate(() => window.__cc!.opened.at(-1)!);
    expect(link).toMatch(new RegExp(`^${base}/deck\\.html#[zj]\\.`));
    const outside = await page.context().newPage();
    await outside.goto(link);
    await outside.locator('#download:not([hidden])').waitFor();
    const [second] = await Promise.all([outside.waitForEvent('download'), outside.locator('#download').click()]);
    const again = await JSZip.loadAsync(fs.readFileSync((await second.path())!));
    expect(Object.keys(again.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(slides);
    await page.context().close();
  }, 120_000);

  it('Vencimientos PQRSD runs with the cut-off set in the options, and writes its sheet and chart', async () => {
    const page = await openPane();
    const button = page.getByRole('button', { name: 'Vencimientos PQRSD' });
    expect(await button.getAttribute('title')).toMatch(/Opciones: fecha de corte\.$/);
    await page.locator('.cc-options summary').click();
    expect(await page.locator('#cc-cutoff-hint').innerText()).toMatch(/La usan: .*Vencimientos PQRSD/);
    await page.locator('#cc-cutoff').fill('2025-01-31');
    await button.click();
    await page.locator('.cc-summary').waitFor();
    expect(await page.locator('.cc-summary').innerText()).toMatch(/Resumen: Vencimientos PQRSD[\s\S]*PQRSD al 31\/01\/2025: /);
    const sheet = await page.evaluate(() => {
      const s = window.__cc!.book.sheets.find((x) => x.name === 'Resultado PQRSD');
      return s ? { charts: s.charts.map((c) => c.title) } : null;
    });
    expect(sheet).toEqual({ charts: ['Oportunidad de respuesta por mes'] });
    await page.context().close();
  }, 120_000);

  it('shows an Excel failure as one Spanish sentence', async () => {
    const page = await openPane({ failWith: 'InvalidOperationInCellEditMode' });
    await page.getByRole('button', { name: 'Calcular indicadores' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe('Excel está editando una celda: termine de editarla (Entrar o Esc) y vuelva a intentarlo.');
    expect(await page.getByRole('button', { name: 'Calcular indicadores' }).isEnabled()).toBe(true);
    await page.context().close();
  }, 60_000);
});
