/**
 * The template workbook as output sheets: an instructions sheet, then one empty sheet per input
 * spec with its headers, drop-down lists and column formats. Hosts only draw it.
 */
import type { Bilingual, Locale } from '../i18n';
import { headerCell, type NumberFormat, type OutputCell, type OutputSheet, type ValidationSpec } from '../output';
import { channelEnum, channels, type ColumnSpec, type ColumnType, type SheetSpec } from '../table';
import { normalizeName as normalizedHeader } from '../text';
import type { CellValue } from '../workbook';
import { a1Range } from '../workbook';
import { configOutputSheet, configSheet, type WorkbookConfig } from '../config';
import { defaultDefinitions, defaultGlossary } from '../deck/glossary';
import { indicatorIds, indicatorRegistry } from '../service/registry';
import { stages } from '../accountability/stages';
import { entityIsAnm, spacesSheet, spacesSheetFor, spaceTypeContextOf } from '../accountability/sheets';
import { canalesSheet, glossarySheet, logSheet, reportTextSheets, reportedSheet, serviceSheets, valueDeliveriesSheet } from './sheets';

/**
 * Rows (below the header) that carry drop-down lists. Not whole columns: exceljs expands a
 * validation range cell by cell when reading, so a million-row range would stall the CLI.
 */
export const templateDataRows = 1000;


const columnFormatOf: Partial<Record<ColumnType, NumberFormat>> = { count: 'count', percent: 'percent', date: 'date', number: 'decimal', month: 'month' };

/** The first user's names, which the template's `Configuración` carries (README: change them to your entity's). */
export const templateNames: Pick<WorkbookConfig, 'entity' | 'entityShort' | 'group' | 'groupShort'> = {
  entity: 'Agencia Nacional de Minería',
  entityShort: 'ANM',
  group: 'Grupo de Atención, Participación Ciudadana y Comunicaciones',
  groupShort: 'GAPCC',
};

/**
 * Drop-down lists of free-text columns whose valid values the tool knows: `Reportado`'s Indicador
 * (the indicator registry's names) and Canal (the channels or Total), the self-diagnosis Etapa (the
 * five stages), the Canal of `Entregas de valor`.
 */
function listOf(spec: SheetSpec, column: ColumnSpec, locale: Locale): readonly string[] | null {
  const sheet = spec.name.es;
  if (sheet === reportedSheet.name.es && column.key === 'indicator') return indicatorIds.map((id) => indicatorRegistry[id].name[locale]);
  if ((sheet === reportedSheet.name.es || sheet === valueDeliveriesSheet.name.es) && column.key === 'channel') {
    return sheet === reportedSheet.name.es ? [...channels, 'Total'] : [...channels];
  }
  if (column.key === 'stage' && /autodiagn/i.test(spec.name.es)) return stages.map((st) => st.name[locale]);
  return null;
}

const yesNo: Record<Locale, readonly string[]> = { es: ['Sí', 'No'], en: ['Yes', 'No'] };

const typeText: Record<ColumnType, Bilingual> = {
  month: { es: 'Mes: 2025-02, febrero 2025 o una fecha del mes', en: 'Month: 2025-02, February 2025 or a date in the month' },
  date: { es: 'Fecha: dd/mm/aaaa', en: 'Date: dd/mm/yyyy (day first)' },
  count: { es: 'Número entero (1.371 o 1371)', en: 'Whole number (1,371 or 1371)' },
  percent: { es: 'Porcentaje: 98,3 % o 0,983', en: 'Percentage: 98.3 % or 0.983' },
  number: { es: 'Número', en: 'Number' },
  yesno: { es: 'Sí / No', en: 'Yes / No' },
  channel: { es: 'Canal', en: 'Channel' },
  enum: { es: 'Uno de la lista', en: 'One of the list' },
  text: { es: 'Texto', en: 'Text' },
  raw: { es: 'Número o porcentaje, como se publicó', en: 'Number or percentage, as published' },
};

const words = {
  instructions: { es: 'Instrucciones', en: 'Instructions' },
  title: { es: 'Plantilla de Cuentas Claras', en: 'Cuentas Claras template' },
  intro: [
    {
      es: 'Llene cada hoja desde la fila 2: la fila 1 tiene los encabezados. Puede cambiar el orden de las columnas y agregar otras; las que no se conocen se ignoran.',
      en: 'Fill each sheet from row 2: row 1 holds the headers. Columns may be reordered and others added; unknown columns are ignored.',
    },
    {
      es: 'Números: 1.371 o 1371. Porcentajes: 98,3 % o 0,983. Fechas: día primero (dd/mm/aaaa). Las listas desplegables muestran los valores válidos.',
      en: 'Numbers: 1,371 or 1371. Percentages: 98.3 % or 0.983. Dates: day first (dd/mm/yyyy). Drop-down lists show the valid values.',
    },
    {
      es: 'La herramienta no cambia los datos de estas hojas: escribe sus resultados en hojas aparte y solo marca (color y nota) las celdas con problemas.',
      en: 'The tool never changes the data in these sheets: it writes its results to separate sheets and only marks (colour and note) the cells with problems.',
    },
  ],
  columnHeaders: { es: ['Columna', 'Tipo', 'Obligatoria', 'Notas'], en: ['Column', 'Type', 'Required', 'Notes'] },
  required: { es: 'Sí', en: 'Yes' },
  optional: { es: 'No', en: 'No' },
};

