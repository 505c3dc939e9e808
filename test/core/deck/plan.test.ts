/** The deck plan for February 2025 (the report's worked example): slides, figures, sentences, and what is left out. */
import { buildDeckPlan, latestMonth, layoutCapacity, slideKeys, type DeckPlan, type DeckSlide } from '../../../core/deck';
import { makeFinding } from '../../../core/findings';
import type { IndicatorValue } from '../../../core/service/registry';
import { february2025 } from './february2025';

const text = (s: DeckSlide) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const cards = (s: DeckSlide) => s.cards.map((c) => [c.value, c.label]);
const slideOf = (plan: DeckPlan, key: DeckSlide['key']) => plan.slides.find((s) => s.key === key)!;

describe('the February 2025 deck', () => {
  const plan = buildDeckPlan({ indicators: february2025(), findings: [] });

  test('takes the latest month with data and the default names', () => {
    expect(plan.month).toBe('2025-02');
    expect(plan.period).toBe('Febrero 2025');
    expect([plan.entity, plan.group]).toEqual(['ANM', 'GAPCC']);
    expect(plan.title).toBe('Informe de Servicio y Atención al Usuario');
  });

  test('has deck.md’s slides in order; the analysis continues on a second slide', () => {
    expect(plan.slides.map((s) => `${s.key}${s.parts > 1 ? ` ${s.part}/${s.parts}` : ''}`)).toEqual([
      'cover',
      'channels',
      'yearToDate',
      'inPerson',
      'phone',
      'virtual',
      'satisfaction',
      'analysis 1/2',
      'analysis 2/2',
      'dataQuality',
    ]);
    expect(plan.slides[8].title).toBe('Análisis (continuación)');
  });

  test('cover: title, month in words, entity and group', () => {
    const cover = plan.slides[0];
    expect([cover.title, cover.subtitle, cover.items]).toEqual(['Informe de Servicio y Atención al Usuario', 'Febrero 2025', ['ANM', 'GAPCC']]);
  });

  test('channels of the month: a card per channel and the total, a chart of the three', () => {
    const s = slideOf(plan, 'channels');
    expect(cards(s)).toEqual([
      ['142', 'Canal telefónico'],
      ['1.371', 'Canal presencial'],
      ['6.217', 'Canal virtual'],
      ['7.730', 'Total interacciones'],
    ]);
    expect(s.cards[1].detail).toEqual(['17,7 % del total', '+61,9 % frente a enero']);
    expect(s.cards[0].detail).toEqual(['1,8 % del total', '−73,8 % frente a enero']);
    expect(s.chart).toMatchObject({ categories: ['Telefónico', 'Presencial', 'Virtual'], series: [{ values: [142, 1371, 6217] }], format: { kind: 'count' }, dataLabels: true });
  });

  test('year to date: per channel with its months, and the months charted by channel', () => {
    const s = slideOf(plan, 'yearToDate');
    expect(s.title).toBe('Consolidado del año 2025');
    expect(s.subtitle).toBe('Enero a febrero de 2025');
    expect(cards(s)).toEqual([
      ['684', 'Canal telefónico'],
      ['2.218', 'Canal presencial'],
      ['11.070', 'Canal virtual'],
      ['13.972', 'Total interacciones'],
    ]);
    expect(s.cards[0].detail).toEqual(['Enero: 542', 'Febrero: 142']);
    expect(s.chart!.series).toEqual([
      { name: 'Enero', values: [542, 847, 4853] },
      { name: 'Febrero', values: [142, 1371, 6217] },
    ]);
  });

  test('in-person channel: interactions, first contact, survey; point types with their shares', () => {
    const s = slideOf(plan, 'inPerson');
    expect(cards(s)).toEqual([
      ['1.371', 'Interacciones atendidas'],
      ['98,3 %', 'Solución en primer contacto'],
      ['99,8 %', 'Satisfacción de usuario'],
      ['98,5 %', 'Percepción de usuario'],
      ['97,8 %', 'Confianza'],
    ]);
    expect(s.cards[2].detail).toEqual(['1.085 encuestados (79,1 %)']);
    expect(s.chart).toMatchObject({ categories: ['Sede Central (82,2 %)', 'PAR (17,8 %)'], series: [{ values: [1127, 244] }] });
  });

  test('phone channel: answered vs. incoming, interaction types as shares of the typified calls', () => {
    const s = slideOf(plan, 'phone');
    expect(cards(s)).toEqual([
      ['142', 'Interacciones atendidas'],
      ['83,1 %', 'Solución en primer contacto'],
      ['92,2 %', 'Llamadas contestadas vs. entrantes'],
      ['100 %', 'Satisfacción de usuario'],
      ['96,3 %', 'Percepción de usuario'],
      ['96,3 %', 'Confianza'],
    ]);
    expect(s.chart!.categories).toEqual(['AnnA Minería', 'RUCOM', 'Fallas tecnológicas']);
    expect(s.chart!.series[0].values.map((v) => v!.toFixed(2))).toEqual(['42.39', '35.87', '21.74']);
    expect(s.chart!.format).toEqual({ kind: 'percent', decimals: 2 });
    expect(s.note).toBe('Tipificadas 92 de 142 interacciones (64,8 %).');
  });

  test('virtual channel: the management figures', () => {
    expect(cards(slideOf(plan, 'virtual'))).toEqual([
      ['6.217', 'Interacciones atendidas'],
      ['2.102', 'Comunicaciones radicadas del correo de contacto'],
      ['5.258', 'PQRS en seguimiento'],
      ['2.875', 'Comunicaciones del radicador web asignadas'],
    ]);
  });

  test('consolidated satisfaction: entity-wide figures, respondents per channel, the interval of the small sample', () => {
    const s = slideOf(plan, 'satisfaction');
    expect(cards(s)).toEqual([
      ['98,7 %', 'Satisfacción consolidada'],
      ['99,8 %', 'Satisfacción ANM'],
      ['98,4 %', 'Percepción ANM'],
      ['97,8 %', 'Confianza ANM'],
    ]);
    expect(s.cards[1].detail).toEqual(['1.115 encuestados']);
    expect(s.table!.columns.map((c) => c.header)).toEqual(['Canal', 'Encuestados', 'Tasa de respuesta', 'Satisfacción', 'Percepción', 'Confianza', 'IC 95 % satisfacción']);
    expect(s.table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Presencial', '1.085', '79,1 %', '99,8 %', '98,5 %', '97,8 %', '—'],
      ['Telefónico', '30', '21,1 %', '100 %', '96,3 %', '96,3 %', '88,6 % – 100 %'],
      ['Total ANM', '1.115', '73,7 %', '99,8 %', '98,4 %', '97,8 %', '—'],
    ]);
    expect(s.table!.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(1, 6);
  });

  test('analysis: the report’s sentences from the figures', () => {
    const [first, second] = plan.slides.filter((s) => s.key === 'analysis');
    expect(text(first)).toEqual([
      'Atención en el mes',
      'En el mes se atendieron 7.730 interacciones: 6.217 en el canal virtual (80,4 %), 1.371 en el canal presencial (17,7 %) y 142 en el canal telefónico (1,8 %).',
      'Frente a enero de 2025, el total creció un 23,8 %: el canal telefónico cayó un 73,8 %, el canal presencial creció un 61,9 % y el canal virtual creció un 28,1 %.',
      'La solución en primer contacto fue del 98,3 % en el canal presencial y del 83,1 % en el canal telefónico.',
      'Se contestó el 92,2 % de las llamadas entrantes.',
      'Satisfacción',
      'El 99,8 % de los usuarios que calificaron la encuesta de satisfacción en el mes se declaran satisfechos con la atención recibida.',
      'El canal presencial tiene un 99,8 % de satisfacción. Califican 1.085 personas de 1.371, es decir el 79 %.',
      'El canal telefónico tiene un 100 % de satisfacción. Califican 30 personas de 142, es decir el 21 %.',
      'La muestra del canal telefónico es pequeña (30 encuestados): con un 95 % de confianza, su satisfacción está entre 88,6 % y 100 %.',
    ]);
    expect(text(second)).toEqual([
      'Percepción',
      'El 98,4 % de los usuarios que calificaron la encuesta de percepción en el mes tienen una percepción favorable de la imagen y el papel de la entidad.',
      'El canal presencial tiene un 98,5 % de percepción favorable; el canal telefónico, un 96,3 %.',
      'Confianza',
      'El 97,8 % de los usuarios que calificaron la encuesta sienten confianza y credibilidad hacia la entidad con respecto a los trámites que adelantan.',
      'El canal presencial tiene un 97,8 % de confianza; el canal telefónico, un 96,3 %.',
      'Satisfacción consolidada',
      'La satisfacción consolidada es del 98,7 %: el promedio de satisfacción, percepción y confianza de toda la entidad.',
    ]);
    // The headline figure is bold, as in the report.
    expect(first.paragraphs[6].runs).toEqual([
      { text: 'El ', bold: false },
      { text: '99,8 %', bold: true },
      { text: ' de los usuarios que calificaron la encuesta de satisfacción en el mes se declaran satisfechos con la atención recibida.', bold: false },
    ]);
  });

  test('data quality with no findings: zero counts and a reassuring note, no table', () => {
    const s = slideOf(plan, 'dataQuality');
    expect(cards(s)).toEqual([
      ['0', 'Errores'],
      ['0', 'Advertencias'],
      ['0', 'Informativos'],
    ]);
    expect(s.table).toBeNull();
    expect(s.note).toBe('No se encontraron hallazgos: las cifras del libro son consistentes.');
  });
});

