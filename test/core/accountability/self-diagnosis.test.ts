/** Self-diagnosis scoring (accountability.md §1): ANM's published figures, the rules, and their failure cases. */
import fc from 'fast-check';
import {
  colourStep,
  defaultLevelBands,
  levelOf,
  matchStage,
  nextStepTarget,
  parseScore,
  scoreActivities,
  scoreSelfDiagnosis,
  stages,
  type SelfDiagnosisActivity,
} from '../../../core/accountability';
import type { CellValue, RawWorkbook } from '../../../core/workbook';
import { selfDiagnosisRows } from '../../../examples/data/accountability';

const header = ['Etapa', 'Categoría', 'Actividad', 'Puntaje', 'Observaciones', 'Vigencia'];
const book = (rows: CellValue[][], extra: RawWorkbook['sheets'] = []): RawWorkbook => ({
  sheets: [{ name: 'Autodiagnóstico RdC', values: [header, ...rows] }, ...extra],
});
const example: RawWorkbook = { sheets: [{ name: 'Autodiagnóstico RdC', values: selfDiagnosisRows }] };
const stageScores = (r: ReturnType<typeof scoreSelfDiagnosis>) => r.latest!.stages.map((s) => s.score);

describe('ANM 2020 figures, from the example rows', () => {
  const r = scoreSelfDiagnosis(example);

  test('the five stage scores: 47,5 / 66,3158 / 62,2727 / 65,7143 / 40,8333', () => {
    const [a, d, p, e, s] = stageScores(r);
    expect(a).toBe(47.5);
    expect(d).toBeCloseTo(66.3158, 4);
    expect(p).toBeCloseTo(62.2727, 4);
    expect(e).toBeCloseTo(65.7143, 4);
    expect(s).toBeCloseTo(40.8333, 4);
    // As the document prints them (its chart data).
    expect([a, d, p, e, s].map((x) => x!.toPrecision(12))).toEqual([47.5, 66.315789473684205, 62.272727272727273, 65.714285714285708, 40.833333333333336].map((x) => x.toPrecision(12)));
  });

  test('the four published category scores: 66 / 16,667 / 65 / 67,2727', () => {
    const [readiness, design] = r.latest!.stages;
    expect(readiness.categories.map((c) => [c.category, c.answered])).toEqual([
      ['Analizar las debilidades y fortalezas para la rendición de cuentas', 5],
      ['Identificar espacios de articulación y cooperación para la rendición de cuentas', 3],
    ]);
    expect(readiness.categories[0].score).toBe(66);
    expect(readiness.categories[1].score).toBeCloseTo(16.667, 3);
    expect(design.categories[0].score).toBe(65);
    expect(design.categories[1].score).toBeCloseTo(67.2727, 4);
    expect(design.categories.map((c) => c.answered)).toEqual([8, 11]);
  });

  test('a stage is the mean of its answered activities, not of its categories (47,5, not 41,3)', () => {
    const readiness = r.latest!.stages[0];
    const meanOfCategories = (readiness.categories[0].score! + readiness.categories[1].score!) / 2;
    expect(meanOfCategories).toBeCloseTo(41.33, 2);
    expect(readiness.score).not.toBeCloseTo(meanOfCategories, 1);
  });

  test('the activities are marked illustrative and nothing is reported', () => {
    expect(selfDiagnosisRows.slice(1).every((row) => /ilustrativa/i.test(String(row[2])))).toBe(true);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.latest!.year).toBe(2020);
  });
});

describe('total rules', () => {
  const rows: CellValue[][] = [
    ['Aprestamiento', 'A', 'a1', 100],
    ['Aprestamiento', 'A', 'a2', 80],
    ['Aprestamiento', 'A', 'a3', 60],
    ['Diseño', 'B', 'b1', 0],
  ];

  test('actividades (default): the mean of all answered activities', () => {
    const r = scoreSelfDiagnosis(book(rows));
    expect(r.rule).toBe('actividades');
    expect(r.latest!.total).toBe(60); // (100 + 80 + 60 + 0) / 4
  });

  test('etapas: the mean of the stages that have a score', () => {
    const r = scoreSelfDiagnosis(book(rows), 'etapas');
    expect(r.latest!.total).toBe(40); // (80 + 0) / 2: the three unanswered stages do not count as 0
  });

  test('on the ANM example the two rules differ, and neither gives the published 61,3', () => {
    const byActivities = scoreSelfDiagnosis(example, 'actividades').latest!.total!;
    const byStages = scoreSelfDiagnosis(example, 'etapas').latest!.total!;
    expect(byActivities).toBeCloseTo(3275 / 57, 10);
    expect(byStages).toBeCloseTo((47.5 + 1260 / 19 + 685 / 11 + 460 / 7 + 490 / 12) / 5, 10);
    expect(byActivities).not.toBeCloseTo(61.3, 1);
    expect(byStages).not.toBeCloseTo(61.3, 1);
  });
});

