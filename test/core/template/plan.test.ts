import type { SheetSpec } from '../../../core/table';
import { serviceSheets } from '../../../core/template';
import { buildTemplateSheets, exampleTextFor, instructionsSheet, templateDataRows, templateSheet } from '../../../core/template/plan';
import { pointTypeEnum } from '../../../core/table';
import { accountabilitySheets, stages } from '../../../core/accountability';
import { indicatorIds, indicatorRegistry } from '../../../core/service';
import { actionsForCommand, resolveActionOptions, runActions } from '../../../core/actions';
import type { CellValue, RawWorkbook } from '../../../core/workbook';
import { reportExampleSheets } from '../../../examples/data/report';
import { serviceExampleSheets } from '../../../examples/data/service';

const headerTexts = (rows: unknown[][]) => (rows[0] as { value: string; bold?: boolean }[]).map((c) => c.value);

describe('buildTemplateSheets', () => {
  it('plans instructions, the settings, every service input sheet and the report’s text sheets, in Spanish', () => {
    const sheets = buildTemplateSheets('es');
    expect(sheets.map((s) => s.name)).toEqual(['Instrucciones', 'Configuración', 'Canales', 'Presencial por punto', 'Tipos de interacción', 'Gestión virtual', 'Reportado', 'Interacciones', 'Entregas de valor', 'Notas del informe', 'Glosario']);
    for (const [i, spec] of serviceSheets.entries()) {
      const sheet = sheets[i + 2];
      expect(headerTexts(sheet.rows)).toEqual(spec.columns.map((c) => c.header.es));
      expect(sheet.rows).toHaveLength(1);
      expect(sheet.freezeRows).toBe(1);
      expect((sheet.rows[0] as { bold?: boolean }[]).every((c) => c.bold)).toBe(true);
      expect(sheet.columnWidths).toHaveLength(spec.columns.length);
    }
  });

  it('appends extra specs (accountability) after the service sheets', () => {
    const extra: SheetSpec = { name: { es: 'Espacios RdC', en: 'Accountability spaces' }, columns: [{ key: 'date', header: { es: 'Fecha', en: 'Date' }, type: 'date', required: true }] };
    const sheets = buildTemplateSheets('en', [extra]);
    expect(sheets.map((s) => s.name).slice(-2)).toEqual(['Glossary', 'Accountability spaces']);
    expect(sheets[0].name).toBe('Instructions');
    expect(sheets[0].rows.some((r) => r[0] !== null && typeof r[0] === 'object' && r[0].value === 'Accountability spaces')).toBe(true);
  });
});

describe('templateSheet', () => {
  it('puts drop-down lists on channel, enum and yes/no columns, below the header', () => {
    const canales = templateSheet(serviceSheets[0], 'es');
    expect(canales.validations).toEqual([{ range: `B2:B${templateDataRows + 1}`, values: ['Telefónico', 'Presencial', 'Virtual'] }]);
    const log = templateSheet(serviceSheets[5], 'es');
    expect(log.validations!.map((v) => v.range.replace(/\d+/g, ''))).toEqual(['B:B', 'D:D', 'F:F', 'G:G', 'H:H', 'I:I', 'J:J']);
    expect(log.validations![1].values).toEqual(pointTypeEnum.values.map((v) => v.value));
    expect(log.validations![2].values).toEqual(['Sí', 'No']);
    expect(templateSheet(serviceSheets[5], 'en').validations![2].values).toEqual(['Yes', 'No']);
  });

  it('formats count, percent and date columns, and nothing else', () => {
    expect(templateSheet(serviceSheets[0], 'es').columnFormats).toEqual({ 0: 'month', 2: 'count', 3: 'count', 4: 'count', 5: 'count', 6: 'count', 7: 'percent', 8: 'percent', 9: 'percent' });
    expect(templateSheet(serviceSheets[5], 'es').columnFormats).toEqual({ 0: 'date' });
    const textOnly = templateSheet({ name: { es: 'Notas', en: 'Notes' }, columns: [{ key: 'n', header: { es: 'Nota', en: 'Note' }, type: 'text' }] }, 'es');
    expect(textOnly.validations).toEqual([]);
    expect(textOnly.columnFormats).toEqual({});
  });
});

