/**
 * The template workbook as output sheets: an instructions sheet, then one empty sheet per input
 * spec with its headers, drop-down lists and column formats. Hosts only draw it.
 */
import type { Bilingual, Locale } from '../i18n';
import { headerCell, type NumberFormat, type OutputCell, type OutputSheet, type ValidationSpec } from '../output';
import { channelEnum, type ColumnSpec, type ColumnType, type SheetSpec } from '../table';
import { a1Range } from '../workbook';
import { canalesSheet, logSheet, serviceSheets } from './sheets';

/**
 * Rows (below the header) that carry drop-down lists. Not whole columns: exceljs expands a
 * validation range cell by cell when reading, so a million-row range would stall the CLI.
 */
export const templateDataRows = 1000;


const columnFormatOf: Partial<Record<ColumnType, NumberFormat>> = { count: 'count', percent: 'percent', date: 'date', number: 'decimal' };

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
export function allowedValues(column: ColumnSpec, locale: Locale): readonly string[] | null {
  if (column.type === 'channel') return channelEnum.values.map((v) => v.value);
  if (column.type === 'enum' && column.enumSpec) return column.enumSpec.values.map((v) => v.value);
  if (column.type === 'yesno') return yesNo[locale];
  return null;
}

function columnWidth(column: ColumnSpec, locale: Locale): number {
  const header = column.header[locale].length + 4;
  const wide = column.type === 'text' || column.type === 'enum' ? 24 : 14;
  return Math.min(40, Math.max(header, wide));
}

/** One empty input sheet of the template: bold frozen headers, drop-down lists, column formats. */
export function templateSheet(spec: SheetSpec, locale: Locale): OutputSheet {
  const validations: ValidationSpec[] = [];
  const columnFormats: Partial<Record<number, NumberFormat>> = {};
  spec.columns.forEach((column, c) => {
    const values = allowedValues(column, locale);
    if (values) validations.push({ range: a1Range(1, c, templateDataRows, c), values });
    const format = columnFormatOf[column.type];
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

/** Every sheet of the template workbook: instructions, the service input sheets, then `extraSpecs` (accountability). */
export function buildTemplateSheets(locale: Locale, extraSpecs: readonly SheetSpec[] = []): OutputSheet[] {
  const specs = [...serviceSheets, ...extraSpecs];
  return [instructionsSheet(specs, locale), ...specs.map((spec) => templateSheet(spec, locale))];
}
