/**
 * The Google Sheets sidebar in real Chromium: the built dist/apps-script/Sidebar.html (the shared
 * panel with the Google bridge) with a double of `google.script.run` that carries JSON to the built
 * Code.js, loaded in `node:vm` over the Sheets fake holding the example workbook. Run an action, see
 * the findings, click one and the cell is selected in the spreadsheet. A screenshot of the sidebar
 * is saved to dist/screenshots/ (scripts/render-docs.mjs copies it to docs/ for the README).
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { requireCommands } from '../support/tools';
import { FakeGoogle } from './fakes';
import { fakeWithWorkbook } from './load';

const root = path.join(__dirname, '..', '..');
const example = path.join(root, 'examples', 'ejemplo-anm-2025.xlsx');
const dist = path.join(root, 'dist', 'apps-script');
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** `google.script.run` in the page: each `with…Handler` returns a new runner; calls cross as JSON, as Google's do. */
const scriptRunDouble = `
(() => {
  const names = ['ccRun', 'ccSelectCell'];
  const runner = (handlers) => {
    const r = {
      withSuccessHandler: (f) => runner({ ...handlers, ok: f }),
      withFailureHandler: (f) => runner({ ...handlers, fail: f }),
    };
    for (const name of names) {
      r[name] = (...args) => {
        window.ccServer(name, JSON.stringify(args)).then((text) => {
          const reply = JSON.parse(text);
          if ('error' in reply) handlers.fail && handlers.fail(new Error(reply.error));
          else handlers.ok && handlers.ok(reply.value);
        });
      };
    }
    return r;
  };
  window.google = { script: { run: runner({}) } };
})();`;

const run = requireCommands(['chromium'], 'Sidebar test in Chromium') ? describe : describe.skip;