describe('blank scores', () => {
  test('are left out of every mean and reported as unanswered, at the score cell', () => {
    const r = scoreSelfDiagnosis(book([
      ['Aprestamiento', 'A', 'a1', 90],
      ['Aprestamiento', 'A', 'a2', null],
      ['Aprestamiento', 'A', 'a3', 30],
    ]));
    const readiness = r.latest!.stages[0];
    expect(readiness.score).toBe(60);
    expect(readiness.categories[0]).toEqual(expect.objectContaining({ score: 60, answered: 2, activities: 3 }));
    expect(r.latest!.total).toBe(60);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'unanswered-activity', severity: 'warning', sheet: 'Autodiagnóstico RdC', cell: 'D3' }));
    expect(r.findings.find((f) => f.code === 'unanswered-activity')!.message).toBe('La actividad «a2» no tiene puntaje (Autodiagnóstico RdC!D3).');
  });

  test('a stage or category without answers has no score (not 0), and a stage without rows neither', () => {
    const r = scoreSelfDiagnosis(book([
      ['Aprestamiento', 'A', 'a1', 50],
      ['Diseño', 'B', 'b1', null],
      ['Diseño', 'B', 'b2', ''],
    ]));
    const [readiness, design, preparation] = r.latest!.stages;
    expect(readiness.score).toBe(50);
    expect(design).toEqual(expect.objectContaining({ score: null, step: null, answered: 0, activities: 2 }));
    expect(design.categories[0].score).toBeNull();
    expect(preparation).toEqual(expect.objectContaining({ score: null, answered: 0, activities: 0, categories: [] }));
    expect(r.latest!.total).toBe(50);
  });

  test('with no answer at all there is no total and no level', () => {
    const r = scoreSelfDiagnosis(book([['Aprestamiento', 'A', 'a1', null]]));
    expect(r.latest!.total).toBeNull();
    expect(r.latest!.level).toBeNull();
    expect(r.plan).toEqual([]);
  });
});

describe('scores out of range', () => {
  test.each<[CellValue, number]>([[0, 0], [100, 100], ['66,5', 66.5], ['66.5', 66.5], ['80 %', 80], [47.5, 47.5]])('%p is a score of %p', (raw, value) => {
    expect(parseScore(raw)).toEqual({ kind: 'ok', value });
  });

  test.each<CellValue>([120, -5, 'alto', '100,5', 'N/A'])('%p is score-out-of-range (not invalid-number) and is not counted', (raw) => {
    const r = scoreSelfDiagnosis(book([
      ['Aprestamiento', 'A', 'a1', raw],
      ['Aprestamiento', 'A', 'a2', 40],
    ]));
    expect(r.findings.map((f) => [f.code, f.cell])).toEqual([['score-out-of-range', 'D2'], ['missing-sheet', null]]);
    expect(r.latest!.stages[0]).toEqual(expect.objectContaining({ score: 40, answered: 1, activities: 2 }));
  });

  test('the message shows the score in Colombian notation (120,5), never as JavaScript writes it', () => {
    const r = scoreSelfDiagnosis(book([['Aprestamiento', 'A', 'a1', 120.5]]));
    const finding = r.findings.find((f) => f.code === 'score-out-of-range')!;
    expect(finding.message).toContain('120,5');
    expect(finding.message).not.toContain('120.5');
  });
});

describe('stages', () => {
  test.each<[string, string]>([
    ['Aprestamiento institucional para promover la Rendición de Cuentas', 'readiness'],
    ['APRESTAMIENTO', 'readiness'],
    ['diseno de la estrategia', 'design'],
    ['2. Diseño', 'design'],
    ['Capacitación para la rendición de cuentas', 'preparation'],
    ['Preparacion', 'preparation'],
    ['Etapa 4: Ejecución de la estrategia', 'execution'],
    ['Seguimiento y evaluación de la implementación de la Estrategia de la Rendición de Cuentas', 'monitoring'],
  ])('%p is stage %p', (text, id) => expect(matchStage(text)?.id).toBe(id));

  test('a row naming no stage is unknown-stage, with the closest stage suggested, and is not scored', () => {
    const r = scoreSelfDiagnosis(book([
      ['Aprestamieto institucional', 'A', 'a1', 10],
      ['Planeación', 'A', 'a2', 10],
      ['Diseño', 'B', 'b1', 70],
    ]));
    const unknown = r.findings.filter((f) => f.code === 'unknown-stage');
    expect(unknown.map((f) => [f.cell, f.suggestion])).toEqual([
      ['A2', stages[0].name.es],
      ['A3', null],
    ]);
    expect(unknown[1].message).toBe('«Planeación» no es una etapa del autodiagnóstico en Autodiagnóstico RdC!A3.');
    expect(r.latest!.total).toBe(70);
  });

  test('stages are always the five, in canonical order, whatever the sheet order', () => {
    const r = scoreSelfDiagnosis(book([['Seguimiento', 'S', 's1', 10], ['Aprestamiento', 'A', 'a1', 20]]));
    expect(r.latest!.stages.map((s) => s.stage)).toEqual(['readiness', 'design', 'preparation', 'execution', 'monitoring']);
  });
});

