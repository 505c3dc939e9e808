/** The built add-in (dist/addin, made by `npm test`'s pretest build) and its bundle run in a sandbox with Office stubs. */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const distAddin = path.join(__dirname, '..', '..', 'dist', 'addin');

/** Fails clearly when the build is missing (run `npm run build`). */
export function builtFile(name: string): string {
  const file = path.join(distAddin, name);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
  return file;
}

export interface BundleRegistrations {
  ribbon: Map<string, (event: { completed(): void }) => unknown>;
  functions: Map<string, (...args: unknown[]) => unknown>;
  errors: { code: string; message?: string }[];
}

/**
 * Runs taskpane.js as Excel's shared runtime would load it, with stubs that record what it
 * associates. `apiLevel` is the newest ExcelApi requirement set the stub Excel supports (every one
 * when omitted).
 */
export function loadBundle(displayLanguage = 'es-CO', apiLevel = Infinity): BundleRegistrations {
  const isSetSupported = (name: string, version = '1.1') => name !== 'ExcelApi' || Number(version.split('.')[1]) <= apiLevel;
  const registrations: BundleRegistrations = { ribbon: new Map(), functions: new Map(), errors: [] };
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
      registrations.errors.push({ code, message });
    }
  }
  const sandbox: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Office: {
      onReady: () => new Promise(() => undefined),
      context: { displayLanguage, requirements: { isSetSupported } },
      actions: { associate: (name: string, fn: (event: { completed(): void }) => unknown) => registrations.ribbon.set(name, fn) },
      addin: { showAsTaskpane: async () => undefined },
    },
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registrations.functions.set(id, fn),
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    },
  };
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(builtFile('taskpane.js'), 'utf8'), sandbox, { filename: 'taskpane.js' });
  return registrations;
}