describe('slides without data are left out', () => {
  test('no findings given (checks not run): no data-quality slide; no accountability results: no accountability slides', () => {
    const plan = buildDeckPlan({ indicators: february2025() });
    expect(plan.slides.map((s) => s.key)).not.toContain('dataQuality');
    expect(plan.slides.map((s) => s.key)).not.toContain('selfDiagnosis');
    expect(plan.slides.map((s) => s.key)).not.toContain('spaces');
  });

  test('a month with only channel interactions: no survey slide, no analysis of the survey', () => {
    const only = february2025().filter((v) => ['interactions', 'channel_share', 'ytd_interactions'].includes(v.id));
    const plan = buildDeckPlan({ indicators: only });
    expect(plan.slides.map((s) => s.key)).toEqual(['cover', 'channels', 'yearToDate', 'inPerson', 'phone', 'virtual', 'analysis']);
    const analysis = slideOf(plan, 'analysis');
    expect(text(analysis)).toEqual([
      'Atención en el mes',
      'En el mes se atendieron 7.730 interacciones: 6.217 en el canal virtual (80,4 %), 1.371 en el canal presencial (17,7 %) y 142 en el canal telefónico (1,8 %).',
    ]);
    expect(slideOf(plan, 'phone').cards).toEqual([{ value: '142', label: 'Interacciones atendidas', detail: [], tone: 'accent' }]);
    expect(slideOf(plan, 'phone').chart).toBeNull();
  });

  test('no virtual figures at all: no virtual slide', () => {
    const plan = buildDeckPlan({ indicators: february2025().filter((v) => v.channel !== 'Virtual') });
    expect(plan.slides.map((s) => s.key)).not.toContain('virtual');
    expect(cards(slideOf(plan, 'channels')).map((c) => c[1])).toEqual(['Canal telefónico', 'Canal presencial', 'Total interacciones']);
  });

  test('a satisfaction without respondents gives the percentage sentence only', () => {
    const values = february2025().filter((v) => !(v.id === 'survey_response_rate' && v.channel === 'Presencial'));
    const lines = buildDeckPlan({ indicators: values }).slides.filter((s) => s.key === 'analysis').flatMap(text);
    expect(lines).toContain('El canal presencial tiene un 99,8 % de satisfacción.');
  });

  test('no data at all: only the cover, without a month', () => {
    const plan = buildDeckPlan({ indicators: [] });
    expect(plan.month).toBeNull();
    expect(plan.slides.map((s) => s.key)).toEqual(['cover']);
    expect(plan.slides[0].subtitle).toBeNull();
  });

  test('an explicit month without data keeps the cover only', () => {
    const plan = buildDeckPlan({ indicators: february2025() }, { month: '2025-05' });
    expect(plan.slides.map((s) => s.key)).toEqual(['cover']);
    expect(plan.period).toBe('Mayo 2025');
  });
});

