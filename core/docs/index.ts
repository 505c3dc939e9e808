/** Documentation generated from the registries (README sections), so the docs never drift from the code. */
import { indicatorRegistry, indicatorIds } from '../service';
import { findingCatalogue, findingCodes } from '../findings';
import type { Locale } from '../i18n';
import { customFunctions, functionNamespace } from '../functions';
import { anmProgramType, dafpSpaceTypes, spaceTypeEnumFor } from '../accountability/sheets';
import { legalTerms, pqrsdIndicatorIds, pqrsdIndicatorRegistry, pqrsdTypeEnum, termSources } from '../pqrsd';

const severityNames: Record<Locale, Record<string, string>> = {
  es: { error: 'error', warning: 'advertencia', info: 'información' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const escape = (s: string) => s.replace(/\|/g, '\\|');

/** The indicators table of the README. */
export function indicatorsMarkdown(locale: Locale = 'es'): string {
  const head = locale === 'es' ? '| id | indicador | unidad | por | fórmula |' : '| id | indicator | unit | per | formula |';
  const units = locale === 'es' ? { count: 'conteo', percent: '%' } : { count: 'count', percent: '%' };
  const lines = indicatorIds.map((id) => {
    const s = indicatorRegistry[id];
    return `| \`${id}\` | ${escape(s.name[locale])} | ${units[s.unit]} | ${escape(s.per[locale])} | ${escape(s.formula[locale])} |`;
  });
  return [head, '|---|---|---|---|---|', ...lines].join('\n');
}

/** The finding codes table of the README: what each code means for a coordinator. */
export function findingCodesMarkdown(locale: Locale = 'es'): string {
  const head = locale === 'es' ? '| código | severidad | qué es | qué significa |' : '| code | severity | what | what it means |';
  const lines = findingCodes.map((code) => {
    const t = findingCatalogue[code];
    const severity = 'severityRule' in t && t.severityRule ? t.severityRule[locale] : severityNames[locale][t.severity];
    return `| \`${code}\` | ${escape(severity)} | ${escape(t.title[locale])} | ${escape(t.description[locale])} |`;
  });
  return [head, '|---|---|---|---|', ...lines].join('\n');
}

/** The custom functions table of the README: `CC.NAME(arg; [optional])` as Spanish Excel writes it, and what it returns. */
export function functionsMarkdown(locale: Locale = 'es'): string {
  const head = locale === 'es' ? '| función | devuelve |' : '| function | returns |';
  const separator = locale === 'es' ? '; ' : ', ';
  const lines = customFunctions.map((f) => {
    const args = f.params.map((p) => (p.optional ? `[${p.name[locale]}]` : p.name[locale])).join(separator);
    return `| \`${functionNamespace}.${f.name[locale]}(${args})\` | ${escape(f.description[locale])} |`;
  });
  return [head, '|---|---|', ...lines].join('\n');
}

/** The PQRSD indicators table of the README. */
export function pqrsdIndicatorsMarkdown(locale: Locale = 'es'): string {
  const head = locale === 'es' ? '| id | indicador | unidad | fórmula |' : '| id | indicator | unit | formula |';
  const units = locale === 'es' ? { count: 'conteo', percent: '%', businessDays: 'días hábiles' } : { count: 'count', percent: '%', businessDays: 'business days' };
  const lines = pqrsdIndicatorIds.map((id) => {
    const s = pqrsdIndicatorRegistry[id];
    return `| \`${id}\` | ${escape(s.name[locale])} | ${units[s.unit]} | ${escape(s.formula[locale])} |`;
  });
  return [head, '|---|---|---|---|', ...lines].join('\n');
}

/** The PQRSD terms table of the README: each type, its aliases, its legal term and source. */
export function pqrsdTermsMarkdown(locale: Locale = 'es'): string {
  const head = locale === 'es' ? '| Tipo | también se acepta | término legal (días hábiles) | fuente |' : '| Tipo | also accepted | legal term (business days) | source |';
  const lines = pqrsdTypeEnum.values.map((v) => {
    const term = legalTerms[v.value];
    const aliases = v.aliases ?? [];
    return `| ${v.value} | ${escape(aliases.join(', ')) || '—'} | ${term === null ? (locale === 'es' ? 'sin término (nunca vence)' : 'no term (never late)') : term} | ${termSources[v.value]} |`;
  });
  return [head, '|---|---|---|---|', ...lines].join('\n');
}

/** The `Tipo de espacio` values of the README: each type, its aliases, and for whom it is. */
export function spaceTypesMarkdown(locale: Locale = 'es'): string {
  const es = locale === 'es';
  const head = es ? '| Tipo de espacio | también se acepta | origen |' : '| Space type | also accepted | origin |';
  const dafp = new Set<string>(dafpSpaceTypes);
  const lines = spaceTypeEnumFor({ entityShort: 'ANM' }).values.map((v) => {
    const origin = v.value === anmProgramType
      ? (es ? 'programa de la ANM: solo si la entidad es la ANM (Sigla o Entidad en Configuración)' : 'ANM’s programme: only when the entity is ANM')
      : dafp.has(v.value)
        ? (es ? 'DAFP, Manual Único de Rendición de Cuentas' : 'DAFP, Manual Único de Rendición de Cuentas')
        : (es ? 'estrategia de rendición de cuentas (contrato)' : 'accountability strategy (contract)');
    return `| ${escape(v.value)} | ${escape((v.aliases ?? []).join(', ')) || '—'} | ${origin} |`;
  });
  return [head, '|---|---|---|', ...lines].join('\n');
}

/** Generated README sections, by marker name. */
export function generatedSections(): Record<string, string> {
  return {
    indicadores: indicatorsMarkdown('es'),
    hallazgos: findingCodesMarkdown('es'),
    'pqrsd-terminos': pqrsdTermsMarkdown('es'),
    'pqrsd-indicadores': pqrsdIndicatorsMarkdown('es'),
    funciones: functionsMarkdown('es'),
    'tipos-de-espacio': spaceTypesMarkdown('es'),
  };
}

/** Replaces every `<!-- name:inicio -->…<!-- name:fin -->` block of a Markdown text with its generated content. */
export function fillSections(markdown: string, sections: Record<string, string>): string {
  let out = markdown;
  for (const [name, content] of Object.entries(sections)) {
    const re = new RegExp(`(<!-- ${name}:inicio -->)[\\s\\S]*?(<!-- ${name}:fin -->)`);
    out = out.replace(re, (_m, a: string, b: string) => `${a}\n${content}\n${b}`);
  }
  return out;
}
