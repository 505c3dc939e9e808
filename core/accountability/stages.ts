/** The five stages of DAFP's accountability self-diagnosis, the maturity levels and the five colour steps. */
import type { Bilingual } from '../i18n';
import { closest, normalizeName } from '../text';

export type StageId = 'readiness' | 'design' | 'preparation' | 'execution' | 'monitoring';

export interface Stage {
  id: StageId;
  /** The full name (accountability.md); the Spanish one is the stage's name in JSON. */
  name: Bilingual;
  short: Bilingual;
  /** First words that name the stage (normalized). */
  keys: readonly string[];
}

/** The five stages, in canonical order. */
export const stages: readonly Stage[] = [
  {
    id: 'readiness',
    name: { es: 'Aprestamiento institucional para promover la Rendición de Cuentas', en: 'Institutional readiness to promote accountability' },
    short: { es: 'Aprestamiento', en: 'Readiness' },
    keys: ['aprestamiento', 'readiness', 'institutional'],
  },
  {
    id: 'design',
    name: { es: 'Diseño de la Estrategia de Rendición de Cuentas', en: 'Design of the accountability strategy' },
    short: { es: 'Diseño', en: 'Design' },
    keys: ['diseno', 'design'],
  },
  {
    id: 'preparation',
    name: { es: 'Preparación para la Rendición de Cuentas', en: 'Preparation for accountability' },
    short: { es: 'Preparación', en: 'Preparation' },
    keys: ['preparacion', 'capacitacion', 'preparation', 'training'],
  },
  {
    id: 'execution',
    name: { es: 'Ejecución de la Estrategia de Rendición de Cuentas', en: 'Execution of the accountability strategy' },
    short: { es: 'Ejecución', en: 'Execution' },
    keys: ['ejecucion', 'execution'],
  },
  {
    id: 'monitoring',
    name: {
      es: 'Seguimiento y evaluación de la implementación de la Estrategia de Rendición de Cuentas',
      en: 'Monitoring and evaluation of the accountability strategy’s implementation',
    },
    short: { es: 'Seguimiento', en: 'Monitoring' },
    keys: ['seguimiento', 'monitoring'],
  },
];

/** The first word of a stage cell, numbering and a leading `Etapa` aside (`"2. Diseño de…"` → `diseno`). */
function firstWord(text: string): string {
  const s = normalizeName(text)
    .replace(/^etapa\b\s*/, '')
    .replace(/^[\d.)\-:\s]+/, '');
  return /^[\p{L}]+/u.exec(s)?.[0] ?? '';
}

/** The stage a cell names by its first word, accent- and case-insensitively (`Capacitación` is Preparación). */
export function matchStage(text: string): Stage | undefined {
  const word = firstWord(text);
  return word ? stages.find((s) => s.keys.includes(word)) : undefined;
}

/** The stage a misspelt cell probably means (by its first word), for suggestions. */
export function suggestStage(text: string): Stage | undefined {
  const word = firstWord(text);
  const key = closest(word, stages.flatMap((s) => s.keys));
  return key ? stages.find((s) => s.keys.includes(key)) : undefined;
}

// ---- levels ------------------------------------------------------------------------------------

/** A maturity level band: scores from `from` to `to` (a score on a boundary takes the higher level). */
export interface LevelBand {
  name: Bilingual;
  from: number;
  to: number;
}

/** DAFP names three levels but did not publish their limits with the tool: these defaults are configurable in `Niveles RdC`. */
export const defaultLevelBands: readonly LevelBand[] = [
  { name: { es: 'Inicial', en: 'Initial' }, from: 0, to: 40 },
  { name: { es: 'Consolidación', en: 'Consolidation' }, from: 40, to: 80 },
  { name: { es: 'Perfeccionamiento', en: 'Refinement' }, from: 80, to: 100 },
];

/** The level of a score: among the bands containing it, the one starting highest (so 40 is Consolidación). */
export function levelOf(score: number, bands: readonly LevelBand[]): LevelBand | undefined {
  let best: LevelBand | undefined;
  for (const b of bands) {
    if (score >= b.from && score <= b.to && (!best || b.from > best.from)) best = b;
  }
  return best;
}

// ---- DAFP's five colour steps --------------------------------------------------------------------

export type ColourStep = 1 | 2 | 3 | 4 | 5;

export interface ColourStepInfo {
  step: ColourStep;
  /** As DAFP prints it (`21–40`). */
  range: string;
  colour: Bilingual;
  /** Fill `RRGGBB`. */
  fill: string;
}

export const colourSteps: readonly ColourStepInfo[] = [
  { step: 1, range: '0–20', colour: { es: 'Rojo', en: 'Red' }, fill: 'F8696B' },
  { step: 2, range: '21–40', colour: { es: 'Naranja', en: 'Orange' }, fill: 'FBB169' },
  { step: 3, range: '41–60', colour: { es: 'Amarillo', en: 'Yellow' }, fill: 'FFE984' },
  { step: 4, range: '61–80', colour: { es: 'Verde claro', en: 'Light green' }, fill: 'B1D580' },
  { step: 5, range: '81–100', colour: { es: 'Verde', en: 'Green' }, fill: '63BE7B' },
];

/**
 * DAFP's colour step of a score. DAFP prints whole-number ranges (0–20, 21–40…); a score between
 * them belongs to the upper step: each step runs from just above the previous limit up to its own
 * (20 is step 1, 20,5 and 21 are step 2).
 */
export function colourStep(score: number): ColourStep {
  if (score <= 20) return 1;
  if (score <= 40) return 2;
  if (score <= 60) return 3;
  if (score <= 80) return 4;
  return 5;
}

/** The score that reaches the next colour step (21, 41, 61, 81, as DAFP prints them), or undefined in the top step. */
export function nextStepTarget(score: number): number | undefined {
  const step = colourStep(score);
  return step < 5 ? step * 20 + 1 : undefined;
}
