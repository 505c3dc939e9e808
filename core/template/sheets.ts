/**
 * The workbook template (workbook.md): every input sheet of the service report and its columns.
 * Readers, the `plantilla` command and the docs all come from these specs.
 */
import type { ColumnSpec, SheetSpec } from '../table';
import { pointTypeEnum } from '../table';
import { accountabilitySheets } from '../accountability/sheets';
import { pqrsdSheets } from '../pqrsd/sheets';

const col = <const K extends string, const T extends ColumnSpec['type']>(c: ColumnSpec<K, T>) => c;

// The report's own words for the columns every service sheet shares (the monthly report's labels).
const monthAliases = ['Periodo', 'Período', 'Mes del reporte', 'Mes de reporte'];
const channelAliases = ['Canal de atención', 'Canal de atencion', 'Canales'];
const interactionsAliases = ['Interacciones atendidas', 'Total interacciones', 'Total de interacciones', 'Número de interacciones', 'Atenciones', 'Interactions attended'];

export const canalesSheet = {
  name: { es: 'Canales', en: 'Channels' },
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, aliases: monthAliases, type: 'month', required: true, requiredValue: true }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, aliases: channelAliases, type: 'channel', required: true, requiredValue: true }),
    col({ key: 'interactions', header: { es: 'Interacciones', en: 'Interactions' }, aliases: interactionsAliases, type: 'count', required: true, requiredValue: true, note: { es: 'interacciones atendidas', en: 'interactions attended' } }),
    col({
      key: 'resolved',
      header: { es: 'Resueltas en primer contacto', en: 'Resolved at first contact' },
      aliases: ['Resueltas primer contacto', 'Resueltas en el primer contacto', 'Resueltas 1er contacto', 'Resueltas en 1er contacto', 'Solución primer contacto', 'Solución en primer contacto', 'Solucionadas en primer contacto', 'Solucionadas primer contacto', 'First contact resolution', 'Resolved first contact'],
      type: 'count',
    }),
    col({ key: 'incomingCalls', header: { es: 'Llamadas entrantes', en: 'Incoming calls' }, aliases: ['Entrantes', 'Llamadas recibidas'], type: 'count', note: { es: 'solo Telefónico', en: 'phone only' } }),
    col({ key: 'answeredCalls', header: { es: 'Llamadas contestadas', en: 'Answered calls' }, aliases: ['Contestadas', 'Llamadas atendidas'], type: 'count', note: { es: 'solo Telefónico; ≤ entrantes', en: 'phone only; ≤ incoming' } }),
    col({ key: 'respondents', header: { es: 'Encuestados', en: 'Respondents' }, aliases: ['Personas encuestadas', 'Usuarios encuestados', 'Encuestas respondidas', 'Número de encuestados'], type: 'count', note: { es: 'personas que respondieron la encuesta', en: 'survey respondents' } }),
    col({ key: 'satisfaction', header: { es: 'Satisfacción', en: 'Satisfaction' }, aliases: ['Satisfacción de usuario', 'Satisfacción del usuario', 'Satisfacción usuario', 'Nivel de satisfacción'], type: 'percent' }),
    col({ key: 'perception', header: { es: 'Percepción', en: 'Perception' }, aliases: ['Percepción de usuario', 'Percepción del usuario', 'Percepción usuario'], type: 'percent' }),
    col({ key: 'trust', header: { es: 'Confianza', en: 'Trust' }, aliases: ['Confianza de usuario', 'Confianza del usuario', 'Confianza usuario'], type: 'percent' }),
  ],
} as const satisfies SheetSpec;