describe('instructionsSheet', () => {
  it('lists every sheet and column with its type, whether required, and its note', () => {
    const sheet = instructionsSheet(serviceSheets, 'es');
    const texts = sheet.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
    for (const spec of serviceSheets) {
      const at = sheet.rows.findIndex((r) => r[0] !== null && typeof r[0] === 'object' && r[0].link?.sheet === spec.name.es);
      expect(at).toBeGreaterThan(0);
      expect(texts[at + 1]).toEqual(['Columna', 'Tipo', 'Obligatoria', 'Notas']);
      spec.columns.forEach((column, i) => expect(texts[at + 2 + i][0]).toBe(column.header.es));
    }
    expect(texts).toContainEqual(['Interacciones', 'Número entero (1.371 o 1371)', 'Sí', 'interacciones atendidas']);
    expect(texts).toContainEqual(['Satisfacción', 'Porcentaje: 98,3 % o 0,983', 'No', null]);
    expect(texts).toContainEqual(['Canal', 'Canal: Telefónico, Presencial, Virtual', 'Sí', null]);
    const link = sheet.rows.flat().find((c) => c !== null && typeof c === 'object' && c.value === 'Canales');
    expect(link).toMatchObject({ link: { sheet: 'Canales', cell: 'A1' } });
  });
});

