/**
 * The PQRSD indicators (pqrsd.md), declared once here; the README table, the `Resultado PQRSD`
 * sheet and `<base>-pqrsd.json` come from this registry.
 *
 * A registry of their own, beside the service one (core/service/registry.ts): PQRSD values are
 * per month of filing × breakdown (type, channel, dependencia), with no entity-wide channel, and one
 * is in business days; the service registry's ids drive `Reportado` and the service slides, where
 * these would not belong.
 */
import type { Bilingual } from '../i18n';
import { channels } from '../table/values';
import type { PqrsdRequest } from './requests';
import { pqrsdTypes } from './terms';

export type PqrsdUnit = 'count' | 'percent' | 'businessDays';

export interface PqrsdIndicatorSpec {
  name: Bilingual;
  unit: PqrsdUnit;
  formula: Bilingual;
  /** Decimals shown. */
  decimals: number;
}

export const pqrsdIndicatorRegistry = {
  pqrsd_received: {
    name: { es: 'PQRSD recibidas', en: 'PQRSD received' }, unit: 'count', decimals: 0,
    formula: { es: 'solicitudes radicadas en el mes (hasta el corte)', en: 'requests filed in the month (up to the cut-off)' },
  },
  pqrsd_answered: {
    name: { es: 'PQRSD respondidas', en: 'PQRSD answered' }, unit: 'count', decimals: 0,
    formula: { es: 'respondidas hasta el corte (a tiempo o fuera de término)', en: 'answered by the cut-off (on time or late)' },
  },
  pqrsd_on_time_rate: {
    name: { es: 'Oportunidad de respuesta', en: 'Response timeliness' }, unit: 'percent', decimals: 1,
    formula: { es: 'respondidas a tiempo / respondidas', en: 'answered on time / answered' },
  },
  pqrsd_overdue: {
    name: { es: 'PQRSD vencidas sin respuesta', en: 'PQRSD overdue, unanswered' }, unit: 'count', decimals: 0,
    formula: { es: 'sin respuesta y con el vencimiento ya pasado al corte', en: 'pending with the due date passed at the cut-off' },
  },
  pqrsd_due_soon: {
    name: { es: 'PQRSD por vencer', en: 'PQRSD due soon' }, unit: 'count', decimals: 0,
    formula: { es: 'sin respuesta y con vencimiento en los 5 días hábiles siguientes al corte', en: 'pending, due within 5 business days of the cut-off' },
  },
  pqrsd_mean_response_days: {
    name: { es: 'Tiempo promedio de respuesta', en: 'Mean response time' }, unit: 'businessDays', decimals: 1,
    formula: { es: 'promedio de días hábiles de la radicación a la respuesta, de las respondidas', en: 'mean business days from filing to response, over answered requests' },
  },
  pqrsd_transferred: {
    name: { es: 'PQRSD trasladadas por competencia', en: 'PQRSD transferred' }, unit: 'count', decimals: 0,
    formula: { es: 'trasladadas por falta de competencia (Ley 1755 de 2015, art. 21)', en: 'forwarded for lack of competence (Ley 1755 de 2015, art. 21)' },
  },
} as const satisfies Record<string, PqrsdIndicatorSpec>;

export type PqrsdIndicatorId = keyof typeof pqrsdIndicatorRegistry;
export const pqrsdIndicatorIds = Object.keys(pqrsdIndicatorRegistry) as PqrsdIndicatorId[];

/** The dimensions a PQRSD indicator is broken down by. */
export type PqrsdDimension = 'type' | 'channel' | 'dependency';
export const pqrsdDimensions: readonly PqrsdDimension[] = ['type', 'channel', 'dependency'];
export const dimensionLabels: Record<PqrsdDimension, Bilingual> = {
  type: { es: 'Tipo', en: 'Type' },
  channel: { es: 'Canal', en: 'Channel' },
  dependency: { es: 'Dependencia', en: 'Unit' },
};

/** null = all requests of the month. */
export type PqrsdBreakdown = { by: PqrsdDimension; value: string } | null;

/** One computed value, unrounded. */
export interface PqrsdIndicatorValue {
  id: PqrsdIndicatorId;
  /** Month of filing, `YYYY-MM`. */
  month: string;
  breakdown: PqrsdBreakdown;
  value: number;
  unit: PqrsdUnit;
}

