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
  for (const entry of menuEntries) {
    // The panel stands apart from the actions.
    if (entry.run.kind === 'panel') menu.addSeparator();
    menu.addItem(entry.label.es, entryFunction(entry));
  }
  menu.addToUi();
}

/** Installing the add-on from the store opens the menu in the document it was installed from. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** A menu item: runs its command with the defaults, then says how it went (toast) or what failed (alert). */
export function menu(entryId: string): RunReport | void {
  if (menuEntry(entryId)?.run.kind === 'panel') return showSidebar();
  const s = google();
  const report = runCommand(s, entryId);
  const ui = s.SpreadsheetApp.getUi();
  if (!report.ok) {
    ui.alert(report.error ?? '');
  } else if (report.deck) {
    // A link is only clickable in the sidebar: show it there with the run's result.
    showSidebar(report);
  } else {
    s.SpreadsheetApp.getActiveSpreadsheet().toast(report.summary.slice(0, 3).join('\n'), 'Cuentas Claras', 8);
  }
  return report;
}

/** Opens the sidebar (the shared panel), optionally showing a run's result. */
export function showSidebar(initial?: RunReport): void {
  const s = google();
  const html = s.HtmlService.createHtmlOutput(sidebarHtml(initial ?? null)).setTitle('Cuentas Claras');
  s.SpreadsheetApp.getUi().showSidebar(html);
}

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

/** The sidebar page: replaced by the shared panel's page when the build provides it. */
export function sidebarHtml(initial: RunReport | null): string {
  const state = JSON.stringify(initial).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><base target="_top"></head><body><script>window.__CC_INITIAL__=${state};</script><p>Cuentas Claras</p></body></html>`;
}
