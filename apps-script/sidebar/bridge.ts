/**
 * The Google Sheets bridge of the shared side panel (panel/): the panel's calls become
 * `google.script.run` calls to the add-on's server functions (`ccRun`, `ccSelectCell`), which take
 * and return plain JSON. Runs in the sidebar's page, never on the server.
 */
import type { PanelBridge, PanelOptions, PanelRunResult } from '../../panel/bridge';
import type { Locale } from '../../core/i18n';
import type { RunReport } from '../run';

/** The part of `google.script.run` the bridge uses: a runner with handlers, and the server functions. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  ccRun(entryId: string, options: PanelOptions): void;
  ccSelectCell(sheet: string, cell: string): void;
}

/** A server call as a promise. */
function call<T>(run: ScriptRunner, invoke: (r: ScriptRunner) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => invoke(run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject)));
}

/** The panel's language from the browser's (the Google account's interface language): Spanish unless English. */
export function displayLocaleOf(language: string | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en' : 'es';
}

/** The bridge over `google.script.run`. A run that failed on the server rejects with its one-sentence message. */
export function googleBridge(run: ScriptRunner, language: string | undefined): PanelBridge {
  return {
    displayLocale: () => displayLocaleOf(language),
    async run(entryId, options, progress): Promise<PanelRunResult> {
      // The server runs the whole action in one call: reading, computing and writing happen there.
      progress('reading');
      const report = await call<RunReport>(run, (r) => r.ccRun(entryId, options));
      if (!report.ok) throw new Error(report.error ?? '');
      return {
        summary: report.summary,
        findings: report.findings,
        deck: report.deck ? { kind: 'link', url: report.deck.url, title: report.deck.title, slides: report.deck.slides } : null,
      };
    },
    async selectCell(sheet, cell) {
      const found = await call<boolean>(run, (r) => r.ccSelectCell(sheet, cell));
      if (!found) throw new Error(displayLocaleOf(language) === 'es' ? `No se encontró la hoja «${sheet}».` : `The sheet “${sheet}” was not found.`);
    },
  };
}