describe('the template gets people started', () => {
  const sheets = buildTemplateSheets('es', accountabilitySheets);
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  const values = (name: string) => sheet(name).rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.value : c)));

  it('Configuración names the first user (change it to your entity) with the other settings blank', () => {
    expect(values('Configuración')).toEqual([
      ['Parámetro', 'Valor', 'Notas'],
      ['Entidad', 'Agencia Nacional de Minería', expect.any(String)],
      ['Sigla de la entidad', 'ANM', expect.any(String)],
      ['Grupo', 'Grupo de Atención, Participación Ciudadana y Comunicaciones', expect.any(String)],
      ['Sigla del grupo', 'GAPCC', expect.any(String)],
      ['Umbral de variación', null, expect.any(String)],
      ['Fecha de corte', null, expect.any(String)],
      ['Regla del total', null, expect.any(String)],
      ['Idioma', 'es', expect.any(String)],
      ['Tipos de espacio adicionales', null, expect.any(String)],
    ]);
    expect(sheet('Configuración').validations).toEqual([
      { range: 'B8', values: ['actividades', 'etapas'] },
      { range: 'B9', values: ['es', 'en'] },
    ]);
  });

  it('drop-downs: Reportado Indicador from the indicator registry and its Canal; the self-diagnosis Etapa; Entregas de valor Canal', () => {
    const reportado = sheet('Reportado').validations!;
    expect(reportado.find((v) => v.range.startsWith('B'))!.values).toEqual(indicatorIds.map((id) => indicatorRegistry[id].name.es));
    expect(reportado.find((v) => v.range.startsWith('C'))!.values).toEqual(['Telefónico', 'Presencial', 'Virtual', 'Total']);
    expect(sheet('Autodiagnóstico RdC').validations!.find((v) => v.range.startsWith('A'))!.values).toEqual(stages.map((s) => s.name.es));
    expect(sheet('Entregas de valor').validations).toEqual([{ range: `B2:B${templateDataRows + 1}`, values: ['Telefónico', 'Presencial', 'Virtual'] }]);
  });

  it('month cells are formatted as months', () => {
    for (const name of ['Canales', 'Presencial por punto', 'Tipos de interacción', 'Gestión virtual', 'Reportado', 'Entregas de valor', 'Notas del informe']) {
      expect(sheet(name).columnFormats![0]).toBe('month');
    }
  });

  it('Glosario carries the default definitions to edit', () => {
    expect(values('Glosario').map((r) => r[0])).toEqual(['Término', 'Canal', 'Telefónico', 'Presencial', 'Virtual', 'Escalamiento', 'Satisfacción', 'Percepción', 'Confianza', 'Satisfacción consolidada']);
  });

  it('with example rows: each example column under the template column of its header, typed', () => {
    const withRows = buildTemplateSheets('es', accountabilitySheets, { examples: [...reportExampleSheets, ...serviceExampleSheets] });
    const canales = withRows.find((s) => s.name === 'Canales')!;
    expect(canales.rows).toHaveLength(7);
    expect(canales.rows[4]).toEqual([
      { value: '2025-02-01', format: 'month' }, 'Telefónico', { value: 142, format: 'count' }, { value: 118, format: 'count' }, { value: 154, format: 'count' },
      { value: 142, format: 'count' }, { value: 30, format: 'count' }, { value: 100, format: 'percent' }, { value: 96.3, format: 'percent' }, { value: 96.3, format: 'percent' },
    ]);
    expect(withRows.find((s) => s.name === 'Entregas de valor')!.rows.length).toBeGreaterThan(10);
  });

  describe('the example (ANM\'s report) in another entity\'s template says that entity, never ANM', () => {
    const cellText = (c: unknown) => (c !== null && typeof c === 'object' ? String((c as { value: unknown }).value) : String(c));
    const textOf = (built: ReturnType<typeof buildTemplateSheets>, name: string) => built.find((s) => s.name === name)!.rows.map((r) => r.map(cellText).join(' | ')).join('\n');
    const examples = { examples: [...reportExampleSheets, ...serviceExampleSheets] };
    const sic = buildTemplateSheets('es', accountabilitySheets, { ...examples, names: { entity: 'Superintendencia de Industria y Comercio', entityShort: 'SIC' } });
    const unnamed = buildTemplateSheets('es', accountabilitySheets, { ...examples, names: {} });
    const anm = buildTemplateSheets('es', accountabilitySheets, examples);

    it('Entregas de valor: the configured name or «la entidad», no ANM e-mail', () => {
      const text = textOf(sic, 'Entregas de valor');
      expect(text).not.toMatch(/\bANM\b|Agencia Nacional de Minería|anm\.gov\.co|GAPCC/);
      expect(text).toContain('ingresaron por el correo de contacto.');
      expect(textOf(unnamed, 'Entregas de valor')).toContain('desde el grupo de atención');
      expect(textOf(anm, 'Entregas de valor')).toContain('contacto@anm.gov.co'); // ANM's own template keeps its report as printed
    });

    it('Glosario: the default definitions, not ANM\'s printed ones', () => {
      expect(textOf(sic, 'Glosario')).not.toMatch(/\bANM\b|Agencia Nacional de Minería|Te llamamos/);
      expect(textOf(anm, 'Glosario')).toContain('usuarios de la ANM');
    });

    it('Autodiagnóstico: ANM\'s example scores are never said to be published by another entity', () => {
      const note = 'Puntaje ilustrativo: reproduce la calificación publicada por ANM';
      const said = exampleTextFor(note, { entity: 'Superintendencia de Industria y Comercio', entityShort: 'SIC', group: null, groupShort: null });
      expect(said).toBe('Puntaje ilustrativo: reemplácelo por la calificación de la entidad');
      expect(said).not.toMatch(/publicada por SIC|\bANM\b/);
    });

    it('Reportado: the entity total is the acronym (or Total), not ANM', () => {
      const canal = (built: typeof sic) => built.find((s) => s.name === 'Reportado')!.rows.slice(1).map((r) => cellText(r[2]));
      expect(canal(sic)).toContain('SIC');
      expect(canal(sic)).not.toContain('ANM');
      expect(canal(unnamed)).toContain('Total');
      expect(canal(anm)).toContain('ANM');
    });
  });

  it('a workbook with only Canales filled gives no self-diagnosis or spaces output at all', () => {
    const raw: RawWorkbook = {
      sheets: sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? (c.value as CellValue) : c))) })),
    };
    raw.sheets.find((s) => s.name === 'Configuración')!.values.splice(1, 4); // no names either
    raw.sheets.find((s) => s.name === 'Canales')!.values.push(['2025-02', 'Presencial', 1371], ['2025-02', 'Virtual', 6217]);
    const { options } = resolveActionOptions(raw, {}, '2025-03-10');
    const results = runActions(actionsForCommand('todo'), raw, { ...options, partOfAll: true });
    const sheetNames = results.flatMap((r) => r.result.sheets.map((s) => s.name));
    expect(sheetNames).toEqual(['Indicadores', 'Hallazgos']);
    expect(results.flatMap((r) => r.result.files.map((f) => f.suffix))).toEqual(['indicadores.json', 'hallazgos.json']);
    const deck = results.find((r) => r.id === 'deck')!.result.deck!;
    expect(deck.slides.map((s) => s.key)).not.toContain('selfDiagnosis');
    expect(deck.slides.map((s) => s.key)).not.toContain('spaces');
    expect(JSON.stringify(deck)).not.toContain('ANM');
  });
});
