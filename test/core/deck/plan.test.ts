/** The deck plan for February 2025 (the report's worked example): slides, figures, sentences, and what is left out. */
import { barLabelsFit, boldWidthEm, buildDeckPlan, latestMonth, layoutCapacity, nearlyEmpty, slideKeys, type DeckPlan, type DeckSlide, type PublishedFigure, type ValueDelivery } from '../../../core/deck';
import { makeFinding } from '../../../core/findings';
import type { IndicatorValue } from '../../../core/service/registry';
import { february2025 } from './february2025';

const text = (s: DeckSlide) => s.paragraphs.map((p) => p.runs.map((r) => r.text).join(''));
const cards = (s: DeckSlide) => s.cards.map((c) => [c.value, c.label]);
const slideOf = (plan: DeckPlan, key: DeckSlide['key']) => plan.slides.find((s) => s.key === key)!;

const anm = { entity: 'Agencia Nacional de Minería', entityShort: 'ANM', group: 'Grupo de Atención, Participación Ciudadana y Comunicaciones', groupShort: 'GAPCC' };
const published: PublishedFigure[] = [
  { id: 'point_type_share', month: '2025-02', channel: 'Presencial', breakdown: 'Sede Central', reported: 78, decimals: 0, computed: (100 * 1127) / 1371, where: 'Reportado!E30' },
  { id: 'trust', month: '2025-02', channel: 'Presencial', breakdown: null, reported: 97, decimals: 0, computed: 97.8, where: 'Reportado!E38' },
];
const valueDelivered: ValueDelivery[] = [
  { month: '2025-02', channel: 'Virtual', text: 'Recibimos, analizamos y radicamos 2.102 comunicaciones que ingresaron por el correo de contacto.' },
  { month: '2025-02', channel: 'Virtual', text: 'Realizamos el seguimiento de 5.258 comunicaciones PQRS radicadas por los diferentes canales.' },
  { month: '2025-02', channel: 'Presencial', text: 'El 3 de febrero se contrataron 10 colaboradores de atención al usuario del canal presencial.' },
  { month: '2025-02', channel: 'Presencial', text: 'El 4 de febrero se capacitó a los colaboradores de los puntos de atención local sobre notificaciones.' },
  { month: '2025-02', channel: null, text: 'Se avanzó en la implementación de flujos automatizados para la administración de solicitudes.' },
  { month: '2025-02', channel: null, text: 'Se ajustó un formulario de productos internos para recopilar datos de manera estructurada.' },
  { month: '2025-01', channel: null, text: 'De enero: no aparece en febrero.' },
];
const note = 'La medición del mes de febrero contiene una muestra de encuestas menor a lo acostumbrado.';

