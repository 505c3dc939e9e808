/**
 * The February 2025 worked example of indicators.md as hand-made indicator values (unrounded,
 * computed here from the report's inputs), so the deck is tested apart from core/service.
 */
import type { ChannelOrEntity, IndicatorId, IndicatorValue } from '../../../core/service/registry';
import { indicatorRegistry } from '../../../core/service/registry';

function wilson(p: number, n: number): [number, number] {
  const z = 1.959964;
  const z2 = z * z;
  const d = 1 + z2 / n;
  const c = (p + z2 / (2 * n)) / d;
  const h = (z / d) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [100 * Math.max(0, c - h), 100 * Math.min(1, c + h)];
}

export function february2025(): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  const add = (id: IndicatorId, month: string, channel: ChannelOrEntity, value: number, breakdown: string | null = null) =>
    out.push({ id, month, channel, breakdown, value, unit: indicatorRegistry[id].unit });

  const jan = { Telefónico: 542, Presencial: 847, Virtual: 4853 };
  const feb = { Telefónico: 142, Presencial: 1371, Virtual: 6217 };
  const janTotal = 542 + 847 + 4853;
  const febTotal = 142 + 1371 + 6217;
  for (const [c, n] of Object.entries(jan) as [ChannelOrEntity, number][]) {
    add('interactions', '2025-01', c, n);
    add('channel_share', '2025-01', c, (100 * n) / janTotal);
    add('ytd_interactions', '2025-01', c, n);
  }
  add('interactions', '2025-01', 'ANM', janTotal);
  add('ytd_interactions', '2025-01', 'ANM', janTotal);

  const m = '2025-02';
  for (const [c, n] of Object.entries(feb) as [keyof typeof jan, number][]) {
    add('interactions', m, c, n);
    add('channel_share', m, c, (100 * n) / febTotal);
    add('ytd_interactions', m, c, n + jan[c]);
    add('month_over_month', m, c, (100 * n) / jan[c] - 100);
  }
  add('interactions', m, 'ANM', febTotal);
  add('ytd_interactions', m, 'ANM', febTotal + janTotal);
  add('month_over_month', m, 'ANM', (100 * febTotal) / janTotal - 100);

  add('first_contact_resolution', m, 'Telefónico', (100 * 118) / 142);
  add('first_contact_resolution', m, 'Presencial', (100 * 1348) / 1371);
  add('first_contact_resolution', m, 'ANM', (100 * (118 + 1348)) / (142 + 1371));
  add('answered_call_rate', m, 'Telefónico', (100 * 142) / 154);
  add('survey_response_rate', m, 'Telefónico', (100 * 30) / 142);
  add('survey_response_rate', m, 'Presencial', (100 * 1085) / 1371);
  add('survey_response_rate', m, 'ANM', (100 * 1115) / (142 + 1371));

  const survey = {
    Telefónico: { n: 30, satisfaction: 100, perception: 96.3, trust: 96.3 },
    Presencial: { n: 1085, satisfaction: 99.8, perception: 98.5, trust: 97.8 },
  };
  const entity: Record<string, number> = {};
  for (const id of ['satisfaction', 'perception', 'trust'] as const) {
    for (const [c, s] of Object.entries(survey) as [ChannelOrEntity, (typeof survey)['Presencial']][]) {
      add(id, m, c, s[id]);
      const [low, high] = wilson(s[id] / 100, s.n);
      add(`${id}_ci_low`, m, c, low);
      add(`${id}_ci_high`, m, c, high);
    }
    entity[id] = (survey.Telefónico[id] * 30 + survey.Presencial[id] * 1085) / 1115;
    add(id, m, 'ANM', entity[id]);
    const [low, high] = wilson(entity[id] / 100, 1115);
    add(`${id}_ci_low`, m, 'ANM', low);
    add(`${id}_ci_high`, m, 'ANM', high);
  }
  add('consolidated_satisfaction', m, 'ANM', (entity.satisfaction + entity.perception + entity.trust) / 3);

  add('point_type_interactions', m, 'Presencial', 1127, 'Sede Central');
  add('point_type_share', m, 'Presencial', (100 * 1127) / 1371, 'Sede Central');
  add('point_type_interactions', m, 'Presencial', 244, 'PAR');
  add('point_type_share', m, 'Presencial', (100 * 244) / 1371, 'PAR');

  const types = { 'Fallas tecnológicas': 20, RUCOM: 33, 'AnnA Minería': 39 };
  for (const [k, n] of Object.entries(types)) {
    add('interaction_type_count', m, 'Telefónico', n, k);
    add('interaction_type_share', m, 'Telefónico', (100 * n) / 92, k);
  }
  add('typified_coverage', m, 'Telefónico', (100 * 92) / 142);

  add('virtual_management', m, 'Virtual', 2102, 'Comunicaciones radicadas del correo de contacto');
  add('virtual_management', m, 'Virtual', 5258, 'PQRS en seguimiento');
  add('virtual_management', m, 'Virtual', 2875, 'Comunicaciones del radicador web asignadas');
  return out;
}
