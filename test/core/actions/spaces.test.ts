/** The `espacios` action: its sheet, charts, JSON (cli.md) and summary. */
import { actions, defaultActionOptions, type ActionOptions } from '../../../core/actions';
import { runSpaces, spacesAction } from '../../../core/actions/spaces';
import type { OutputCell, OutputSheet } from '../../../core/output';
import { parseA1, type RawWorkbook } from '../../../core/workbook';
import { exampleCutoff, spacesRows } from '../../../examples/data/accountability';

const options = (o: Partial<ActionOptions> = {}): ActionOptions => ({ ...defaultActionOptions, cutoff: exampleCutoff, ...o });
const printed: RawWorkbook = { sheets: [{ name: 'Espacios RdC', values: spacesRows }] };
const valueOf = (cell: OutputCell | undefined) => (cell !== null && typeof cell === 'object' ? cell.value : cell);
const rangeValues = (sheet: OutputSheet, range: string) => {
  const [from, to] = range.split(':').map((a) => parseA1(a)!);
  return Array.from({ length: to.row - from.row + 1 }, (_, i) => valueOf(sheet.rows[from.row + i]?.[from.col]));
};

test('is registered as `espacios`', () => {
  expect(actions).toContain(spacesAction);
  expect(spacesAction).toEqual(expect.objectContaining({ id: 'spaces', command: 'espacios' }));
});

describe('on the printed 2021 calendar', () => {
  const result = runSpaces(printed, options());
  const json = result.files[0].json as any;
  const sheet = result.sheets[0];

  test('writes `<base>-espacios.json` in cli.md’s shape', () => {
    expect(result.files.map((f) => f.suffix)).toEqual(['espacios.json']);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['cutoff', 'total', 'byStatus', 'byType', 'byDepartment', 'byMonth', 'compliance', 'pdet', 'municipalities', 'departments', 'upcoming']));
    expect(json).toEqual(expect.objectContaining({ cutoff: '2021-10-31', total: 68, compliance: 100, municipalities: 53, departments: 14, upcoming: [] }));
    expect(json.pdet).toEqual({ count: 0, share: 0, unreadable: 18 });
  });

  test('writes `Línea base espacios` with charts by department and by month, leaving out what does not read', () => {
    expect(sheet.name).toBe('Línea base espacios');
    const [byDepartment, byMonth] = sheet.charts!;
    expect(byDepartment.kind).toBe('bar');
    expect(rangeValues(sheet, byDepartment.categories)).toEqual(Object.keys(json.byDepartment).filter((k) => k !== 'No reconocido' && k !== 'Sin dato'));
    expect(rangeValues(sheet, byDepartment.series[0].values)[0]).toBe(14);
    expect(byMonth.kind).toBe('column');
    expect(rangeValues(sheet, byMonth.categories)).toEqual(['Marzo 2021', 'Abril 2021', 'Mayo 2021', 'Junio 2021', 'Julio 2021', 'Agosto 2021', 'Septiembre 2021', 'Octubre 2021']);
  });

  test('the cut-off is a date cell and compliance a percentage', () => {
    expect(sheet.rows[1][1]).toEqual({ value: 44500, format: 'date' });
    const compliance = sheet.rows.find((r) => valueOf(r[0]) === 'Cumplimiento')!;
    expect(compliance[1]).toEqual({ value: 100, format: 'percent' });
  });

  test('every finding is listed with a link to its cell and its suggestion', () => {
    const review = sheet.rows.filter((r) => typeof valueOf(r[1]) === 'string' && /^[a-z-]+$/.test(String(valueOf(r[1]))) && r.length === 5);
    expect(review).toHaveLength(result.findings.length);
    const narino = review.find((r) => valueOf(r[4]) === 'Nariño')!;
    expect(narino[2]).toEqual({ value: 'Espacios RdC!C48', link: { sheet: 'Espacios RdC', cell: 'C48' } });
  });

  test('summary lines in Spanish and English', () => {
    expect(result.summary).toEqual([
      'Espacios de rendición de cuentas al 31/10/2021: 68 registrados, 47 realizadas, 0 programadas hasta el corte; cumplimiento 100,0 %.',
      // Departments also count the rows whose municipality did not read: the line says how many.
      'PDET: 0 (0,0 %; 18 celdas PDET ilegibles). Alcance: 14 departamentos y 53 municipios (5 espacios con departamento sin municipio reconocido). Próximos 30 días: 0.',
      `Datos por revisar: ${result.findings.filter((f) => f.severity === 'error').length} errores y 0 advertencias (fechas, nombres DIVIPOLA, estados…; ver la hoja de resultado).`,
    ]);
    const en = runSpaces(printed, options({ locale: 'en' }));
    expect(en.summary[0]).toBe('Accountability spaces at 31/10/2021: 68 recorded, 47 held, 0 scheduled up to the cut-off; compliance 100.0 %.');
    expect(en.summary[1]).toBe('PDET: 0 (0.0 %; 18 unreadable PDET cells). Reach: 14 departments and 53 municipalities (5 spaces with a department but no recognised municipality). Next 30 days: 0.');
    expect(en.sheets[0].name).toBe('Spaces baseline');
    expect(en.findings.find((f) => f.cell === 'C48')!.message).toBe('“Narifio” is not a DIVIPOLA department in Espacios RdC!C48.');
  });
});