/** The allowed values of a column, or null when it takes free input. */
export function allowedValues(column: ColumnSpec, locale: Locale, spec?: SheetSpec): readonly string[] | null {
  const listed = spec ? listOf(spec, column, locale) : null;
  if (listed) return listed;
  if (column.type === 'channel') return channelEnum.values.map((v) => v.value);
  if (column.type === 'enum' && column.enumSpec) return column.enumSpec.values.map((v) => v.value);
  if (column.type === 'yesno') return yesNo[locale];
  return null;
}

function columnWidth(column: ColumnSpec, locale: Locale): number {
  const header = column.header[locale].length + 4;
  const wide = column.key === 'text' || column.key === 'definition' ? 90 : column.type === 'text' || column.type === 'enum' ? 24 : 14;
  return Math.min(90, Math.max(header, wide));
}

/** One empty input sheet of the template: bold frozen headers, drop-down lists, column formats. */
export function templateSheet(spec: SheetSpec, locale: Locale): OutputSheet {
  const validations: ValidationSpec[] = [];
  const columnFormats: Partial<Record<number, NumberFormat>> = {};
  spec.columns.forEach((column, c) => {
    const values = allowedValues(column, locale, spec);
    if (values) validations.push({ range: a1Range(1, c, templateDataRows, c), values });
    const format = column.display ?? columnFormatOf[column.type];
    if (format) columnFormats[c] = format;
  });
  return {
    name: spec.name[locale],
    rows: [spec.columns.map((column) => headerCell(column.header[locale]))],
    columnWidths: spec.columns.map((column) => columnWidth(column, locale)),
    freezeRows: 1,
    validations,
    columnFormats,
  };
}

function typeDescription(column: ColumnSpec, locale: Locale): string {
  const values = allowedValues(column, locale);
  if (column.type === 'yesno' || !values) return typeText[column.type][locale];
  return `${typeText[column.type][locale]}: ${values.join(', ')}`;
}

/** The instructions sheet, generated from the specs: each sheet, its columns, whether required, notes. */
export function instructionsSheet(specs: readonly SheetSpec[], locale: Locale): OutputSheet {
  const minimum =
    locale === 'es'
      ? `Para el informe de servicio basta la hoja «${canalesSheet.name.es}» o el registro «${logSheet.name.es}»; las demás hojas son opcionales.`
      : `The service report needs only the «${canalesSheet.name.en}» sheet or the «${logSheet.name.en}» log; every other sheet is optional.`;
  const rows: OutputCell[][] = [[{ value: words.title[locale], bold: true }], ...words.intro.map((t) => [t[locale]]), [minimum]];
  for (const spec of specs) {
    const name = spec.name[locale];
    rows.push([], [{ ...headerCell(name), link: { sheet: name, cell: 'A1' } }]);
    rows.push(words.columnHeaders[locale].map((h) => ({ value: h, bold: true })));
    for (const column of spec.columns) {
      const required = column.required || column.requiredValue;
      rows.push([column.header[locale], typeDescription(column, locale), (required ? words.required : words.optional)[locale], column.note?.[locale] ?? null]);
    }
  }
  return { name: words.instructions[locale], rows, columnWidths: [32, 48, 13, 60] };
}

/** A sheet of example rows (as in examples/data): its name and rows, header first. */
export interface ExampleRows {
  name: string;
  rows: CellValue[][];
}

export interface TemplateOptions {
  /** Rows to fill in, by sheet (the example's); columns are matched by header. */
  examples?: readonly ExampleRows[];
  /** The names `Configuración` carries (default the first user's, templateNames); they decide the `Tipo de espacio` list. */
  names?: Partial<Pick<WorkbookConfig, 'entity' | 'entityShort' | 'group' | 'groupShort'>>;
}

/**
 * Every sheet of the template workbook: instructions, `Configuración` (with the first user's
 * names), the service input sheets, the report's text sheets (`Glosario` with the default
 * definitions), then `extraSpecs` (accountability); with `examples`, their rows filled in.
 */
