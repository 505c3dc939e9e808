/**
 * PQRSD types and their legal response terms in business days (Ley 1755 de 2015, art. 14 and 21;
 * pqrsd.md). Pure data, no reading: the custom functions load this with the calendar alone.
 */
import type { EnumSpec } from '../table/values';

export const pqrsdTypes = [
  'Petición',
  'Queja',
  'Reclamo',
  'Sugerencia',
  'Denuncia',
  'Solicitud de documentos o información',
  'Consulta',
  'Petición entre autoridades',
  'Felicitación',
] as const;
export type PqrsdType = (typeof pqrsdTypes)[number];

/** Legal term in business days; null = no term (counted, never late). */
export const legalTerms: Readonly<Record<PqrsdType, number | null>> = {
  Petición: 15,
  Queja: 15,
  Reclamo: 15,
  Sugerencia: 15,
  Denuncia: 15,
  'Solicitud de documentos o información': 10,
  Consulta: 30,
  'Petición entre autoridades': 10,
  Felicitación: null,
};

/** Where each legal term comes from, for sheets and docs. */
export const termSources: Readonly<Record<PqrsdType, string>> = {
  Petición: 'Ley 1755 de 2015, art. 14',
  Queja: 'Ley 1755 de 2015, art. 14',
  Reclamo: 'Ley 1755 de 2015, art. 14',
  Sugerencia: 'Ley 1755 de 2015, art. 14',
  Denuncia: 'Ley 1755 de 2015, art. 14',
  'Solicitud de documentos o información': 'Ley 1755 de 2015, art. 14, num. 1',
  Consulta: 'Ley 1755 de 2015, art. 14, num. 2',
  'Petición entre autoridades': 'Ley 1755 de 2015, art. 30',
  Felicitación: '—',
};

/** Types with a legal term: the only ones `Términos PQRSD` may shorten. */
export const typesWithTerm = pqrsdTypes.filter((t) => legalTerms[t] !== null);

/** The `Tipo` column: canonical names with the aliases teams use. */
export const pqrsdTypeEnum: EnumSpec<PqrsdType> = {
  values: [
    { value: 'Petición', aliases: ['Peticion', 'Derecho de petición', 'Petición de interés general', 'Petición de interés particular', 'Petición general', 'Petición particular', 'Petition'] },
    { value: 'Queja', aliases: ['Complaint'] },
    { value: 'Reclamo', aliases: ['Claim'] },
    { value: 'Sugerencia', aliases: ['Suggestion'] },
    { value: 'Denuncia', aliases: ['Report'] },
    {
      value: 'Solicitud de documentos o información',
      aliases: ['Solicitud de información', 'Solicitud de copias', 'Solicitud de documentos', 'Solicitud de documentos e información', 'Request for information', 'Request for documents'],
    },
    { value: 'Consulta', aliases: ['Consultation', 'Query'] },
    { value: 'Petición entre autoridades', aliases: ['Solicitud entre autoridades', 'Petición de autoridad', 'Request between authorities'] },
    { value: 'Felicitación', aliases: ['Felicitaciones', 'Agradecimiento', 'Compliment'] },
  ],
};

/** The `Tipo` column of `Términos PQRSD`: only types that have a legal term. */
export const termTypeEnum: EnumSpec<PqrsdType> = {
  values: pqrsdTypeEnum.values.filter((v) => legalTerms[v.value] !== null),
};

/** Business days after filing within which a request outside the entity's competence must be forwarded (Ley 1755 de 2015, art. 21). */
export const transferDays = 5;
/** A pending request due within this many business days is `por vencer`. */
export const dueSoonDays = 5;
