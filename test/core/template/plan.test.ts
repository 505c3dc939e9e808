import type { SheetSpec } from '../../../core/table';
import { serviceSheets } from '../../../core/template';
import { buildTemplateSheets, instructionsSheet, templateDataRows, templateSheet } from '../../../core/template/plan';
import { pointTypeEnum } from '../../../core/table';

const headerTexts = (rows: unknown[][]) => (rows[0] as { value: string; bold?: boolean }[]).map((c) => c.value);

describe('buildTemplateSheets', () => {
  it('plans instructions then every service input sheet, in Spanish', () => {
    const sheets = buildTemplateSheets('es');
    expect(sheets.map((s) => s.name)).toEqual(['Instrucciones', 'Canales', 'Presencial por punto', 'Tipos de interacción', 'Gestión virtual', 'Reportado', 'Interacciones']);
    for (const [i, spec] of serviceSheets.entries()) {
      const sheet = sheets[i + 1];
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
    expect(sheets.map((s) => s.name).slice(-2)).toEqual(['Interactions', 'Accountability spaces']);
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
    expect(templateSheet(serviceSheets[0], 'es').columnFormats).toEqual({ 2: 'count', 3: 'count', 4: 'count', 5: 'count', 6: 'count', 7: 'percent', 8: 'percent', 9: 'percent' });
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
