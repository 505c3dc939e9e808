/**
 * The add-on menu: the shared menu registry of the spreadsheet hosts (core/actions/menu.ts, the
 * same entries as the Excel ribbon), each entry calling a generated top-level function. Adding an
 * action to the menu is adding its line to that registry; nothing changes here.
 */
import { menuEntries, menuEntry, type MenuEntry } from '../core/actions/menu';

/** The top-level function a menu entry calls (a generated stub in Code.js). */
export function entryFunction(entry: MenuEntry): string {
  return entry.run.kind === 'panel' ? 'ccShowSidebar' : `ccMenu_${entry.id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

export { menuEntries, menuEntry, type MenuEntry };
