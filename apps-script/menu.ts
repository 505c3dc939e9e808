/**
 * The add-on menu, drawn from the core's action registry: every action of `core/actions` gets an
 * item (a new action appears with its title; a shorter menu label is one line in `menuLabels`),
 * plus the host commands that are not actions: everything, clear marks, insert template, panel.
 */
import { actions } from '../core/actions';
import type { Bilingual } from '../core/i18n';

export type MenuCommandKind = 'actions' | 'clearMarks' | 'template' | 'panel';

export interface MenuCommand {
  /** The command: a core action's CLI command (`indicadores`…), `todo`, `borrar-marcas`, `plantilla` or `panel`. */
  id: string;
  kind: MenuCommandKind;
  title: Bilingual;
  /** The top-level function the menu item calls (a generated stub in Code.js). */
  entry: string;
}

/** Menu labels where the action's own title is longer than a menu item should be. */
const menuLabels: Partial<Record<string, Bilingual>> = {
  diapositivas: { es: 'Diapositivas del mes', en: 'Slides of the month' },
  autodiagnostico: { es: 'Autodiagnóstico', en: 'Self-diagnosis' },
  espacios: { es: 'Espacios', en: 'Accountability spaces' },
};

const entryOf = (id: string) => `ccMenu_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

const clearMarksCommand: MenuCommand = { id: 'borrar-marcas', kind: 'clearMarks', title: { es: 'Borrar marcas', en: 'Clear marks' }, entry: entryOf('borrar-marcas') };

/** Every menu command, in menu order: the actions (clear marks right after the check), everything, template, panel. */
export const menuCommands: readonly MenuCommand[] = [
  ...actions.flatMap((a): MenuCommand[] => {
    const item: MenuCommand = { id: a.command, kind: 'actions', title: menuLabels[a.command] ?? a.title, entry: entryOf(a.command) };
    return a.id === 'checks' ? [item, clearMarksCommand] : [item];
  }),
  { id: 'todo', kind: 'actions', title: { es: 'Todo', en: 'Everything' }, entry: entryOf('todo') },
  { id: 'plantilla', kind: 'template', title: { es: 'Insertar plantilla', en: 'Insert template' }, entry: entryOf('plantilla') },
  { id: 'panel', kind: 'panel', title: { es: 'Abrir panel', en: 'Open panel' }, entry: 'ccShowSidebar' },
];

/** The command of an id, or undefined. */
export function menuCommand(id: string): MenuCommand | undefined {
  return menuCommands.find((c) => c.id === id);
}