describe('options', () => {
  test('an earlier month, other names, in English', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: [] }, { month: '2025-01', entity: 'Alcaldía de Pasto', group: 'Atención al Ciudadano', locale: 'en' });
    expect(plan.period).toBe('January 2025');
    expect(plan.slides[0].items).toEqual(['Alcaldía de Pasto', 'Atención al Ciudadano']);
    expect(plan.slides.map((s) => s.title)).toEqual([
      'Service and User Care Report',
      'Channels this month',
      'Year to date 2025',
      'In-person channel',
      'Phone channel',
      'Virtual channel',
      'Analysis',
      'Data quality',
    ]);
    expect(cards(slideOf(plan, 'channels'))[3]).toEqual(['6,242', 'Total interactions']);
    expect(text(slideOf(plan, 'analysis'))[1]).toBe('6,242 interactions were attended this month: 4,853 in the virtual channel (77.7 %), 847 in the in-person channel (13.6 %) and 542 in the phone channel (8.7 %).');
  });

  test('latestMonth prefers months with interactions', () => {
    const v = (id: IndicatorValue['id'], month: string): IndicatorValue => ({ id, month, channel: 'ANM', breakdown: null, value: 1, unit: 'count' });
    expect(latestMonth([v('interactions', '2025-01'), v('virtual_management', '2025-03')])).toBe('2025-01');
    expect(latestMonth([v('virtual_management', '2025-03')])).toBe('2025-03');
    expect(latestMonth([])).toBeNull();
  });
});