run('the sidebar in Chromium, over the example workbook', () => {
  let browser: Browser;
  let page: Page;
  let google: FakeGoogle;
  const serverCalls: string[] = [];
  const pageErrors: string[] = [];
  const sidebarUrl = 'http://sidebar.cuentas-claras.test/';

  beforeAll(async () => {
    for (const file of ['Sidebar.html', 'Code.js']) if (!fs.existsSync(path.join(dist, file))) throw new Error(`dist/apps-script/${file} is missing: run npm run build.`);
    google = await fakeWithWorkbook(example);
    // The server: the built Code.js with the fake's services as its globals.
    const server = vm.createContext({
      SpreadsheetApp: google.SpreadsheetApp,
      SlidesApp: google.SlidesApp,
      Slides: google.SlidesApi,
      Charts: google.Charts,
      LockService: google.LockService,
      HtmlService: google.HtmlService,
      Utilities: google.Utilities,
    });
    vm.runInContext(fs.readFileSync(path.join(dist, 'Code.js'), 'utf8'), server);

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'es-CO' });
    // Nothing leaves the machine: the sidebar is served from memory at a made-up address, all else is refused.
    const html = fs.readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
    await page.route('**/*', (route) =>
      route.request().url() === sidebarUrl ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
    );
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.exposeFunction('ccServer', (name: string, args: string) => {
      serverCalls.push(name);
      try {
        const value = (server as Record<string, (...a: unknown[]) => unknown>)[name](...JSON.parse(args));
        return JSON.stringify({ value });
      } catch (e) {
        return JSON.stringify({ error: (e as Error).message });
      }
    });
    await page.addInitScript(scriptRunDouble);
    await page.goto(sidebarUrl);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    expect(pageErrors).toEqual([]);
  });

  test('shows every menu action but the panel itself, in Spanish', async () => {
    const labels = await page.locator('.cc-action').allTextContents();
    expect(labels).toEqual(['Calcular indicadores', 'Revisar consistencia', 'Borrar marcas', 'Diapositivas del mes', 'Vencimientos PQRSD', 'Autodiagnóstico', 'Espacios de rendición de cuentas', 'Todo', 'Insertar plantilla']);
  });

  test('«Revisar consistencia» runs on the server and lists the findings by severity', async () => {
    await page.locator('.cc-action[data-entry="checks"]').click();
    await page.locator('.cc-findings').waitFor({ state: 'visible', timeout: 30_000 });
    expect(serverCalls).toContain('ccRun');
    const summary = await page.locator('.cc-summary li').allTextContents();
    expect(summary[0]).toMatch(/^Revisión de consistencia: \d+ errores?, \d+ advertencias?, \d+ de información\.$/);
    const severities = await page.locator('.cc-severity').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-severity')));
    expect(severities).toEqual(['error', 'warning', 'info']);
    // The report's «78 %» for Sede Central is an error at its Valor cell in Reportado.
    const reported = await page.locator('.cc-severity[data-severity="error"] .cc-finding[data-code="reported-mismatch"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-cell')));
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((cell) => /^Reportado!E\d+$/.test(cell ?? ''))).toBe(true);
    // The run wrote the findings sheet and marked the cell in the (fake) spreadsheet.
    expect(google.spreadsheet.sheets.some((s) => s.name === 'Hallazgos')).toBe(true);
    fs.mkdirSync(path.join(root, 'dist', 'screenshots'), { recursive: true });
    // Tall enough to show the summary and the first findings.
    await page.setViewportSize({ width: 300, height: 1500 });
    await page.screenshot({ path: path.join(root, 'dist', 'screenshots', 'panel-google-sheets.png'), fullPage: false });
    await page.setViewportSize({ width: 300, height: 900 });
  });

  test('clicking a finding selects its cell in the spreadsheet', async () => {
    const finding = page.locator('.cc-severity[data-severity="error"] .cc-finding[data-code="reported-mismatch"]').first();
    const [sheet, cell] = (await finding.getAttribute('data-cell'))!.split('!');
    await finding.click();
    for (let i = 0; i < 100 && !google.spreadsheet.activeRange; i++) await page.waitForTimeout(100);
    expect(google.spreadsheet.activeSheet?.name).toBe(sheet);
    expect(google.spreadsheet.activeRange?.a1()).toBe(cell);
    expect(serverCalls).toContain('ccSelectCell');
  });

  test('«Diapositivas del mes» builds the presentation and the panel links to it', async () => {
    await page.locator('.cc-action[data-entry="deck"]').click();
    await page.locator('.cc-deck a.cc-link').waitFor({ state: 'visible', timeout: 60_000 });
    const [presentation] = [...google.slides.presentations.values()];
    expect(await page.locator('.cc-deck a.cc-link').getAttribute('href')).toBe(presentation.url);
    expect(await page.locator('.cc-deck h2').textContent()).toContain(`${presentation.slides.length} diapositivas`);
  });

  test('«Vencimientos PQRSD» runs with the cut-off set in the options and writes its sheet and chart', async () => {
    const button = page.locator('.cc-action[data-entry="pqrsd"]');
    expect(await button.getAttribute('title')).toMatch(/Opciones: fecha de corte\.$/);
    await page.locator('.cc-options summary').click();
    expect(await page.locator('#cc-cutoff-hint').textContent()).toMatch(/La usan: .*Vencimientos PQRSD/);
    await page.locator('#cc-cutoff').fill('2025-01-31');
    await button.click();
    await page.locator('.cc-summary h2', { hasText: 'Vencimientos PQRSD' }).waitFor({ state: 'visible', timeout: 30_000 });
    const summary = await page.locator('.cc-summary li').allTextContents();
    expect(summary[0]).toMatch(/^PQRSD al 31\/01\/2025: /);
    const sheet = google.spreadsheet.sheet('Resultado PQRSD');
    expect(sheet.charts.map((c) => c.options.title)).toEqual(['Oportunidad de respuesta por mes']);
    // Back to the default for the next tests.
    await page.locator('#cc-cutoff').fill('');
    await page.locator('.cc-options summary').click();
  });

  test('a bad option comes back as one sentence in the panel, and nothing is written', async () => {
    const before = google.spreadsheet.sheets.map((s) => s.name);
    await page.locator('.cc-options summary').click();
    // A month the server does not accept (the input allows only YYYY-MM: set it behind its back).
    await page.locator('#cc-month').evaluate((input: HTMLInputElement) => {
      Object.defineProperty(input, 'value', { get: () => '2025-13', configurable: true });
    });
    await page.locator('.cc-action[data-entry="deck"]').click();
    await page.locator('[role=alert].cc-alert').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('[role=alert].cc-alert').textContent()).toBe('El mes debe tener la forma AAAA-MM (por ejemplo 2025-02), no «2025-13».');
    expect(google.spreadsheet.sheets.map((s) => s.name)).toEqual(before);
  });
});