/** The counts and ratios of a group of requests (a month, a semester, a type…). */
export interface PqrsdFigures {
  received: number;
  answered: number;
  onTime: number;
  late: number;
  overdue: number;
  dueSoon: number;
  open: number;
  transferred: number;
  noTerm: number;
  /** Points; null when none answered. */
  onTimeRate: number | null;
  /** Business days; null when none answered. */
  meanResponseDays: number | null;
}

/** The figures of a group of requests (one pass). */
export function pqrsdFigures(requests: readonly PqrsdRequest[]): PqrsdFigures {
  const n: Record<PqrsdRequest['status'], number> = { 'a tiempo': 0, 'fuera de término': 0, vigente: 0, 'por vencer': 0, vencida: 0, trasladada: 0, 'sin término': 0 };
  let days = 0;
  for (const r of requests) {
    n[r.status]++;
    if (r.status === 'a tiempo' || r.status === 'fuera de término') days += r.businessDays!;
  }
  const answered = n['a tiempo'] + n['fuera de término'];
  return {
    received: requests.length,
    answered,
    onTime: n['a tiempo'],
    late: n['fuera de término'],
    overdue: n.vencida,
    dueSoon: n['por vencer'],
    open: n.vigente,
    transferred: n.trasladada,
    noTerm: n['sin término'],
    onTimeRate: answered ? (100 * n['a tiempo']) / answered : null,
    meanResponseDays: answered ? days / answered : null,
  };
}

/** The registry's indicators of a group, in registry order; rates and means absent when nothing was answered. */
export function indicatorsOfFigures(f: PqrsdFigures): { id: PqrsdIndicatorId; value: number }[] {
  const values: Record<PqrsdIndicatorId, number | null> = {
    pqrsd_received: f.received,
    pqrsd_answered: f.answered,
    pqrsd_on_time_rate: f.onTimeRate,
    pqrsd_overdue: f.overdue,
    pqrsd_due_soon: f.dueSoon,
    pqrsd_mean_response_days: f.meanResponseDays,
    pqrsd_transferred: f.transferred,
  };
  return pqrsdIndicatorIds.filter((id) => values[id] !== null).map((id) => ({ id, value: values[id]! }));
}

/** The value of a request along a dimension, or null when it has none. */
export function dimensionValue(r: PqrsdRequest, by: PqrsdDimension): string | null {
  return by === 'type' ? r.type : by === 'channel' ? r.channel : r.dependency;
}

/** A dimension's values among requests, in a stable order: types and channels as listed, units alphabetically. */
export function dimensionValues(requests: readonly PqrsdRequest[], by: PqrsdDimension): string[] {
  const present = new Set(requests.map((r) => dimensionValue(r, by)).filter((v): v is string => v !== null));
  if (by === 'type') return pqrsdTypes.filter((t) => present.has(t));
  if (by === 'channel') return channels.filter((c) => present.has(c));
  return [...present].sort((a, b) => a.localeCompare(b, 'es'));
}

/** Months of filing of the requests, ascending. */
export function filingMonths(requests: readonly PqrsdRequest[]): string[] {
  return [...new Set(requests.map((r) => r.filed.slice(0, 7)))].sort();
}

/** Requests grouped by a key, in first-seen order. */
function groupBy<K>(requests: readonly PqrsdRequest[], key: (r: PqrsdRequest) => K | null): Map<K, PqrsdRequest[]> {
  const groups = new Map<K, PqrsdRequest[]>();
  for (const r of requests) {
    const k = key(r);
    if (k === null) continue;
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Every indicator per month of filing: first the month's total, then by type, channel and dependencia. */
export function computePqrsdIndicators(requests: readonly PqrsdRequest[]): PqrsdIndicatorValue[] {
  const out: PqrsdIndicatorValue[] = [];
  const push = (month: string, breakdown: PqrsdBreakdown, group: readonly PqrsdRequest[]) => {
    for (const { id, value } of indicatorsOfFigures(pqrsdFigures(group))) out.push({ id, month, breakdown, value, unit: pqrsdIndicatorRegistry[id].unit });
  };
  const byMonth = groupBy(requests, (r) => r.filed.slice(0, 7));
  for (const month of [...byMonth.keys()].sort()) {
    const inMonth = byMonth.get(month)!;
    push(month, null, inMonth);
    for (const by of pqrsdDimensions) {
      const groups = groupBy(inMonth, (r) => dimensionValue(r, by));
      for (const value of dimensionValues(inMonth, by)) push(month, { by, value }, groups.get(value)!);
    }
  }
  return out;
}
