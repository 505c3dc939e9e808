/** The PQRSD action: the Resultado PQRSD sheet, the JSON of pqrsd.md, the summary, the slide, the template. */
import { actionsForCommand, defaultActionOptions, runActions } from '../../../core/actions';
import { pqrsdAction, pqrsdJson, runPqrsd, semesterOf } from '../../../core/actions/pqrsd';
import { pqrsdForDeck, withPqrsdSlide } from '../../../core/actions/deck';
import { runChecks } from '../../../core/actions/checks';
import { analyzePqrsd, pqrsdSheets, pqrsdTypes } from '../../../core/pqrsd';
import { buildDeckPlan, pqrsdSlide } from '../../../core/deck';
import { buildTemplateSheets } from '../../../core/template';
import { cellObject, type OutputCell } from '../../../core/output';
import { fixtureCutoff, fixtureWorkbook } from '../pqrsd/fixture';
import { february2025 } from '../deck/february2025';

const options = { ...defaultActionOptions, cutoff: fixtureCutoff };
const text = (c: OutputCell) => String(cellObject(c).value ?? '');

describe('pqrsd action', () => {
  test('is registered as the `pqrsd` command and runs in `todo`', () => {
    expect(actionsForCommand('pqrsd')).toEqual([pqrsdAction]);
    expect(actionsForCommand('todo')).toContain(pqrsdAction);
  });

  test('<base>-pqrsd.json has exactly the keys of pqrsd.md, and the worked example as pqrsd.md shows it', () => {
    const json = runPqrsd(fixtureWorkbook(), options).files[0];
    expect(json.suffix).toBe('pqrsd.json');
    const body = json.json as ReturnType<typeof pqrsdJson>;
    expect(Object.keys(body)).toEqual(['cutoff', 'requests', 'indicators']);
    expect(body.cutoff).toBe('2025-06-30');
    expect(body.requests[0]).toEqual({ radicado: '2025-000123', type: 'Petición', filed: '2025-03-14', due: '2025-04-07', answered: '2025-04-09', businessDays: 17, status: 'fuera de término', row: 2 });
    expect(body.requests.find((r) => r.type === 'Felicitación')).toMatchObject({ due: null });
    expect(body.requests.find((r) => r.status === 'vigente')).toMatchObject({ businessDays: null, answered: null });
    expect(body.indicators).toContainEqual({ id: 'pqrsd_on_time_rate', month: '2025-05', breakdown: null, value: 50, unit: 'percent' });
    expect(body.indicators).toContainEqual({ id: 'pqrsd_received', month: '2025-03', breakdown: { by: 'type', value: 'Queja' }, value: 2, unit: 'count' });
    for (const v of body.indicators) expect(Object.keys(v)).toEqual(['id', 'month', 'breakdown', 'value', 'unit']);
  });

  test('Resultado PQRSD: cut-off, month rows, semesters, the overdue list with links, by type and dependencia, terms, data to review, a chart', () => {
    const [sheet] = runPqrsd(fixtureWorkbook(), options).sheets;
    expect(sheet.name).toBe('Resultado PQRSD');
    const rows = sheet.rows.map((r) => r.map(text));
    const find = (label: string) => rows.findIndex((r) => r[0] === label);
    const march = rows[find('Marzo 2025')];
    // Mes, (blank), Recibidas, Respondidas, A tiempo, Fuera de término, Oportunidad, Tiempo promedio, Vencidas, Por vencer, Vigentes, Trasladadas, Sin término
    expect(march.slice(2)).toEqual(['3', '3', '2', '1', String(200 / 3), '20', '0', '0', '0', '0', '0']);
    expect(rows[find('2025 – 1.er semestre')].slice(2, 4)).toEqual(['12', '6']);
    const list = find('Radicado');
    expect(rows[list + 1].slice(0, 2)).toEqual(['R4', 'Petición']);
    expect(cellObject(sheet.rows[list + 1][8]).link).toEqual({ sheet: 'PQRSD', cell: 'A5' });
    expect(rows[list + 2][0]).toBe('R6');
    expect(rows.some((r) => r[0] === 'Por tipo y mes de radicación')).toBe(true);
    expect(rows.some((r) => r[0] === 'Por dependencia y mes de radicación')).toBe(true);
    expect(rows.filter((r) => pqrsdTypes.includes(r[0] as never) && r[3] === 'Ley 1755 de 2015, art. 14')).toHaveLength(5);
    expect(rows.some((r) => r[0] === 'Datos por revisar (10)')).toBe(true);
    expect(sheet.charts).toEqual([expect.objectContaining({ kind: 'column', max: 100, format: 'percent', categories: 'A8:A11', series: [{ name: 'Oportunidad de respuesta', values: 'G8:G11' }] })]);
    expect(rows[7][0]).toBe('Marzo 2025');
    // The mean response time with one decimal, as the slide shows it (not 13,308 next to 6,7).
    expect(cellObject(sheet.rows[find('Marzo 2025')][7])).toMatchObject({ format: 'decimal', decimals: 1 });
  });

  test('summary in Spanish and English (mean of 17, 14, 10, 33, 21, 29 = 20,7)', () => {
    expect(runPqrsd(fixtureWorkbook(), options).summary).toEqual([
      'PQRSD al 30/06/2025: 12 solicitudes, 6 respondidas; oportunidad de respuesta 66,7 %; tiempo promedio 20,7 días hábiles.',
      'Sin respuesta: 1 vencidas y 1 por vencer en los próximos 5 días hábiles (lista en la hoja «Resultado PQRSD»).',
      'Datos por revisar: 8 errores y 2 advertencias; 6 filas sin calcular.',
    ]);
    expect(runPqrsd(fixtureWorkbook(), { ...options, locale: 'en' }).summary[0]).toBe('PQRSD at 30/06/2025: 12 requests, 6 answered; timeliness 66.7 %; mean response 20.7 business days.');
  });

  test('no PQRSD sheet: nothing written; an error alone, info as part of todo', () => {
    const alone = runPqrsd({ sheets: [] }, options);
    expect(alone.sheets).toEqual([]);
    expect(alone.files).toEqual([]);
    expect(alone.findings.map((f) => `${f.code}|${f.severity}`)).toEqual(['missing-sheet|error']);
    const [all] = runActions([pqrsdAction], { sheets: [] }, { ...options, partOfAll: true });
    expect(all.result.findings.map((f) => f.severity)).toEqual(['info']);
  });

  test('the consistency check (revisar) includes the PQRSD findings, judged at the cut-off', () => {
    const codes = runChecks(fixtureWorkbook(), options).findings.map((f) => f.code);
    expect(codes.filter((c) => c === 'future-date')).toHaveLength(2);
    expect(codes).toContain('transfer-late');
    const later = runChecks(fixtureWorkbook(), { ...options, cutoff: '2025-12-31' }).findings.map((f) => f.code);
    expect(later).not.toContain('future-date');
  });

  test('semesters of filing', () => {
    expect([semesterOf('2025-06'), semesterOf('2025-07')]).toEqual(['2025-1', '2025-2']);
  });
});

