/** The `autodiagnostico` action: its sheet, chart, JSON (cli.md) and summary. */
import { actions, defaultActionOptions, type ActionOptions } from '../../../core/actions';
import { runSelfDiagnosis, selfDiagnosisAction } from '../../../core/actions/self-diagnosis';
import { stages } from '../../../core/accountability';
import type { OutputCell, OutputSheet } from '../../../core/output';
import { parseA1, type CellValue, type RawWorkbook } from '../../../core/workbook';
import { selfDiagnosisRows } from '../../../examples/data/accountability';

const options = (o: Partial<ActionOptions> = {}): ActionOptions => ({ ...defaultActionOptions, cutoff: '2021-10-31', ...o });
const example: RawWorkbook = { sheets: [{ name: 'Autodiagnóstico RdC', values: selfDiagnosisRows }] };
const valueOf = (cell: OutputCell | undefined) => (cell !== null && typeof cell === 'object' ? cell.value : cell);
/** The values of a one-column A1 range of an output sheet. */
const rangeValues = (sheet: OutputSheet, range: string) => {
  const [from, to] = range.split(':').map((a) => parseA1(a)!);
  return Array.from({ length: to.row - from.row + 1 }, (_, i) => valueOf(sheet.rows[from.row + i]?.[from.col]));
};

test('is registered as `autodiagnostico`', () => {
  expect(actions).toContain(selfDiagnosisAction);
  expect(selfDiagnosisAction).toEqual(expect.objectContaining({ id: 'selfDiagnosis', command: 'autodiagnostico' }));
});

describe('on the ANM example', () => {
  const result = runSelfDiagnosis(example, options());
  const json = result.files[0].json as any;
  const sheet = result.sheets[0];

  test('writes `<base>-autodiagnostico.json` with the five stages in canonical order', () => {
    expect(result.files.map((f) => f.suffix)).toEqual(['autodiagnostico.json']);
    expect(json.rule).toBe('actividades');
    expect(json.stages.map((s: any) => s.stage)).toEqual(stages.map((s) => s.name.es));
    expect(json.stages.map((s: any) => [s.answered, s.activities])).toEqual([[8, 8], [19, 19], [11, 11], [7, 7], [12, 12]]);
    expect(json.stages[0].score).toBe(47.5);
    expect(json.stages[1].score).toBeCloseTo(66.3158, 4);
    expect(json.stages[0].categories[1]).toEqual(expect.objectContaining({ answered: 3, activities: 3 }));
    expect(json.stages[0].categories[1].score).toBeCloseTo(16.667, 3);
    expect(json.total).toBeCloseTo(3275 / 57, 10);
    expect(json.level).toBe('Consolidación');
    expect(json.levels.default).toBe(true);
    expect(json.vigencia).toBe(2020);
    expect(json.priorities[0]).toEqual(expect.objectContaining({ kind: 'category', stage: stages[0].name.es, activity: null, target: 21 }));
    expect(json.changes).toEqual([]);
  });

  test('the `etapas` rule changes the total only', () => {
    const byStages = runSelfDiagnosis(example, options({ totalRule: 'etapas' })).files[0].json as any;
    expect(byStages.rule).toBe('etapas');
    expect(byStages.total).toBeCloseTo(json.stages.reduce((s: number, x: any) => s + x.score, 0) / 5, 10);
    expect(byStages.stages).toEqual(json.stages);
  });

  test('writes `Resultado autodiagnóstico` with a bar chart of the five stages against 100', () => {
    expect(sheet.name).toBe('Resultado autodiagnóstico');
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart).toEqual(expect.objectContaining({ kind: 'bar', max: 100 }));
    expect(rangeValues(sheet, chart.categories)).toEqual(['Aprestamiento', 'Diseño', 'Preparación', 'Ejecución', 'Seguimiento']);
    expect(rangeValues(sheet, chart.series[0].values)).toEqual(json.stages.map((s: any) => s.score));
  });

  test('the sheet states the rule, the level and that the levels are defaults, and holds the plan', () => {
    const text = sheet.rows.flat().map((c) => String(valueOf(c) ?? '')).join('\n');
    expect(text).toMatch(/actividades: promedio de todas las actividades respondidas/);
    expect(text).toMatch(/Consolidación/);
    expect(text).toMatch(/Niveles por defecto/);
    expect(text).toMatch(/Plan de acción/);
    expect(text).toMatch(/Un puntaje entre dos rangos \(por ejemplo 20,5\) pertenece al paso superior/);
  });

  test('summary lines in Spanish and English', () => {
    expect(result.summary).toEqual([
      'Autodiagnóstico (vigencia 2020): total 57,5 con la regla «actividades» — nivel Consolidación, niveles por defecto.',
      'Etapas: Aprestamiento 47,5 · Diseño 66,3 · Preparación 62,3 · Ejecución 65,7 · Seguimiento 40,8.',
      'Plan de acción: 5 categorías y 10 actividades con menor puntaje.',
    ]);
    const en = runSelfDiagnosis(example, options({ locale: 'en' }));
    expect(en.summary[0]).toBe('Self-diagnosis (2020): total 57.5 by the “actividades” rule — level Consolidation, default levels.');
    expect(en.sheets[0].name).toBe('Self-diagnosis result');
  });
});

