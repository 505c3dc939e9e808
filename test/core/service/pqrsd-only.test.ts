import { readServiceData } from '../../../core/service';
import { runDeck } from '../../../core/actions/deck';
import { defaultActionOptions, resolveActionOptions } from '../../../core/actions';
import { fixtureCutoff, fixtureWorkbook } from '../pqrsd/fixture';

const canalesFinding = (findings: readonly { code: string; params: Record<string, unknown>; severity: string }[]) =>
  findings.find((f) => f.code === 'missing-sheet' && f.params.sheet === 'Canales');

describe('a workbook without Canales nor the log', () => {
  test('with PQRSD requests, the missing Canales is information (what is not computed), in the checks and on the deck', () => {
    const wb = fixtureWorkbook();
    const f = canalesFinding(readServiceData(wb).findings)!;
    expect(f.severity).toBe('info');
    expect((f as unknown as { message: string }).message).toBe('Falta la hoja «Canales» y no hay registro «Interacciones»: los indicadores de atención por canal no se calculan; las PQRSD sí.');
    const deck = runDeck(wb, { ...defaultActionOptions, cutoff: fixtureCutoff }).deck!;
    // Information comes after the request's own errors and warnings: not an error row on the slide.
    const rows = deck.slides.find((s) => s.key === 'dataQuality')!.table!.rows;
    expect(rows.some((r) => /^Error/.test(r[0].text))).toBe(true);
    expect(rows.filter((r) => /Falta la hoja «Canales»/.test(r[2].text) && /^Error/.test(r[0].text))).toEqual([]);
  });
  test('with a PQRSD sheet of headers only (or none), it stays an error: the service report needs it', () => {
    const wb = fixtureWorkbook();
    wb.sheets = wb.sheets.map((s) => (s.name === 'PQRSD' ? { ...s, values: [s.values[0]] } : s));
    expect(canalesFinding(readServiceData(wb).findings)!.severity).toBe('error');
    expect(canalesFinding(readServiceData({ sheets: [] }).findings)!.severity).toBe('error');
  });
});

describe('the cut-off of a PQRSD-only deck (issue 10)', () => {
  const pqrsdText = (cutoff: string, cutoffDefault: boolean) => {
    const deck = runDeck(fixtureWorkbook(), { ...defaultActionOptions, cutoff, today: '2026-11-30', cutoffDefault }).deck!;
    return { month: deck.month, text: JSON.stringify(deck.slides.filter((s) => s.key === 'pqrsd')) };
  };
  test('without --fecha-corte, the month of the latest filing’s last day, not today', () => {
    const { month, text } = pqrsdText('2026-11-30', true);
    expect(month).toBe('2025-07');
    expect(text).toMatch(/31\/07\/2025/);
    expect(text).not.toMatch(/30\/11\/2026/);
  });
  test('a cut-off given (flag or Configuración) is kept', () => {
    const { text } = pqrsdText('2026-11-30', false);
    expect(text).toMatch(/30\/11\/2026/);
  });
  test('the options say whether the cut-off is a default', () => {
    const wb = fixtureWorkbook();
    expect(resolveActionOptions(wb, {}, '2026-11-30').options).toMatchObject({ cutoff: '2026-11-30', today: '2026-11-30', cutoffDefault: true });
    expect(resolveActionOptions(wb, { cutoff: '2025-06-30' }, '2026-11-30').options).toMatchObject({ cutoff: '2025-06-30', cutoffDefault: false });
  });
});