export function buildTemplateSheets(locale: Locale, extraSpecs: readonly SheetSpec[] = [], options: TemplateOptions = {}): OutputSheet[] {
  const names = options.names ? { entity: null, entityShort: null, group: null, groupShort: null, ...options.names } : templateNames;
  // `Espacios RdC` lists the entity's types: ANM's own programme only in an ANM template.
  const specs = [...serviceSheets, ...reportTextSheets, ...extraSpecs].map((spec) => (spec === spacesSheet ? spacesSheetFor(spaceTypeContextOf({ names })) : spec));
  // The example is ANM's report: another entity's template says its own names (or «la entidad»), never ANM's.
  const anm = entityIsAnm(spaceTypeContextOf({ names }));
  const sheets = specs.map((spec) => {
    const sheet = templateSheet(spec, locale);
    const example = options.examples?.find((e) => normalizedHeader(e.name) === normalizedHeader(spec.name.es) || normalizedHeader(e.name) === normalizedHeader(spec.name.en));
    // ANM's glossary as printed defines ANM's channels; another entity starts from the default definitions.
    if (example && !anm && spec === glossarySheet) return withRows(sheet, spec, defaultGlossaryRows(locale), locale);
    if (example) return withRows(sheet, spec, anm ? example.rows : example.rows.map((row) => row.map((v) => (typeof v === 'string' ? exampleTextFor(v, names) : v))), locale);
    if (spec === glossarySheet) return withRows(sheet, spec, defaultGlossaryRows(locale), locale);
    return sheet;
  });
  return [instructionsSheet([configSheet, ...specs], locale), configOutputSheet({ ...names, locale }, locale), ...sheets];
}

/**
 * An example text of ANM's report said for another entity: ANM's name, acronym, group and contact
 * e-mail become the configured names, or «la entidad» / «el grupo» when there are none
 * (`usuarios de la ANM` → `usuarios de la SIC`). A cell that is only `ANM` (a `Reportado` Canal) is
 * the entity total: the acronym, or `Total`.
 */
export function exampleTextFor(text: string, names: { entity: string | null; entityShort: string | null; group: string | null; groupShort: string | null }): string {
  if (text.trim() === templateNames.entityShort) return names.entityShort ?? 'Total';
  const named = (value: string | null, generic: string) => (la: string | undefined) => (value ? `${la ?? ''}${value}` : generic);
  const entity = named(names.entity, 'la entidad');
  const entityShort = named(names.entityShort, 'la entidad');
  const group = named(names.group, 'el grupo de atención');
  const groupShort = named(names.groupShort, 'el grupo de atención');
  return text
    // The example scores are ANM's: said for another entity they are only an illustration to replace.
    .replace(/reproduce la calificación publicada por ANM/g, 'reemplácelo por la calificación de la entidad')
    .replace(/correo\s+[\w.-]+@anm\.gov\.co/gi, 'correo de contacto')
    .replace(/[\w.-]+@anm\.gov\.co/gi, 'el correo de contacto')
    .replace(/(el )?Grupo de Atención, Participación Ciudadana y Comunicaciones/g, (_m, el?: string) => group(el))
    .replace(/(el )?\bGAPCC\b/g, (_m, el?: string) => groupShort(el))
    .replace(/(la )?Agencia Nacional de Minería/g, (_m, la?: string) => entity(la))
    .replace(/(la )?\bANM\b/g, (_m, la?: string) => entityShort(la));
}

/** The default definitions as `Glosario` rows (header first), so people see what to edit. */
function defaultGlossaryRows(locale: Locale): CellValue[][] {
  return [
    [glossarySheet.columns[0].header[locale], glossarySheet.columns[1].header[locale]],
    ...defaultGlossary.map((g) => [g.term[locale], g.definition[locale]]),
    ...Object.values(defaultDefinitions).map((g) => [g.term[locale], g.definition[locale]]),
  ];
}

/** A template sheet with rows below its header: each example column goes under the template column of the same header. */
function withRows(sheet: OutputSheet, spec: SheetSpec, rows: readonly CellValue[][], locale: Locale): OutputSheet {
  const [header, ...body] = rows;
  const target = (h: CellValue) => spec.columns.findIndex((c) => [c.header.es, c.header.en, ...(c.aliases ?? [])].some((n) => normalizedHeader(n) === normalizedHeader(String(h ?? ''))));
  const map = (header ?? []).map(target);
  const out: OutputCell[][] = body.map((row) => {
    const cells: OutputCell[] = spec.columns.map(() => null);
    row.forEach((v, i) => {
      const c = map[i];
      if (c === undefined || c < 0) return;
      cells[c] = exampleCell(v, spec.columns[c], locale);
    });
    return cells;
  });
  return { ...sheet, rows: [...sheet.rows, ...out] };
}

/** An example value as a template cell: dates as dates or months, fractions of `%` columns as points, counts formatted. */
function exampleCell(v: CellValue, column: ColumnSpec, locale: Locale): OutputCell {
  void locale;
  if (v === null || v === undefined || v === '') return null;
  if (v instanceof Date) {
    const iso = v.toISOString().slice(0, 10);
    return { value: iso, format: column.type === 'month' ? 'month' : 'date' };
  }
  if (typeof v === 'number') {
    if (column.type === 'percent') return { value: Math.abs(v) <= 1 ? Number((v * 100).toPrecision(12)) : v, format: 'percent' };
    if (column.type === 'count') return { value: v, format: 'count' };
    if (column.type === 'number') return { value: v, format: column.display ?? 'decimal' };
    return v;
  }
  if (typeof v === 'boolean') return v ? 'Sí' : 'No';
  return v;
}
