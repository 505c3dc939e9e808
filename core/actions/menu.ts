/**
 * The menu of the spreadsheet hosts: one entry per button of the Excel ribbon tab, the task pane
 * and the Google Sheets menu, in that order. Hosts draw their menus from this list and run each
 * entry the same way; adding an action to the menus is adding one line here.
 */
import type { Bilingual } from '../i18n';

/**
 * What an entry does: `command` runs `actionsForCommand(command)` (the CLI's command of the same
 * name); `clearMarks` restores the cells the last check marked; `template` adds the missing input
 * sheets; `panel` only opens the side panel.
 */
export type MenuRun = { kind: 'command'; command: string } | { kind: 'clearMarks' } | { kind: 'template' } | { kind: 'panel' };

/** Groups of the ribbon tab (and submenus where a host has them). */
export type MenuGroup = 'service' | 'accountability' | 'workbook';

export const menuGroups: Record<MenuGroup, Bilingual> = {
  service: { es: 'Informe de servicio', en: 'Service report' },
  accountability: { es: 'Rendición de cuentas', en: 'Accountability' },
  workbook: { es: 'Libro', en: 'Workbook' },
};

export interface MenuEntry {
  /** Stable id: ribbon control ids and function names derive from it (ASCII, camelCase). */
  id: string;
  group: MenuGroup;
  label: Bilingual;
  /** One sentence for the tooltip. */
  tip: Bilingual;
  run: MenuRun;
  /** Options the entry uses, so a panel shows only those (month, cut-off, total rule). */
  options?: readonly ('month' | 'cutoff' | 'totalRule')[];
}

const command = (name: string): MenuRun => ({ kind: 'command', command: name });

/** Every menu entry, in ribbon order. */
export const menuEntries: readonly MenuEntry[] = [
  { id: 'indicators', group: 'service', label: { es: 'Calcular indicadores', en: 'Compute indicators' }, tip: { es: 'Calcula los indicadores del informe de servicio en la hoja Indicadores.', en: 'Computes the service report indicators into the Indicators sheet.' }, run: command('indicadores') },
  { id: 'checks', group: 'service', label: { es: 'Revisar consistencia', en: 'Check consistency' }, tip: { es: 'Revisa las cifras, marca las celdas con problemas y lista los hallazgos.', en: 'Checks the figures, marks the cells with problems and lists the findings.' }, run: command('revisar') },
  { id: 'clearMarks', group: 'service', label: { es: 'Borrar marcas', en: 'Clear marks' }, tip: { es: 'Devuelve a las celdas marcadas su color y su nota originales.', en: 'Gives the marked cells back their original fill and note.' }, run: { kind: 'clearMarks' } },
  { id: 'deck', group: 'service', label: { es: 'Diapositivas del mes', en: 'Monthly slides' }, tip: { es: 'Arma las diapositivas del informe del mes (PowerPoint).', en: 'Builds the month’s report slides (PowerPoint).' }, run: command('diapositivas'), options: ['month', 'cutoff', 'totalRule'] },
  { id: 'pqrsd', group: 'service', label: { es: 'Vencimientos PQRSD', en: 'PQRSD due dates' }, tip: { es: 'Calcula el vencimiento de cada PQRSD en días hábiles, su estado y los indicadores de oportunidad.', en: 'Computes each PQRSD due date in business days, its status and the timeliness indicators.' }, run: command('pqrsd'), options: ['cutoff'] },
  { id: 'selfDiagnosis', group: 'accountability', label: { es: 'Autodiagnóstico', en: 'Self-diagnosis' }, tip: { es: 'Califica el autodiagnóstico de rendición de cuentas del DAFP.', en: 'Scores the DAFP accountability self-diagnosis.' }, run: command('autodiagnostico'), options: ['totalRule'] },
  { id: 'spaces', group: 'accountability', label: { es: 'Espacios de rendición de cuentas', en: 'Accountability spaces' }, tip: { es: 'Construye la línea base de los espacios de rendición de cuentas.', en: 'Builds the accountability spaces baseline.' }, run: command('espacios'), options: ['cutoff'] },
  { id: 'all', group: 'workbook', label: { es: 'Todo', en: 'Everything' }, tip: { es: 'Ejecuta todas las acciones.', en: 'Runs every action.' }, run: command('todo'), options: ['month', 'cutoff', 'totalRule'] },
  { id: 'template', group: 'workbook', label: { es: 'Insertar plantilla', en: 'Insert template' }, tip: { es: 'Agrega las hojas de datos que faltan, con encabezados y listas; no toca las hojas que ya existen.', en: 'Adds the missing input sheets with headers and lists; never touches existing sheets.' }, run: { kind: 'template' } },
  { id: 'panel', group: 'workbook', label: { es: 'Abrir panel', en: 'Open panel' }, tip: { es: 'Abre el panel de Cuentas Claras con las opciones y los hallazgos.', en: 'Opens the Cuentas Claras panel with options and findings.' }, run: { kind: 'panel' } },
];

/** The entry of an id, or undefined. */
export function menuEntry(id: string): MenuEntry | undefined {
  return menuEntries.find((e) => e.id === id);
}