test('upcoming spaces are listed on the sheet with their dates', () => {
  const r = runSpaces({ sheets: [{ name: 'Espacios RdC', values: [
    ['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'],
    ['Evento', 'Huila', 'Neiva', 'Programada', '10/11/2021'],
  ] }] }, options());
  expect((r.files[0].json as any).upcoming).toEqual([{ date: '2021-11-10', type: 'Evento', department: 'Huila', municipality: 'Neiva', cell: 'E2' }]);
  const row = r.sheets[0].rows.find((x) => valueOf(x[3]) === 'Neiva')!;
  expect(row[0]).toEqual({ value: 44510, format: 'date' });
});

test('without the sheet: no output, a missing-sheet error and a summary that says so', () => {
  const r = runSpaces({ sheets: [] }, options());
  expect(r.sheets).toEqual([]);
  expect(r.files).toEqual([]);
  expect(r.findings.map((f) => f.code)).toEqual(['missing-sheet']);
  expect(r.summary).toEqual(['No hay hoja «Espacios RdC»: no hay línea base de espacios.']);
});

describe('a template sheet left empty (header only) is not a result of zeros (issue 10, item 5)', () => {
  const book: RawWorkbook = { sheets: [{ name: 'Espacios RdC', values: [['N°', 'Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'], [null, null, '', null]] }] };
  test('as part of todo: no sheet, no file, one info line', () => {
    const r = runSpaces(book, options({ partOfAll: true }));
    expect(r.sheets).toEqual([]);
    expect(r.files).toEqual([]);
    expect(r.unusable).toBeUndefined();
    expect(r.summary).toEqual(['La hoja «Espacios RdC» está vacía; no se calcula.']);
    expect(runSpaces(book, options({ partOfAll: true, locale: 'en' })).summary).toEqual(['The “Espacios RdC” sheet is empty; nothing is computed.']);
  });
  test('on its own: the command cannot run, with that line', () => {
    expect(runSpaces(book, options()).unusable).toBe('la hoja «Espacios RdC» está vacía; no se calcula.');
  });
  test('one row with any value is not empty', () => {
    const one: RawWorkbook = { sheets: [{ name: 'Espacios RdC', values: [['Tipo de espacio', 'Departamento', 'Municipio', 'Estado', 'Fecha'], [null, 'Huila']] }] };
    const r = runSpaces(one, options({ partOfAll: true }));
    expect(r.files.map((f) => f.suffix)).toEqual(['espacios.json']);
  });
});
