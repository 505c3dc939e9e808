/**
 * What a new user's own workbooks showed (built from the template, in memory here): each fix with a
 * case it accepts and a case it flags.
 */
import { runIndicators } from '../../../core/actions/indicators';
import { defaultActionOptions } from '../../../core/actions';
import { findingsSummary } from '../../../core/checks/report';
import { makeFinding } from '../../../core/findings';
import type { CellValue } from '../../../core/workbook';
import { at, readAll, sheetOf, valueOf, workbookOf } from './evidence';

const header = ['Mes', 'Canal', 'Interacciones', 'Resueltas en primer contacto', 'Llamadas entrantes', 'Llamadas contestadas', 'Encuestados', 'Satisfacción', 'Percepción', 'Confianza'];
const rows: CellValue[][] = [
  ['2025-03', 'Telefónico', 3120, 2800, 3400, 3120, 400, 92.1, 90.5, 88.7],
  ['2025-03', 'Presencial', 1312, 1250, null, null, 400, 95.3, 94.8, 93.2],
  ['2025-03', 'Virtual', 5842, 5100, null, null, 700, 89.2, 87.4, 86.5],
];

describe('a misspelt optional header («Encuestdos»)', () => {
  const misspelt = [header.map((h) => (h === 'Encuestados' ? 'Encuestdos' : h)), ...rows];

  test('one finding at the misspelt header’s cell, none at another column’s cells; what needs the column is absent', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', misspelt)]));
    expect(at(findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual(['unknown-column@G1']);
    expect(findings.find((f) => f.code === 'unknown-column')!.suggestion).toBe('Encuestados');
    // Nothing about column H (Satisfacción), which is read.
    expect(findings.filter((f) => f.cell?.startsWith('H'))).toEqual([]);
    expect(valueOf(indicators, 'satisfaction', '2025-03', 'Telefónico')).toBe(92.1);
    for (const id of ['satisfaction', 'consolidated_satisfaction', 'survey_response_rate']) expect(valueOf(indicators, id, '2025-03', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'survey_response_rate', '2025-03', 'Telefónico')).toBeUndefined();
    expect(valueOf(indicators, 'satisfaction_ci_low', '2025-03', 'Telefónico')).toBeUndefined();
  });

  test('spelt right, the survey is read whole and nothing is said', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', [header, ...rows])]));
    expect(at(findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual([]);
    expect(valueOf(indicators, 'survey_response_rate', '2025-03', 'ANM')).toBeCloseTo((100 * 1500) / 10274, 9);
    expect(valueOf(indicators, 'consolidated_satisfaction', '2025-03', 'ANM')).toBeDefined();
  });

  test('a survey column left out entirely is one finding for the sheet, never one per row at the shares’ cells', () => {
    const without = [header.filter((h) => h !== 'Encuestados'), ...rows.map((r) => r.filter((_, i) => i !== 6))];
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', without)]));
    const canales = findings.filter((f) => f.sheet === 'Canales' && f.code !== 'incomplete-year');
    expect(canales.map((f) => `${f.code}@${f.cell}/${f.severity}`)).toEqual(['missing-column@null/warning']);
    expect(canales[0].message).toBe('Falta la columna «Encuestados» en la hoja Canales.');
    expect(valueOf(indicators, 'satisfaction', '2025-03', 'ANM')).toBeUndefined();
  });

  test('the terminal line does not ask twice about a suggestion the message already names', () => {
    const f = makeFinding('unknown-column', { sheet: 'Canales', cell: 'G1', params: { value: 'Encuestdos', column: 'Encuestados' }, suggestion: 'Encuestados' });
    const line = findingsSummary([f], 'es')[1];
    expect(line.match(/Encuestados»/g)).toHaveLength(1);
    const other = makeFinding('unknown-value', { sheet: 'Canales', cell: 'B2', params: { value: 'Virtul', column: 'Canal', allowed: 'Virtual' }, suggestion: 'Virtal' });
    expect(findingsSummary([other], 'es')[1]).toMatch(/¿Quiso decir «Virtal»\?$/);
  });
});

describe('messages show numbers as the user sees them', () => {
  test('9.44 in a %-formatted cell is «944 %»; 2.5 in a count is «2,5»; never JavaScript’s 9.44', () => {
    const typed = [header, ['2025-03', 'Telefónico', 3120, 2800.5, null, null, 300, 0.921, 0.905, 9.44]];
    const { findings } = readAll(workbookOf([sheetOf('Canales', typed, { formats: { 'H2:J2': 'percent' } })]));
    expect(findings.find((f) => f.cell === 'J2')!.message).toBe('«Confianza» debe estar entre 0 % y 100 % (944 %) en Canales!J2.');
    expect(findings.find((f) => f.cell === 'D2')!.message).toBe('«Resueltas en primer contacto» debe ser un número entero (2800,5) en Canales!D2.');
  });
  test('a value within range has no message at all', () => {
    const typed = [header, ['2025-03', 'Telefónico', 3120, 2800, null, null, 400, 0.921, 0.905, 0.944]];
    const { findings } = readAll(workbookOf([sheetOf('Canales', typed, { formats: { 'H2:J2': 'percent' } })]));
    expect(at(findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual([]);
  });
});

describe('a column of fractions with one value in points (invias-pct)', () => {
  const perception = [0.887, 0.948, 0.822, 0.89, 0.951, 0.83, 0.901, 0.956, 81];
  const months = ['2025-01', '2025-01', '2025-01', '2025-02', '2025-02', '2025-02', '2025-03', '2025-03', '2025-03'];
  const channelsOf = ['Telefónico', 'Presencial', 'Virtual'];
  const sheet = (values: number[]) => [header, ...values.map((p, i) => [months[i], channelsOf[i % 3], 1000, 900, null, null, 100, 90, p, 85])];

  test('the finding is at the points value (I10), not at the eight fractions; no value of the column is used', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', sheet(perception))]));
    expect(at(findings).filter((c) => c.includes('percent'))).toEqual(['ambiguous-percent@I10']);
    expect(findings.find((f) => f.cell === 'I10')!.message).toBe(
      '«81» en Canales!I10 parece estar en puntos mientras el resto de la columna está en fracciones, que no se usan hasta corregirlo: la columna «Percepción» mezcla fracciones y puntos. Escríbalo con su signo % o dé a la celda formato de porcentaje.',
    );
    for (const m of ['2025-01', '2025-02', '2025-03']) expect(valueOf(indicators, 'perception', m, 'Telefónico')).toBeUndefined();
    expect(valueOf(indicators, 'perception', '2025-03', 'Virtual')).toBeUndefined();
  });

  test('written as fractions throughout, the column reads as percentages without a finding', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', sheet([...perception.slice(0, 8), 0.81]))]));
    expect(at(findings).filter((c) => c.includes('percent'))).toEqual([]);
    expect(valueOf(indicators, 'perception', '2025-03', 'Virtual')).toBe(81);
    expect(valueOf(indicators, 'perception', '2025-01', 'Telefónico')).toBeCloseTo(88.7, 9);
  });
});

describe('«problemas de lectura» counts reading problems only', () => {
  const options = { ...defaultActionOptions };
  test('informational notes (optional sheets absent) are not reading problems', () => {
    const result = runIndicators(workbookOf([sheetOf('Canales', [header, ...rows])]), options);
    expect(result.findings.some((f) => f.severity === 'info')).toBe(true);
    expect(result.summary.join('\n')).not.toMatch(/problemas? de lectura/);
  });
  test('a blank count is one', () => {
    const blank = [header, ...rows.map((r, i) => (i === 1 ? r.map((v, j) => (j === 2 ? null : v)) : r))];
    const result = runIndicators(workbookOf([sheetOf('Canales', blank)]), options);
    expect(result.summary.join('\n')).toMatch(/^1 problema de lectura en los datos/m);
  });
});
