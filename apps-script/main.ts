/**
 * The Apps Script entry points. esbuild bundles this module as the IIFE global `CuentasClaras`; the
 * build appends one top-level stub per entry point (`function onOpen(e) { return
 * CuentasClaras.onOpen(e); }`) because Apps Script only sees top-level function declarations.
 *
 * Nothing here runs at load: Google's services are looked up when an entry point is called, so a
 * custom function (which has none of them) loads this file without touching them.
 */
import { realServices, type GoogleServices } from './google';
import { entryFunction, menuEntries, menuEntry } from './menu';
import { runCommand, type RunOptions, type RunReport } from './run';
import { findSheetNamed } from './write';
import { customFunction as runCustomFunction } from './functions';
import type { FunctionResult } from '../core/functions';
import { parseA1 } from '../core/workbook';

let services: GoogleServices | null = null;
const google = () => (services ??= realServices());

/** Test seam: the services the entry points use (fakes in tests; the real ones by default). */
export function useServices(s: GoogleServices | null): void {
  services = s;
}

/** The simple-trigger event (`e.authMode` is `ScriptApp.AuthMode.NONE` before the add-on is authorized in the document). */
export interface OpenEvent {
  authMode?: unknown;
}

/**
 * Builds the add-on menu. With `authMode` NONE (an add-on not yet used in this document) only the
 * menu is built — nothing is read — which is also all it does otherwise.
 */
export function onOpen(_e?: OpenEvent): void {
  const menu = google().SpreadsheetApp.getUi().createAddonMenu();
  menuEntries.forEach((entry, i) => {
    // A separator between the registry's groups (service report, accountability, workbook), as the ribbon groups them.
    if (i > 0 && menuEntries[i - 1].group !== entry.group) menu.addSeparator();
    menu.addItem(entry.label.es, entryFunction(entry));
  });
  menu.addToUi();
}

/** Installing the add-on from the store opens the menu in the document it was installed from. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** A menu item: runs its command with the defaults, then says how it went (toast), what failed (alert) or where the deck is (dialog). */
export function menu(entryId: string): RunReport | void {
  if (menuEntry(entryId)?.run.kind === 'panel') return showSidebar();
  const s = google();
  const report = runCommand(s, entryId);
  const ui = s.SpreadsheetApp.getUi();
  if (!report.ok) {
    ui.alert(report.error ?? '');
  } else if (report.deck) {
    // A link is clickable only in a page: a small dialog with the run's summary and the presentation.
    ui.showModelessDialog(s.HtmlService.createHtmlOutput(deckDialogHtml(report)).setTitle('Cuentas Claras'), 'Cuentas Claras');
  } else {
    s.SpreadsheetApp.getActiveSpreadsheet().toast(report.summary.slice(0, 3).join('\n'), 'Cuentas Claras', 8);
  }
  return report;
}

/** Opens the sidebar: the shared panel (Sidebar.html, built from panel/ with the Google bridge). */
export function showSidebar(): void {
  const s = google();
  s.SpreadsheetApp.getUi().showSidebar(s.HtmlService.createHtmlOutputFromFile(sidebarFile).setTitle('Cuentas Claras'));
}

/** The project file of the sidebar page. */
export const sidebarFile = 'Sidebar';

/** The sidebar's server call: runs a menu entry with the options chosen in the panel. */
export function run(entryId: string, options?: RunOptions): RunReport {
  return runCommand(google(), entryId, options ?? {});
}

/** The sidebar's server call for a finding: selects its cell (its first cell when it is a range). */
export function selectCell(sheetName: string, cell: string): boolean {
  const spreadsheet = google().SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findSheetNamed(spreadsheet, sheetName);
  const [from, to = from] = String(cell ?? '').split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!sheet || !a || !b) return false;
  sheet.activate();
  sheet.getRange(Math.min(a.row, b.row) + 1, Math.min(a.col, b.col) + 1, Math.abs(b.row - a.row) + 1, Math.abs(b.col - a.col) + 1).activate();
  return true;
}

/** A custom function's stub calls this with the function's id and its arguments as Sheets passed them. */
export function customFunction(id: string, args: unknown[]): FunctionResult {
  return runCustomFunction(id, args, google);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The dialog after the deck was built from the menu: the summary and the presentation's link. */
export function deckDialogHtml(report: RunReport): string {
  const deck = report.deck!;
  const es = report.locale === 'es';
  const lines = report.summary.filter((l) => !l.includes(deck.url)).map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  const open = es ? 'Abrir la presentación' : 'Open the presentation';
  return `<!doctype html><html lang="${es ? 'es-CO' : 'en'}"><head><meta charset="utf-8"><base target="_blank"><style>body{font:14px/1.4 Arial,sans-serif;margin:12px}a{font-weight:bold}</style></head><body><p><a href="${escapeHtml(deck.url)}" rel="noopener">${open}: ${escapeHtml(deck.title)}</a></p><ul>${lines}</ul></body></html>`;
}