describe('the February 2025 deck', () => {
  const plan = buildDeckPlan(
    { indicators: february2025(), findings: [], published, valueDelivered, notes: [{ month: '2025-02', text: note }] },
    { names: anm },
  );

  test('takes the latest month with data and the workbook’s names', () => {
    expect(plan.month).toBe('2025-02');
    expect(plan.period).toBe('Febrero 2025');
    expect([plan.entity, plan.group]).toEqual(['ANM', 'GAPCC']);
    expect(plan.title).toBe('Informe de Servicio y Atención al Usuario');
  });

  test('follows the report slide by slide (seeds/000), then data quality and the closing slide', () => {
    // The report: portada, glosario, canales febrero, consolidado 2025, cifras presencial,
    // interacciones canal presencial (PAR y PAL), cifras telefónico, satisfacción consolidada,
    // percepción/satisfacción/confianza, análisis ×3, entregas de valor, cierre.
    expect(plan.slides.map((s) => s.key)).toEqual([
      'cover', 'glossary', 'channels', 'yearToDate', 'inPerson', 'inPersonPoints', 'phone', 'virtual', 'satisfaction', 'surveyDefinitions',
      'serviceAnalysis', 'satisfactionAnalysis', 'perceptionAnalysis', 'trustAnalysis', 'valueDelivered', 'valueDelivered', 'valueDelivered', 'dataQuality', 'closing',
    ]);
    expect(plan.slides.map((s) => s.title)).toEqual([
      'Informe de Servicio y Atención al Usuario', 'Glosario', 'Canales de febrero', 'Consolidado 2025', 'Cifras del canal presencial',
      'Interacciones del canal presencial', 'Cifras del canal telefónico', 'Cifras del canal virtual', 'Satisfacción consolidada',
      'Percepción, satisfacción y confianza', 'Análisis de la atención', 'Análisis de la satisfacción', 'Análisis de la percepción', 'Análisis de la confianza',
      'Entregas de valor canal virtual', 'Entregas de valor canal presencial', 'Entregas de valor', 'Calidad de los datos', 'Cierre',
    ]);
  });

  test('cover and closing: title, month in words, entity and group', () => {
    const cover = plan.slides[0];
    expect([cover.title, cover.subtitle, cover.items]).toEqual(['Informe de Servicio y Atención al Usuario', 'Febrero 2025', [anm.entity, anm.group]]);
    expect(slideOf(plan, 'closing').items).toEqual([anm.entity, anm.group]);
  });

  test('glossary: the report’s terms, bold, with the default definitions', () => {
    const s = slideOf(plan, 'glossary');
    expect(s.paragraphs.map((p) => p.runs[0])).toEqual(['Canal: ', 'Telefónico: ', 'Presencial: ', 'Virtual: ', 'Escalamiento: '].map((text) => ({ text, bold: true })));
    expect(s.paragraphs[4].runs[1].text).toMatch(/^Para el caso del servicio, es la presentación de la solicitud/);
  });

  test('channels of the month: a card per channel and the total, a chart of the three with Colombian labels', () => {
    const s = slideOf(plan, 'channels');
    expect(cards(s)).toEqual([
      ['142', 'Canal telefónico'],
      ['1.371', 'Canal presencial'],
      ['6.217', 'Canal virtual'],
      ['7.730', 'Total interacciones'],
    ]);
    expect(s.cards[1].detail).toEqual(['17,7 % del total', '+61,9 % frente a enero']);
    expect(s.cards[0].detail).toEqual(['1,8 % del total', '−73,8 % frente a enero']);
    expect(s.chart).toMatchObject({ categories: ['Telefónico', 'Presencial', 'Virtual'], series: [{ values: [142, 1371, 6217] }], format: { kind: 'count' }, dataLabels: true, labels: [['142', '1.371', '6.217']] });
  });

  test('year to date: per channel with its months; months side by side in columns, legend in the bars’ order', () => {
    const s = slideOf(plan, 'yearToDate');
    expect(s.subtitle).toBe('Enero a febrero de 2025');
    expect(cards(s)).toEqual([
      ['684', 'Canal telefónico'],
      ['2.218', 'Canal presencial'],
      ['11.070', 'Canal virtual'],
      ['13.972', 'Total interacciones'],
    ]);
    expect(s.cards[0].detail).toEqual(['Enero: 542', 'Febrero: 142']);
    expect(s.chart!.kind).toBe('column');
    expect(s.chart!.legend).toBe(true);
    expect(s.chart!.series).toEqual([
      { name: 'Enero', values: [542, 847, 4853] },
      { name: 'Febrero', values: [142, 1371, 6217] },
    ]);
  });

  test('a blank survey input: the slides that would show the figure say it is not computed and name the cell', () => {
    const indicators = february2025().filter((v) => !(['satisfaction', 'perception', 'trust'].includes(v.id) && (v.channel === 'ANM' || v.channel === 'Presencial')));
    const gap = { month: '2025-02', channel: 'Presencial' as const, field: 'respondents' as const, where: 'Canales!E6', reason: 'blank' as const };
    const withGap = buildDeckPlan({ indicators, surveyGaps: [gap] }, { month: '2025-02' });
    const note = 'Presencial: sin dato de encuestados (Canales!E6 en blanco); no se calculan la satisfacción del canal';
    for (const key of ['inPerson', 'satisfaction', 'satisfactionAnalysis'] as const) {
      const foot = slideOf(withGap, key).footnotes.join(' ');
      expect(foot).toContain(note);
      expect(foot).toContain('la satisfacción de la entidad');
    }
    expect(slideOf(withGap, 'channels').footnotes.join(' ')).not.toContain('encuestados');
    // Another month's gap, or none, says nothing.
    const other = buildDeckPlan({ indicators, surveyGaps: [{ ...gap, month: '2025-01' }] }, { month: '2025-02' });
    expect(slideOf(other, 'satisfaction').footnotes.join(' ')).not.toContain('encuestados');
    const english = buildDeckPlan({ indicators, surveyGaps: [gap] }, { month: '2025-02', locale: 'en' });
    expect(slideOf(english, 'satisfaction').footnotes.join(' ')).toContain('no respondents figure (Canales!E6 is blank)');
  });

  test('cover and closing: the configured names in full, however long, on one slide each', () => {
    const names = { entity: 'Ministerio de Tecnologías de la Información y las Comunicaciones', entityShort: 'MinTIC', group: 'Grupo Interno de Trabajo de Fortalecimiento de las Relaciones con los Grupos de Interés', groupShort: null };
    const long = buildDeckPlan({ indicators: february2025() }, { month: '2025-02', names });
    for (const key of ['cover', 'closing'] as const) {
      const slides = long.slides.filter((s) => s.key === key);
      expect(slides).toHaveLength(1);
      expect(slides[0].items).toEqual([names.entity, names.group]);
    }
  });

  test('year to date: per-bar labels while they fit their bars; with six months of 5-digit figures, the value axis instead', () => {
    expect(slideOf(plan, 'yearToDate').chart!.dataLabels).toBe(true);
    const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];
    const values: IndicatorValue[] = [];
    for (const [i, m] of months.entries())
      for (const c of ['Telefónico', 'Presencial', 'Virtual'] as const) {
        values.push({ id: 'interactions', month: m, channel: c, breakdown: null, value: 28039 + 1000 * i, unit: 'count' });
        values.push({ id: 'ytd_interactions', month: m, channel: c, breakdown: null, value: 28039 * (i + 1), unit: 'count' });
      }
    const ytd = slideOf(buildDeckPlan({ indicators: values }, { month: '2024-06' }), 'yearToDate');
    expect(ytd.chart!.series).toHaveLength(6);
    expect(ytd.chart!.dataLabels).toBe(false);
    // The figures stay on the cards.
    expect(ytd.cards[0].value).toBe('168.234');
    expect(barLabelsFit(3, 2, boldWidthEm('6.217'))).toBe(true);
    expect(barLabelsFit(3, 12, boldWidthEm('12.313'))).toBe(false);
  });

  test('in person: figures, then the point types with their shares and the published 78 % footnoted', () => {
    expect(cards(slideOf(plan, 'inPerson'))).toEqual([
      ['1.371', 'Interacciones atendidas'],
      ['98,3 %', 'Solución en primer contacto'],
      ['99,8 %', 'Satisfacción de usuario'],
      ['98,5 %', 'Percepción de usuario'],
      ['97,8 %', 'Confianza'],
    ]);
    expect(slideOf(plan, 'inPerson').cards[2].detail).toEqual(['1.085 encuestados (79,1 %)']);
    expect(slideOf(plan, 'inPerson').footnotes).toEqual(['Confianza (Presencial): publicado 97 %; calculado 97,8 % (Reportado!E38).']);
    const points = slideOf(plan, 'inPersonPoints');
    expect(cards(points)).toEqual([
      ['1.127', 'Interacciones en Sede Central'],
      ['244', 'Interacciones en PAR'],
      ['1.371', 'Usuarios registrados'],
      ['98,3 %', 'Solución en primer contacto'],
    ]);
    expect(points.cards[0].detail).toEqual(['82,2 % del total']);
    expect(points.chart).toMatchObject({ categories: ['Sede Central', 'PAR'], series: [{ values: [1127, 244] }] });
    expect(points.footnotes).toEqual(['Participación por tipo de punto (Presencial, Sede Central): publicado 78 %; calculado 82,2 % (Reportado!E30).']);
  });

  test('phone: answered vs. incoming, interaction types as shares with two decimals, as the report prints them', () => {
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
    expect(s.chart!.labels).toEqual([['42,39 %', '35,87 %', '21,74 %']]);
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

  test('virtual channel with a survey and interaction types: shown as for the other channels, management on its own slide', () => {
    const extra: IndicatorValue[] = [
      { id: 'survey_response_rate', month: '2025-02', channel: 'Virtual', breakdown: null, value: (100 * 420) / 6217, unit: 'percent' },
      { id: 'satisfaction', month: '2025-02', channel: 'Virtual', breakdown: null, value: 82.4, unit: 'percent' },
      { id: 'perception', month: '2025-02', channel: 'Virtual', breakdown: null, value: 80.9, unit: 'percent' },
      { id: 'trust', month: '2025-02', channel: 'Virtual', breakdown: null, value: 79.8, unit: 'percent' },
      { id: 'interaction_type_share', month: '2025-02', channel: 'Virtual', breakdown: 'Quejas contra prestadores', value: (100 * 3730) / 6217, unit: 'percent' },
      { id: 'interaction_type_share', month: '2025-02', channel: 'Virtual', breakdown: 'Información general', value: (100 * 2487) / 6217, unit: 'percent' },
    ];
    const slides = buildDeckPlan({ indicators: [...february2025(), ...extra] }, { month: '2025-02' }).slides.filter((s) => s.key === 'virtual');
    expect(slides.map((s) => s.title)).toEqual(['Cifras del canal virtual', 'Gestión del canal virtual']);
    expect(cards(slides[0])).toEqual([
      ['6.217', 'Interacciones atendidas'],
      ['82,4 %', 'Satisfacción de usuario'],
      ['80,9 %', 'Percepción de usuario'],
      ['79,8 %', 'Confianza'],
    ]);
    expect(slides[0].cards[1].detail).toEqual(['420 encuestados (6,8 %)']);
    expect(slides[0].chart!.categories).toEqual(['Quejas contra prestadores', 'Información general']);
    expect(cards(slides[1]).map(([, label]) => label)).toEqual(['Comunicaciones radicadas del correo de contacto', 'PQRS en seguimiento', 'Comunicaciones del radicador web asignadas']);
    expect(slides[1].chart!.title).toBe('Gestión del canal virtual');
  });

  test('consolidated satisfaction: entity-wide figures named after the entity, respondents per channel, the small sample’s interval', () => {
    const s = slideOf(plan, 'satisfaction');
    expect(cards(s)).toEqual([
      ['98,7 %', 'Satisfacción consolidada ANM'],
      ['99,8 %', 'Satisfacción ANM'],
      ['98,4 %', 'Percepción ANM'],
      ['97,8 %', 'Confianza ANM'],
    ]);
    expect(s.cards[1].detail).toEqual(['1.115 encuestados']);
    expect(s.table!.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Presencial', '1.085', '79,1 %', '99,8 %', '98,5 %', '97,8 %', '—'],
      ['Telefónico', '30', '21,1 %', '100 %', '96,3 %', '96,3 %', '88,6 % – 100 %'],
      ['Total ANM', '1.115', '73,7 %', '99,8 %', '98,4 %', '97,8 %', '—'],
    ]);
    expect(s.note).toMatch(/^Satisfacción consolidada: Sumatoria de la calificación individual/);
    expect(s.table!.columns.reduce((a, c) => a + c.width, 0)).toBeCloseTo(1, 6);
  });

  test('survey definitions: the three figures, each with its definition', () => {
    const s = slideOf(plan, 'surveyDefinitions');
    expect(cards(s)).toEqual([
      ['99,8 %', 'Satisfacción ANM'],
      ['98,4 %', 'Percepción ANM'],
      ['97,8 %', 'Confianza ANM'],
    ]);
    expect(s.cards[0].detail.join(' ')).toBe('Mide el promedio del grado de satisfacción de los usuarios ante los servicios y trámites ofrecidos por la entidad.');
  });

  test('analyses: the report’s sentences, each channel’s sample, the month’s note under each survey analysis', () => {
    expect(text(slideOf(plan, 'serviceAnalysis'))).toEqual([
      'En el mes se atendieron 7.730 interacciones: 6.217 en el canal virtual (80,4 %), 1.371 en el canal presencial (17,7 %) y 142 en el canal telefónico (1,8 %).',
      'Frente a enero de 2025, el total creció un 23,8 %: el canal telefónico cayó un 73,8 %, el canal presencial creció un 61,9 % y el canal virtual creció un 28,1 %.',
      'La solución en primer contacto fue del 98,3 % en el canal presencial y del 83,1 % en el canal telefónico.',
      'Se contestó el 92,2 % de las llamadas entrantes.',
    ]);
    expect(text(slideOf(plan, 'satisfactionAnalysis'))).toEqual([
      'El 99,8 % de los usuarios que calificaron la encuesta de satisfacción en el mes se declaran satisfechos con la atención recibida.',
      'El canal presencial tiene un 99,8 % de satisfacción. Califican 1.085 personas de 1.371, es decir el 79 %.',
      'El canal telefónico tiene un 100 % de satisfacción. Califican 30 personas de 142, es decir el 21 %.',
      'La muestra del canal telefónico es pequeña (30 encuestados): con un 95 % de confianza, su satisfacción está entre 88,6 % y 100 %.',
      note,
    ]);
    const perception = text(slideOf(plan, 'perceptionAnalysis'));
    expect(perception[1]).toBe('El canal presencial tiene un 98,5 % de percepción favorable. Califican 1.085 personas de 1.371, es decir el 79 %.');
    expect(perception[perception.length - 1]).toBe(note);
    const trust = slideOf(plan, 'trustAnalysis');
    expect(text(trust)[2]).toBe('El canal telefónico tiene un 96,3 % de confianza. Califican 30 personas de 142, es decir el 21 %.');
    expect(trust.paragraphs[trust.paragraphs.length - 1].kind).toBe('note');
    expect(trust.footnotes).toEqual(['Confianza (Presencial): publicado 97 %; calculado 97,8 % (Reportado!E38).']);
    // The headline figure is bold, as in the report.
    expect(slideOf(plan, 'satisfactionAnalysis').paragraphs[0].runs).toEqual([
      { text: 'El ', bold: false },
      { text: '99,8 %', bold: true },
      { text: ' de los usuarios que calificaron la encuesta de satisfacción en el mes se declaran satisfechos con la atención recibida.', bold: false },
    ]);
  });

  test('Entregas de valor: the month’s bullets by channel, the group’s last; other months left out', () => {
    const slides = plan.slides.filter((s) => s.key === 'valueDelivered');
    expect(slides.map((s) => [s.title, s.subtitle, text(s)])).toEqual([
      ['Entregas de valor canal virtual', 'Febrero 2025 · GAPCC', [valueDelivered[0].text, valueDelivered[1].text]],
      ['Entregas de valor canal presencial', 'Febrero 2025 · GAPCC', [valueDelivered[2].text, valueDelivered[3].text]],
      ['Entregas de valor', 'Febrero 2025 · GAPCC', [valueDelivered[4].text, valueDelivered[5].text]],
    ]);
  });

  test('Entregas de valor: short channels share a slide under their channel, a blank Canal as General; nothing left out', () => {
    const march = (channel: ValueDelivery['channel'], text: string): ValueDelivery => ({ month: '2025-02', channel, text });
    const short = [march('Presencial', 'Se abrió el punto de Barranquilla.'), march('Telefónico', 'Se implementó la devolución de llamadas.'), march(null, 'Se capacitó a 35 servidores.')];
    const build = (rows: ValueDelivery[], locale: 'es' | 'en' = 'es') =>
      buildDeckPlan({ indicators: february2025(), valueDelivered: rows }, { names: anm, locale }).slides.filter((s) => s.key === 'valueDelivered');
    const shared = build(short);
    expect(shared.map((s) => s.title)).toEqual(['Entregas de valor']);
    expect(shared[0].paragraphs.map((p) => [p.kind, p.runs.map((r) => r.text).join('')])).toEqual([
      ['heading', 'Canal presencial'], ['body', short[0].text],
      ['heading', 'Canal telefónico'], ['body', short[1].text],
      ['heading', 'General'], ['body', short[2].text],
    ]);
    expect(build(short, 'en')[0].paragraphs.filter((p) => p.kind === 'heading').map((p) => p.runs[0].text)).toEqual(['In-person channel', 'Phone channel', 'General']);
    // A long channel beside short ones: all together, continued on following slides, every row shown.
    const long = Array.from({ length: 30 }, (_, i) => march('Presencial', `Viñeta ${i} del canal presencial con texto suficiente para ocupar buena parte de una línea.`));
    const many = build([...long, ...short.slice(1)]);
    expect(many.length).toBeGreaterThan(1);
    const shown = many.flatMap((s) => s.paragraphs.filter((p) => p.kind === 'body').map((p) => p.runs[0].text));
    expect(shown).toEqual([...long, ...short.slice(1)].map((r) => r.text));
    for (const s of many) expect(s.paragraphs[s.paragraphs.length - 1].kind).toBe('body');
    // A single short row alone still gets its slide (its channel's).
    expect(build([short[1]]).map((s) => [s.title, text(s)])).toEqual([['Entregas de valor canal telefónico', [short[1].text]]]);
  });

  test('the month’s note without a survey: it closes the service analysis, or stands alone without service figures', () => {
    const noSurvey = february2025().filter((v) => !['satisfaction', 'perception', 'trust', 'survey_response_rate', 'consolidated_satisfaction'].includes(v.id));
    const notes = [{ month: '2025-02', text: note }];
    const withService = buildDeckPlan({ indicators: noSurvey, notes }, { month: '2025-02' });
    const service = slideOf(withService, 'serviceAnalysis');
    expect(service.paragraphs[service.paragraphs.length - 1]).toEqual({ kind: 'note', runs: [{ text: note, bold: false }] });
    expect(withService.slides.map((s) => s.key)).not.toContain('satisfactionAnalysis');
    const alone = buildDeckPlan({ indicators: [], notes }, { month: '2025-02' });
    expect(alone.slides.find((s) => s.key === 'serviceAnalysis')!.paragraphs).toEqual([{ kind: 'note', runs: [{ text: note, bold: false }] }]);
    // With a survey, the note closes the survey analyses only, as in the report.
    expect(text(slideOf(plan, 'serviceAnalysis'))).not.toContain(note);
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

describe('a second agency', () => {
  const other = { entity: 'Alcaldía de Villa Esperanza', entityShort: 'AVE', group: 'Oficina de Atención al Ciudadano', groupShort: 'OAC' };
  const build = (names: typeof other) => buildDeckPlan({ indicators: february2025(), findings: [], published, valueDelivered }, { names });
  const words = (plan: ReturnType<typeof build>) => JSON.stringify(plan.slides);

  test('its names stand wherever ANM’s stand, and ANM nowhere', () => {
    const anmDeck = words(build(anm));
    const otherDeck = words(build(other));
    expect(otherDeck).not.toMatch(/ANM|GAPCC|Agencia Nacional de Minería/);
    const replaced = anmDeck
      .replace(/Agencia Nacional de Minería/g, other.entity)
      .replace(/Grupo de Atención, Participación Ciudadana y Comunicaciones/g, other.group)
      .replace(/\bANM\b/g, other.entityShort)
      .replace(/\bGAPCC\b/g, other.groupShort);
    // AnnA Minería is an interaction type of the data, not the entity's name.
    expect(otherDeck).toBe(replaced);
    expect(anmDeck).toContain('ANM');
  });

  test('without any name: "la entidad", "Total entidad", no names on the cover, no closing slide', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: [] });
    const all = JSON.stringify(plan.slides);
    expect(all).not.toMatch(/ANM|GAPCC/);
    expect(plan.slides[0].items).toEqual([]);
    expect(plan.slides.map((s) => s.key)).not.toContain('closing');
    expect(cards(slideOf(plan, 'satisfaction'))[1]).toEqual(['99,8 %', 'Satisfacción de la entidad']);
    expect(slideOf(plan, 'satisfaction').table!.rows[2][0].text).toBe('Total entidad');
  });
});

describe('slides without data are left out', () => {
  test('no findings given (checks not run): no data-quality slide; no accountability results: no accountability slides', () => {
    const plan = buildDeckPlan({ indicators: february2025() });
    expect(plan.slides.map((s) => s.key)).not.toContain('dataQuality');
    expect(plan.slides.map((s) => s.key)).not.toContain('selfDiagnosis');
    expect(plan.slides.map((s) => s.key)).not.toContain('spaces');
  });

  test('a month with only channel interactions: no near-empty channel slide, no survey slides', () => {
    const only = february2025().filter((v) => ['interactions', 'channel_share', 'ytd_interactions'].includes(v.id));
    const plan = buildDeckPlan({ indicators: only });
    expect(plan.slides.map((s) => s.key)).toEqual(['cover', 'glossary', 'channels', 'yearToDate', 'serviceAnalysis']);
    expect(text(slideOf(plan, 'serviceAnalysis'))).toEqual([
      'En el mes se atendieron 7.730 interacciones: 6.217 en el canal virtual (80,4 %), 1.371 en el canal presencial (17,7 %) y 142 en el canal telefónico (1,8 %).',
    ]);
    for (const s of plan.slides) expect(nearlyEmpty(s)).toBe(false);
  });

  test('a single figure is a near-empty slide; a long bullet is not', () => {
    const base = { key: 'virtual' as const, layout: 'cardsGrid' as const, title: 't', subtitle: null, part: 1, parts: 1, chart: null, table: null, paragraphs: [], items: [], itemsTitle: null, note: null, footnotes: [] };
    expect(nearlyEmpty({ ...base, cards: [{ value: '1', label: 'x', detail: [], tone: 'neutral' }] })).toBe(true);
    expect(nearlyEmpty({ ...base, layout: 'text', cards: [], paragraphs: [{ kind: 'body', runs: [{ text: 'palabra '.repeat(30), bold: false }] }] })).toBe(false);
  });

  test('no virtual figures at all: no virtual slide', () => {
    const plan = buildDeckPlan({ indicators: february2025().filter((v) => v.channel !== 'Virtual') });
    expect(plan.slides.map((s) => s.key)).not.toContain('virtual');
    expect(cards(slideOf(plan, 'channels')).map((c) => c[1])).toEqual(['Canal telefónico', 'Canal presencial', 'Total interacciones']);
  });

  test('a satisfaction without respondents gives the percentage sentence only', () => {
    const values = february2025().filter((v) => !(v.id === 'survey_response_rate' && v.channel === 'Presencial'));
    expect(text(slideOf(buildDeckPlan({ indicators: values }), 'satisfactionAnalysis'))).toContain('El canal presencial tiene un 99,8 % de satisfacción.');
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

  test('many service points continue on following slides, evenly', () => {
    const points = Array.from({ length: 23 }, (_, i): IndicatorValue => ({ id: 'point_interactions', month: '2025-02', channel: 'Presencial', breakdown: `PAR ${String.fromCharCode(65 + i)}`, value: 100 - i, unit: 'count' }));
    const plan = buildDeckPlan({ indicators: [...february2025(), ...points] });
    const parts = plan.slides.filter((s) => s.key === 'inPersonPoints');
    expect(parts.map((s) => s.chart!.categories.length)).toEqual([12, 11]);
    expect(parts[1].title).toBe('Interacciones del canal presencial (continuación)');
    expect(parts[1].cards).toEqual([]);
  });
});

describe('options', () => {
  test('--mes headlines the chosen month: an earlier month, other names, in English', () => {
    const plan = buildDeckPlan({ indicators: february2025(), findings: [] }, { month: '2025-01', names: { entity: 'Alcaldía de Pasto', entityShort: null, group: 'Atención al Ciudadano', groupShort: null }, locale: 'en' });
    expect(plan.period).toBe('January 2025');
    expect(plan.slides[0].items).toEqual(['Alcaldía de Pasto', 'Atención al Ciudadano']);
    expect(plan.slides.map((s) => s.title)).toEqual([
      'Service and User Care Report',
      'Glossary',
      'Channels in January',
      'Year to date 2025',
      'Service analysis',
      'Data quality',
      'Closing',
    ]);
    expect(plan.slides.filter((s) => s.key !== 'cover' && s.key !== 'glossary' && s.key !== 'closing').every((s) => s.subtitle === 'January 2025')).toBe(true);
    expect(cards(slideOf(plan, 'channels'))[3]).toEqual(['6,242', 'Total interactions']);
    expect(text(slideOf(plan, 'serviceAnalysis'))[0]).toBe('6,242 interactions were attended this month: 4,853 in the virtual channel (77.7 %), 847 in the in-person channel (13.6 %) and 542 in the phone channel (8.7 %).');
  });

  test('latestMonth prefers months with interactions', () => {
    const v = (id: IndicatorValue['id'], month: string): IndicatorValue => ({ id, month, channel: 'ANM', breakdown: null, value: 1, unit: 'count' });
    expect(latestMonth([v('interactions', '2025-01'), v('virtual_management', '2025-03')])).toBe('2025-01');
    expect(latestMonth([v('virtual_management', '2025-03')])).toBe('2025-03');
    expect(latestMonth([])).toBeNull();
  });

  test('the glossary: a workbook term replaces the default, a blank definition hides it, a new term is added', () => {
    const plan = buildDeckPlan({ indicators: february2025(), glossary: [{ term: 'canal', definition: 'Propia.' }, { term: 'Escalamiento', definition: null }, { term: 'Chat', definition: 'Asistente virtual.' }, { term: 'Satisfacción', definition: 'Definición propia.' }] });
    const s = slideOf(plan, 'glossary');
    expect(s.paragraphs.map((p) => p.runs.map((r) => r.text).join(''))).toEqual([
      'canal: Propia.',
      expect.stringMatching(/^Telefónico: /),
      expect.stringMatching(/^Presencial: /),
      expect.stringMatching(/^Virtual: /),
      'Chat: Asistente virtual.',
    ]);
    expect(slideOf(plan, 'surveyDefinitions').cards[0].detail).toEqual(['Definición propia.']);
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

  test('self-diagnosis: its own vigencia and the rows that could not be scored', () => {
    const s = slideOf(buildDeckPlan({ indicators: february2025(), selfDiagnosis: { ...selfDiagnosis, year: 2020, unreadableRows: 2 } }), 'selfDiagnosis');
    expect(s.subtitle).toBe('Vigencia 2020');
    expect(s.note).toBe('2 filas tienen datos que no se pudieron leer: solo cuentan en lo que sí se leyó (vea la hoja Resultado autodiagnóstico).');
  });

  test('spaces: their vigencia, their cut-off, the unreadable rows counted', () => {
    const s = slideOf(buildDeckPlan({ indicators: february2025(), spaces: { ...spaces, years: [2021], unreadableRows: 1 } }), 'spaces');
    expect(s.subtitle).toBe('Vigencia 2021 · Corte: 31/10/2021');
    expect(s.note).toBe('1 fila tiene datos que no se pudieron leer: solo cuenta en lo que sí se leyó (vea la hoja Línea base espacios).');
    // The sheet that lists them, in English too (they are not in Hallazgos / Findings).
    const en = slideOf(buildDeckPlan({ indicators: february2025(), spaces: { ...spaces, unreadableRows: 3 } }, { locale: 'en' }), 'spaces');
    expect(en.note).toBe('3 rows have data that could not be read: they count only where they could be read (see the Spaces baseline sheet).');
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

  test('with every input, every slide, in deck.md’s order', () => {
    const keys = buildDeckPlan({ indicators: february2025(), findings: [], selfDiagnosis, spaces, valueDelivered }, { names: anm }).slides.map((s) => s.key);
    expect([...new Set(keys)]).toEqual(slideKeys);
    expect(keys.slice(-4)).toEqual(['dataQuality', 'selfDiagnosis', 'spaces', 'closing']);
  });
});
