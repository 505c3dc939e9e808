/**
 * The top-level functions appended to the bundle: Apps Script only calls (and only registers as
 * custom functions) top-level function declarations, and reads a custom function's help from the
 * JSDoc block right above it — esbuild strips comments and wraps everything in an IIFE, so these
 * stubs are generated here, from the same registries the code uses.
 */
import { entryFunction, menuEntries } from './menu';

/** The global the bundle assigns (esbuild `globalName`). */
export const bundleGlobal = 'CuentasClaras';

/** A generated top-level function: its name, parameters and the call it forwards to. */
export interface Stub {
  name: string;
  params: string[];
  call: string;
  /** JSDoc lines (without the comment markers). */
  doc: string[];
}

/** The entry points: triggers, menu items, the sidebar's server calls. */
export function entryStubs(): Stub[] {
  const stubs: Stub[] = [
    { name: 'onOpen', params: ['e'], call: `${bundleGlobal}.onOpen(e)`, doc: ['Builds the Cuentas Claras add-on menu (simple trigger).', '@param {Object} e the open event'] },
    { name: 'onInstall', params: ['e'], call: `${bundleGlobal}.onInstall(e)`, doc: ['Builds the menu right after the add-on is installed.', '@param {Object} e the install event'] },
  ];
  for (const entry of menuEntries) {
    if (entry.run.kind === 'panel') continue;
    stubs.push({ name: entryFunction(entry), params: [], call: `${bundleGlobal}.menu(${JSON.stringify(entry.id)})`, doc: [`Menu: ${entry.label.es}.`] });
  }
  stubs.push(
    { name: 'ccShowSidebar', params: [], call: `${bundleGlobal}.showSidebar()`, doc: ['Menu: Abrir panel.'] },
    { name: 'ccRun', params: ['command', 'options'], call: `${bundleGlobal}.run(command, options)`, doc: ['Sidebar: runs a command with the panel options.', '@param {string} command', '@param {Object} options'] },
    { name: 'ccSelectCell', params: ['sheet', 'cell'], call: `${bundleGlobal}.selectCell(sheet, cell)`, doc: ['Sidebar: selects the cell of a finding.', '@param {string} sheet', '@param {string} cell'] },
  );
  return stubs;
}

/** The text of stubs: a JSDoc block and a one-line function each. */
export function stubSource(stubs: readonly Stub[]): string {
  return stubs
    .map((s) => {
      const doc = ['/**', ...s.doc.map((line) => ` * ${line}`), ' */'].join('\n');
      return `${doc}\nfunction ${s.name}(${s.params.join(', ')}) {\n  return ${s.call};\n}\n`;
    })
    .join('\n');
}

/** Every stub of Code.js. */
export function allStubs(): Stub[] {
  return entryStubs();
}
