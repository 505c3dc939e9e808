/**
 * The accountability input sheets (accountability.md): `Autodiagnóstico RdC`, `Niveles RdC` and
 * `Espacios RdC`. The `plantilla` command writes them; the readers read them.
 */
import type { ColumnSpec, EnumSpec, SheetSpec } from '../table';

const col = <K extends string, T extends ColumnSpec['type']>(c: ColumnSpec<K, T>) => c;

/** The types of accountability space (accountability.md), as shown to users. */
export const spaceTypes = [
  'Audiencia pública de rendición de cuentas',
  'Audiencia pública de participación de terceros',
  'Evento',
  'Espacio de diálogo',
  'Espacio de publicación de información',
  'Contacto ciudadano',
  'ANM Activa la Región',
] as const;
export type SpaceType = (typeof spaceTypes)[number];

export const spaceTypeEnum: EnumSpec<SpaceType> = {
  values: [
    { value: 'Audiencia pública de rendición de cuentas', aliases: ['Audiencia de rendición de cuentas', 'Audiencia pública de RdC', 'Audiencia RdC', 'Public accountability hearing'] },
    { value: 'Audiencia pública de participación de terceros', aliases: ['Audiencia de participación de terceros', 'Audiencia pública de terceros', 'Third-party hearing'] },
    { value: 'Evento', aliases: ['Event'] },
    { value: 'Espacio de diálogo', aliases: ['Diálogo', 'Dialogue'] },
    { value: 'Espacio de publicación de información', aliases: ['Publicación de información', 'Publicación', 'Information publication'] },
    { value: 'Contacto ciudadano', aliases: ['Citizen contact'] },
    { value: 'ANM Activa la Región', aliases: ['Activa la Región', 'ANM Activa'] },
  ],
};

/** Types held in a place, for which the municipality is required (the others may be virtual or national). */
export const inPersonSpaceTypes: readonly SpaceType[] = [
  'Audiencia pública de rendición de cuentas',
  'Audiencia pública de participación de terceros',
  'Evento',
  'ANM Activa la Región',
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

/** A copy of a spec whose listed columns are read raw, for readers that parse those cells themselves. */
export function readingRaw(spec: SheetSpec, keys: readonly string[]): SheetSpec {
  return { ...spec, columns: spec.columns.map((c) => (keys.includes(c.key) ? { ...c, type: 'raw' as const } : c)) };
}
