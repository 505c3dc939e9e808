/** `<base>-indicadores.json` says whose total the contract's `channel: "ANM"` key is. */
import { indicatorsJson, runIndicators } from '../../../core/actions/indicators';
import { defaultActionOptions } from '../../../core/actions';
import type { RawWorkbook } from '../../../core/workbook';

const canales: RawWorkbook = { sheets: [{ name: 'Canales', values: [['Mes', 'Canal', 'Interacciones'], ['2025-03', 'Telefónico', 10], ['2025-03', 'Virtual', 5]] }] };

test('another entity: the total keeps the contract key and the JSON names the entity', () => {
  const names = { entity: 'Instituto Nacional de Vías', entityShort: 'INVÍAS', group: null, groupShort: null };
  const json = runIndicators(canales, { ...defaultActionOptions, names }).files[0].json as ReturnType<typeof indicatorsJson>;
  expect(json.entity).toEqual({ name: 'Instituto Nacional de Vías', acronym: 'INVÍAS', totalChannel: 'ANM' });
  expect(json.indicators.find((v) => v.id === 'interactions' && v.channel === 'ANM')!.value).toBe(15);
});

test('an unnamed entity: entity fields are null, never ANM', () => {
  const json = runIndicators(canales, defaultActionOptions).files[0].json as ReturnType<typeof indicatorsJson>;
  expect(json.entity).toEqual({ name: null, acronym: null, totalChannel: 'ANM' });
});
