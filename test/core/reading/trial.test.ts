/**
 * What a new user's own workbooks showed (built from the template, in memory here): each fix with a
 * case it accepts and a case it flags.
 */
import { runIndicators } from '../../../core/actions/indicators';
import { defaultActionOptions } from '../../../core/actions';
import { findingsSummary } from '../../../core/checks/report';
import { scopeFindings } from '../../../core/checks/scope';
import { computeServiceIndicators } from '../../../core/service';
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

describe('a channel that does not measure first-contact resolution (sspd-2025-03)', () => {
  // Virtual has its survey every month but never a Resueltas en primer contacto.
  const threeMonths = (virtualResolved: (number | null)[]) =>
    [header, ...['2025-01', '2025-02', '2025-03'].flatMap((m, i) => [
      [m, 'Telefónico', 1000, 850, null, null, 150, 92, 90, 88],
      [m, 'Presencial', 500, 470, null, null, 100, 96, 95, 94],
      [m, 'Virtual', 2000, virtualResolved[i], null, null, 300, 89, 87, 86],
    ])];

  test('blank in every month: the entity’s FCR is over the channels that record it, says which (covers), and one info finding says so', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', threeMonths([null, null, null]))]));
    const fcr = indicators.find((v) => v.id === 'first_contact_resolution' && v.month === '2025-02' && v.channel === 'ANM')!;
    expect(fcr.value).toBeCloseTo((100 * (850 + 470)) / 1500, 9);
    expect(fcr.covers).toEqual(['Telefónico', 'Presencial']);
    // Over every channel: no covers.
    expect(indicators.find((v) => v.id === 'interactions' && v.month === '2025-02' && v.channel === 'ANM')!.covers).toBeUndefined();
    expect(indicators.find((v) => v.id === 'satisfaction' && v.month === '2025-02' && v.channel === 'ANM')!.covers).toBeUndefined();
    const canales = findings.filter((f) => f.sheet === 'Canales');
    expect(canales.map((f) => `${f.code}@${f.cell}/${f.severity}`)).toEqual(['not-measured@null/info']);
    expect(canales[0].message).toBe(
      'Virtual no registra «Resueltas en primer contacto» en ningún mes de 2025: las cifras de toda la entidad con esos datos se calculan solo con los canales que los registran (Telefónico y Presencial).',
    );
  });

  test('in English, with English quotes and names', () => {
    const { inputs } = computeServiceIndicators(workbookOf([sheetOf('Canales', threeMonths([null, null, null]))]), { locale: 'en' });
    expect(inputs.findings.find((f) => f.code === 'not-measured')!.message).toBe(
      'Virtual records “Resolved at first contact” in no month of 2025: the entity-wide figures built on them cover only the channels that record them (Phone and In person).',
    );
  });

  test('blank in one month of a channel that records it in the others: a warning at the cell, and no entity FCR that month', () => {
    const { indicators, findings } = readAll(workbookOf([sheetOf('Canales', threeMonths([1800, 1700, null]))]));
    expect(findings.filter((f) => f.sheet === 'Canales').map((f) => `${f.code}@${f.cell}/${f.severity}`)).toEqual(['missing-value@D10/warning']);
    expect(valueOf(indicators, 'first_contact_resolution', '2025-03', 'ANM')).toBeUndefined();
    expect(valueOf(indicators, 'first_contact_resolution', '2025-02', 'ANM')).toBeCloseTo((100 * (850 + 470 + 1700)) / 3500, 9);
  });
});

describe('a Total row in Canales (sspd-total-row)', () => {
  const withTotal = (label: string, total: CellValue, satisfaction: CellValue = null, config: CellValue[][] = []) =>
    workbookOf([
      sheetOf('Canales', [header, ...rows, ['2025-03', label, total, null, null, null, null, satisfaction, null, null]]),
      ...(config.length ? [sheetOf('Configuración', [['Parámetro', 'Valor'], ...config])] : []),
    ]);

  test('a Total that agrees is no finding and is not a channel', () => {
    const { indicators, findings } = readAll(withTotal('Total', 10274));
    expect(at(findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual([]);
    expect(valueOf(indicators, 'interactions', '2025-03', 'ANM')).toBe(10274);
    expect(indicators.filter((v) => v.id === 'interactions' && v.month === '2025-03').map((v) => v.channel)).toEqual(['Telefónico', 'Presencial', 'Virtual', 'ANM']);
  });

  test('a Total that does not is reported-mismatch at its cell, like a Reportado figure', () => {
    const { indicators, findings } = readAll(withTotal('Total', 10300));
    const f = findings.filter((x) => x.sheet === 'Canales' && x.code !== 'incomplete-year');
    expect(f.map((x) => `${x.code}@${x.cell}/${x.severity}`)).toEqual(['reported-mismatch@C5/error']);
    expect(f[0].message).toBe('La cifra publicada de Interacciones (10.300) no coincide con la calculada (10.274) para ANM, 2025-03.');
    expect(valueOf(indicators, 'interactions', '2025-03', 'ANM')).toBe(10274);
  });

  test('«Total <sigla>» and the entity’s name from Configuración are totals too; a survey share within its precision agrees, beyond it does not', () => {
    const config = [['Entidad', 'Instituto Nacional de Vías'], ['Sigla de la entidad', 'INVÍAS']];
    const satisfaction = (400 * 92.1 + 400 * 95.3 + 700 * 89.2) / 1500; // 91,6
    expect(at(readAll(withTotal('Total INVIAS', 10274, 91.6, config)).findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual([]);
    expect(at(readAll(withTotal('Instituto Nacional de Vías', 10274, null, config)).findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual([]);
    expect(at(readAll(withTotal('Total INVIAS', 10274, 93.5, config)).findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual(['reported-mismatch@H5']);
    expect(satisfaction).toBeCloseTo(91.6, 9);
  });

  test('without Configuración, the entity’s sigla is an unknown channel still', () => {
    expect(at(readAll(withTotal('Total INVIAS', 10274)).findings).filter((c) => !c.startsWith('incomplete-year'))).toEqual(['unknown-value@B5']);
  });
});

describe('a Total row’s finding is of its month', () => {
  test('in the month’s report when it is the month’s, left out of another year’s', () => {
    const wb = workbookOf([sheetOf('Canales', [header, ...rows, ['2025-03', 'Total', 10300]])]);
    const { data } = computeServiceIndicators(wb);
    const findings = readAll(wb).findings.filter((f) => f.code === 'reported-mismatch');
    expect(findings.map((f) => f.cell)).toEqual(['C5']);
    expect(scopeFindings(findings, data, '2025-03').map((f) => f.cell)).toEqual(['C5']);
    expect(scopeFindings(findings, data, '2026-05')).toEqual([]);
  });
});
