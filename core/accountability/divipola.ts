/**
 * DIVIPOLA lookups: departments and municipalities matched the way people write them
 * (accountability.md): case-, accent-, punctuation- and space-insensitively, with a suggestion of the
 * closest official name for near misses (OCR damage, missing letters, abbreviations, short forms).
 */
import { editDistance, normalizeLoose } from '../text';
import { divipolaRows } from './divipola-data';

export interface Department {
  /** Two-digit DANE code (`41`). */
  code: string;
  /** As DIVIPOLA writes it (`BOGOTÁ. D.C.`). */
  name: string;
  /** For people (`Bogotá, D.C.`). */
  label: string;
}

export interface Municipality {
  /** Five-digit DANE code (`41357`). */
  code: string;
  departmentCode: string;
  name: string;
  label: string;
  /** `Municipio`, `Isla` or `Área no municipalizada`. */
  kind: string;
}

/** How a written name relates to DIVIPOLA: the same name, a near miss with the name meant, or nothing close. */
export type PlaceMatch<T> =
  | { kind: 'exact'; place: T }
  | { kind: 'near'; place: T; reason: 'abbreviation' | 'spelling' | 'containment' }
  | { kind: 'none' };

interface Keyed<T> {
  place: T;
  key: string;
  compact: string;
  tokens: string[];
}

interface Index {
  departments: Keyed<Department>[];
  departmentByCode: Map<string, Department>;
  municipalities: Keyed<Municipality>[];
  municipalitiesByDepartment: Map<string, Keyed<Municipality>[]>;
}

const particles = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e']);

/**
 * DIVIPOLA's upper-case name in proper case (`SAN JUAN DEL CESAR` → `San Juan del Cesar`,
 * `BOGOTÁ. D.C.` → `Bogotá, D.C.`): the file writes official commas as periods.
 */
export function properCase(name: string): string {
  return name
    .replace(/\. /g, ', ')
    .split(' ')
    .map((word, i) => {
      if (/^(\p{L}\.)+,?$/u.test(word)) return word.toUpperCase(); // D.C.
      const lower = word.toLocaleLowerCase('es');
      if (i > 0 && particles.has(lower)) return lower;
      return lower.charAt(0).toLocaleUpperCase('es') + lower.slice(1);
    })
    .join(' ');
}

/** The comparison key of a place name: no case, accents or punctuation (`Campoalegre.` → `campoalegre`). */
export function placeKey(text: string): string {
  return normalizeLoose(text);
}

function keyed<T>(place: T, name: string): Keyed<T> {
  const key = placeKey(name);
  return { place, key, compact: key.replace(/ /g, ''), tokens: key.split(' ').filter(Boolean) };
}

let index: Index | undefined;

function divipola(): Index {
  if (index) return index;
  const departmentByCode = new Map<string, Department>();
  const municipalities: Keyed<Municipality>[] = [];
  const municipalitiesByDepartment = new Map<string, Keyed<Municipality>[]>();
  for (const [departmentCode, code, departmentName, name, kind] of divipolaRows) {
    if (!departmentByCode.has(departmentCode)) {
      departmentByCode.set(departmentCode, { code: departmentCode, name: departmentName, label: properCase(departmentName) });
    }
    const m = keyed<Municipality>({ code, departmentCode, name, label: properCase(name), kind }, name);
    municipalities.push(m);
    const list = municipalitiesByDepartment.get(departmentCode) ?? [];
    list.push(m);
    municipalitiesByDepartment.set(departmentCode, list);
  }
  const departments = [...departmentByCode.values()].map((d) => keyed(d, d.name));
  index = { departments, departmentByCode, municipalities, municipalitiesByDepartment };
  return index;
}

/** Every DIVIPOLA department, in code order of the file. */
export function allDepartments(): readonly Department[] {
  return divipola().departments.map((d) => d.place);
}

/** The department of a DANE code. */
export function departmentByCode(code: string): Department | undefined {
  return divipola().departmentByCode.get(code);
}

/** The municipalities (and áreas no municipalizadas) of a department. */
export function municipalitiesOf(departmentCode: string): readonly Municipality[] {
  return (divipola().municipalitiesByDepartment.get(departmentCode) ?? []).map((m) => m.place);
}

