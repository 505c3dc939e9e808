/** The panel's bridge to Excel: runs menu entries through the Excel port, selects cells, offers the deck. */
import type { DeckPlan } from '../core/deck';
import type { Locale } from '../core/i18n';
import { menuEntry } from '../core/actions/menu';
import type { DeckOffer, PanelBridge, PanelOptions, PanelRunResult } from '../panel/bridge';
import { runMenuEntry, selectCell } from './excel/run';
import type { ExcelHost } from './excel/office-api';
import { errorSentence } from './errors';
import { encodeDeckPlan } from './deck-link';
import { officeGlobal, excelGlobal } from './office-globals';

/** Excel itself as the port's host: `Excel.run` with options, requirement sets from Office.js. */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch, options) => (options ? excelGlobal()!.run(options, batch) : excelGlobal()!.run(batch)) as Promise<never>,
    isSetSupported: (name, version) => officeGlobal()?.context.requirements.isSetSupported(name, version) ?? false,
  };
}

/** Loads the PowerPoint renderer (pptxgenjs) only when a deck is asked for: a second bundle, `pptx.js`. */
let renderer: Promise<(plan: DeckPlan) => Promise<Uint8Array>> | null = null;
export function loadRenderer(base: string = document.baseURI): Promise<(plan: DeckPlan) => Promise<Uint8Array>> {
  renderer ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL('pptx.js', base).href;
    script.onload = () => {
      const api = (globalThis as unknown as { CuentasClarasPptx?: { renderDeck(plan: DeckPlan): Promise<Uint8Array> } }).CuentasClarasPptx;
      if (api) resolve(api.renderDeck);
      else reject(new Error('pptx.js'));
    };
    script.onerror = () => {
      renderer = null;
      reject(new Error('pptx.js'));
    };
    document.head.append(script);
  });
  return renderer;
}

/** The bridge of the Excel task pane. */
export function excelBridge(host: ExcelHost = officeExcelHost()): PanelBridge {
  const office = () => officeGlobal();
  const displayLocale = (): Locale => (/^en/i.test(office()?.context?.displayLanguage ?? '') ? 'en' : 'es');
  const deckOffer = (plan: DeckPlan, locale: Locale): DeckOffer => ({
    kind: 'file',
    fileName: `${plan.entity}-${plan.month}.pptx`.replace(/[\\/:*?"<>|]+/g, '-'),
    slides: plan.slides.length,
    // Office for Mac's web view does not download files (OfficeDev/office-js#2700, "by design").
    downloadsBlocked: /mac/i.test(office()?.context?.platform ?? ''),
    async build() {
      try {
        return await (await loadRenderer())(plan);
      } catch (e) {
        throw new Error(locale === 'es' ? 'No se pudo armar la presentación; vuelva a intentarlo.' : 'The presentation could not be built; try again.');
      }
    },
    async openElsewhere() {
      const url = `${new URL('deck.html', document.baseURI).href}#${await encodeDeckPlan(plan)}`;
      const open = office()?.context?.ui?.openBrowserWindow;
      if (open) open.call(office()!.context.ui, url);
      else window.open(url, '_blank', 'noopener');
    },
  });
  return {
    displayLocale,
    async run(entryId: string, options: PanelOptions, progress): Promise<PanelRunResult> {
      const entry = menuEntry(entryId);
      if (!entry) throw new Error(displayLocale() === 'es' ? `No existe la acción «${entryId}».` : `There is no action “${entryId}”.`);
      try {
        const outcome = await runMenuEntry(host, entry, options, progress);
        return { summary: outcome.summary, findings: outcome.findings, deck: outcome.deck ? deckOffer(outcome.deck, displayLocale()) : null };
      } catch (e) {
        throw new Error(errorSentence(e, displayLocale()));
      }
    },
    async selectCell(sheet: string, cell: string) {
      try {
        await selectCell(host, sheet, cell);
      } catch (e) {
        throw new Error(errorSentence(e, displayLocale()));
      }
    },
  };
}
