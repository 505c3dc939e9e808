/** Every service code: a fixture that raises it at the right cell, and one that does not; and no cascades. */
import { checkWorkbook } from '../../../core/checks';
import type { CellValue, RawWorkbook } from '../../../core/workbook';
import { book, canalesHeader, cleanWorkbook, withCell, withRows, without, workedExample } from './fixtures';

const findingsOf = (wb: RawWorkbook, options = {}) => checkWorkbook(wb, options).findings;
const only = (wb: RawWorkbook, code: string, options = {}) => findingsOf(wb, options).filter((f) => f.code === code);
const where = (fs: { sheet: string | null; cell: string | null }[]) => fs.map((f) => `${f.sheet}!${f.cell}`);

/** Canales only, one month. */
const canales = (...rows: unknown[][]) => book({ Canales: [canalesHeader, ...(rows as never[][])] });

describe('duplicate-row', () => {
  test('a repeated Mes + Canal is reported on the second row, over its key cells', () => {
    const wb = canales(['2025-02', 'Presencial', 100], ['2025-02', 'Virtual', 50], ['febrero 2025', 'presencial', 90]);
    const [f] = only(wb, 'duplicate-row');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Canales', cell: 'A4:B4' });
    expect(f.message).toBe('La fila 4 de Canales repite la clave de la fila 2 (Mes 2025-02, Canal Presencial); deje una sola fila.');
  });

  test('the same channel in another month is not a duplicate', () => {
    expect(only(canales(['2025-02', 'Presencial', 100], ['2025-03', 'Presencial', 90]), 'duplicate-row')).toEqual([]);
  });

  test('points (Mes + Punto), types (Mes + Canal + Tipo) and concepts (Mes + Concepto) have keys too', () => {
    let wb = withRows(workedExample(), 'Presencial por punto', [['2025-02', 'Sede  central', 'Sede Central', 1127]]);
    wb = withRows(wb, 'Tipos de interacción', [['2025-02', 'Telefónico', 'rucom', 33]]);
    wb = withRows(wb, 'Gestión virtual', [['2025-02', 'PQRS en seguimiento', 5258]]);
    expect(where(only(wb, 'duplicate-row'))).toEqual(['Presencial por punto!A5:B5', 'Tipos de interacción!A5:C5', 'Gestión virtual!A5:B5']);
  });

  test('a duplicate row never doubles a sum: no sum-mismatch, no other new finding', () => {
    const wb = withRows(workedExample(), 'Presencial por punto', [['2025-02', 'PAR Cali', 'PAR', 124]]);
    const before = findingsOf(workedExample()).length;
    const after = findingsOf(wb);
    expect(after.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    expect(after).toHaveLength(before + 1);
  });
});

describe('part-exceeds-total', () => {
  test('resolved above interactions, at the resolved cell, naming both figures', () => {
    const [f] = only(canales(['2025-02', 'Presencial', 1371, 1400]), 'part-exceeds-total');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Canales', cell: 'D2', expected: 1371, actual: 1400 });
    expect(f.message).toBe('Resueltas en primer contacto (1.400) supera Interacciones (1.371) en Presencial, 2025-02.');
  });

  test('respondents above interactions and answered above incoming calls', () => {
    const wb = canales(['2025-02', 'Telefónico', 142, null, 154, 160, 150, 90, 90, 90]);
    expect(where(only(wb, 'part-exceeds-total'))).toEqual(['Canales!G2', 'Canales!F2']);
  });

  test('parts equal to their totals are fine', () => {
    expect(only(canales(['2025-02', 'Telefónico', 142, 142, 154, 154, 142, 90, 90, 90]), 'part-exceeds-total')).toEqual([]);
  });
});

describe('sum-mismatch and incomplete-breakdown', () => {
  test('points adding up to more than Presencial: sum-mismatch over the points rows', () => {
    const wb = withCell(workedExample(), 'Presencial por punto', 'D3', 150);
    const [f] = only(wb, 'sum-mismatch');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Presencial por punto', cell: 'D2:D4', expected: 1371, actual: 1401 });
    expect(f.message).toBe('Presencial por punto suma 1.401 interacciones, pero Canales registra 1.371 para Presencial, 2025-02.');
  });

  test('points adding up to less than Presencial are a sum-mismatch too (they must match exactly)', () => {
    const wb = withCell(workedExample(), 'Presencial por punto', 'D3', 100);
    expect(only(wb, 'sum-mismatch')).toHaveLength(1);
    expect(only(wb, 'incomplete-breakdown').map((f) => f.sheet)).toEqual(['Tipos de interacción']);
  });

  test('types adding up to more than the channel: sum-mismatch; less: incomplete-breakdown (a warning)', () => {
    const more = withCell(workedExample(), 'Tipos de interacción', 'D4', 120);
    expect(only(more, 'sum-mismatch')).toMatchObject([{ sheet: 'Tipos de interacción', cell: 'D2:D4', expected: 142, actual: 173 }]);
    expect(only(more, 'incomplete-breakdown')).toEqual([]);
    const [less] = only(workedExample(), 'incomplete-breakdown');
    expect(less).toMatchObject({ severity: 'warning', cell: 'D2:D4', expected: 142, actual: 92 });
  });

  test('breakdowns equal to their totals are fine', () => {
    const wb = withCell(workedExample(), 'Tipos de interacción', 'D4', 89);
    expect(only(wb, 'incomplete-breakdown')).toEqual([]);
    expect(only(wb, 'sum-mismatch')).toEqual([]);
  });

  test('a breakdown with no total to compare with is not a finding', () => {
    const wb = withRows(workedExample(), 'Tipos de interacción', [['2025-03', 'Telefónico', 'RUCOM', 10]]);
    expect(only(wb, 'incomplete-breakdown')).toHaveLength(1);
  });
});

describe('log-aggregate-mismatch', () => {
  const log = (n: number, satisfied: number) => [
    ['Fecha', 'Canal', 'Encuesta respondida', 'Satisfecho'],
    ...Array.from({ length: n }, (_, k) => [`${(k % 27) + 1}/02/2025`, 'Telefónico', k < 3 ? 'Sí' : 'No', k < 3 ? (k < satisfied ? 'Sí' : 'No') : null]),
  ];

  test('the log counting other interactions than Canales, at the Canales cell', () => {
    const wb = book({ Canales: [canalesHeader, ['2025-02', 'Telefónico', 6, null, null, null, 3, 100]], Interacciones: log(5, 3) });
    expect(only(withCell(wb, 'Canales', 'C2', 5), 'log-aggregate-mismatch')).toEqual([]);
    const [f] = only(wb, 'log-aggregate-mismatch');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Canales', cell: 'C2', expected: 5, actual: 6 });
    expect(f.message).toBe('El registro «Interacciones» (filas 2–6) da Interacciones = 5 para Telefónico, 2025-02, pero Canales dice 6.');
  });

  test('a percentage is compared at the precision Canales wrote it', () => {
    const wb = (sat: CellValue) => book({ Canales: [canalesHeader, ['2025-02', 'Telefónico', 5, null, null, null, 3, sat]], Interacciones: log(5, 2) });
    expect(only(wb('66,7'), 'log-aggregate-mismatch')).toEqual([]); // 2 of 3 = 66,67 %
    expect(only(wb(67), 'log-aggregate-mismatch')).toEqual([]);
    expect(only(wb('66,0'), 'log-aggregate-mismatch')).toMatchObject([{ cell: 'H2' }]);
  });

  test('months and channels only the log has are used, not compared', () => {
    const wb = book({ Canales: [canalesHeader, ['2025-02', 'Presencial', 6]], Interacciones: log(5, 3) });
    expect(only(wb, 'log-aggregate-mismatch')).toEqual([]);
  });

  test('a damaged log row is reported where it is, not as a mismatch', () => {
    let wb = book({ Canales: [canalesHeader, ['2025-02', 'Telefónico', 5, null, null, null, 3, 100]], Interacciones: log(5, 3) });
    expect(only(wb, 'log-aggregate-mismatch')).toEqual([]);
    // Row 3 unreadable: the log counts 4 where Canales says 5, which is the date's fault, not Canales'.
    wb = withCell(wb, 'Interacciones', 'A3', '31/02/2025');
    const codes = findingsOf(wb).map((f) => `${f.code}@${f.cell}`);
    expect(codes).toContain('invalid-date@A3');
    expect(codes.filter((c) => c.startsWith('log-aggregate-mismatch'))).toEqual([]);
  });
});

describe('unusual-change', () => {
  test('over ±50 % by default, at the later month’s cell', () => {
    expect(where(only(workedExample(), 'unusual-change'))).toEqual(['Canales!C5', 'Canales!C6']);
  });

  test('the threshold is configurable', () => {
    expect(where(only(workedExample(), 'unusual-change', { unusualChangeThreshold: 70 }))).toEqual(['Canales!C5']);
    expect(only(workedExample(), 'unusual-change', { unusualChangeThreshold: 80 })).toEqual([]);
    expect(only(workedExample(), 'unusual-change', { unusualChangeThreshold: 20 })).toHaveLength(3);
  });

  test('no previous month, no change', () => {
    expect(only(canales(['2025-02', 'Telefónico', 10], ['2024-12', 'Telefónico', 100]), 'unusual-change')).toEqual([]);
  });
});

describe('low-response', () => {
  test('fewer than 30 respondents, at the Encuestados cell', () => {
    const [f] = only(canales(['2025-02', 'Telefónico', 142, null, null, null, 29, 100]), 'low-response');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Canales', cell: 'G2', expected: 30, actual: 29 });
    expect(f.message).toBe('La encuesta de Telefónico, 2025-02 tiene 29 encuestados (20,4 % de respuesta): menos de 30 encuestados; tome sus resultados con cautela.');
  });

  test('a response rate under 10 %', () => {
    const [f] = only(canales(['2025-02', 'Presencial', 2000, null, null, null, 150, 99]), 'low-response');
    expect(f).toMatchObject({ cell: 'G2', expected: 10, actual: 7.5 });
  });

  test('30 respondents and 10 % are enough; respondents without a survey indicator are not a survey', () => {
    expect(only(canales(['2025-02', 'Telefónico', 300, null, null, null, 30, 100]), 'low-response')).toEqual([]);
    expect(only(canales(['2025-02', 'Telefónico', 300, null, null, null, 5]), 'low-response')).toEqual([]);
  });
});

describe('reading findings are collected, not duplicated', () => {
  test('missing-sheet: an error without Canales and the log; info for optional sheets', () => {
    const fs = findingsOf(book({ Otra: [['x']] }));
    expect(fs.filter((f) => f.code === 'missing-sheet').map((f) => f.severity)).toEqual(['error', 'info', 'info', 'info']);
  });

  test('missing-sheet: nothing when the sheets are there', () => {
    expect(only(workedExample(), 'missing-sheet')).toEqual([]);
  });

  test('invalid-date in the log, at its cell', () => {
    const wb = withRows(cleanWorkbook(1), 'Interacciones', [['1110912021', 'Telefónico']]);
    expect(only(wb, 'invalid-date').map((f) => f.cell)).toEqual([`A${wb.sheets.find((s) => s.name === 'Interacciones')!.values.length}`]);
    expect(only(cleanWorkbook(1), 'invalid-date')).toEqual([]);
  });

  test('each reading finding appears once', () => {
    const wb = withCell(workedExample(), 'Canales', 'C5', 'ciento cuarenta');
    expect(only(wb, 'invalid-number')).toHaveLength(1);
  });
});

describe('one wrong cell, one finding where it is', () => {
  test('an unreadable Interacciones raises invalid-number only; the rest of its row is still read and checked', () => {
    const wb = withCell(workedExample(), 'Canales', 'C5', 'ciento cuarenta');
    const report = checkWorkbook(wb);
    expect(report.findings.map((f) => `${f.code}|${f.sheet}!${f.cell}`).sort()).toEqual(
      [
        'invalid-number|Canales!C5',
        // Untouched by Telefónico's interactions:
        'reported-mismatch|Reportado!E13',
        'reported-mismatch|Reportado!E14',
        'unusual-change|Canales!C6',
        // Telefónico's respondents and survey shares are still read, so the entity's survey figures still are checked:
        'reported-mismatch|Reportado!E9',
        'reported-rounding|Reportado!E10',
      ].sort(),
    );
    // The published figures that depend on the count are left unverified rather than reported:
    // Telefónico's and the entity's interactions, year to date, first-contact resolution, response rate, change.
    expect(report.published!.unverified.map((u) => u.cell)).toEqual(['E2', 'E3', 'E4', 'E6', 'E18', 'E24']);
  });

  test('an unreadable point row raises invalid-number only: no sum-mismatch, no unknown breakdown', () => {
    const wb = withCell(workedExample(), 'Presencial por punto', 'D2', 'mil');
    const report = checkWorkbook(wb);
    const fs = report.findings.filter((f) => f.sheet !== 'Canales' && f.sheet !== 'Tipos de interacción');
    // The Sede Central share (E13) depends on the point: unverified, not reported; the rest of the example stays.
    expect(fs.map((f) => `${f.code}|${f.sheet}!${f.cell}`).sort()).toEqual(
      ['invalid-number|Presencial por punto!D2', 'reported-mismatch|Reportado!E14', 'reported-mismatch|Reportado!E9', 'reported-rounding|Reportado!E10'].sort(),
    );
    expect(report.published!.unverified.map((u) => u.cell)).toEqual(['E12', 'E13']);
  });

  test('an unreadable month taints every month of its channel', () => {
    const wb = withCell(workedExample(), 'Tipos de interacción', 'A3', 'febrerito');
    expect(findingsOf(wb).filter((f) => f.sheet === 'Tipos de interacción').map((f) => f.code)).toEqual(['invalid-month']);
  });

  test('a bad optional column does not hide findings about other columns', () => {
    const wb = withCell(workedExample(), 'Canales', 'D6', 'muchas'); // Resueltas of Presencial, 2025-02
    const codes = findingsOf(wb).map((f) => `${f.code}|${f.cell}`);
    expect(codes).toEqual(expect.arrayContaining(['invalid-number|D6', 'unusual-change|C6', 'reported-mismatch|E14', 'reported-rounding|E10']));
  });

  test('without Canales, the log alone is a complete input', () => {
    const wb = without(without(cleanWorkbook(2), 'Canales'), 'Reportado');
    expect(checkWorkbook(wb).context.inputs.channelMonths.map((c) => c.source)).toEqual(['log', 'log']);
    expect(findingsOf(wb)).toEqual([]);
  });
});
