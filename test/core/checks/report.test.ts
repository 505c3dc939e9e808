/** The `Hallazgos` sheet, the JSON file and the terminal summary; the registry's declared codes. */
import { buildFindingsSheet, checkRegistry, checkWorkbook, findingsJson, findingsSummary, severityFills, sortFindings, summaryFindingsShown } from '../../../core/checks';
import { findingCatalogue, findingCodes, makeFinding } from '../../../core/findings';
import { cellObject } from '../../../core/output';
import { workedExample } from './fixtures';

const sorted = () => {
  const wb = workedExample();
  return sortFindings(checkWorkbook(wb).findings, wb);
};

describe('sorting', () => {
  test('by severity, then sheet in tab order, then row', () => {
    expect(sorted().map((f) => `${f.severity}|${f.sheet}!${f.cell}`)).toEqual([
      'error|Reportado!E13',
      'error|Reportado!E14',
      'warning|Tipos de interacción!D2:D4',
      'warning|Reportado!E9',
      'info|Canales!C5',
      'info|Canales!C6',
      'info|Reportado!E10',
    ]);
  });
});

describe('the Hallazgos sheet', () => {
  const sheet = buildFindingsSheet(sorted(), 'es', { checked: 23, unverified: 1 });
  const values = sheet.rows.map((r) => r.map((c) => cellObject(c).value));
  const header = values.findIndex((r) => r[0] === 'Severidad');

  test('counts by severity on top, each with its fill', () => {
    expect(values.slice(0, 3)).toEqual([['Error', 2], ['Advertencia', 2], ['Información', 3]]);
    expect(cellObject(sheet.rows[0][0]).fill).toBe(severityFills.error);
    expect(values[3]).toEqual(['Cifras publicadas comparadas', 23]);
    expect(values[4]).toEqual(['Cifras publicadas sin datos para calcularlas', 1]);
  });

  test('the header, frozen, then one row per finding in order', () => {
    expect(values[header]).toEqual(['Severidad', 'Código', 'Hoja', 'Celda', 'Mensaje', 'Esperado', 'Encontrado', 'Sugerencia']);
    expect(sheet.freezeRows).toBe(header + 1);
    expect(values.slice(header + 1)).toHaveLength(7);
    expect(values[header + 1].slice(0, 4)).toEqual(['Error', 'reported-mismatch', 'Reportado', 'E13']);
    expect(values[header + 1].slice(5, 7)).toEqual([82.2, 78]);
  });

  test('the Celda cell links to the cell (the first of a range); the severity cell has its fill', () => {
    const row = (i: number) => sheet.rows[header + 1 + i];
    expect(cellObject(row(0)[3]).link).toEqual({ sheet: 'Reportado', cell: 'E13' });
    expect(cellObject(row(2)[3])).toMatchObject({ value: 'D2:D4', link: { sheet: 'Tipos de interacción', cell: 'D2' } });
    expect(cellObject(row(2)[0]).fill).toBe(severityFills.warning);
    expect(cellObject(row(6)[0]).fill).toBe(severityFills.info);
  });

  test('in English: sheet name, labels and headers', () => {
    const en = buildFindingsSheet(sorted(), 'en');
    const v = en.rows.map((r) => r.map((c) => cellObject(c).value));
    expect(en.name).toBe('Findings');
    expect(v.slice(0, 3).map((r) => r[0])).toEqual(['Error', 'Warning', 'Info']);
    expect(v).toContainEqual(['Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Expected', 'Found', 'Suggestion']);
  });

  test('a user’s formula-looking text stays a plain string (never a formula object)', () => {
    const f = makeFinding('unknown-indicator', { sheet: 'Reportado', cell: 'B2', params: { value: '=HIPERVINCULO("x")' } });
    const s = buildFindingsSheet([f], 'es');
    expect(s.rows.at(-1)![4]).toBe('«=HIPERVINCULO("x")» no es un indicador conocido en Reportado!B2.');
  });

  test('no findings: counts of zero and just the header', () => {
    const s = buildFindingsSheet([], 'es');
    expect(s.rows.slice(0, 3).map((r) => cellObject(r[1]).value)).toEqual([0, 0, 0]);
    expect(cellObject(s.rows.at(-1)![0]).value).toBe('Severidad');
  });
});

describe('the JSON file', () => {
  test('cli.md’s shape: summary and findings without params', () => {
    const json = findingsJson(sorted());
    expect(json.summary).toEqual({ error: 2, warning: 2, info: 3 });
    expect(Object.keys(json.findings[0])).toEqual(['code', 'severity', 'sheet', 'cell', 'message', 'expected', 'actual', 'suggestion']);
    expect(json.findings[0]).toMatchObject({ code: 'reported-mismatch', severity: 'error', sheet: 'Reportado', cell: 'E13', expected: 82.2, actual: 78, suggestion: null });
  });
});

describe('the terminal summary', () => {
  test('counts by severity, then the first findings', () => {
    const lines = findingsSummary(sorted(), 'es', { checked: 23, unverified: 0 });
    expect(lines[0]).toBe('Revisión de consistencia: 2 errores, 2 advertencias, 3 de información.');
    expect(lines[1]).toMatch(/^ {2}Error · Reportado!E13 · La cifra publicada de Participación por tipo de punto/);
    expect(lines.at(-1)).toBe('Cifras publicadas (Reportado): 23 comparadas.');
  });

  test('long lists point to the sheet; no findings say so', () => {
    const many = Array.from({ length: summaryFindingsShown + 3 }, (_, i) => makeFinding('invalid-number', { sheet: 'Canales', cell: `C${i + 2}`, params: { column: 'Interacciones', value: 'x' } }));
    const lines = findingsSummary(many, 'es');
    expect(lines).toHaveLength(summaryFindingsShown + 2);
    expect(lines.at(-1)).toBe('  … y 3 más en la hoja «Hallazgos».');
    expect(findingsSummary([], 'es')).toEqual(['Revisión de consistencia: sin hallazgos; las cifras son consistentes.']);
    expect(findingsSummary([], 'en')[0]).toMatch(/^Consistency check: no findings/);
  });
});

describe('the registry', () => {
  test('every service, reading and published code of the catalogue has a check that may raise it', () => {
    const declared = new Set(checkRegistry.flatMap((c) => c.codes));
    for (const code of findingCodes) {
      if ((findingCatalogue[code].tags as readonly string[]).includes('accountability')) continue;
      expect(declared).toContain(code);
    }
  });

  test('each check raises only the codes it declares', () => {
    const wb = workedExample();
    const ctx = checkWorkbook(wb).context;
    for (const check of checkRegistry) for (const f of check.run(ctx)) expect(check.codes).toContain(f.code);
  });
});
