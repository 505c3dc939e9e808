/**
 * The accountability input sheets (accountability.md): `Autodiagnóstico RdC`, `Niveles RdC` and
 * `Espacios RdC`. The `plantilla` command writes them; the readers read them.
 */
import type { ColumnSpec, EnumSpec, SheetSpec } from '../table';
import { normalizeName } from '../text';

const col = <K extends string, T extends ColumnSpec['type']>(c: ColumnSpec<K, T>) => c;

/**
 * The types of accountability space of the contract (accountability.md, from ANM's strategy), as
 * shown to users. `ANM Activa la Región` is ANM's own programme: offered and accepted only where the
 * entity is ANM (spaceTypesFor).
 */
export const contractSpaceTypes = [
  'Audiencia pública de rendición de cuentas',
  'Audiencia pública de participación de terceros',
  'Evento',
  'Espacio de diálogo',
  'Espacio de publicación de información',
  'Contacto ciudadano',
] as const;

/** ANM's regional programme, a space type of ANM only. */
export const anmProgramType = 'ANM Activa la Región';

/**
 * The forms of dialogue of DAFP's *Manual Único de Rendición de Cuentas* (MURC) that the contract's
 * list does not name: every agency may use them (foros, ferias de servicio / de la transparencia,
 * mesas de diálogo / de trabajo, encuentros / diálogos ciudadanos). Kept as types of their own so
 * the baseline counts them as the agency reports them.
 */
export const dafpSpaceTypes = ['Foro', 'Feria de servicio', 'Mesa de diálogo', 'Encuentro ciudadano'] as const;

/** Every type the tool knows (an entity's own types come on top, from `Configuración`). */
export const spaceTypes = [...contractSpaceTypes, anmProgramType, ...dafpSpaceTypes] as const;
export type SpaceType = string;

const knownSpaceTypeOptions: { value: string; aliases: string[] }[] = [
  // `Audiencia pública` alone is the MURC's accountability hearing (audiencia pública participativa).
  { value: 'Audiencia pública de rendición de cuentas', aliases: ['Audiencia de rendición de cuentas', 'Audiencia pública de RdC', 'Audiencia RdC', 'Audiencia pública', 'Audiencia pública participativa', 'Audiencia', 'Public accountability hearing', 'Public hearing'] },
  { value: 'Audiencia pública de participación de terceros', aliases: ['Audiencia de participación de terceros', 'Audiencia pública de terceros', 'Third-party hearing'] },
  { value: 'Evento', aliases: ['Event'] },
  { value: 'Espacio de diálogo', aliases: ['Diálogo', 'Dialogue'] },
  { value: 'Espacio de publicación de información', aliases: ['Publicación de información', 'Publicación', 'Information publication'] },
  { value: 'Contacto ciudadano', aliases: ['Citizen contact'] },
  { value: anmProgramType, aliases: ['Activa la Región', 'ANM Activa'] },
  { value: 'Foro', aliases: ['Foros', 'Foro ciudadano', 'Foro virtual', 'Foro regional', 'Forum'] },
  { value: 'Feria de servicio', aliases: ['Feria de servicios', 'Feria de servicio al ciudadano', 'Feria nacional de servicio al ciudadano', 'Feria ciudadana', 'Feria de la transparencia', 'Feria de la gestión', 'Feria', 'Service fair'] },
  { value: 'Mesa de diálogo', aliases: ['Mesas de diálogo', 'Mesa de trabajo', 'Mesas de trabajo', 'Mesa temática', 'Mesa técnica', 'Dialogue table'] },
  { value: 'Encuentro ciudadano', aliases: ['Encuentros ciudadanos', 'Encuentro', 'Diálogo ciudadano', 'Diálogos ciudadanos', 'Encuentro regional', 'Citizen meeting'] },
];

/** Who the spaces are of: the entity's names (`Configuración`) and its own types. */
export interface SpaceTypeContext {
  entity?: string | null;
  entityShort?: string | null;
  extraTypes?: readonly string[];
}

/** The context of a run's options (`names` as configured, `extraSpaceTypes` from `Configuración`). */
export function spaceTypeContextOf(options: { names?: { entity: string | null; entityShort: string | null }; extraSpaceTypes?: readonly string[] }): SpaceTypeContext {
  return { entity: options.names?.entity ?? null, entityShort: options.names?.entityShort ?? null, extraTypes: options.extraSpaceTypes ?? [] };
}

