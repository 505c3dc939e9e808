/** The `Configuración` sheet: reading, findings, precedence of the overrides, the panel's edit plan, the default cut-off. */
import { entityLabel, entityTotalLabel, lastDayOfMonth, mergeConfig, planConfigEdit, readConfig, resolveCutoff, noNames } from '../../../core/config';
import { resolveActionOptions, reportMonthOf } from '../../../core/actions';
import { parseArgs, overridesOf } from '../../../cli/args';
import { findingUnit } from '../../../core/checks';
import { makeFinding } from '../../../core/findings';
import type { CellValue, RawWorkbook } from '../../../core/workbook';

const book = (rows: CellValue[][], extra: RawWorkbook['sheets'] = []): RawWorkbook => ({ sheets: [{ name: 'Configuracion', values: [['Parámetro', 'Valor'], ...rows] }, ...extra] });

describe('readConfig', () => {
  test('reads every parameter, matched like every header (accents, case, English names)', () => {
    const r = readConfig(book([
      ['entidad', 'Alcaldía de Villa Esperanza'],
      ['SIGLA DE LA ENTIDAD', ' AVE '],
      ['Group', 'Oficina de Atención al Ciudadano'],
      ['Sigla del grupo', 'OAC'],
      ['Umbral de variación', '35 %'],
      ['Fecha de corte', '31/03/2025'],
      ['Regla del total', 'Etapas'],
      ['Idioma', 'English'],
      ['Tipos de espacio adicionales', 'Caravana vial; café con el director, Caravana Vial'],
    ]));
    expect(r.findings).toEqual([]);
    expect(r.sheetName).toBe('Configuracion');
    expect(r.config).toEqual({
      entity: 'Alcaldía de Villa Esperanza', entityShort: 'AVE', group: 'Oficina de Atención al Ciudadano', groupShort: 'OAC',
      unusualChangeThreshold: 35, cutoff: '2025-03-31', totalRule: 'etapas', locale: 'en',
      extraSpaceTypes: ['Caravana vial', 'café con el director'],
    });
    expect(r.cells.cutoff).toBe('B7');
  });

  test('a %-formatted threshold holds a fraction; a plain number is points', () => {
    const sheet = { name: 'Configuración', values: [['Parámetro', 'Valor'], ['Umbral de variación', 0.4]], formatOf: (r: number, c: number) => (r === 1 && c === 1 ? ('percent' as const) : undefined) };
    expect(readConfig({ sheets: [sheet] }).config.unusualChangeThreshold).toBe(40);
    expect(readConfig(book([['Umbral de variación', 40]])).config.unusualChangeThreshold).toBe(40);
  });

  test('an unreadable value, an unknown or repeated parameter is a finding at its cell; that setting keeps its default', () => {
    const r = readConfig(book([
      ['Fecha de corte', '31/02/2025'],
      ['Idioma', 'francés'],
      ['Regla del total', 'promedio'],
      ['Umbral de variación', 'mucho'],
      ['Entidd', 'X'],
      ['Idioma', 'es'],
    ]));
    expect(r.findings.map((f) => `${f.code} ${f.cell}`)).toEqual(['invalid-date B2', 'unknown-value B3', 'unknown-value B4', 'invalid-number B5', 'unknown-value A6', 'duplicate-row A7']);
    expect(r.findings[4].suggestion).toBe('Entidad');
    expect(r.config).toEqual(mergeConfig());
  });

  test('no sheet: no settings and no finding; a blank value is no setting', () => {
    expect(readConfig({ sheets: [] })).toMatchObject({ sheetName: null, findings: [] });
    expect(readConfig(book([['Entidad', null]])).config.entity).toBeNull();
  });
});

describe('names without configuration', () => {
  test('"entidad" / "Total entidad"; with names, the acronym first', () => {
    expect(entityLabel(noNames, 'es')).toBe('entidad');
    expect(entityTotalLabel(noNames, 'es')).toBe('Total entidad');
    expect(entityTotalLabel(noNames, 'en')).toBe('Entity total');
    expect(entityTotalLabel({ ...noNames, entity: 'Agencia Nacional de Minería', entityShort: 'ANM' }, 'es')).toBe('Total ANM');
    expect(entityTotalLabel({ ...noNames, entity: 'Agencia Nacional de Minería' }, 'en')).toBe('Agencia Nacional de Minería total');
  });
});

