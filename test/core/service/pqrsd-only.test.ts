import { readServiceData } from '../../../core/service';
import { runDeck } from '../../../core/actions/deck';
import { defaultActionOptions } from '../../../core/actions';
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
