/**
 * The add-in's one page (shared runtime): registers the custom functions and the ribbon commands at
 * top level — Excel looks for them as soon as the page loads, and esbuild keeps only what is
 * referenced — then mounts the panel when Office is ready. office.js is loaded before this bundle.
 */
import { menuEntries } from '../core/actions/menu';
import { ribbonFunctionName } from '../manifests/excel';
import { mountPanel, type PanelController } from '../panel/app';
import { panelStrings } from '../panel/strings';
import { excelBridge } from './bridge';
import { registerCustomFunctions } from './functions';
import { officeGlobal } from './office-globals';

registerCustomFunctions();

let panel: PanelController | null = null;
let ready: Promise<PanelController | null> | null = null;

/** Mounts the panel once Office is ready; without Office (no host, or office.js not loaded in time) says so in the pane. */
function start(timeoutMs = 15_000): Promise<PanelController | null> {
  ready ??= new Promise((resolve) => {
    const root = document.getElementById('app');
    const office = officeGlobal();
    const timer = setTimeout(() => {
      if (root && !panel) root.textContent = panelStrings.es.officeMissing;
      resolve(null);
    }, timeoutMs);
    if (!office) return;
    void office.onReady().then((info) => {
      clearTimeout(timer);
      if (!root) return resolve(null);
      if (info.host !== 'Excel') {
        root.textContent = panelStrings.es.officeMissing;
        return resolve(null);
      }
      panel = mountPanel(root, excelBridge());
      resolve(panel);
    });
  });
  return ready;
}

// Ribbon commands: each button runs its menu entry through the panel (which shows the result), then shows the pane.
const actions = officeGlobal()?.actions;
for (const entry of menuEntries) {
  actions?.associate(ribbonFunctionName(entry), async (event) => {
    try {
      const controller = await start();
      if (entry.run.kind === 'panel' || controller) await officeGlobal()?.addin?.showAsTaskpane().catch(() => undefined);
      if (controller && entry.run.kind !== 'panel') await controller.run(entry.id);
    } finally {
      event.completed();
    }
  });
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void start());
  else void start();
}
