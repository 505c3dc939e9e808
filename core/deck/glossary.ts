/**
 * The definitions the deck shows: the channels' glossary and the survey indicators' definitions,
 * with defaults taken from the February 2025 report (seeds/000) in words that fit any entity.
 * A workbook's `Glosario` sheet replaces a default (same term) or adds a term; a blank definition
 * hides the term.
 */
import type { Bilingual, Locale } from '../i18n';
import { normalizeName } from '../text';

export interface GlossaryEntry {
  term: string;
  definition: string | null;
}

/** The terms of the glossary slide, in the report's order. */
export const defaultGlossary: readonly { term: Bilingual; definition: Bilingual }[] = [
  {
    term: { es: 'Canal', en: 'Channel' },
    definition: {
      es: 'Son los medios o mecanismos de comunicación establecidos por la entidad, a través de los cuales los grupos de valor caracterizados pueden solicitar trámites y servicios sobre temas de su competencia.',
      en: 'The means of communication the entity provides, through which its stakeholder groups can request procedures and services on matters within its remit.',
    },
  },
  {
    term: { es: 'Telefónico', en: 'Phone' },
    definition: {
      es: 'Contacto verbal de los ciudadanos con los servidores públicos de la entidad, a través de los medios telefónicos dispuestos para tal fin.',
      en: 'Spoken contact between citizens and the entity’s public servants through the telephone lines provided for that purpose.',
    },
  },
  {
    term: { es: 'Presencial', en: 'In person' },
    definition: {
      es: 'Contacto personalizado de los ciudadanos con los servidores, colaboradores, orientadores y gestores de la entidad, cuando acceden a sus instalaciones físicas y puntos de atención.',
      en: 'Face-to-face contact between citizens and the entity’s staff when they come to its premises and service points.',
    },
  },
  {
    term: { es: 'Virtual', en: 'Virtual' },
    definition: {
      es: 'Contacto de los ciudadanos con la entidad por los medios electrónicos dispuestos para tal fin: correo de contacto, formularios y radicador web, chat.',
      en: 'Contact between citizens and the entity through the electronic means provided for that purpose: contact e-mail, web forms, chat.',
    },
  },
  {
    term: { es: 'Escalamiento', en: 'Escalation' },
    definition: {
      es: 'Para el caso del servicio, es la presentación de la solicitud o requerimiento de un usuario a un área o instancia de mayor jerarquía que pueda tomar acciones para su solución.',
      en: 'In service, passing a user’s request to a higher area or level that can act to solve it.',
    },
  },
];

export type DefinedIndicator = 'satisfaction' | 'perception' | 'trust' | 'consolidated';

/** The survey indicators' definitions (the report's *Percepción, Satisfacción y Confianza* and *Satisfacción consolidada*). */
export const defaultDefinitions: Record<DefinedIndicator, { term: Bilingual; definition: Bilingual }> = {
  satisfaction: {
    term: { es: 'Satisfacción', en: 'Satisfaction' },
    definition: {
      es: 'Mide el promedio del grado de satisfacción de los usuarios ante los servicios y trámites ofrecidos por la entidad.',
      en: 'Measures users’ average degree of satisfaction with the services and procedures the entity offers.',
    },
  },
  perception: {
    term: { es: 'Percepción', en: 'Perception' },
    definition: {
      es: 'Busca identificar entre los diferentes grupos de interés la percepción que tienen de la imagen de la entidad.',
      en: 'Seeks to identify how the different stakeholder groups perceive the entity’s image.',
    },
  },
  trust: {
    term: { es: 'Confianza', en: 'Trust' },
    definition: {
      es: 'Busca identificar entre los diferentes grupos de interés el grado de confianza de los usuarios en la entidad.',
      en: 'Seeks to identify, among the different stakeholder groups, users’ degree of trust in the entity.',
    },
  },
  consolidated: {
    term: { es: 'Satisfacción consolidada', en: 'Consolidated satisfaction' },
    definition: {
      es: 'Sumatoria de la calificación individual de las preguntas de percepción, satisfacción y confianza, dividida entre las tres preguntas.',
      en: 'The sum of the individual scores of the perception, satisfaction and trust questions, divided by the three questions.',
    },
  },
};

/** The glossary slide's entries: the defaults, replaced, hidden or extended by the workbook's terms (in their order). */
export function glossaryEntries(custom: readonly GlossaryEntry[], locale: Locale): { term: string; definition: string }[] {
  const indicatorTerms = new Set(Object.values(defaultDefinitions).flatMap((d) => [normalizeName(d.term.es), normalizeName(d.term.en)]));
  const byTerm = new Map(custom.map((c) => [normalizeName(c.term), c]));
  const out: { term: string; definition: string }[] = [];
  const used = new Set<string>();
  for (const d of defaultGlossary) {
    const keys = [normalizeName(d.term.es), normalizeName(d.term.en)];
    const own = keys.map((k) => byTerm.get(k)).find(Boolean);
    keys.forEach((k) => used.add(k));
    if (own) {
      if (own.definition) out.push({ term: own.term, definition: own.definition });
    } else out.push({ term: d.term[locale], definition: d.definition[locale] });
  }
  for (const c of custom) {
    const key = normalizeName(c.term);
    if (used.has(key) || indicatorTerms.has(key) || !c.definition) continue;
    used.add(key);
    out.push({ term: c.term, definition: c.definition });
  }
  return out;
}

/** A survey indicator's definition: the workbook's (same term, Spanish or English) or the default; null when hidden. */
export function definitionOf(id: DefinedIndicator, custom: readonly GlossaryEntry[], locale: Locale): string | null {
  const d = defaultDefinitions[id];
  const keys = new Set([normalizeName(d.term.es), normalizeName(d.term.en)]);
  const own = custom.find((c) => keys.has(normalizeName(c.term)));
  if (own) return own.definition;
  return d.definition[locale];
}