export const pointsSheet = {
  name: { es: 'Presencial por punto', en: 'In person by point' },
  aliases: ['Presencial por puntos', 'Puntos de atención'],
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, aliases: monthAliases, type: 'month', required: true, requiredValue: true }),
    col({ key: 'point', header: { es: 'Punto de atención', en: 'Service point' }, aliases: ['Punto'], type: 'text', required: true, requiredValue: true }),
    col({ key: 'pointType', header: { es: 'Tipo de punto', en: 'Point type' }, type: 'enum', enumSpec: pointTypeEnum, required: true, requiredValue: true }),
    col({ key: 'interactions', header: { es: 'Interacciones', en: 'Interactions' }, aliases: interactionsAliases, type: 'count', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

export const typesSheet = {
  name: { es: 'Tipos de interacción', en: 'Interaction types' },
  aliases: ['Tipos de interacciones', 'Tipos'],
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, aliases: monthAliases, type: 'month', required: true, requiredValue: true }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, aliases: channelAliases, type: 'channel', required: true, requiredValue: true }),
    col({ key: 'type', header: { es: 'Tipo', en: 'Type' }, aliases: ['Tipo de interacción'], type: 'text', required: true, requiredValue: true }),
    col({ key: 'interactions', header: { es: 'Interacciones', en: 'Interactions' }, aliases: interactionsAliases, type: 'count', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

export const virtualSheet = {
  name: { es: 'Gestión virtual', en: 'Virtual management' },
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, aliases: monthAliases, type: 'month', required: true, requiredValue: true }),
    col({ key: 'concept', header: { es: 'Concepto', en: 'Concept' }, type: 'text', required: true, requiredValue: true }),
    col({ key: 'quantity', header: { es: 'Cantidad', en: 'Quantity' }, type: 'count', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

export const reportedSheet = {
  name: { es: 'Reportado', en: 'Reported' },
  aliases: ['Publicado'],
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, aliases: monthAliases, type: 'month', required: true, requiredValue: true }),
    col({ key: 'indicator', header: { es: 'Indicador', en: 'Indicator' }, type: 'text', required: true, requiredValue: true }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, type: 'text', note: { es: 'canal, o el total de la entidad (vacío, «Total» o la sigla de la entidad)', en: 'channel, or the entity total (blank, “Total” or the entity’s acronym)' } }),
    col({ key: 'breakdown', header: { es: 'Desagregación', en: 'Breakdown' }, type: 'text' }),
    // Read raw: whether a bare number is a fraction depends on the indicator's unit (checks decide).
    col({ key: 'value', header: { es: 'Valor', en: 'Value' }, type: 'raw', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

export const logSheet = {
  name: { es: 'Interacciones', en: 'Interactions' },
  aliases: ['Registro de interacciones'],
  columns: [
    col({ key: 'date', header: { es: 'Fecha', en: 'Date' }, type: 'date', required: true, requiredValue: true }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, aliases: channelAliases, type: 'channel', required: true, requiredValue: true }),
    col({ key: 'point', header: { es: 'Punto de atención', en: 'Service point' }, type: 'text' }),
    col({ key: 'pointType', header: { es: 'Tipo de punto', en: 'Point type' }, type: 'enum', enumSpec: pointTypeEnum }),
    col({ key: 'type', header: { es: 'Tipo de interacción', en: 'Interaction type' }, type: 'text' }),
    col({ key: 'resolved', header: { es: 'Resuelta en primer contacto', en: 'Resolved at first contact' }, type: 'yesno' }),
    col({ key: 'answeredSurvey', header: { es: 'Encuesta respondida', en: 'Survey answered' }, type: 'yesno' }),
    col({ key: 'satisfied', header: { es: 'Satisfecho', en: 'Satisfied' }, type: 'yesno' }),
    col({ key: 'favourablePerception', header: { es: 'Percepción favorable', en: 'Favourable perception' }, type: 'yesno' }),
    col({ key: 'trusts', header: { es: 'Confía', en: 'Trusts' }, type: 'yesno' }),
  ],
} as const satisfies SheetSpec;

/** Input sheets of the service report, in template order. Accountability sheets join from core/accountability. */
export const serviceSheets: readonly SheetSpec[] = [canalesSheet, pointsSheet, typesSheet, virtualSheet, reportedSheet, logSheet];

/** The month's narrative: one bullet per row, by channel (blank Canal: the whole group). Deck only. */
export const valueDeliveriesSheet = {
  name: { es: 'Entregas de valor', en: 'Value delivered' },
  aliases: ['Entregas', 'Entregas de valor del mes'],
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, type: 'month', required: true, requiredValue: true }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, type: 'text', note: { es: 'Telefónico, Presencial o Virtual; vacío = todo el grupo', en: 'Telefónico, Presencial or Virtual; blank = the whole group' } }),
    col({ key: 'text', header: { es: 'Texto', en: 'Text' }, type: 'text', required: true, requiredValue: true, note: { es: 'una viñeta por fila', en: 'one bullet per row' } }),
  ],
} as const satisfies SheetSpec;

/** The glossary slide's definitions; a term here replaces the default of the same name or adds one. */
export const glossarySheet = {
  name: { es: 'Glosario', en: 'Glossary' },
  aliases: ['Definiciones'],
  columns: [
    col({ key: 'term', header: { es: 'Término', en: 'Term' }, type: 'text', required: true, requiredValue: true, note: { es: 'Canal, Telefónico, Presencial, Virtual, Escalamiento, Satisfacción, Percepción, Confianza, Satisfacción consolidada u otro', en: 'Canal, Telefónico, Presencial, Virtual, Escalamiento, Satisfacción, Percepción, Confianza, Satisfacción consolidada or another' } }),
    col({ key: 'definition', header: { es: 'Definición', en: 'Definition' }, type: 'text', required: true, note: { es: 'vacía = el término no se muestra', en: 'blank = the term is not shown' } }),
  ],
} as const satisfies SheetSpec;

/** A free-text note per month, shown under the analysis slides (e.g. why a survey sample was small). */
export const reportNotesSheet = {
  name: { es: 'Notas del informe', en: 'Report notes' },
  aliases: ['Notas', 'Nota del mes', 'Notas del mes'],
  columns: [
    col({ key: 'month', header: { es: 'Mes', en: 'Month' }, type: 'month', required: true, requiredValue: true }),
    col({ key: 'text', header: { es: 'Texto', en: 'Text' }, type: 'text', required: true, requiredValue: true }),
  ],
} as const satisfies SheetSpec;

/** Optional sheets of the report's texts (deck.md), in template order after the service sheets. */
export const reportTextSheets: readonly SheetSpec[] = [valueDeliveriesSheet, reportNotesSheet, glossarySheet];

/**
 * The template's sheets beyond the service report, in the order they follow it: accountability
 * (self-diagnosis, levels, spaces), then PQRSD (requests, terms, closures). Every host passes this
 * one list, so the `plantilla` command and the *insert template* entry write the same sheets.
 */
export const templateExtraSheets: readonly SheetSpec[] = [...accountabilitySheets, ...pqrsdSheets];
