/**
 * The workbook's settings (workbook.md, `Configuración`): the entity's and group's names, the
 * `unusual-change` threshold, the cut-off date, the self-diagnosis total rule and the language.
 * Read from an optional two-column sheet (`Parámetro`, `Valor`); command-line options and the hosts'
 * panels override it; `planConfigEdit` plans the panel's edit of the sheet. Nothing here assumes an
 * entity: without a name the outputs say "la entidad" / "Total entidad".
 */
import type { CellValue, RawWorkbook } from '../workbook';
import { a1 } from '../workbook';
import type { Bilingual, Locale } from '../i18n';
import { makeFinding, type Finding } from '../findings';
import { closest, normalizeName } from '../text';
import { displayRaw, isBlank, parseDate, readPercentCell, readTable, type SheetSpec } from '../table';
import { headerCell, type OutputCell, type OutputSheet, type ValidationSpec } from '../output';

/** The self-diagnosis total rule (accountability.md); mirrors core/accountability's `TotalRule`. */
export type ConfigTotalRule = 'actividades' | 'etapas';

const col = <const K extends string, const T extends 'text' | 'raw'>(c: { key: K; header: Bilingual; aliases?: readonly string[]; type: T; required?: boolean; requiredValue?: boolean; note?: Bilingual }) => c;

/** The `Configuración` sheet: one row per parameter. */
export const configSheet = {
  name: { es: 'Configuración', en: 'Settings' },
  aliases: ['Configuracion', 'Parámetros', 'Configuration', 'Config'],
  columns: [
    col({ key: 'parameter', header: { es: 'Parámetro', en: 'Parameter' }, type: 'text', required: true, requiredValue: true }),
    // Raw: a parameter's type decides how its value reads (a name, a date, a percentage).
    col({ key: 'value', header: { es: 'Valor', en: 'Value' }, type: 'raw', required: true }),
  ],
} as const satisfies SheetSpec;

export type ConfigKey = 'entity' | 'entityShort' | 'group' | 'groupShort' | 'unusualChangeThreshold' | 'cutoff' | 'totalRule' | 'locale' | 'extraSpaceTypes';

/** One parameter of the sheet: its row name, what it takes and what applies when it is absent. */
export interface ConfigParameter {
  key: ConfigKey;
  name: Bilingual;
  aliases: readonly string[];
  kind: 'text' | 'percent' | 'date' | 'totalRule' | 'locale' | 'list';
  /** For the template and the README: what the value is and its default. */
  note: Bilingual;
}

/** The parameters, in the template's order (workbook.md). */
export const configParameters: readonly ConfigParameter[] = [
  {
    key: 'entity', kind: 'text', name: { es: 'Entidad', en: 'Entity' }, aliases: ['Nombre de la entidad', 'Entity name'],
    note: { es: 'nombre completo, en la portada y el cierre (vacío: «la entidad»)', en: 'full name, on the cover and the closing slide (blank: “the entity”)' },
  },
  {
    key: 'entityShort', kind: 'text', name: { es: 'Sigla de la entidad', en: 'Entity acronym' }, aliases: ['Sigla', 'Sigla entidad', 'Acronym'],
    note: { es: 'en tablas y tarjetas: «Total» y la sigla (vacío: el nombre, o «Total entidad»)', en: 'in tables and cards: the acronym and “total” (blank: the name, or “Entity total”)' },
  },
  {
    key: 'group', kind: 'text', name: { es: 'Grupo', en: 'Group' }, aliases: ['Dependencia', 'Área', 'Nombre del grupo', 'Group name'],
    note: { es: 'el grupo o dependencia que presenta el informe (vacío: no se muestra)', en: 'the group or office presenting the report (blank: not shown)' },
  },
  {
    key: 'groupShort', kind: 'text', name: { es: 'Sigla del grupo', en: 'Group acronym' }, aliases: ['Sigla grupo', 'Sigla de la dependencia'],
    note: { es: 'en el pie de las diapositivas y en Entregas de valor', en: 'in the slides’ footer and on the value-delivery slides' },
  },
  {
    key: 'unusualChangeThreshold', kind: 'percent', name: { es: 'Umbral de variación', en: 'Change threshold' }, aliases: ['Umbral de cambio', 'Umbral de cambio inusual', 'Unusual change threshold'],
    note: { es: 'cambio mensual de un canal, en %, desde el cual se avisa (por omisión 50 %)', en: 'a channel’s monthly change, in %, from which it is flagged (default 50 %)' },
  },
  {
    key: 'cutoff', kind: 'date', name: { es: 'Fecha de corte', en: 'Cut-off date' }, aliases: ['Corte', 'Cutoff'],
    note: { es: 'dd/mm/aaaa; por omisión, el último día del mes del informe', en: 'dd/mm/yyyy; default the last day of the report’s month' },
  },
  {
    key: 'totalRule', kind: 'totalRule', name: { es: 'Regla del total', en: 'Total rule' }, aliases: ['Regla total', 'Regla del total del autodiagnóstico'],
    note: { es: 'actividades o etapas (por omisión actividades)', en: 'actividades or etapas (default actividades)' },
  },
  {
    key: 'locale', kind: 'locale', name: { es: 'Idioma', en: 'Language' }, aliases: ['Lengua'],
    note: { es: 'es o en (por omisión es)', en: 'es or en (default es)' },
  },
  {
    key: 'extraSpaceTypes', kind: 'list', name: { es: 'Tipos de espacio adicionales', en: 'Additional space types' }, aliases: ['Tipos de espacio', 'Otros tipos de espacio', 'Extra space types'],
    note: { es: 'tipos de espacio propios de la entidad para «Espacios RdC», separados por comas (p. ej. «Caravana regional, Café con el director»)', en: 'the entity’s own space types for “Espacios RdC”, comma-separated' },
  },
];