describe('the PQRSD slide', () => {
  const summary = () => pqrsdForDeck(analyzePqrsd(fixtureWorkbook(), { cutoff: fixtureCutoff }), '2025-05')!;

  test('figures of the month, overdue at the cut-off, timeliness by month up to the month', () => {
    expect(summary()).toEqual({
      month: '2025-05', cutoff: '2025-06-30', received: 2, answered: 2, onTime: 1, onTimeRate: 50, meanResponseDays: 27, overdue: 1, dueSoon: 1,
      trend: [{ month: '2025-03', onTimeRate: 200 / 3 }, { month: '2025-04', onTimeRate: 100 }, { month: '2025-05', onTimeRate: 50 }],
    });
    const slide = pqrsdSlide(summary(), 'es')!;
    expect(slide).toMatchObject({ key: 'pqrsd', layout: 'cardsRow', title: 'PQRSD: oportunidad de respuesta', subtitle: 'Mayo 2025' });
    expect(slide.cards.map((c) => [c.value, c.label])).toEqual([
      ['2', 'PQRSD recibidas'],
      ['50 %', 'Oportunidad de respuesta'],
      ['1', 'Vencidas sin respuesta'],
      ['1', 'Por vencer'],
    ]);
    expect(slide.cards[1].detail).toEqual(['1 de 2 respondidas a tiempo', 'promedio 27 días hábiles']);
    // English months are capitalised mid-sentence.
    expect(pqrsdSlide(summary(), 'en')!.cards[0].detail).toEqual(['filed in May 2025']);
    expect(slide.chart).toMatchObject({ categories: ['Marzo 2025', 'Abril 2025', 'Mayo 2025'], series: [{ values: [200 / 3, 100, 50] }], max: 100 });
  });

  test('placed before the data-quality slide; no sheet, no slide', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: [] }, { month: '2025-02' });
    const keys = withPqrsdSlide(plan, summary()).slides.map((s) => s.key);
    expect(keys.indexOf('pqrsd')).toBe(keys.indexOf('dataQuality') - 1);
    expect(withPqrsdSlide(plan, null)).toBe(plan);
    expect(pqrsdForDeck(analyzePqrsd({ sheets: [] }, { cutoff: fixtureCutoff }), '2025-05')).toBeNull();
  });
});

describe('the template', () => {
  test('gains PQRSD, Términos PQRSD and Festivos, with drop-down lists for Tipo', () => {
    const sheets = buildTemplateSheets('es', pqrsdSheets);
    const pqrsd = sheets.find((s) => s.name === 'PQRSD')!;
    expect(pqrsd.rows[0].map(text)).toEqual(['Radicado', 'Fecha de radicación', 'Tipo', 'Canal', 'Dependencia', 'Fecha de respuesta', 'Fecha de ampliación', 'Días de ampliación', 'Trasladada', 'Fecha de traslado']);
    expect(pqrsd.validations).toContainEqual({ range: 'C2:C1001', values: [...pqrsdTypes] });
    expect(pqrsd.columnFormats).toMatchObject({ 1: 'date', 5: 'date', 7: 'count' });
    const terms = sheets.find((s) => s.name === 'Términos PQRSD')!;
    expect(terms.validations![0].values).not.toContain('Felicitación');
    expect(sheets.find((s) => s.name === 'Festivos')!.rows[0].map(text)).toEqual(['Fecha', 'Descripción']);
  });
});

describe('a PQRSD sheet left empty (header only)', () => {
  const book = { sheets: [{ name: 'PQRSD', values: [['Radicado', 'Fecha de radicación', 'Tipo', 'Fecha de respuesta'], [null, '', null, null]] }] };
  test('as part of todo: nothing written and one line, not "0 solicitudes"', () => {
    const r = runPqrsd(book, { ...options, partOfAll: true });
    expect(r.sheets).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.summary).toEqual(['La hoja «PQRSD» está vacía; no se calcula.']);
  });
  test('run alone (pqrsd): unusable with that line', () => {
    const [result] = runActions(actionsForCommand('pqrsd'), book, options);
    expect(result.result.unusable).toBe('la hoja «PQRSD» está vacía; no se calcula.');
  });
});
