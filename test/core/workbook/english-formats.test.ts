/** English mode: output sheets' number formats speak English, like their `Value shown` text. */
import { chartFormatCode, displayText, fitColumns, numberFormatCode, type OutputSheet } from '../../../core/output';
import { buildIndicatorsSheet } from '../../../core/actions/indicators';
import { noNames } from '../../../core/config';
import { sheetModels } from '../../../cli/xlsx/writer';

const sheet = (locale: 'es' | 'en'): OutputSheet =>
  fitColumns({ name: 'S', rows: [[{ value: 1091, format: 'count' }, { value: 84.7, format: 'percent' }]], charts: [{ kind: 'column', title: 't', categories: 'A1:A1', series: [], anchor: { cell: 'D1', columns: 2, rows: 2 }, format: 'count' }] }, { locale });

test('an English sheet carries en-US format codes; a Spanish one stays es-CO', () => {
  expect(sheet('en').locale).toBe('en');
  expect(sheet('en').charts![0].locale).toBe('en');
  expect(sheet('es').locale).toBeUndefined();
  expect(numberFormatCode('count', undefined, 'en')).toBe('[$-409]#,##0');
  expect(numberFormatCode('percent', 1, 'en')).toBe('[$-409]0.0 %');
  expect(numberFormatCode('percent', 1)).toBe('[$-240A]0.0 %');
  expect(chartFormatCode('count', 0, 'en')).toBe('[$-409]#,##0');
  expect(chartFormatCode('percent', 2, 'en')).toBe('[$-409]0.00 %');
  expect(chartFormatCode('count', 0)).not.toContain('409');
});

test('the written cells of an English Indicators sheet use English codes, matching Value shown', () => {
  const values = [{ id: 'interactions' as const, month: '2025-03', channel: 'Presencial' as const, breakdown: null, value: 1091, unit: 'count' as const }];
  const en = buildIndicatorsSheet(values, ['2025-03'], { locale: 'en', names: noNames });
  expect(displayText(en.rows[1][6])).toBe('1,091'); // Value shown
  const [model] = sheetModels([en]);
  const codes = JSON.stringify(model);
  expect(codes).toContain('[$-409]#,##0');
  expect(codes).not.toContain('[$-240A]');
  const es = JSON.stringify(sheetModels([buildIndicatorsSheet(values, ['2025-03'], { locale: 'es', names: noNames })])[0]);
  expect(es).toContain('[$-240A]#,##0');
});