/** The settings a workbook gives; null where it says nothing (or nothing readable). */
export interface WorkbookConfig {
  entity: string | null;
  entityShort: string | null;
  group: string | null;
  groupShort: string | null;
  /** Points (50 = 50 %). */
  unusualChangeThreshold: number | null;
  /** `YYYY-MM-DD`. */
  cutoff: string | null;
  totalRule: ConfigTotalRule | null;
  locale: Locale | null;
  /** The entity's own `Tipo de espacio` values, as written (accountability.md's list plus these). */
  extraSpaceTypes: readonly string[] | null;
}

export const emptyConfig: WorkbookConfig = {
  entity: null, entityShort: null, group: null, groupShort: null, unusualChangeThreshold: null, cutoff: null, totalRule: null, locale: null, extraSpaceTypes: null,
};

/** The names shown on slides and sheets. */
export type EntityNames = Pick<WorkbookConfig, 'entity' | 'entityShort' | 'group' | 'groupShort'>;

export const noNames: EntityNames = { entity: null, entityShort: null, group: null, groupShort: null };

const parameterByName = new Map<string, ConfigParameter>();
for (const p of configParameters) for (const n of [p.name.es, p.name.en, ...p.aliases]) parameterByName.set(normalizeName(n), p);

const totalRuleWords: Record<string, ConfigTotalRule> = { actividades: 'actividades', activities: 'actividades', etapas: 'etapas', stages: 'etapas' };
const localeWords: Record<string, Locale> = { es: 'es', espanol: 'es', 'es-co': 'es', spanish: 'es', en: 'en', ingles: 'en', english: 'en', 'en-us': 'en' };

export interface ConfigReading {
  /** The sheet's name as written, or null when the workbook has none. */
  sheetName: string | null;
  config: WorkbookConfig;
  /** The A1 address of each given parameter's `Valor` cell (for the panel's edits and links). */
  cells: Partial<Record<ConfigKey, string>>;
  /** Rows (1-based) of each parameter, for the panel's edits. */
  rows: Partial<Record<ConfigKey, number>>;
  findings: Finding[];
}

/**
 * Reads `Configuración`. An unknown parameter, a repeated one or an unreadable value is a finding
 * naming its cell, and that parameter keeps its default; a blank value is no setting.
 */
