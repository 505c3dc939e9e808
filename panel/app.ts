/**
 * The side panel: the menu's actions with their options, a progress indicator, the run's summary,
 * the findings grouped by severity (a click selects the cell), and the month's deck. Plain DOM, so
 * it runs in Excel's task pane and Google's sidebar alike; everything host-specific goes through
 * the bridge.
 */
import { menuEntries, type MenuEntry } from '../core/actions/menu';

type MenuOption = NonNullable<MenuEntry['options']>[number];
import { severities, severityLabels, type Finding, type Severity } from '../core/findings';
import type { Locale } from '../core/i18n';
import type { DeckOffer, PanelBridge, PanelOptions, PanelRunResult } from './bridge';
import { panelStrings, type PanelStrings } from './strings';

export interface PanelController {
  /** Runs a menu entry as if its button were clicked (the Excel ribbon uses this). */
  run(entryId: string): Promise<void>;
  /** Shows one sentence as an error. */
  fail(message: string): void;
}

const pptxType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/** Mounts the panel in `root`; its words follow the host's display language. */
export function mountPanel(root: HTMLElement, bridge: PanelBridge): PanelController {
  const ui: Locale = bridge.displayLocale();
  const t: PanelStrings = panelStrings[ui];
  document.documentElement.lang = ui === 'es' ? 'es-CO' : 'en';
  root.replaceChildren();

  // Options.
  const month = el('input', { type: 'month', id: 'cc-month', 'aria-describedby': 'cc-month-hint' });
  const cutoff = el('input', { type: 'date', id: 'cc-cutoff', 'aria-describedby': 'cc-cutoff-hint' });
  const rule = el('select', { id: 'cc-rule' }, el('option', { value: 'actividades' }, t.ruleActivities), el('option', { value: 'etapas' }, t.ruleStages));
  const language = el('select', { id: 'cc-language' }, el('option', { value: '' }, t.languageFromBook), el('option', { value: 'es' }, 'Español'), el('option', { value: 'en' }, 'English'));
  const field = (label: string, control: HTMLElement, hint?: string) =>
    el('div', { class: 'cc-field' }, el('label', { for: control.id }, label), control, hint ? el('span', { class: 'cc-hint', id: `${control.id}-hint` }, hint) : null);
  // Which actions use each option, from the menu registry: the hint names them, each button's tooltip names its options.
  const optionLabels: Record<MenuOption, string> = { month: t.month, cutoff: t.cutoff, totalRule: t.totalRule };
  const usedBy = (option: MenuOption) => t.usedBy(menuEntries.filter((e) => e.options?.includes(option)).map((e) => e.label[ui]).join(', '));
  const options = el(
    'details',
    { class: 'cc-options' },
    el('summary', {}, t.options),
    field(t.month, month, `${t.monthHint}. ${usedBy('month')}`),
    field(t.cutoff, cutoff, `${t.cutoffHint}. ${usedBy('cutoff')}`),
    field(t.totalRule, rule, usedBy('totalRule')),
    field(t.language, language),
  );
  rule.setAttribute('aria-describedby', 'cc-rule-hint');

  // Actions: every menu entry but the one that opens this panel.
  const buttons = new Map<string, HTMLButtonElement>();
  const actionList = el('div', { class: 'cc-actions', role: 'group', 'aria-label': t.actions });
  for (const entry of menuEntries.filter((e) => e.run.kind !== 'panel')) {
    const tip = entry.options?.length ? `${entry.tip[ui]} ${t.optionsOf(entry.options.map((o) => optionLabels[o].toLowerCase()).join(', '))}` : entry.tip[ui];
    const button = el('button', { type: 'button', class: `cc-action${entry.id === 'checks' ? ' cc-primary' : ''}`, 'data-entry': entry.id, 'data-options': (entry.options ?? []).join(' '), title: tip }, entry.label[ui]);
    button.addEventListener('click', () => void run(entry.id));
    buttons.set(entry.id, button);
    actionList.append(button);
  }

  const progress = el('div', { class: 'cc-progress', role: 'status', 'aria-live': 'polite', hidden: '' }, el('div', { class: 'cc-bar' }), el('span', { class: 'cc-stage' }));
  const error = el('div', { class: 'cc-alert', role: 'alert', hidden: '' });
  const summary = el('section', { class: 'cc-summary', 'aria-label': t.summary, hidden: '' });
  const deck = el('section', { class: 'cc-deck', 'aria-label': t.deck, hidden: '' });
  const findings = el('section', { class: 'cc-findings', 'aria-label': t.findings, hidden: '' });

  root.append(
    el('header', { class: 'cc-header' }, el('h1', {}, t.title), el('p', {}, t.subtitle)),
    options,
    el('h2', {}, t.actions),
    actionList,
    progress,
    error,
    summary,
    deck,
    findings,
  );

  const optionsNow = (): PanelOptions => ({
    locale: language.value === 'en' ? 'en' : language.value === 'es' ? 'es' : undefined,
    month: month.value || undefined,
    cutoff: cutoff.value || undefined,
    totalRule: rule.value === 'etapas' ? 'etapas' : 'actividades',
  });

  const setBusy = (busy: boolean) => {
    for (const b of buttons.values()) b.disabled = busy;
    progress.hidden = !busy;
    root.setAttribute('aria-busy', String(busy));
  };
  const showStage = (text: string) => {
    progress.querySelector('.cc-stage')!.textContent = text;
  };
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  async function run(entryId: string): Promise<void> {
    const entry = menuEntries.find((e) => e.id === entryId);
    if (!entry || entry.run.kind === 'panel') return;
    error.hidden = true;
    setBusy(true);
    showStage(t.stage.reading);
    try {
      const result = await bridge.run(entryId, optionsNow(), (stage) => showStage(t.stage[stage]));
      render(entry, result);
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  function render(entry: MenuEntry, result: PanelRunResult): void {
    // A long summary (the checks list their first findings) keeps its first line in view and folds the rest.
    const [first, ...rest] = result.summary;
    const list = (lines: readonly string[]) => el('ul', {}, ...lines.map((line) => el('li', {}, line)));
    summary.replaceChildren(el('h2', {}, `${t.summary}: ${entry.label[ui]}`));
    if (result.summary.length <= 4) summary.append(list(result.summary));
    else summary.append(list([first]), el('details', { class: 'cc-more' }, el('summary', {}, t.moreDetail), list(rest)));
    summary.hidden = false;
    renderDeck(result.deck);
    renderFindings(result.findings, entry);
  }

  function renderFindings(list: readonly Finding[], entry: MenuEntry): void {
    const ran = entry.run.kind === 'command' || entry.run.kind === 'clearMarks';
    if (!ran || entry.run.kind === 'clearMarks') {
      findings.hidden = true;
      return;
    }
    findings.replaceChildren(el('h2', {}, `${t.findings} (${list.length})`));
    if (!list.length) findings.append(el('p', {}, t.noFindings));
    else findings.append(el('p', { class: 'cc-hint' }, t.clickToSelect));
    for (const severity of severities as readonly Severity[]) {
      const group = list.filter((f) => f.severity === severity);
      if (!group.length) continue;
      const items = group.map((f) => {
        const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : (f.sheet ?? '');
        const button = el('button', { type: 'button', class: 'cc-finding', 'data-code': f.code, 'data-cell': where }, el('span', { class: 'cc-where' }, where), el('span', { class: 'cc-message' }, f.message), f.suggestion ? el('span', { class: 'cc-suggestion' }, `→ ${f.suggestion}`) : null);
        if (f.sheet && f.cell) {
          const target = { sheet: f.sheet, cell: f.cell.split(':')[0] };
          button.addEventListener('click', () => void bridge.selectCell(target.sheet, target.cell).catch((e) => fail(e instanceof Error ? e.message : String(e))));
        } else button.disabled = true;
        return el('li', {}, button);
      });
      findings.append(
        el('details', { class: `cc-severity cc-severity-${severity}`, open: '', 'data-severity': severity }, el('summary', {}, `${severityLabels[ui][severity]} (${group.length})`), el('ul', {}, ...items)),
      );
    }
    findings.hidden = false;
  }

  function renderDeck(offer: DeckOffer | null): void {
    deck.replaceChildren();
    deck.hidden = !offer;
    if (!offer) return;
    deck.append(el('h2', {}, `${t.deck} · ${t.slides(offer.slides)}`));
    if (offer.kind === 'link') {
      deck.append(el('a', { href: offer.url, target: '_blank', rel: 'noopener', class: 'cc-link' }, `${t.openDeck}: ${offer.title}`));
      return;
    }
    const status = el('p', { class: 'cc-hint', role: 'status' });
    const download = el('button', { type: 'button', class: 'cc-primary', id: 'cc-download' }, t.download);
    download.addEventListener('click', async () => {
      download.disabled = true;
      status.textContent = t.building;
      try {
        const bytes = await offer.build();
        const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: pptxType }));
        const a = el('a', { href: url, download: offer.fileName, hidden: '' });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        status.textContent = t.downloaded;
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
        status.textContent = '';
      } finally {
        download.disabled = false;
      }
    });
    const elsewhere = offer.openElsewhere
      ? (() => {
          const b = el('button', { type: 'button', id: 'cc-open-elsewhere', class: offer.downloadsBlocked ? 'cc-primary' : 'cc-secondary' }, t.openElsewhere);
          b.addEventListener('click', () => void offer.openElsewhere!().catch((e) => fail(e instanceof Error ? e.message : String(e))));
          return b;
        })()
      : null;
    if (offer.downloadsBlocked && elsewhere) deck.append(el('p', { class: 'cc-hint' }, t.blockedNote), elsewhere);
    else {
      deck.append(download, status);
      if (elsewhere) deck.append(el('p', { class: 'cc-hint' }, `${t.notDownloaded} `, elsewhere));
    }
  }

  return { run, fail };
}
