/**
 * What the side panel needs from its host: one small bridge per host (Excel task pane:
 * addin/bridge.ts; Google Sheets sidebar: its own), so the panel never knows which spreadsheet it
 * runs in. Everything crossing the bridge is plain data (Google's `google.script.run` carries only
 * JSON), except the deck offer, which each bridge builds on its side.
 */
import type { Finding } from '../core/findings';
import type { Locale } from '../core/i18n';
import type { TotalRule } from '../core/actions';

/** The options a person sets in the panel; blank ones take the core's defaults. */
export interface PanelOptions {
  /** Undefined: the workbook's `Configuración` sheet decides (Spanish when it says nothing). */
  locale?: Locale;
  /** `YYYY-MM`, or undefined for the latest month with data. */
  month?: string;
  /** `YYYY-MM-DD`, or undefined for the workbook's (`Configuración`, else the report month's last day). */
  cutoff?: string;
  totalRule: TotalRule;
}

/** A stage of a long run, for the progress indicator. */
export type PanelStage = 'reading' | 'computing' | 'writing' | 'rendering';

/**
 * How the month's deck reaches the person. `file`: the panel downloads the bytes `build()` makes
 * (Excel: pptxgenjs, loaded only then); where downloads are blocked (Office for Mac) `openElsewhere`
 * opens a page in the person's browser that builds and downloads the same file. `link`: the host
 * made the deck itself (Google Slides) and the panel shows its link.
 */
export type DeckOffer =
  | { kind: 'file'; fileName: string; slides: number; build(): Promise<Uint8Array>; downloadsBlocked: boolean; openElsewhere?: () => Promise<void> }
  | { kind: 'link'; url: string; title: string; slides: number };

export interface PanelRunResult {
  summary: string[];
  findings: Finding[];
  deck: DeckOffer | null;
}

export interface PanelBridge {
  /** The host's display language: Spanish unless the host's interface is in English. */
  displayLocale(): Locale;
  /** Runs a menu entry (core/actions/menu) with the options. Rejects with an `Error` whose message is one sentence for people. */
  run(entryId: string, options: PanelOptions, progress: (stage: PanelStage) => void): Promise<PanelRunResult>;
  /** Shows a finding's cell: its sheet activated, the cell selected. */
  selectCell(sheet: string, cell: string): Promise<void>;
}
