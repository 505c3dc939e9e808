/** The `diapositivas` action: the deck plan of a workbook, with the accountability slides when their sheets exist. */
import { actions, defaultActionOptions, type ActionOptions } from '../../../core/actions';
import { deckAction, runDeck } from '../../../core/actions/deck';
import type { RawWorkbook } from '../../../core/workbook';
import { accountabilityExampleSheets, exampleCutoff } from '../../../examples/data/accountability';
import { exampleServiceWorkbook } from '../../fixtures/example';

const options = (o: Partial<ActionOptions> = {}): ActionOptions => ({ ...defaultActionOptions, cutoff: exampleCutoff, ...o });
const keys = (wb: RawWorkbook, o: Partial<ActionOptions> = {}) => runDeck(wb, options(o)).deck!.slides.map((s) => s.key);

test('is registered as `diapositivas`, after the checks', () => {
  expect(deckAction).toEqual(expect.objectContaining({ id: 'deck', command: 'diapositivas' }));
  expect(actions.map((a) => a.id).slice(0, 3)).toEqual(['indicators', 'checks', 'deck']);
});

describe('on the example workbook', () => {
  const result = runDeck(exampleServiceWorkbook(), options());

  test('plans February 2025 from the computed indicators, with the checks’ findings', () => {
    const plan = result.deck!;
    expect(plan.month).toBe('2025-02');
    const channels = plan.slides.find((s) => s.key === 'channels')!;
    expect(channels.cards.map((c) => c.value)).toEqual(['142', '1.371', '6.217', '7.730']);
    const quality = plan.slides.find((s) => s.key === 'dataQuality')!;
    expect(Number(quality.cards[0].value)).toBeGreaterThan(0); // the example's published mismatches
    expect(result.sheets).toEqual([]);
    expect(result.summary).toEqual([`Diapositivas: ${plan.slides.length} de Febrero 2025 (ANM).`]);
  });

  test('without accountability sheets there are no accountability slides', () => {
    expect(keys(exampleServiceWorkbook())).not.toContain('selfDiagnosis');
    expect(keys(exampleServiceWorkbook())).not.toContain('spaces');
  });

  test('with them, the self-diagnosis and spaces slides close the deck', () => {
    const wb = exampleServiceWorkbook();
    wb.sheets.push(...accountabilityExampleSheets.map((s) => ({ name: s.name, values: s.rows.map((r) => [...r]) })));
    const plan = runDeck(wb, options()).deck!;
    expect(plan.slides.slice(-2).map((s) => s.key)).toEqual(['selfDiagnosis', 'spaces']);
    const self = plan.slides[plan.slides.length - 2];
    expect(self.chart!.categories).toEqual(['Aprestamiento', 'Diseño', 'Preparación', 'Ejecución', 'Seguimiento'].map((s) => expect.stringContaining(s)));
    expect(self.chart!.max).toBe(100);
    const spaces = plan.slides[plan.slides.length - 1];
    expect(spaces.subtitle).toBe('Corte: 31/10/2021');
    expect(spaces.cards[0].label).toBe('Espacios registrados');
  });

  test('names and language from the options', () => {
    const plan = runDeck(exampleServiceWorkbook(), options({ entity: 'Alcaldía', group: 'Servicio al Ciudadano', locale: 'en' })).deck!;
    expect(plan.slides[0].items).toEqual(['Alcaldía', 'Servicio al Ciudadano']);
    expect(plan.slides[1].title).toBe('Channels this month');
  });
});

describe('without data for the month', () => {
  test('a month absent from the data: unusable, no deck, one line saying which months have data', () => {
    const result = runDeck(exampleServiceWorkbook(), options({ month: '2024-12' }));
    expect(result.deck).toBeUndefined();
    expect(result.unusable).toBe('no hay datos de diciembre de 2024 (2024-12): los meses con datos son 2025-01 a 2025-02.');
  });

  test('a workbook without service sheets: unusable, no deck', () => {
    const result = runDeck({ sheets: [] }, options({ locale: 'en' }));
    expect(result.deck).toBeUndefined();
    expect(result.unusable).toMatch(/^the workbook has neither the “Canales” sheet nor the “Interacciones” log/);
  });
});