describe('findings and continuation slides', () => {
  const many = Array.from({ length: 30 }, (_, i) =>
    makeFinding(i % 3 === 0 ? 'negative-count' : 'incomplete-breakdown', {
      sheet: 'Canales',
      cell: `C${i + 2}`,
      params: { column: 'Interacciones', value: -i, breakdown: 'Tipos de interacción', sum: 92, totalValue: 142, total: 'interacciones', share: '64,8 %', context: 'Telefónico, 2025-02' },
    }),
  );

  test('errors first, at most 18 listed over as many slides as they need, the rest counted in a note', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: many });
    const parts = plan.slides.filter((s) => s.key === 'dataQuality');
    expect(parts.length).toBeGreaterThan(1);
    expect(cards(parts[0])).toEqual([
      ['10', 'Errores'],
      ['20', 'Advertencias'],
      ['0', 'Informativos'],
    ]);
    expect(parts.slice(1).every((p) => p.cards.length === 0 && p.title === 'Calidad de los datos (continuación)')).toBe(true);
    const rows = parts.flatMap((p) => p.table!.rows);
    expect(rows).toHaveLength(18);
    expect(rows.slice(0, 10).every((r) => r[0].text === 'Error')).toBe(true);
    expect(rows[10][0].text).toBe('Advertencia');
    expect(rows[0][1].text).toBe('Canales!C2');
    expect(parts[parts.length - 1].note).toBe('Y 12 hallazgos más: vea la hoja Hallazgos.');
    expect(parts.slice(0, -1).every((p) => p.note === null)).toBe(true);
  });

  test('every part stays within its layout’s capacity', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: many });
    for (const s of plan.slides) {
      const cap = layoutCapacity[s.layout];
      if (cap.cards) expect(s.cards.length).toBeLessThanOrEqual(cap.cards);
      for (const c of s.cards) expect(c.detail.length).toBeLessThanOrEqual(cap.cardDetailLines);
    }
  });

  test('a few findings fit on one slide with the intro note', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: many.slice(0, 2) });
    const parts = plan.slides.filter((s) => s.key === 'dataQuality');
    expect(parts).toHaveLength(1);
    expect(parts[0].note).toBe('Revise estos hallazgos antes de presentar las cifras.');
  });
});