/** Whether the configured entity is ANM (its acronym or its name, matched like every text). */
export function entityIsAnm(context: SpaceTypeContext): boolean {
  return normalizeName(context.entityShort ?? '') === 'anm' || normalizeName(context.entity ?? '') === normalizeName('Agencia Nacional de Minería');
}

/**
 * The `Tipo de espacio` values of an entity, in list order: the contract's types, ANM's programme
 * where the entity is ANM, DAFP's forms, then the entity's own types (a repeat of a known type or
 * alias adds nothing).
 */
export function spaceTypesFor(context: SpaceTypeContext = {}): string[] {
  return spaceTypeEnumFor(context).values.map((v) => v.value);
}

/** The enumeration `Tipo de espacio` is read with, for an entity (see spaceTypesFor). */
export function spaceTypeEnumFor(context: SpaceTypeContext = {}): EnumSpec<string> {
  const anm = entityIsAnm(context);
  const values = knownSpaceTypeOptions.filter((o) => anm || o.value !== anmProgramType);
  const known = new Set(values.flatMap((o) => [o.value, ...o.aliases]).map(normalizeName));
  for (const extra of context.extraTypes ?? []) {
    if (known.has(normalizeName(extra))) continue;
    known.add(normalizeName(extra));
    values.push({ value: extra, aliases: [] });
  }
  return { values };
}

/** The types a baseline lists even at zero: the contract's (with ANM's programme for ANM) and the entity's own. */
export function listedSpaceTypes(context: SpaceTypeContext = {}): string[] {
  const dafp = new Set<string>(dafpSpaceTypes);
  return spaceTypesFor(context).filter((t) => !dafp.has(t));
}

/** The enumeration of an entity that does not say which it is (no ANM programme, no own types). */
export const spaceTypeEnum: EnumSpec<string> = spaceTypeEnumFor();

/** Types held in a place, for which the municipality is required (the others may be virtual or national). */
export const inPersonSpaceTypes: readonly SpaceType[] = [
  'Audiencia pública de rendición de cuentas',
  'Audiencia pública de participación de terceros',
  'Evento',
  anmProgramType,
  'Feria de servicio',
];

export const spaceStatuses = ['Realizada', 'Programada', 'Aplazada', 'Cancelada'] as const;
export type SpaceStatus = (typeof spaceStatuses)[number];

export const spaceStatusEnum: EnumSpec<SpaceStatus> = {
  values: [
    { value: 'Realizada', aliases: ['Realizado', 'Ejecutada', 'Ejecutado', 'Held', 'Done'] },
    { value: 'Programada', aliases: ['Programado', 'Planeada', 'Planeado', 'Scheduled', 'Planned'] },
    { value: 'Aplazada', aliases: ['Aplazado', 'Postergada', 'Postponed'] },
    { value: 'Cancelada', aliases: ['Cancelado', 'Cancelled', 'Canceled'] },
  ],
};

export const selfDiagnosisSheet = {
  name: { es: 'Autodiagnóstico RdC', en: 'Accountability self-diagnosis' },
  aliases: ['Autodiagnóstico', 'Autodiagnóstico rendición de cuentas', 'Autodiagnóstico de rendición de cuentas'],
  columns: [
    col({ key: 'stage', header: { es: 'Etapa', en: 'Stage' }, type: 'text', required: true, requiredValue: true, note: { es: 'una de las cinco etapas (basta la primera palabra: Aprestamiento, Diseño, Preparación, Ejecución, Seguimiento)', en: 'one of the five stages (the first word is enough)' } }),
    col({ key: 'category', header: { es: 'Categoría', en: 'Category' }, type: 'text', required: true, requiredValue: true }),
    col({ key: 'activity', header: { es: 'Actividad', en: 'Activity' }, type: 'text', required: true, requiredValue: true, note: { es: 'el texto de la actividad, como en el autodiagnóstico DAFP de la entidad', en: 'the activity as worded in the entity’s DAFP workbook' } }),
    // The template shows a number; the reader takes the cell raw so a bad score is `score-out-of-range`.
    col({ key: 'score', header: { es: 'Puntaje', en: 'Score' }, aliases: ['Calificación', 'Puntaje actual'], type: 'number', required: true, note: { es: '0 a 100; vacío = sin responder', en: '0 to 100; blank = not answered' } }),
    col({ key: 'notes', header: { es: 'Observaciones', en: 'Notes' }, aliases: ['Evidencia', 'Evidencias'], type: 'text' }),
    col({ key: 'year', header: { es: 'Vigencia', en: 'Year' }, aliases: ['Año'], type: 'number', display: 'integer', note: { es: 'año evaluado; con varios años se comparan', en: 'year assessed; several years are compared' } }),
  ],
} as const satisfies SheetSpec;

