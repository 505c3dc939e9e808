/** The indicators action's summary speaks of the month asked for, and says where its problems are listed. */
import { runIndicators } from '../../../core/actions/indicators';
import { defaultActionOptions } from '../../../core/actions';
import type { RawWorkbook } from '../../../core/workbook';

const canales: RawWorkbook = {
  sheets: [{
    name: 'Canales',
    values: [
      ['Mes', 'Canal', 'Interacciones'],
      ['2025-01', 'Telefónico', 10], ['2025-01', 'Virtual', 5],
      ['2025-02', 'Telefónico', 20], ['2025-02', 'Virtual', 'veinte'],
    ],
  }],
};

test('--mes: the month line is the month asked for, not the latest', () => {
  expect(runIndicators(canales, { ...defaultActionOptions, month: '2025-01' }).summary).toContain('Enero 2025: 15 interacciones (Telefónico 10, Virtual 5).');
  expect(runIndicators(canales, defaultActionOptions).summary.join('\n')).not.toContain('Enero 2025:');
});

test('run alone it points to revisar; as part of todo (which runs revisar) to the Hallazgos sheet', () => {
  expect(runIndicators(canales, defaultActionOptions).summary.join('\n')).toContain('ejecute «revisar» para verlos');
  const all = runIndicators(canales, { ...defaultActionOptions, partOfAll: true }).summary.join('\n');
  expect(all).toContain('están en la hoja «Hallazgos»');
  expect(all).not.toContain('ejecute «revisar»');
});