/**
 * Short forms people use for whole official names; they match silently. Keys are place keys.
 * (`Bogotá` = `BOGOTÁ. D.C.` is in the contract; the others are as common.)
 */
const departmentAliases: Record<string, string> = {
  bogota: '11',
  'bogota distrito capital': '11',
  'distrito capital': '11',
  'distrito capital de bogota': '11',
  guajira: '44',
  valle: '76',
  'san andres': '88',
  'san andres y providencia': '88',
  'san andres providencia y santa catalina': '88',
  'archipielago de san andres': '88',
};
const municipalityAliases: Record<string, string> = {
  bogota: '11001',
  'bogota distrito capital': '11001',
};

/** Abbreviations written in place of a whole word (`Pto Concordia` → `Puerto Concordia`). */
const abbreviations: Record<string, string> = {
  pto: 'puerto',
  pt: 'puerto',
  sta: 'santa',
  sto: 'santo',
  sn: 'san',
  gral: 'general',
  cnel: 'coronel',
  vda: 'vereda',
  ciud: 'ciudad',
};

function expandAbbreviations(key: string): string {
  return key
    .split(' ')
    .map((t) => abbreviations[t] ?? t)
    .join(' ');
}

function exactIn<T>(key: string, candidates: readonly Keyed<T>[]): Keyed<T>[] {
  const compact = key.replace(/ /g, '');
  return candidates.filter((c) => c.key === key || c.compact === compact);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (!needle.length || needle.length > haystack.length) return false;
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((t, j) => haystack[i + j] === t)) return true;
  }
  return false;
}

/**
 * A place key as Spanish sounds it (`cartajena` and `cartagena` → `kartajena`): the spelling slips
 * common in Colombian Spanish (g/j before e and i, b/v, s/z/c before e and i, y/ll, silent h, c/k/qu)
 * collapse to one spelling, so a phonetic slip is as near as the name meant.
 */
export function phoneticKey(key: string): string {
  return key
    .replace(/ch/g, '\u0000') // keep `ch` apart from the silent h
    .replace(/h/g, '')
    .replace(/\u0000/g, 'ch')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c(?!h)/g, 'k')
    .replace(/z/g, 's')
    .replace(/v/g, 'b')
    .replace(/ll/g, 'y')
    .replace(/(.)\1/g, '$1');
}

function phonetic<T>(c: Keyed<T>): Keyed<T> {
  const key = phoneticKey(c.key);
  return { place: c.place, key, compact: key.replace(/ /g, ''), tokens: key.split(' ').filter(Boolean) };
}

/**
 * The name meant by a near miss: abbreviations expanded, then spelling (edit distance), then
 * containment; failing those, the same on how the names sound (`Cartajena` → `Cartagena de Indias`).
 */
function nearest<T>(text: string, candidates: readonly Keyed<T>[]): { place: T; reason: 'abbreviation' | 'spelling' | 'containment' } | undefined {
  const written = nearestByKey(expandAbbreviations(placeKey(text)), placeKey(text), candidates);
  if (written) return written;
  const key = phoneticKey(expandAbbreviations(placeKey(text)));
  // Only names that sound the same (or contain it): a phonetic key plus a typo would break the ties kept above.
  const sounded = nearestByKey(key, key, candidates.map(phonetic), 0);
  return sounded && { ...sounded, reason: sounded.reason === 'abbreviation' ? 'abbreviation' : 'spelling' };
}

function nearestByKey<T>(key: string, unexpanded: string, candidates: readonly Keyed<T>[], maxDistance = Infinity): { place: T; reason: 'abbreviation' | 'spelling' | 'containment' } | undefined {
  if (!key) return undefined;
  if (key !== unexpanded) {
    const hit = exactIn(key, candidates)[0];
    if (hit) return { place: hit.place, reason: 'abbreviation' };
  }
  // Spelling: OCR damage and typing slips (`WMeta`, `Narifio`, `lquira`, `Gamara`).
  // Two names equally close (`Rauca`: Arauca or Cauca) suggest neither.
  let best: Keyed<T> | undefined;
  let bestDistance = Infinity;
  let tied = false;
  for (const c of candidates) {
    const d = Math.min(editDistance(key, c.key), editDistance(key.replace(/ /g, ''), c.compact));
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
      tied = false;
    } else if (d === bestDistance) tied = true;
  }
  if (best && !tied && bestDistance <= Math.min(maxDistance, Math.max(1, Math.floor(Math.max(key.length, best.key.length) / 3)))) return { place: best.place, reason: 'spelling' };
  // Containment: a part of the official name (`Codazzi` → `Agustín Codazzi`), or the official name with extra words.
  const tokens = key.split(' ');
  const contained = candidates
    .filter((c) => containsRun(c.tokens, tokens) || (c.compact.length >= 4 && containsRun(tokens, c.tokens)))
    .sort((a, b) => Math.abs(a.key.length - key.length) - Math.abs(b.key.length - key.length));
  if (contained.length) return { place: contained[0].place, reason: 'containment' };
  return undefined;
}