export function readConfig(workbook: RawWorkbook, locale: Locale = 'es'): ConfigReading {
  const table = readTable(workbook, configSheet, locale);
  const out: ConfigReading = { sheetName: table.sheetName, config: { ...emptyConfig }, cells: {}, rows: {}, findings: [...table.findings] };
  if (!table.sheetName) return out;
  const sheet = table.sheetName;
  const valueColumn = table.columns.value;
  const raw = workbook.sheets.find((s) => s.name === sheet)!;
  const parameterHeader = configSheet.columns[0].header[locale];
  const valueHeader = configSheet.columns[1].header[locale];
  for (const row of table.rows) {
    const name = row.values.parameter;
    if (!name) continue;
    const parameter = parameterByName.get(normalizeName(name.value));
    if (!parameter) {
      const allowed = configParameters.map((p) => p.name[locale]);
      out.findings.push(
        makeFinding('unknown-value', {
          sheet, cell: name.cell,
          params: { column: parameterHeader, value: name.value, allowed: allowed.join(', ') },
          suggestion: closest(name.value, allowed) ?? null,
        }, locale),
      );
      continue;
    }
    if (out.rows[parameter.key] !== undefined) {
      out.findings.push(
        makeFinding('duplicate-row', { sheet, cell: name.cell, params: { row: row.row, firstRow: out.rows[parameter.key]!, key: parameter.name[locale] } }, locale),
      );
      continue;
    }
    out.rows[parameter.key] = row.row;
    if (valueColumn === undefined) continue;
    const cell = a1(row.row - 1, valueColumn);
    out.cells[parameter.key] = cell;
    const value: CellValue = raw.values[row.row - 1]?.[valueColumn];
    if (isBlank(value)) continue;
    const percentFormatted = raw.formatOf?.(row.row - 1, valueColumn) === 'percent';
    const read = readParameter(parameter, value, percentFormatted);
    if (read.ok) {
      (out.config as unknown as Record<string, unknown>)[parameter.key] = read.value;
      continue;
    }
    const at = { sheet, cell, params: { column: `${valueHeader} (${parameter.name[locale]})`, value: displayRaw(value) } };
    if (read.problem === 'enum') {
      out.findings.push(
        makeFinding('unknown-value', { ...at, params: { ...at.params, allowed: read.allowed.join(', ') }, suggestion: closest(displayRaw(value), read.allowed) ?? null }, locale),
      );
    } else {
      out.findings.push(makeFinding(read.problem === 'date' ? 'invalid-date' : read.problem === 'number' ? 'invalid-number' : 'percent-out-of-range', at, locale));
    }
  }
  return out;
}

type ParameterRead = { ok: true; value: string | number | readonly string[] } | { ok: false; problem: 'date' | 'number' | 'range' } | { ok: false; problem: 'enum'; allowed: string[] };

function readParameter(parameter: ConfigParameter, value: CellValue, percentFormatted: boolean): ParameterRead {
  switch (parameter.kind) {
    case 'text':
      return { ok: true, value: displayRaw(value).trim() };
    case 'date': {
      const d = parseDate(value);
      return d.kind === 'ok' ? { ok: true, value: d.value } : { ok: false, problem: 'date' };
    }
    case 'percent': {
      const p = readPercentCell(value);
      if (p.kind !== 'points' && p.kind !== 'bare') return { ok: false, problem: 'number' };
      // A %-formatted cell holds a fraction (0,5 shown as 50 %); anything else is points.
      const points = p.kind === 'bare' && percentFormatted ? p.value * 100 : p.value;
      return points > 0 && points <= 100 ? { ok: true, value: Number(points.toPrecision(12)) } : { ok: false, problem: 'range' };
    }
    case 'totalRule': {
      const rule = totalRuleWords[normalizeName(displayRaw(value))];
      return rule ? { ok: true, value: rule } : { ok: false, problem: 'enum', allowed: ['actividades', 'etapas'] };
    }
    case 'locale': {
      const l = localeWords[normalizeName(displayRaw(value))];
      return l ? { ok: true, value: l } : { ok: false, problem: 'enum', allowed: ['es', 'en'] };
    }
    case 'list': {
      // Comma- or semicolon-separated; repeats (as matched: case, accents, spaces) kept once.
      const seen = new Set<string>();
      const items = displayRaw(value).split(/[,;]/).map((t) => t.trim()).filter((t) => t && !seen.has(normalizeName(t)) && seen.add(normalizeName(t)));
      return { ok: true, value: items };
    }
  }
}