export const levelsSheet = {
  name: { es: 'Niveles RdC', en: 'Accountability levels' },
  aliases: ['Niveles'],
  columns: [
    col({ key: 'level', header: { es: 'Nivel', en: 'Level' }, type: 'text', required: true, requiredValue: true }),
    col({ key: 'from', header: { es: 'Desde', en: 'From' }, type: 'number', required: true, requiredValue: true }),
    col({ key: 'to', header: { es: 'Hasta', en: 'To' }, type: 'number', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

export const spacesSheet = {
  name: { es: 'Espacios RdC', en: 'Accountability spaces' },
  aliases: ['Espacios', 'Espacios de rendición de cuentas'],
  columns: [
    col({ key: 'number', header: { es: 'N°', en: 'No.' }, aliases: ['Nº', 'No', 'No.', 'Número', 'Num', '#'], type: 'number', display: 'integer' }),
    col({ key: 'type', header: { es: 'Tipo de espacio', en: 'Space type' }, aliases: ['Tipo'], type: 'enum', enumSpec: spaceTypeEnum, required: true, requiredValue: true }),
    col({ key: 'department', header: { es: 'Departamento', en: 'Department' }, type: 'text', required: true, note: { es: 'como en la DIVIPOLA del DANE', en: 'as in DANE’s DIVIPOLA' } }),
    col({ key: 'municipality', header: { es: 'Municipio', en: 'Municipality' }, type: 'text', required: true, note: { es: 'municipio DIVIPOLA del departamento; obligatorio en espacios presenciales', en: 'DIVIPOLA municipality of the department; required for in-person spaces' } }),
    col({ key: 'status', header: { es: 'Estado', en: 'Status' }, type: 'enum', enumSpec: spaceStatusEnum, required: true, requiredValue: true }),
    // The template shows a date; the reader takes the cell raw to suggest corrections of damaged dates.
    col({ key: 'date', header: { es: 'Fecha', en: 'Date' }, type: 'date', required: true, requiredValue: true, note: { es: 'dd/mm/aaaa', en: 'dd/mm/yyyy' } }),
    col({ key: 'pdet', header: { es: 'PDET', en: 'PDET' }, aliases: ['Municipio PDET'], type: 'yesno', note: { es: 'Sí si el municipio es PDET', en: 'Yes when the municipality is PDET' } }),
    col({ key: 'group', header: { es: 'Grupo de interés', en: 'Stakeholder group' }, aliases: ['Grupos de interés'], type: 'text' }),
    col({ key: 'attendees', header: { es: 'Asistentes', en: 'Attendees' }, type: 'count' }),
    col({ key: 'notes', header: { es: 'Observaciones', en: 'Notes' }, type: 'text' }),
  ],
} as const satisfies SheetSpec;

/** The accountability input sheets, in template order (the template builder adds them after the service sheets). */
export const accountabilitySheets: readonly SheetSpec[] = [selfDiagnosisSheet, levelsSheet, spacesSheet];

/** `Espacios RdC` with the `Tipo de espacio` values of an entity (spaceTypeEnumFor). */
export function spacesSheetFor(context: SpaceTypeContext = {}): SheetSpec {
  const enumSpec = spaceTypeEnumFor(context);
  return { ...spacesSheet, columns: spacesSheet.columns.map((c) => (c.key === 'type' ? { ...c, enumSpec } : c)) };
}

/** A copy of a spec whose listed columns are read raw, for readers that parse those cells themselves. */
export function readingRaw(spec: SheetSpec, keys: readonly string[]): SheetSpec {
  return { ...spec, columns: spec.columns.map((c) => (keys.includes(c.key) ? { ...c, type: 'raw' as const } : c)) };
}
