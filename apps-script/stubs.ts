/**
 * The top-level functions appended to the bundle: Apps Script only calls (and only registers as
 * custom functions) top-level function declarations, and reads a custom function's help from the
 * JSDoc block right above it — esbuild strips comments and wraps everything in an IIFE, so these
 * stubs are generated here, from the same registries the code uses.
 */
import { entryFunction, menuEntries } from './menu';
import { customFunctions, functionDoc, parameterName, sheetsFunctionName } from './functions';

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
      // A `*/` inside a description would end the comment early.
      const doc = ['/**', ...s.doc.map((line) => ` * ${line.replace(/\*\//g, '*\u2215')}`), ' */'].join('\n');
      return `${doc}\nfunction ${s.name}(${s.params.join(', ')}) {\n  return ${s.call};\n}\n`;
    })
    .join('\n');
}

/** One stub per custom function of the registry: `CC_<NOMBRE>(named, params)` with its `@customfunction` JSDoc. */
export function functionStubs(): Stub[] {
  return customFunctions.map((spec) => {
    const params = spec.params.map((_, i) => parameterName(spec, i));
    return { name: sheetsFunctionName(spec), params, call: `${bundleGlobal}.customFunction(${JSON.stringify(spec.id)}, [${params.join(', ')}])`, doc: functionDoc(spec) };
  });
}

/** Every stub of Code.js: entry points, then custom functions. */
export function allStubs(): Stub[] {
  const stubs = [...entryStubs(), ...functionStubs()];
  const names = new Set<string>();
  for (const s of stubs) {
    if (names.has(s.name)) throw new Error(`two top-level functions named ${s.name}`);
    names.add(s.name);
  }
  return stubs;
}
