/** The `diapositivas` action: the deck plan of a workbook, with the accountability slides when their sheets exist. */
import { actions, actionsForCommand, defaultActionOptions, resolveActionOptions, runActions, type ActionOptions } from '../../../core/actions';
import { fixtureCutoff, fixtureWorkbook } from '../pqrsd/fixture';
import { deckAction, runDeck } from '../../../core/actions/deck';
import type { RawWorkbook } from '../../../core/workbook';
import { accountabilityExampleSheets, exampleCutoff } from '../../../examples/data/accountability';
import { exampleServiceWorkbook, exampleWorkbook } from '../../fixtures/example';

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
    expect(result.summary).toEqual([`Diapositivas: ${plan.slides.length} de Febrero 2025.`]);
  });

  test('a blank survey count is footnoted on the slides that would show the figure, naming the cell', () => {
    const wb = exampleServiceWorkbook();
    const canales = wb.sheets.find((s) => s.name === 'Canales')!;
    canales.values[5][6] = null; // Presencial, February 2025, Encuestados: Canales!G6
    const plan = runDeck(wb, options()).deck!;
    const of = (key: string) => plan.slides.find((s) => s.key === key)!.footnotes.join(' ');
    for (const key of ['inPerson', 'satisfaction', 'satisfactionAnalysis']) expect(of(key)).toContain('Presencial: sin dato de encuestados (Canales!G6 en blanco)');
    expect(of('channels')).not.toContain('encuestados');
    // The untouched workbook has no such note.
    expect(result.deck!.slides.flatMap((s) => s.footnotes).join(' ')).not.toContain('encuestados');
  });

  test('a blank count is shown as Sin dato where the channel would be, with a footnote naming the cell and what is not computed', () => {
    const wb = exampleServiceWorkbook();
    const canales = wb.sheets.find((s) => s.name === 'Canales')!;
    canales.values[5][2] = null; // Presencial, February 2025: Canales!C6
    const plan = runDeck(wb, options()).deck!;
    const channels = plan.slides.find((s) => s.key === 'channels')!;
    expect(channels.cards.map((c) => [c.value, c.label, c.detail])).toEqual([
      ['142', 'Canal telefónico', ['−73,8 % frente a enero']],
      ['Sin dato', 'Canal presencial', ['Canales!C6 en blanco']],
      ['6.217', 'Canal virtual', ['+28,1 % frente a enero']],
    ]);
    // No total, no shares: a partial figure is never presented as whole.
    expect(channels.footnotes[0]).toBe('Presencial: sin dato de interacciones (Canales!C6 en blanco); no se calculan el total de la entidad ni la participación de cada canal.');
    const ytd = plan.slides.find((s) => s.key === 'yearToDate')!;
    expect(ytd.cards.map((c) => [c.value, c.label])).toEqual([['684', 'Canal telefónico'], ['Sin dato', 'Canal presencial'], ['11.070', 'Canal virtual']]);
    expect(ytd.cards[1].detail).toEqual(['Enero: 847', 'Febrero: sin dato']);
    expect(ytd.footnotes[0]).toBe('Presencial: sin dato de interacciones (Canales!C6 en blanco); no se calculan su acumulado del año ni el total de la entidad.');
    const inPerson = plan.slides.find((s) => s.key === 'inPerson')!;
    expect(inPerson.cards[0]).toMatchObject({ value: 'Sin dato', label: 'Interacciones atendidas', detail: ['Canales!C6 en blanco'] });
    expect(inPerson.footnotes[0]).toBe('Presencial: sin dato de interacciones (Canales!C6 en blanco).');
    // A blank in an earlier month: the year to date and the changes say which month.
    const jan = exampleServiceWorkbook();
    jan.sheets.find((s) => s.name === 'Canales')!.values[2][2] = null;
    const janPlan = runDeck(jan, options({ locale: 'en' })).deck!;
    expect(janPlan.slides.find((s) => s.key === 'yearToDate')!.footnotes[0]).toBe(
      'In person: no interactions figure for January (Canales!C3 is blank); its year to date and the entity total are not computed.',
    );
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
    expect(spaces.subtitle).toBe('Vigencia 2021 · Corte: 31/10/2021');
    expect(spaces.cards[0].label).toBe('Espacios registrados');
  });

  test('names and language from the options', () => {
    const names = { entity: 'Alcaldía', entityShort: null, group: 'Servicio al Ciudadano', groupShort: null };
    const plan = runDeck(exampleServiceWorkbook(), options({ names, locale: 'en' })).deck!;
    expect(plan.slides[0].items).toEqual(['Alcaldía', 'Servicio al Ciudadano']);
    expect(plan.slides[2].title).toBe('Channels in February');
  });
});