/** Later sources win where they say something: `mergeConfig(workbook, commandLine)`. */
export function mergeConfig(...sources: Partial<WorkbookConfig>[]): WorkbookConfig {
  const out: WorkbookConfig = { ...emptyConfig };
  for (const s of sources) {
    for (const [k, v] of Object.entries(s) as [ConfigKey, unknown][]) {
      if (v !== null && v !== undefined && v !== '') (out as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return out;
}

/** The entity's short label for tables and cards: its acronym, else its name, else `entidad` / `entity`. */
export function entityLabel(names: EntityNames, locale: Locale): string {
  return names.entityShort ?? names.entity ?? (locale === 'es' ? 'entidad' : 'entity');
}

/** The entity-wide row of a table: `Total ANM` / `Total entidad` (`ANM total` / `Entity total`). */
export function entityTotalLabel(names: EntityNames, locale: Locale): string {
  const named = names.entityShort ?? names.entity;
  if (locale === 'es') return `Total ${named ?? 'entidad'}`;
  return named ? `${named} total` : 'Entity total';
}

/** The entity as named mid-sentence: its acronym or name as written, else `la entidad` / `the entity`. */
export function entityInText(names: EntityNames, locale: Locale): string {
  return names.entityShort ?? names.entity ?? (locale === 'es' ? 'la entidad' : 'the entity');
}

/** `2025-02` → `2025-02-28`: the last day of a month (a monthly report's default cut-off). */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/**
 * The cut-off date that applies: the one given (command line, panel, `Configuración`), else the
 * last day of the report's month, else today (`YYYY-MM-DD`) when the workbook has no months.
 */
export function resolveCutoff(given: string | null | undefined, reportMonth: string | null, today: string): string {
  if (given) return given;
  return reportMonth ? lastDayOfMonth(reportMonth) : today;
}

/** One cell a host writes to apply a settings edit (a value of `null` empties the cell). */
export interface ConfigCellWrite {
  cell: string;
  value: string | number | null;
}

/**
 * What a panel does to save settings: create the sheet when absent, else write only the cells of
 * the parameters that change (appending a row for a parameter the sheet lacks). The user's other
 * rows and columns are never touched.
 */
export type ConfigEdit = { kind: 'create'; sheet: OutputSheet } | { kind: 'update'; sheet: string; writes: ConfigCellWrite[] } | { kind: 'none' };

/** The cell value a parameter is written as (dates day-first, as the workbook reads them; percentages in points). */
export function configCellValue(key: ConfigKey, value: WorkbookConfig[ConfigKey]): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object') return value.length ? value.join(', ') : null;
  if (key === 'cutoff' && typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return value;
}

/** The `Configuración` sheet with the given settings (blank values where none), for the template and new workbooks. */
export function configOutputSheet(config: Partial<WorkbookConfig>, locale: Locale): OutputSheet {
  const rows: OutputCell[][] = [[headerCell(configSheet.columns[0].header[locale]), headerCell(configSheet.columns[1].header[locale]), headerCell(locale === 'es' ? 'Notas' : 'Notes')]];
  for (const p of configParameters) rows.push([p.name[locale], configCellValue(p.key, config[p.key] ?? null), p.note[locale]]);
  return { name: configSheet.name[locale], rows, columnWidths: [24, 44, 78], freezeRows: 1, validations: configValidations() };
}

/** Drop-downs of the two parameters that take a word from a list (their row's Valor cell). */
function configValidations(): ValidationSpec[] {
  const row = (key: ConfigKey) => configParameters.findIndex((p) => p.key === key) + 1;
  return [
    { range: a1(row('totalRule'), 1), values: ['actividades', 'etapas'] },
    { range: a1(row('locale'), 1), values: ['es', 'en'] },
  ];
}

/** Plans saving `changes` into the workbook's `Configuración` sheet (see ConfigEdit). */
export function planConfigEdit(workbook: RawWorkbook, changes: Partial<WorkbookConfig>, locale: Locale = 'es'): ConfigEdit {
  const reading = readConfig(workbook, locale);
  if (!reading.sheetName) return { kind: 'create', sheet: configOutputSheet(changes, locale) };
  const raw = workbook.sheets.find((s) => s.name === reading.sheetName)!;
  const header = (raw.values[0] ?? []).map((h) => (isBlank(h) ? '' : normalizeName(displayRaw(h))));
  const valueColumn = header.findIndex((h) => h === normalizeName(configSheet.columns[1].header.es) || h === normalizeName(configSheet.columns[1].header.en));
  const parameterColumn = header.findIndex((h) => h === normalizeName(configSheet.columns[0].header.es) || h === normalizeName(configSheet.columns[0].header.en));
  const writes: ConfigCellWrite[] = [];
  let nextRow = raw.values.length; // 0-based index of the first row after the used range
  for (const p of configParameters) {
    if (!(p.key in changes)) continue;
    const value = configCellValue(p.key, changes[p.key] ?? null);
    const row = reading.rows[p.key];
    if (row !== undefined && valueColumn >= 0) {
      const current = raw.values[row - 1]?.[valueColumn];
      if ((isBlank(current) && value === null) || (!isBlank(current) && displayRaw(current) === String(value))) continue;
      writes.push({ cell: a1(row - 1, valueColumn), value });
    } else if (value !== null && parameterColumn >= 0 && valueColumn >= 0) {
      writes.push({ cell: a1(nextRow, parameterColumn), value: p.name[locale] }, { cell: a1(nextRow, valueColumn), value });
      nextRow++;
    }
  }
  return writes.length ? { kind: 'update', sheet: reading.sheetName, writes } : { kind: 'none' };
}
