/**
 * The PQRSD input sheets (pqrsd.md): `PQRSD` (one row per request), `Términos PQRSD` (shorter
 * internal terms) and `Festivos` (days the entity did not work). The template and readers use them.
 */
import type { ColumnSpec, SheetSpec } from '../table';
import { pqrsdTypeEnum, termTypeEnum } from './terms';

const col = <const K extends string, const T extends ColumnSpec['type']>(c: ColumnSpec<K, T>) => c;

export const pqrsdSheet = {
  name: { es: 'PQRSD', en: 'PQRSD' },
  aliases: ['PQRS', 'PQRSDF', 'Solicitudes PQRSD', 'Peticiones'],
  columns: [
    col({ key: 'radicado', header: { es: 'Radicado', en: 'Filing number' }, aliases: ['N° de radicado', 'Número de radicado', 'No. radicado', 'Radicado No.'], type: 'text', required: true, requiredValue: true, note: { es: 'número único de la solicitud', en: 'the request’s unique number' } }),
    col({ key: 'filed', header: { es: 'Fecha de radicación', en: 'Filing date' }, aliases: ['Fecha de radicado', 'Fecha radicación', 'Fecha de recibo', 'Fecha de ingreso'], type: 'date', required: true, requiredValue: true }),
    col({ key: 'type', header: { es: 'Tipo', en: 'Type' }, aliases: ['Tipo de solicitud', 'Tipo de PQRSD', 'Tipología'], type: 'enum', enumSpec: pqrsdTypeEnum, required: true, requiredValue: true, note: { es: 'define el término en días hábiles', en: 'sets the term in business days' } }),
    col({ key: 'channel', header: { es: 'Canal', en: 'Channel' }, aliases: ['Canal de recepción'], type: 'channel' }),
    col({ key: 'dependency', header: { es: 'Dependencia', en: 'Unit' }, aliases: ['Área', 'Dependencia responsable', 'Área responsable'], type: 'text', note: { es: 'el área que responde', en: 'the area that answers' } }),
    col({ key: 'answered', header: { es: 'Fecha de respuesta', en: 'Response date' }, aliases: ['Fecha respuesta'], type: 'date', note: { es: 'vacía = sin respuesta', en: 'blank = pending' } }),
    col({ key: 'extensionDate', header: { es: 'Fecha de ampliación', en: 'Extension date' }, aliases: ['Fecha ampliación', 'Fecha de prórroga'], type: 'date', note: { es: 'cuándo se notificó la ampliación', en: 'when the extension was notified' } }),
    col({ key: 'extensionDays', header: { es: 'Días de ampliación', en: 'Extension days' }, aliases: ['Días ampliación', 'Días de prórroga'], type: 'count', note: { es: 'días hábiles; no más que el término inicial', en: 'business days; at most the original term' } }),
    col({ key: 'transferred', header: { es: 'Trasladada', en: 'Transferred' }, aliases: ['Traslado', 'Traslado por competencia'], type: 'yesno', note: { es: 'Sí si se trasladó por falta de competencia', en: 'Yes when forwarded for lack of competence' } }),
    col({ key: 'transferDate', header: { es: 'Fecha de traslado', en: 'Transfer date' }, aliases: ['Fecha traslado'], type: 'date' }),
  ],
} as const satisfies SheetSpec;

export const termsSheet = {
  name: { es: 'Términos PQRSD', en: 'PQRSD terms' },
  aliases: ['Terminos PQRSD', 'Términos', 'Términos de respuesta'],
  columns: [
    col({ key: 'type', header: { es: 'Tipo', en: 'Type' }, type: 'enum', enumSpec: termTypeEnum, required: true, requiredValue: true }),
    col({ key: 'days', header: { es: 'Días hábiles', en: 'Business days' }, aliases: ['Término', 'Días', 'Término en días hábiles'], type: 'count', required: true, requiredValue: true, note: { es: 'término interno; nunca mayor que el legal', en: 'internal term; never longer than the legal one' } }),
  ],
} as const satisfies SheetSpec;

export const closuresSheet = {
  name: { es: 'Festivos', en: 'Holidays' },
  aliases: ['Días no hábiles', 'Cierres'],
  columns: [
    col({ key: 'date', header: { es: 'Fecha', en: 'Date' }, type: 'date', required: true, requiredValue: true, note: { es: 'día no laborado por la entidad (además de los festivos nacionales)', en: 'a day the entity did not work (besides national holidays)' } }),
    col({ key: 'description', header: { es: 'Descripción', en: 'Description' }, type: 'text' }),
  ],
} as const satisfies SheetSpec;

/** The PQRSD input sheets, in template order. */
export const pqrsdSheets: readonly SheetSpec[] = [pqrsdSheet, termsSheet, closuresSheet];