describe('resolving a run’s options', () => {
  const canales = { name: 'Canales', values: [['Mes', 'Canal', 'Interacciones'], ['2025-01', 'Virtual', 10], ['2025-02', 'Virtual', 12]] };

  test('the cut-off: given, else the last day of the report month, else today', () => {
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(resolveCutoff(null, '2025-02', '2026-01-15')).toBe('2025-02-28');
    expect(resolveCutoff('2021-10-31', '2025-02', '2026-01-15')).toBe('2021-10-31');
    expect(resolveCutoff(null, null, '2026-01-15')).toBe('2026-01-15');
    expect(resolveActionOptions({ sheets: [canales] }, {}, '2026-01-15').options.cutoff).toBe('2025-02-28');
    expect(resolveActionOptions({ sheets: [canales] }, { month: '2025-01' }, '2026-01-15').options.cutoff).toBe('2025-01-31');
    expect(resolveActionOptions({ sheets: [] }, {}, '2026-01-15').options.cutoff).toBe('2026-01-15');
  });

  test('the log gives the month when there is no Canales', () => {
    const log = { name: 'Interacciones', values: [['Fecha', 'Canal'], ['03/01/2025', 'Virtual'], ['28/02/2025', 'Virtual'], ['basura', 'Virtual']] };
    expect(reportMonthOf({ sheets: [log] })).toBe('2025-02');
  });

  test('the command line overrides Configuración, which overrides the defaults', () => {
    const wb = book([['Entidad', 'Agencia Nacional de Minería'], ['Sigla de la entidad', 'ANM'], ['Idioma', 'en'], ['Fecha de corte', '2021-10-31']], [canales]);
    const fromSheet = resolveActionOptions(wb, {}, '2026-01-15').options;
    expect(fromSheet).toMatchObject({ locale: 'en', entity: 'ANM', cutoff: '2021-10-31', totalRule: 'actividades', unusualChangeThreshold: 50 });
    const parsed = parseArgs(['todo', 'libro.xlsx', '--sigla', 'AVE', '--entidad', 'Alcaldía', '--idioma', 'es', '--fecha-corte', '15/02/2025']);
    if (parsed.ok !== true) throw new Error('parse');
    const overridden = resolveActionOptions(wb, overridesOf(parsed.args), '2026-01-15').options;
    expect(overridden).toMatchObject({ locale: 'es', entity: 'AVE', cutoff: '2025-02-15', names: { entity: 'Alcaldía', entityShort: 'AVE', group: null } });
  });

  test('the new options are validated', () => {
    expect(parseArgs(['todo', 'libro.xlsx', '--entidad', '  '])).toMatchObject({ ok: false, message: '--entidad no puede estar vacío.' });
    expect(parseArgs(['todo', 'libro.xlsx', '--fecha-corte', '31/02/2025'])).toMatchObject({ ok: false });
    expect(parseArgs(['plantilla', 'p.xlsx', '--ejemplo'])).toMatchObject({ ok: true, args: { examples: true } });
  });
});

describe('planConfigEdit (the panels’ save)', () => {
  test('no sheet: creates it with the given settings', () => {
    const edit = planConfigEdit({ sheets: [] }, { entity: 'Alcaldía', cutoff: '2025-02-28' });
    expect(edit.kind).toBe('create');
    if (edit.kind !== 'create') return;
    expect(edit.sheet.name).toBe('Configuración');
    const rows = edit.sheet.rows.map((r) => r.slice(0, 2).map((c) => (c !== null && typeof c === 'object' ? c.value : c)));
    expect(rows).toContainEqual(['Entidad', 'Alcaldía']);
    expect(rows).toContainEqual(['Fecha de corte', '28/02/2025']);
    expect(readConfig({ sheets: [{ name: edit.sheet.name, values: rows }] }).config).toMatchObject({ entity: 'Alcaldía', cutoff: '2025-02-28' });
  });

  test('a sheet: writes only the cells that change, appends a missing parameter, clears with null', () => {
    const wb = book([['Entidad', 'Agencia'], ['Idioma', 'es'], ['Sigla de la entidad', 'AG']]);
    expect(planConfigEdit(wb, { entity: 'Alcaldía', locale: 'es', groupShort: 'OAC', entityShort: null })).toEqual({
      kind: 'update',
      sheet: 'Configuracion',
      writes: [
        { cell: 'B2', value: 'Alcaldía' },
        { cell: 'B4', value: null },
        { cell: 'A5', value: 'Sigla del grupo' },
        { cell: 'B5', value: 'OAC' },
      ],
    });
    expect(planConfigEdit(wb, { entity: 'Agencia' })).toEqual({ kind: 'none' });
  });
});

describe('Hallazgos: the unit of Esperado and Encontrado', () => {
  test('published and logged figures in the unit they were written; changes as percentages; breakdowns as counts', () => {
    const at = { sheet: 'Reportado', cell: 'E2' };
    expect(findingUnit(makeFinding('reported-mismatch', { ...at, params: { reported: '78 %' }, expected: 82.2, actual: 78 }))).toBe('percent');
    expect(findingUnit(makeFinding('reported-mismatch', { ...at, params: { reported: '7.730' }, expected: 7731, actual: 7730 }))).toBe('count');
    expect(findingUnit(makeFinding('unusual-change', { ...at, actual: -73.8 }))).toBe('percent');
    expect(findingUnit(makeFinding('incomplete-breakdown', { ...at, expected: 142, actual: 92 }))).toBe('count');
    expect(findingUnit(makeFinding('low-response', { ...at, params: { respondents: 12 }, expected: 30, actual: 12 }))).toBe('count');
    expect(findingUnit(makeFinding('low-response', { ...at, params: { respondents: 40 }, expected: 10, actual: 4.1 }))).toBe('percent');
    expect(findingUnit(makeFinding('invalid-number', at))).toBeNull();
  });
});