describe('on the whole example workbook, options resolved from its Configuración', () => {
  const wb = exampleWorkbook();
  const { options: resolved } = resolveActionOptions(wb, {}, '2026-01-15');
  const result = runDeck(wb, resolved);
  const plan = result.deck!;

  test('ANM’s names, the month’s last day as the cut-off', () => {
    expect(resolved.cutoff).toBe('2025-02-28');
    expect(plan.slides[0].items).toEqual(['Agencia Nacional de Minería', 'Grupo de Atención, Participación Ciudadana y Comunicaciones']);
    expect(result.summary).toEqual([`Diapositivas: ${plan.slides.length} de Febrero 2025 (ANM).`]);
  });

  test('the report’s slides, with its Entregas de valor, its note and footnotes from Reportado', () => {
    const keys = plan.slides.map((s) => s.key);
    expect([...new Set(keys)]).toEqual([
      'cover', 'glossary', 'channels', 'yearToDate', 'inPerson', 'inPersonPoints', 'phone', 'virtual', 'satisfaction', 'surveyDefinitions',
      'serviceAnalysis', 'satisfactionAnalysis', 'perceptionAnalysis', 'trustAnalysis', 'valueDelivered', 'dataQuality', 'selfDiagnosis', 'spaces', 'closing',
    ]);
    const glossary = plan.slides.filter((s) => s.key === 'glossary').flatMap((s) => s.paragraphs.map((p) => p.runs[0].text));
    expect(glossary).toEqual(['Canal: ', 'Telefónico: ', 'Presencial: ', 'Virtual: ', 'Escalamiento: ', 'Te llamamos: ', 'Chat: ']);
    const delivered = plan.slides.filter((s) => s.key === 'valueDelivered');
    expect([...new Set(delivered.map((s) => s.title.replace(' (continuación)', '')))]).toEqual([
      'Entregas de valor canal virtual', 'Entregas de valor canal presencial', 'Entregas de valor canal telefónico', 'Entregas de valor',
    ]);
    const trust = plan.slides.find((s) => s.key === 'trustAnalysis')!;
    expect(trust.paragraphs[trust.paragraphs.length - 1]).toMatchObject({ kind: 'note', runs: [{ text: expect.stringMatching(/^La medición del mes de febrero contiene una muestra/) }] });
    expect(trust.footnotes).toEqual([
      'Confianza (ANM): publicado 97,7 %; calculado 97,76 % (Reportado!E26).',
      'Confianza (Presencial): publicado 97 %; calculado 97,8 % (Reportado!E38).',
    ]);
    expect(plan.slides.find((s) => s.key === 'inPersonPoints')!.footnotes).toEqual(['Participación por tipo de punto (Presencial, Sede Central): publicado 78 %; calculado 82,2 % (Reportado!E30).']);
  });

  test('the accountability slides carry their own vigencia and cut-off, and the unreadable rows', () => {
    const spaces = plan.slides.find((s) => s.key === 'spaces')!;
    expect(spaces.subtitle).toBe('Vigencia 2021 · Corte: 28/02/2025');
    expect(spaces.note).toMatch(/^\d+ filas tienen datos que no se pudieron leer/);
    // Pointing to the sheet whose «Datos por revisar» lists them (not Hallazgos).
    expect(spaces.note).toMatch(/\(vea la hoja Línea base espacios\)\.$/);
    expect(plan.slides.find((s) => s.key === 'selfDiagnosis')!.subtitle).toBe('Vigencia 2020');
  });

  test('an empty accountability sheet is no result: no slide of zeros', () => {
    const emptied = exampleWorkbook();
    emptied.sheets = emptied.sheets.map((s) => (/Espacios RdC|Autodiagn/.test(s.name) ? { ...s, values: [s.values[0]] } : s));
    const keys = runDeck(emptied, resolveActionOptions(emptied, {}, '2026-01-15').options).deck!.slides.map((s) => s.key);
    expect(keys).not.toContain('spaces');
    expect(keys).not.toContain('selfDiagnosis');
  });
});

describe('without data for the month', () => {
  test('a month absent from the data: unusable, no deck, one line saying which months have data', () => {
    const result = runDeck(exampleServiceWorkbook(), options({ month: '2024-12' }));
    expect(result.deck).toBeUndefined();
    expect(result.unusable).toBe('no hay datos de diciembre de 2024 (2024-12): los meses con datos son 2025-01 a 2025-02.');
  });

  test('PQRSD only (no Canales, no log): the deck of what exists, for the latest month of filing; the command runs', () => {
    const wb = fixtureWorkbook();
    const result = runDeck(wb, options({ cutoff: fixtureCutoff }));
    expect(result.unusable).toBeUndefined();
    expect(result.deck!.month).toBe('2025-06');
    // (No closing slide: the fixture names no entity.)
    expect([...new Set(result.deck!.slides.map((s) => s.key))]).toEqual(['cover', 'pqrsd', 'dataQuality']);
    expect(result.summary[1]).toBe('Diapositivas sin cifras de atención (no hay datos de canales): PQRSD y calidad de los datos.');
    // The missing Canales is no error on the data-quality slide (it is information), and the command (indicators, checks, deck) is not unusable.
    expect(result.deck!.slides.find((s) => s.key === 'dataQuality')!.table!.rows.some((r) => /Falta la hoja «Canales»/.test(r[2].text) && /^Error/.test(r[0].text))).toBe(false);
    const ran = runActions(actionsForCommand('diapositivas'), wb, options({ cutoff: fixtureCutoff }));
    expect(ran.filter((r) => r.result.unusable)).toEqual([]);
    expect(ran.flatMap((r) => r.result.summary)[0]).toMatch(/^El libro no tiene la hoja «Canales»/);
    // A month asked for without data stays unusable.
    expect(runDeck(wb, options({ cutoff: fixtureCutoff, month: '2024-01' })).unusable).toMatch(/^el libro no tiene la hoja «Canales»|no hay datos/);
  });

  test('a workbook without service sheets: unusable, no deck', () => {
    const result = runDeck({ sheets: [] }, options({ locale: 'en' }));
    expect(result.deck).toBeUndefined();
    expect(result.unusable).toMatch(/^the workbook has neither the “Canales” sheet nor the “Interacciones” log/);
  });
});
