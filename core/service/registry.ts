/**
 * The indicator registry (indicators.md): every indicator declared once. The `Indicadores` sheet,
 * the README table, the `Reportado` name lookup and the custom functions are generated from it.
 */
import type { Bilingual } from '../i18n';

export type Unit = 'count' | 'percent';
/** Entity-wide values carry the channel `ANM`. */
export type ChannelOrEntity = 'Telefónico' | 'Presencial' | 'Virtual' | 'ANM';

/** One computed value: unrounded; rounding is for display only. */
export interface IndicatorValue {
  id: IndicatorId;
  month: string;
  channel: ChannelOrEntity;
  /** Point type, point, interaction type or concept; null when not a breakdown. */
  breakdown: string | null;
  value: number;
  unit: Unit;
  /**
   * Entity-wide rates and means built over only some of the month's channels (the others do not
   * measure the figure, README "Cómo se leen los datos"): the channels it covers. Absent when it
   * covers every channel of the month.
   */
  covers?: Exclude<ChannelOrEntity, 'ANM'>[];
}

export interface IndicatorSpec {
  name: Bilingual;
  unit: Unit;
  /** What it is computed per. */
  per: Bilingual;
  formula: Bilingual;
  /** Decimals shown (percentages in points). */
  decimals: number;
}

const pct = 1;

