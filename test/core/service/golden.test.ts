/** Golden: every value of indicators.md's February 2025 worked example, at the precision shown. */
import { computeServiceIndicators, findIndicator, type ChannelOrEntity, type IndicatorId } from '../../../core/service';
import { exampleServiceWorkbook } from '../../fixtures/example';

const { indicators, data } = computeServiceIndicators(exampleServiceWorkbook());
const value = (id: IndicatorId, channel: ChannelOrEntity, breakdown: string | null = null, month = '2025-02') => {
  const v = findIndicator(indicators, id, month, channel, breakdown);
  if (!v) throw new Error(`missing ${id} ${channel} ${breakdown}`);
  return v.value;
};
/** Rounds as the report shows: `decimals` decimals. */
const shown = (n: number, decimals: number) => Number(n.toFixed(decimals));

describe('February 2025 worked example', () => {
  test('reads the example without findings', () => {
    expect(data.findings).toEqual([]);
  });

  test.each([
    ['Telefónico', 142], ['Presencial', 1371], ['Virtual', 6217], ['ANM', 7730],
  ] as const)('interactions %s = %d', (channel, expected) => {
    expect(value('interactions', channel)).toBe(expected);
  });

  test.each([
    ['Telefónico', 684], ['Presencial', 2218], ['Virtual', 11070], ['ANM', 13972],
  ] as const)('ytd_interactions %s = %d', (channel, expected) => {
    expect(value('ytd_interactions', channel)).toBe(expected);
  });

  test('first-contact resolution 98,3 % / 83,1 %', () => {
    expect(shown(value('first_contact_resolution', 'Presencial'), 1)).toBe(98.3);
    expect(shown(value('first_contact_resolution', 'Telefónico'), 1)).toBe(83.1);
  });

  test('answered calls 92 % (92,2 %)', () => {
    expect(shown(value('answered_call_rate', 'Telefónico'), 0)).toBe(92);
    expect(shown(value('answered_call_rate', 'Telefónico'), 1)).toBe(92.2);
  });

  test('survey response 79 % / 21 %', () => {
    expect(shown(value('survey_response_rate', 'Presencial'), 0)).toBe(79);
    expect(shown(value('survey_response_rate', 'Telefónico'), 0)).toBe(21);
  });

  test('entity-wide survey indicators weighted by respondents', () => {
    expect(shown(value('satisfaction', 'ANM'), 3)).toBe(99.805);
    expect(shown(value('satisfaction', 'ANM'), 1)).toBe(99.8);
    expect(shown(value('perception', 'ANM'), 3)).toBe(98.441);
    expect(shown(value('perception', 'ANM'), 1)).toBe(98.4);
    expect(shown(value('trust', 'ANM'), 3)).toBe(97.76);
    expect(shown(value('trust', 'ANM'), 1)).toBe(97.8);
  });

  test('consolidated satisfaction from unrounded values: 98,669 → 98,7 %', () => {
    expect(shown(value('consolidated_satisfaction', 'ANM'), 3)).toBe(98.669);
    expect(shown(value('consolidated_satisfaction', 'ANM'), 1)).toBe(98.7);
  });

  test('RUCOM share of typified calls 35,87 % and the other types', () => {
    expect(shown(value('interaction_type_share', 'Telefónico', 'RUCOM'), 2)).toBe(35.87);
    expect(shown(value('interaction_type_share', 'Telefónico', 'Fallas tecnológicas'), 2)).toBe(21.74);
    expect(shown(value('interaction_type_share', 'Telefónico', 'AnnA Minería'), 2)).toBe(42.39);
  });

  test('typified coverage 64,8 % (92 of 142)', () => {
    expect(shown(value('typified_coverage', 'Telefónico'), 1)).toBe(64.8);
  });

  test('Wilson 95 % lower bound for 30 of 30 satisfied: 88,6 %', () => {
    expect(shown(value('satisfaction_ci_low', 'Telefónico'), 1)).toBe(88.6);
    expect(value('satisfaction_ci_high', 'Telefónico')).toBeCloseTo(100, 9);
  });

  test('month over month −73,8 % / +61,9 % / +28,1 %', () => {
    expect(shown(value('month_over_month', 'Telefónico'), 1)).toBe(-73.8);
    expect(shown(value('month_over_month', 'Presencial'), 1)).toBe(61.9);
    expect(shown(value('month_over_month', 'Virtual'), 1)).toBe(28.1);
  });

  test('Sede Central share is 82,2 %, not the printed 78 %; PAR 17,8 %', () => {
    expect(shown(value('point_type_share', 'Presencial', 'Sede Central'), 1)).toBe(82.2);
    expect(shown(value('point_type_share', 'Presencial', 'PAR'), 1)).toBe(17.8);
  });

  test('virtual management as given', () => {
    expect(value('virtual_management', 'Virtual', 'PQRS en seguimiento')).toBe(5258);
  });

  test('absent, not 0: no month-over-month for January, no FCR for Virtual, no answered rate outside phone', () => {
    expect(findIndicator(indicators, 'month_over_month', '2025-01', 'Telefónico')).toBeUndefined();
    expect(findIndicator(indicators, 'first_contact_resolution', '2025-02', 'Virtual')).toBeUndefined();
    expect(findIndicator(indicators, 'satisfaction', '2025-01', 'ANM')).toBeUndefined();
    expect(indicators.filter((v) => v.id === 'answered_call_rate').map((v) => v.channel)).toEqual(['Telefónico']);
  });
});
