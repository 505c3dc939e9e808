/**
 * Sheets a coordinator can read without resizing a column: every output sheet of `todo` on the
 * example workbook, in Spanish and English, has its text within its columns (or wrapped), and the
 * English run names nothing in Spanish that a reader sees as a sheet name.
 */
import { actionsForCommand, resolveActionOptions, runActions } from '../../../core/actions';
import type { Locale } from '../../../core/i18n';
import { exampleWorkbook } from '../../fixtures/example';
import { overflowingCells } from '../../support/sheet-fit';

function outputSheets(locale: Locale) {
  const wb = exampleWorkbook();
  const { options } = resolveActionOptions(wb, { locale }, '2026-01-15');
  return runActions(actionsForCommand('todo'), wb, { ...options, partOfAll: true }).flatMap((r) => r.result.sheets);
}

describe.each(['es', 'en'] as const)('output sheets of the example (%s)', (locale) => {
  const sheets = outputSheets(locale).filter((s) => !s.hidden && !s.name.startsWith('_cc_'));

  test('are the expected ones', () => {
    expect(sheets.map((s) => s.name)).toEqual(
      locale === 'es'
        ? ['Indicadores', 'Hallazgos', 'Resultado autodiagnóstico', 'Línea base espacios']
        : ['Indicators', 'Findings', 'Self-diagnosis result', 'Spaces baseline'],
    );
  });

  test.each(['Indicadores', 'Hallazgos', 'Resultado autodiagnóstico', 'Línea base espacios'].map((_, i) => i))('sheet %i: no text wider than its column', (i) => {
    expect(overflowingCells(sheets[i])).toEqual([]);
  });
});

test('the English run writes no Spanish sheet name into its own texts', () => {
  const texts = JSON.stringify(outputSheets('en').filter((s) => !s.name.startsWith('_cc_')).map((s) => s.rows));
  expect(texts).not.toMatch(/hoja Hallazgos|Hallazgos sheet|«Hallazgos»/);
});
