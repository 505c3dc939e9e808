/** The accountability input sheets: in the template, and read back from it. */
import { displayText, numberFormatCodes } from '../../../core/output';
import { accountabilitySheets, buildSpacesBaseline, scoreSelfDiagnosis, spacesSheet } from '../../../core/accountability';
import { buildTemplateSheets } from '../../../core/template/plan';
import type { RawWorkbook } from '../../../core/workbook';

test('the template holds the three sheets, with drop-down lists for types, statuses and PDET', () => {
  const sheets = buildTemplateSheets('es', accountabilitySheets);
  expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Autodiagnóstico RdC', 'Niveles RdC', 'Espacios RdC']));
  const spaces = sheets.find((s) => s.name === 'Espacios RdC')!;
  const headers = spacesSheet.columns.map((c) => c.header.es);
  const listOf = (header: string) => spaces.validations!.find((v) => v.range.startsWith(String.fromCharCode(65 + headers.indexOf(header))))?.values;
  expect(listOf('Estado')).toEqual(['Realizada', 'Programada', 'Aplazada', 'Cancelada']);
  // The template is ANM's (its Configuración): the contract's types, ANM's programme, DAFP's forms.
  expect(listOf('Tipo de espacio')).toHaveLength(11);
  expect(listOf('Tipo de espacio')).toEqual(expect.arrayContaining(['ANM Activa la Región', 'Foro', 'Feria de servicio', 'Mesa de diálogo', 'Encuentro ciudadano']));
  expect(listOf('PDET')).toEqual(['Sí', 'No']);
  expect(spaces.columnFormats![headers.indexOf('Fecha')]).toBe('date');
});

test.each(['es', 'en'] as const)('an empty template (%s) reads without findings and scores nothing', (locale) => {
  const book: RawWorkbook = { sheets: buildTemplateSheets(locale, accountabilitySheets).map((s) => ({ name: s.name, values: s.rows.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? (c.value as string) : c))) })) };
  const self = scoreSelfDiagnosis(book, 'actividades', locale);
  expect(self.findings).toEqual([]);
  expect(self.latest!.total).toBeNull();
  const spaces = buildSpacesBaseline(book, '2025-01-31', locale);
  expect(spaces.findings).toEqual([]);
  expect(spaces.baseline.total).toBe(0);
});

test('integer columns of the template show whole numbers: Vigencia 2024 (no thousands dot), N° 1 (not 1,0)', () => {
  const sheets = buildTemplateSheets('es', accountabilitySheets);
  const self = sheets.find((s) => s.name === 'Autodiagnóstico RdC')!;
  const spaces = sheets.find((s) => s.name === 'Espacios RdC')!;
  const at = (sheet: typeof self, header: string) => sheet.columnFormats![sheet.rows[0].findIndex((c) => (c as { value: string }).value === header)];
  expect(at(self, 'Vigencia')).toBe('integer');
  expect(at(self, 'Puntaje')).toBe('decimal'); // scores keep their decimals (61,3)
  expect(at(spaces, 'N°')).toBe('integer');
  expect(at(spaces, 'Asistentes')).toBe('count');
  expect(numberFormatCodes.integer).toBe('0');
  expect(displayText({ value: 2024, format: 'integer' })).toBe('2024');
});

test('another entity\'s template offers no ANM programme in Tipo de espacio, and its Configuración carries its names', () => {
  const sheets = buildTemplateSheets('es', accountabilitySheets, { names: { entity: 'Instituto Nacional de Vías', entityShort: 'INVÍAS' } });
  const spaces = sheets.find((s) => s.name === 'Espacios RdC')!;
  const column = spacesSheet.columns.findIndex((c) => c.key === 'type');
  const list = spaces.validations!.find((v) => v.range.startsWith(String.fromCharCode(65 + column)))!.values;
  expect(list).not.toContain('ANM Activa la Región');
  expect(list).toContain('Audiencia pública de rendición de cuentas');
  const config = sheets.find((s) => s.name === 'Configuración')!;
  expect(config.rows.find((r) => r[0] === 'Sigla de la entidad')![1]).toBe('INVÍAS');
  expect(JSON.stringify(sheets)).not.toMatch(/ANM/);
});