describe('accountability slides', () => {
  const selfDiagnosis = {
    total: 59.4,
    level: 'Consolidación',
    stages: [
      { stage: 'Aprestamiento institucional para promover la Rendición de Cuentas', short: 'Aprestamiento', score: 47.5 },
      { stage: 'Diseño de la Estrategia de Rendición de Cuentas', score: 66.3158 },
      { stage: 'Preparación para la Rendición de Cuentas', score: null },
    ],
    priorities: [{ stage: 'Aprestamiento', category: 'Analizar las debilidades y fortalezas para la rendición de cuentas', activity: 'Capacitar al equipo', score: 10 }],
  };
  const spaces = {
    cutoff: '2021-10-31',
    total: 69,
    held: 47,
    byDepartment: { Boyacá: 12, Antioquia: 9, Cesar: 6, Meta: 5, Nariño: 5, Huila: 4, Tolima: 4, Chocó: 3, Cauca: 3, Santander: 2 },
    compliance: 95.9,
    pdet: { count: 20, share: 29 },
    municipalities: 60,
    departments: 19,
  };

  test('self-diagnosis: stage chart against 100, total, level, priorities', () => {
    const s = slideOf(buildDeckPlan({ indicators: february2025(), selfDiagnosis }), 'selfDiagnosis');
    expect(cards(s)).toEqual([
      ['59,4', 'Puntaje total'],
      ['Consolidación', 'Nivel'],
    ]);
    expect(s.chart).toMatchObject({ categories: ['Aprestamiento', 'Diseño', 'Preparación (sin puntaje)'], series: [{ values: [47.5, 66.3158, null] }], max: 100, format: { kind: 'number', decimals: 1 } });
    expect(s.itemsTitle).toBe('Prioridades');
    expect(s.items).toEqual(['10 · Capacitar al equipo (Aprestamiento)']);
  });

  test('self-diagnosis without any score: left out', () => {
    const empty = { ...selfDiagnosis, total: null, stages: selfDiagnosis.stages.map((s) => ({ ...s, score: null })) };
    expect(buildDeckPlan({ indicators: february2025(), selfDiagnosis: empty }).slides.map((s) => s.key)).not.toContain('selfDiagnosis');
  });

  test('spaces: baseline cards and the top departments, the rest as Otros', () => {
    const s = slideOf(buildDeckPlan({ indicators: february2025(), spaces }), 'spaces');
    expect(s.subtitle).toBe('Corte: 31/10/2021');
    expect(cards(s)).toEqual([
      ['69', 'Espacios registrados'],
      ['47', 'Realizados'],
      ['95,9 %', 'Cumplimiento'],
      ['20', 'En municipios PDET'],
      ['60', 'Municipios'],
      ['19', 'Departamentos'],
    ]);
    expect(s.cards[3].detail).toEqual(['29 % del total']);
    expect(s.chart!.categories).toEqual(['Boyacá', 'Antioquia', 'Cesar', 'Meta', 'Nariño', 'Huila', 'Tolima', 'Cauca', 'Otros']);
    expect(s.chart!.series[0].values).toEqual([12, 9, 6, 5, 5, 4, 4, 3, 5]);
  });

  test('spaces with no rows: left out', () => {
    expect(buildDeckPlan({ indicators: february2025(), spaces: { ...spaces, total: 0 } }).slides.map((s) => s.key)).not.toContain('spaces');
  });

  test('with every input, all eleven slides, in deck.md’s order', () => {
    const keys = buildDeckPlan({ indicators: february2025(), findings: [], selfDiagnosis, spaces }).slides.map((s) => s.key);
    expect([...new Set(keys)]).toEqual(slideKeys);
    expect(keys.slice(-3)).toEqual(['dataQuality', 'selfDiagnosis', 'spaces']);
  });
});