describe('levels', () => {
  test.each<[number, string]>([
    [0, 'Inicial'], [39.99, 'Inicial'], [40, 'Consolidación'], [79.99, 'Consolidación'], [80, 'Perfeccionamiento'], [100, 'Perfeccionamiento'],
  ])('default bands: %p is %p (a boundary takes the higher level)', (score, level) => {
    expect(levelOf(score, defaultLevelBands)?.name.es).toBe(level);
  });

  test('without Niveles RdC the defaults apply and the output says so', () => {
    const r = scoreSelfDiagnosis(book([['Aprestamiento', 'A', 'a1', 61.3]]));
    expect(r.defaultBands).toBe(true);
    expect(r.latest!.level?.name.es).toBe('Consolidación');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'missing-sheet', severity: 'info' })]);
  });

  test('bands from Niveles RdC replace the defaults, boundaries taking the higher level', () => {
    const levels = { name: 'Niveles RdC', values: [['Nivel', 'Desde', 'Hasta'], ['Bajo', 0, 50], ['Alto', 50, 100]] as CellValue[][] };
    const at = (score: number) => scoreSelfDiagnosis(book([['Aprestamiento', 'A', 'a1', score]], [levels]));
    expect(at(50).defaultBands).toBe(false);
    expect(at(50).latest!.level?.name.es).toBe('Alto');
    expect(at(49).latest!.level?.name.es).toBe('Bajo');
    expect(at(50).findings).toEqual([]);
  });

  test('a Niveles RdC with no usable band falls back to the defaults, with the reading findings', () => {
    const levels = { name: 'Niveles RdC', values: [['Nivel', 'Desde', 'Hasta'], ['Bajo', 'cero', 50]] as CellValue[][] };
    const r = scoreSelfDiagnosis(book([['Aprestamiento', 'A', 'a1', 45]], [levels]));
    expect(r.defaultBands).toBe(true);
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'invalid-number', sheet: 'Niveles RdC', cell: 'B2' }));
  });
});

describe('DAFP colour steps', () => {
  test.each<[number, number]>([
    [0, 1], [20, 1], [20.5, 2], [21, 2], [40, 2], [40.01, 3], [60, 3], [61, 4], [80, 4], [80.5, 5], [100, 5],
  ])('%p is in step %p (a score between two printed ranges goes to the upper one)', (score, step) => expect(colourStep(score)).toBe(step));

  test('the next step is reached at 21, 41, 61, 81; the top step has none', () => {
    expect([0, 20, 20.5, 40.5, 66, 80].map(nextStepTarget)).toEqual([21, 21, 41, 61, 81, 81]);
    expect(nextStepTarget(81)).toBeUndefined();
    expect(nextStepTarget(100)).toBeUndefined();
  });

  test('property: the target is above the score and in the next step', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 80, noNaN: true }), (score) => {
        const target = nextStepTarget(score)!;
        return target > score && colourStep(target) === colourStep(score) + 1;
      }),
    );
  });
});

describe('Plan de acción', () => {
  test('the lowest categories, then at most ten lowest activities, each with the score of the next step; top-step ones left out', () => {
    const rows: CellValue[][] = [
      ...Array.from({ length: 12 }, (_, i): CellValue[] => ['Diseño', 'Baja', `d${i + 1}`, 10 + i]),
      ['Aprestamiento', 'Alta', 'a1', 95],
      ['Aprestamiento', 'Media', 'a2', 50],
    ];
    const r = scoreSelfDiagnosis(book(rows));
    const categories = r.plan.filter((p) => p.kind === 'category');
    const activities = r.plan.filter((p) => p.kind === 'activity');
    expect(categories.map((p) => [p.category, p.target])).toEqual([['Baja', 21], ['Media', 61]]);
    expect(activities).toHaveLength(10);
    expect(activities.map((p) => p.activity)).toEqual(['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9', 'd10']);
    expect(activities[0]).toEqual(expect.objectContaining({ score: 10, target: 21, cell: 'D2' }));
    expect(activities[9]).toEqual(expect.objectContaining({ score: 19, target: 21 }));
    expect(r.plan.some((p) => p.activity === 'a1' || p.category === 'Alta')).toBe(false);
  });

  test('the ANM example plan starts with its weakest category (16,667 → 21)', () => {
    const r = scoreSelfDiagnosis(example);
    expect(r.plan[0]).toEqual(expect.objectContaining({ kind: 'category', stage: 'readiness', target: 21 }));
    expect(r.plan[0].score).toBeCloseTo(16.667, 3);
    expect(r.plan.filter((p) => p.kind === 'category')).toHaveLength(5);
    expect(r.plan.filter((p) => p.kind === 'activity')).toHaveLength(10);
  });
});