export const indicatorRegistry = {
  interactions: {
    name: { es: 'Interacciones', en: 'Interactions' }, unit: 'count', decimals: 0,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'Interacciones del canal; ANM = suma de los canales', en: 'Channel interactions; ANM = sum of channels' },
  },
  channel_share: {
    name: { es: 'Participación del canal', en: 'Channel share' }, unit: 'percent', decimals: pct,
    per: { es: 'canal', en: 'channel' },
    formula: { es: 'interacciones del canal / interacciones ANM', en: 'channel interactions / ANM interactions' },
  },
  ytd_interactions: {
    name: { es: 'Acumulado del año', en: 'Year to date' }, unit: 'count', decimals: 0,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'suma de interacciones de los meses del mismo año hasta este mes', en: 'sum of interactions over the months of the same year up to this month' },
  },
  month_over_month: {
    name: { es: 'Variación mensual', en: 'Month-over-month change' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'interacciones(m) / interacciones(m−1) − 1; sin valor si falta m−1', en: 'interactions(m) / interactions(m−1) − 1; absent when m−1 is missing' },
  },
  first_contact_resolution: {
    name: { es: 'Solución en primer contacto', en: 'First-contact resolution' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'resueltas en primer contacto / interacciones; ANM sobre los canales que reportan ambos', en: 'resolved at first contact / interactions; ANM over the channels reporting both' },
  },
  answered_call_rate: {
    name: { es: 'Llamadas contestadas vs. entrantes', en: 'Answered vs. incoming calls' }, unit: 'percent', decimals: pct,
    per: { es: 'Telefónico', en: 'phone' },
    formula: { es: 'llamadas contestadas / llamadas entrantes', en: 'answered calls / incoming calls' },
  },
  survey_response_rate: {
    name: { es: 'Tasa de respuesta de la encuesta', en: 'Survey response rate' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'encuestados / interacciones; ANM sobre los canales que reportan encuestados', en: 'respondents / interactions; ANM over the channels reporting respondents' },
  },
  satisfaction: {
    name: { es: 'Satisfacción', en: 'Satisfaction' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'canal: como se reporta (o del registro: favorables / encuestados); ANM: promedio ponderado por encuestados', en: 'channel: as given (or from the log: favourable / respondents); ANM: mean weighted by respondents' },
  },
  perception: {
    name: { es: 'Percepción', en: 'Perception' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'como Satisfacción', en: 'as Satisfaction' },
  },
  trust: {
    name: { es: 'Confianza', en: 'Trust' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'como Satisfacción', en: 'as Satisfaction' },
  },
  consolidated_satisfaction: {
    name: { es: 'Satisfacción consolidada', en: 'Consolidated satisfaction' }, unit: 'percent', decimals: pct,
    per: { es: 'ANM', en: 'ANM' },
    formula: { es: '(satisfacción + percepción + confianza) / 3, las tres de toda la entidad', en: '(satisfaction + perception + trust) / 3, all three entity-wide' },
  },
  satisfaction_ci_low: {
    name: { es: 'Satisfacción: intervalo de confianza 95 % (inferior)', en: 'Satisfaction: 95 % confidence interval (low)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  satisfaction_ci_high: {
    name: { es: 'Satisfacción: intervalo de confianza 95 % (superior)', en: 'Satisfaction: 95 % confidence interval (high)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  perception_ci_low: {
    name: { es: 'Percepción: intervalo de confianza 95 % (inferior)', en: 'Perception: 95 % confidence interval (low)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  perception_ci_high: {
    name: { es: 'Percepción: intervalo de confianza 95 % (superior)', en: 'Perception: 95 % confidence interval (high)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  trust_ci_low: {
    name: { es: 'Confianza: intervalo de confianza 95 % (inferior)', en: 'Trust: 95 % confidence interval (low)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  trust_ci_high: {
    name: { es: 'Confianza: intervalo de confianza 95 % (superior)', en: 'Trust: 95 % confidence interval (high)' }, unit: 'percent', decimals: pct,
    per: { es: 'canal, ANM', en: 'channel, ANM' },
    formula: { es: 'intervalo de Wilson al 95 % (z = 1,959964) con n = encuestados', en: 'Wilson score interval at 95 % (z = 1.959964) with n = respondents' },
  },
  point_type_interactions: {
    name: { es: 'Interacciones por tipo de punto', en: 'Interactions by point type' }, unit: 'count', decimals: 0,
    per: { es: 'Presencial × tipo de punto', en: 'in person × point type' },
    formula: { es: 'suma de Presencial por punto según Tipo de punto', en: 'sum of Presencial por punto by point type' },
  },
  point_type_share: {
    name: { es: 'Participación por tipo de punto', en: 'Share by point type' }, unit: 'percent', decimals: pct,
    per: { es: 'Presencial × tipo de punto', en: 'in person × point type' },
    formula: { es: 'interacciones del tipo de punto / suma de todos los tipos', en: 'point type interactions / sum over point types' },
  },
  point_interactions: {
    name: { es: 'Interacciones por punto', en: 'Interactions by point' }, unit: 'count', decimals: 0,
    per: { es: 'Presencial × punto', en: 'in person × point' },
    formula: { es: 'como se reporta', en: 'as given' },
  },
  interaction_type_count: {
    name: { es: 'Interacciones por tipo', en: 'Interactions by type' }, unit: 'count', decimals: 0,
    per: { es: 'canal × tipo', en: 'channel × type' },
    formula: { es: 'como se reporta', en: 'as given' },
  },
  interaction_type_share: {
    name: { es: 'Participación por tipo', en: 'Share by type' }, unit: 'percent', decimals: 2,
    per: { es: 'canal × tipo', en: 'channel × type' },
    formula: { es: 'conteo / suma de los tipos del canal y mes (total tipificado)', en: 'count / sum of the channel’s typified counts that month' },
  },
  typified_coverage: {
    name: { es: 'Cobertura de tipificación', en: 'Typified coverage' }, unit: 'percent', decimals: pct,
    per: { es: 'canal', en: 'channel' },
    formula: { es: 'suma de interacciones por tipo / interacciones', en: 'sum of interactions by type / interactions' },
  },
  virtual_management: {
    name: { es: 'Gestión canal virtual', en: 'Virtual channel management' }, unit: 'count', decimals: 0,
    per: { es: 'Virtual × concepto', en: 'virtual × concept' },
    formula: { es: 'como se reporta', en: 'as given' },
  },
} as const satisfies Record<string, IndicatorSpec>;

export type IndicatorId = keyof typeof indicatorRegistry;
export const indicatorIds = Object.keys(indicatorRegistry) as IndicatorId[];