/**
 * The municipality a common short name stands for within one department: the official name is the
 * short name plus a part joined by a particle (`Tumaco` = `San Andrés de Tumaco`, `Cartagena` =
 * `Cartagena de Indias`, `Cúcuta` = `San José de Cúcuta`). Only when exactly one municipality of the
 * department fits; otherwise the name is left to the near-miss suggestion.
 */
const saints = new Set(['san', 'santa', 'santo', 'santiago']);

function shortNameOf<T>(key: string, candidates: readonly Keyed<T>[]): Keyed<T> | undefined {
  const tokens = key.split(' ').filter(Boolean);
  if (tokens.join('').length < 4 || particles.has(tokens[0]) || particles.has(tokens[tokens.length - 1])) return undefined;
  const fits = candidates.filter((c) => {
    const t = c.tokens;
    if (t.length <= tokens.length) return false;
    // Not a saint's name alone (`San Juan` for `San Juan del Cesar`): dozens of places share those.
    const head = !saints.has(tokens[0]) && tokens.every((x, i) => t[i] === x) && particles.has(t[tokens.length]);
    // The tail only after a saint's name (`San Andrés de Tumaco`): `Indias` alone is nobody's Cartagena.
    const tail = saints.has(t[0]) && tokens.every((x, i) => t[t.length - tokens.length + i] === x) && particles.has(t[t.length - tokens.length - 1]);
    return head || tail;
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Matches a department name against DIVIPOLA. */
export function matchDepartment(text: string): PlaceMatch<Department> {
  const { departments, departmentByCode: byCode } = divipola();
  const key = placeKey(text);
  if (!key) return { kind: 'none' };
  const hit = exactIn(key, departments)[0];
  if (hit) return { kind: 'exact', place: hit.place };
  const alias = departmentAliases[key] ?? departmentAliases[key.replace(/ d ?c$/, '')];
  if (alias) return { kind: 'exact', place: byCode.get(alias)! };
  const near = nearest(text, departments);
  return near ? { kind: 'near', ...near } : { kind: 'none' };
}

/**
 * Matches a municipality name within a department (or nationwide when `departmentCode` is null:
 * then `exact` only when the name is unique in the country).
 */
export function matchMunicipality(text: string, departmentCode: string | null): PlaceMatch<Municipality> {
  const idx = divipola();
  const candidates = departmentCode === null ? idx.municipalities : (idx.municipalitiesByDepartment.get(departmentCode) ?? []);
  const key = placeKey(text);
  if (!key) return { kind: 'none' };
  const hits = exactIn(key, candidates);
  if (hits.length === 1 || (hits.length > 1 && departmentCode !== null)) return { kind: 'exact', place: hits[0].place };
  if (hits.length > 1) return { kind: 'none' }; // the same name in several departments
  const alias = municipalityAliases[key] ?? municipalityAliases[key.replace(/ d ?c$/, '')];
  const aliased = alias ? candidates.find((c) => c.place.code === alias) : undefined;
  if (aliased) return { kind: 'exact', place: aliased.place };
  if (departmentCode !== null) {
    const short = shortNameOf(key, candidates);
    if (short) return { kind: 'exact', place: short.place };
  }
  const near = nearest(text, candidates);
  return near ? { kind: 'near', ...near } : { kind: 'none' };
}

/** Municipalities of the whole country whose name matches exactly (case, accents, punctuation aside). */
export function municipalitiesNamed(text: string): readonly Municipality[] {
  const key = placeKey(text);
  return key ? exactIn(key, divipola().municipalities).map((m) => m.place) : [];
}