describe('vigencias', () => {
  const twoYears: CellValue[][] = [
    ['Aprestamiento', 'A', 'a1', 40, null, 2020],
    ['Diseño', 'B', 'b1', 60, null, 2020],
    ['Aprestamiento', 'A', 'a1', 70, null, 2021],
    ['Diseño', 'B', 'b1', 50, null, '2021'],
    ['Ejecución', 'E', 'e1', 90, null, 2021],
  ];

  test('each vigencia is scored and the change per stage is the latest minus the previous', () => {
    const r = scoreSelfDiagnosis(book(twoYears));
    expect(r.vigencias.map((v) => [v.year, v.total])).toEqual([[2020, 50], [2021, 70]]);
    expect(r.latest!.year).toBe(2021);
    const change = Object.fromEntries(r.changes.map((c) => [c.stage, c.change]));
    expect(change).toEqual({ readiness: 30, design: -10, preparation: null, execution: null, monitoring: null, total: 20 });
    expect(r.changes.find((c) => c.stage === 'execution')!.scores).toEqual([null, 90]);
  });

  test('the plan is the latest vigencia’s', () => {
    const r = scoreSelfDiagnosis(book(twoYears));
    expect(r.plan.filter((p) => p.kind === 'activity').map((p) => p.score)).toEqual([50, 70]);
  });

  test('one vigencia has no comparison', () => {
    expect(scoreSelfDiagnosis(book(twoYears.slice(0, 2))).changes).toEqual([]);
  });

  test('with vigencias present, a row without one is reported and left out; an unreadable one is invalid', () => {
    const r = scoreSelfDiagnosis(book([...twoYears, ['Seguimiento', 'S', 's1', 0, null, null], ['Seguimiento', 'S', 's2', 0, null, 'dos mil']]));
    expect(r.findings.filter((f) => f.severity !== 'info').map((f) => [f.code, f.cell])).toEqual([
      ['missing-value', 'F7'],
      ['invalid-number', 'F8'],
    ]);
    expect(r.latest!.stages[4].activities).toBe(0);
  });
});

describe('reading', () => {
  test('a missing sheet is a missing-sheet error and nothing is scored', () => {
    const r = scoreSelfDiagnosis({ sheets: [{ name: 'Canales', values: [['Mes']] }] });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'missing-sheet', severity: 'error', cell: null })]);
    expect(r.findings[0].message).toBe('Falta la hoja «Autodiagnóstico RdC» para calificar el autodiagnóstico.');
    expect(r.vigencias).toEqual([]);
    expect(r.latest).toBeNull();
  });

  test('a row without category or activity is reported and not scored', () => {
    const r = scoreSelfDiagnosis(book([['Aprestamiento', null, 'a1', 10], ['Aprestamiento', 'A', 'a2', 30]]));
    expect(r.findings).toContainEqual(expect.objectContaining({ code: 'missing-value', cell: 'B2' }));
    expect(r.latest!.stages[0].score).toBe(30);
  });

  test('categories group case- and accent-insensitively within a stage', () => {
    const r = scoreSelfDiagnosis(book([['Diseño', 'Paso 1', 'x', 10], ['Diseño', 'PASO 1 ', 'y', 30]]));
    expect(r.latest!.stages[1].categories).toEqual([expect.objectContaining({ category: 'Paso 1', score: 20, answered: 2 })]);
  });

  test('property: every stage score lies between its lowest and highest answered activity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ stage: fc.constantFrom(...stages.map((s) => s.id)), score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }) }), { maxLength: 40 }),
        (items) => {
          const activities: SelfDiagnosisActivity[] = items.map((x, i) => ({ stage: x.stage, category: 'C', activity: `a${i}`, score: x.score, year: null, notes: null, sheet: 'S', row: i + 2, cell: `D${i + 2}` }));
          const r = scoreActivities(activities, 'actividades', defaultLevelBands);
          return r.stages.every((s) => {
            const scores = activities.filter((a) => a.stage === s.stage && a.score !== null).map((a) => a.score!);
            return scores.length === 0 ? s.score === null : s.score! >= Math.min(...scores) - 1e-9 && s.score! <= Math.max(...scores) + 1e-9;
          });
        },
      ),
    );
  });
});