describe('other workbooks', () => {
  const book = (rows: CellValue[][]): RawWorkbook => ({ sheets: [{ name: 'Autodiagnóstico RdC', values: [['Etapa', 'Categoría', 'Actividad', 'Puntaje', 'Vigencia'], ...rows] }] });

  test('two vigencias: the JSON and the summary give the change per stage', () => {
    const r = runSelfDiagnosis(book([
      ['Aprestamiento', 'A', 'a', 40, 2020],
      ['Aprestamiento', 'A', 'a', 55, 2021],
      ['Diseño', 'B', 'b', 80, 2021],
    ]), options());
    const json = r.files[0].json as any;
    expect(json.vigencia).toBe(2021);
    expect(json.vigencias.map((v: any) => [v.vigencia, v.total])).toEqual([[2020, 40], [2021, 67.5]]);
    expect(json.changes[0]).toEqual({ stage: stages[0].name.es, scores: { 2020: 40, 2021: 55 }, change: 15 });
    expect(json.changes[1]).toEqual({ stage: stages[1].name.es, scores: { 2020: null, 2021: 80 }, change: null });
    expect(r.summary).toContain('Cambio 2020→2021: Aprestamiento +15,0 · Diseño — · Preparación — · Ejecución — · Seguimiento — · Total +27,5.');
    expect(r.sheets[0].rows.flat().map(valueOf)).toContain('Comparación de vigencias');
  });

  test('stages without answers are null in the JSON, never 0, and the summary says so', () => {
    const r = runSelfDiagnosis(book([['Diseño', 'B', 'b', 70]]), options());
    const json = r.files[0].json as any;
    expect(json.stages.map((s: any) => s.score)).toEqual([null, 70, null, null, null]);
    expect(r.summary[1]).toBe('Etapas: Aprestamiento sin respuestas · Diseño 70,0 · Preparación sin respuestas · Ejecución sin respuestas · Seguimiento sin respuestas.');
  });

  test('errors in the data are listed on the sheet and counted in the summary', () => {
    const r = runSelfDiagnosis(book([['Diseño', 'B', 'b', 170], ['Diseño', 'B', 'c', null]]), options());
    expect(r.findings.map((f) => f.code)).toEqual(['score-out-of-range', 'unanswered-activity', 'missing-sheet']);
    expect(r.summary).toContain('Datos por revisar: 1 errores y 1 advertencias (ver la hoja de resultado).');
    const review = r.sheets[0].rows.find((row) => valueOf(row[1]) === 'score-out-of-range')!;
    expect(review[2]).toEqual({ value: 'Autodiagnóstico RdC!D2', link: { sheet: 'Autodiagnóstico RdC', cell: 'D2' } });
  });

  test('without the sheet: no output, a missing-sheet error and a summary that says so', () => {
    const r = runSelfDiagnosis({ sheets: [{ name: 'Canales', values: [['Mes']] }] }, options());
    expect(r.sheets).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'missing-sheet', severity: 'error' })]);
    expect(r.summary).toEqual(['No hay hoja «Autodiagnóstico RdC»: no hay nada que calificar.']);
  });
});

describe('an Autodiagnóstico RdC sheet left empty (header only)', () => {
  const book: RawWorkbook = { sheets: [{ name: 'Autodiagnóstico RdC', values: [['Etapa', 'Categoría', 'Actividad', 'Puntaje', 'Observaciones', 'Vigencia']] }] };
  test('as part of todo: nothing written, one line instead of "ninguna actividad tiene puntaje"', () => {
    const r = runSelfDiagnosis(book, { ...defaultActionOptions, partOfAll: true });
    expect(r.sheets).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.summary).toEqual(['La hoja «Autodiagnóstico RdC» está vacía; no se calcula.']);
  });
  test('run alone: unusable with that line', () => {
    expect(runSelfDiagnosis(book, defaultActionOptions).unusable).toBe('la hoja «Autodiagnóstico RdC» está vacía; no se calcula.');
  });
});

describe('DAFP colour steps table', () => {
  const sheet = runSelfDiagnosis(example, options()).sheets[0];
  const at = sheet.rows.findIndex((r) => valueOf(r[0]) === 'Pasos de color DAFP');
  const steps = sheet.rows.slice(at + 2, at + 7);

  test('each step, its colour and its range in separate columns, the step never beside the range', () => {
    expect(sheet.rows[at + 1].map(valueOf)).toEqual(['Paso', 'Color', 'Rango']);
    expect(steps.map((r) => valueOf(r[0]))).toEqual([1, 2, 3, 4, 5]);
    expect(steps.map((r) => valueOf(r[2]))).toEqual(['0–20', '21–40', '41–60', '61–80', '81–100']);
    // A right-aligned number followed by a text starting with a digit reads as one ("221–40").
    for (const r of steps) expect(typeof valueOf(r[1]) === 'string' && /^\d/.test(String(valueOf(r[1])))).toBe(false);
  });
});
