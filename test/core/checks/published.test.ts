/** `Reportado` against the computed indicators: the precision rule, names, channels, breakdowns, rounding. */
import { checkWorkbook, isConsistent, readReportedValue, reportedErrorPoints, resolveIndicator } from '../../../core/checks';
import type { CellValue, RawWorkbook } from '../../../core/workbook';
import { without, workedExample } from './fixtures';

/** The worked example with its Reportado sheet replaced by these rows (row 2 onwards). */
function reporting(...rows: CellValue[][]): RawWorkbook {
  const wb = without(workedExample(), 'Reportado');
  wb.sheets.push({ name: 'Reportado', values: [['Mes', 'Indicador', 'Canal', 'Desagregación', 'Valor'], ...rows] });
  return wb;
}

/** The findings on the Reportado sheet. */
const published = (...rows: CellValue[][]) => checkWorkbook(reporting(...rows)).findings.filter((f) => f.sheet === 'Reportado');

describe('reading a published value', () => {
  test('text with % is points, its decimals as written', () => {
    expect(readReportedValue('98,6%', 'percent')).toEqual({ value: 98.6, decimals: 1 });
    expect(readReportedValue('78 %', 'percent')).toEqual({ value: 78, decimals: 0 });
    expect(readReportedValue('−73,8 %', 'percent')).toEqual({ value: -73.8, decimals: 1 });
  });

  test('a numeric cell ≤ 1 is a fraction (Excel %): its decimals less two', () => {
    expect(readReportedValue(0.986, 'percent')).toEqual({ value: 98.6, decimals: 1 });
    expect(readReportedValue(0.78, 'percent')).toEqual({ value: 78, decimals: 0 });
    expect(readReportedValue(0.7800000000000001, 'percent')).toEqual({ value: 78, decimals: 0 });
    expect(readReportedValue(1, 'percent')).toEqual({ value: 100, decimals: 0 });
  });

  test('other numbers are points, with the decimals of the value', () => {
    expect(readReportedValue(97.7, 'percent')).toEqual({ value: 97.7, decimals: 1 });
    expect(readReportedValue(78, 'percent')).toEqual({ value: 78, decimals: 0 });
    expect(readReportedValue('98,3', 'percent')).toEqual({ value: 98.3, decimals: 1 });
  });

  test('counts: Colombian and plain thousands', () => {
    expect(readReportedValue('1.371', 'count')).toEqual({ value: 1371, decimals: 0 });
    expect(readReportedValue('1,371', 'count')).toEqual({ value: 1371, decimals: 0 });
    expect(readReportedValue(7730, 'count')).toEqual({ value: 7730, decimals: 0 });
  });

  test('what is not a number is null', () => {
    for (const v of ['alto', '%', '1.2.3', true, new Date(0), null, '', NaN]) expect(readReportedValue(v as CellValue, 'percent')).toBeNull();
    expect(readReportedValue('98 %', 'count')).toBeNull();
  });
});

describe('the precision rule', () => {
  test('|reported − computed| ≤ 0,5 · 10^−d', () => {
    expect(isConsistent({ value: 78, decimals: 0 }, 78.49, 'percent')).toBe(true);
    expect(isConsistent({ value: 78, decimals: 0 }, 78.5, 'percent')).toBe(true);
    expect(isConsistent({ value: 78, decimals: 0 }, 78.51, 'percent')).toBe(false);
    expect(isConsistent({ value: 98.6, decimals: 1 }, 98.649, 'percent')).toBe(true);
    expect(isConsistent({ value: 98.6, decimals: 1 }, 98.669, 'percent')).toBe(false);
    expect(isConsistent({ value: 21.74, decimals: 2 }, 21.7391, 'percent')).toBe(true);
  });

  test('a count must be equal', () => {
    expect(isConsistent({ value: 7730, decimals: 0 }, 7730, 'count')).toBe(true);
    expect(isConsistent({ value: 7730, decimals: 0 }, 7731, 'count')).toBe(false);
  });
});

describe('reported-mismatch', () => {
  test('a percentage off by more than half a point is an error, at the Valor cell', () => {
    const [f] = published(['2025-02', 'Solución en primer contacto', 'Presencial', null, '97,5%']);
    expect(f).toMatchObject({ code: 'reported-mismatch', severity: 'error', cell: 'E2', expected: 98.32, actual: 97.5 });
    expect(reportedErrorPoints).toBe(0.5);
  });

  test('a percentage off by less is a warning', () => {
    expect(published(['2025-02', 'Solución en primer contacto', 'Presencial', null, '98,2%'])).toMatchObject([{ code: 'reported-mismatch', severity: 'warning' }]);
  });

  test('a count off by any amount is an error', () => {
    expect(published(['2025-02', 'Interacciones', 'Virtual', null, 6216])).toMatchObject([{ code: 'reported-mismatch', severity: 'error', expected: 6217, actual: 6216 }]);
  });

  test('consistent figures raise nothing', () => {
    expect(published(['2025-02', 'Solución en primer contacto', 'Presencial', null, '98%'], ['2025-02', 'Interacciones', 'Virtual', null, '6.217'])).toEqual([]);
  });
});

describe('reported-rounding', () => {
  test('an entity-wide value that follows from the published, rounded inputs', () => {
    const rows: CellValue[][] = [
      ['2025-02', 'Satisfacción', 'ANM', null, '99,8%'],
      ['2025-02', 'Percepción', 'ANM', null, '98,4%'],
      ['2025-02', 'Confianza', 'ANM', null, '97,7%'],
      ['2025-02', 'Satisfacción consolidada', 'ANM', null, '98,6%'],
    ];
    const fs = published(...rows);
    expect(fs.map((f) => `${f.code}|${f.severity}|${f.cell}`)).toEqual(['reported-mismatch|warning|E4', 'reported-rounding|info|E5']);
  });

  test('without the published inputs it is a mismatch', () => {
    expect(published(['2025-02', 'Satisfacción consolidada', 'ANM', null, '98,6%'])).toMatchObject([{ code: 'reported-mismatch', severity: 'warning' }]);
  });

  test('the ANM survey values are weighted by respondents over the published channel values', () => {
    // Published channels 97,8 % (1.085) and 96,3 % (30) give 97,76 %: 97,7 % still does not follow.
    const fs = published(['2025-02', 'Confianza', 'Presencial', null, '97,8%'], ['2025-02', 'Confianza', 'Telefónico', null, '96,3%'], ['2025-02', 'Confianza', null, null, '97,7%']);
    expect(fs.map((f) => f.code)).toEqual(['reported-mismatch']);
    // Published channels rounded to whole points (98 % and 96 %) give 97,95 %: 97,9 % follows from them.
    const ok = published(['2025-02', 'Confianza', 'Presencial', null, '98%'], ['2025-02', 'Confianza', 'Telefónico', null, '96%'], ['2025-02', 'Confianza', null, null, '97,9%']);
    expect(ok.map((f) => `${f.code}|${f.cell}`)).toEqual(['reported-rounding|E4']);
  });

  test('only the four derived entity-wide values: a channel value is never "rounding"', () => {
    expect(published(['2025-02', 'Percepción', 'Presencial', null, '98,4%']).map((f) => f.code)).toEqual(['reported-mismatch']);
  });
});

describe('unknown-indicator', () => {
  test('a name that is no indicator, at the Indicador cell, with the closest name', () => {
    const [f] = published(['2025-02', 'Satisfacion consolidad', 'ANM', null, '98%']);
    expect(f).toMatchObject({ code: 'unknown-indicator', severity: 'error', cell: 'B2', suggestion: 'Satisfacción consolidada' });
  });

  test('ids, Spanish and English names match, ignoring accents, case and punctuation', () => {
    for (const name of ['consolidated_satisfaction', 'SATISFACCION CONSOLIDADA', 'Consolidated satisfaction', 'satisfacción  consolidada']) {
      expect(resolveIndicator(name)).toBe('consolidated_satisfaction');
    }
    expect(resolveIndicator('Llamadas contestadas vs entrantes')).toBe('answered_call_rate');
    expect(resolveIndicator('Solución primer contacto')).toBe('first_contact_resolution');
    expect(resolveIndicator('Satisfacción del cliente')).toBeUndefined();
  });

  test('a known indicator raises nothing', () => {
    expect(published(['2025-02', 'Satisfacción consolidada', 'ANM', null, '98,7%'])).toEqual([]);
  });
});

describe('Canal and Desagregación', () => {
  test('blank, ANM, Total and the entity name are entity-wide', () => {
    for (const canal of [null, 'ANM', 'total', 'Toda la entidad']) expect(published(['2025-02', 'Interacciones', canal, null, 7730])).toEqual([]);
    expect(checkWorkbook(reporting(['2025-02', 'Interacciones', 'Agencia', null, 7730]), { entity: 'Agencia' }).findings.filter((f) => f.sheet === 'Reportado')).toEqual([]);
  });

  test('ANM is the entity total for ANM or an unnamed entity only: in a SIC workbook it is an unknown Canal, not the SIC total', () => {
    const sic = (canal: string) => checkWorkbook(reporting(['2025-02', 'Interacciones', canal, null, 7730]), { entity: 'SIC' }).findings.filter((f) => f.sheet === 'Reportado');
    expect(sic('ANM')).toMatchObject([{ code: 'unknown-value', cell: 'C2' }]);
    for (const canal of ['SIC', 'Total', 'Total entidad', 'Total SIC']) expect(sic(canal)).toEqual([]);
    for (const entity of ['entidad', 'Agencia Nacional de Minería']) {
      expect(checkWorkbook(reporting(['2025-02', 'Interacciones', 'ANM', null, 7730]), { entity }).findings.filter((f) => f.sheet === 'Reportado')).toEqual([]);
    }
  });

  test('a blank Canal takes the only channel an indicator has (answered calls are phone only)', () => {
    expect(published(['2025-02', 'Llamadas contestadas vs. entrantes', null, null, '92%'])).toEqual([]);
  });

  test('an unknown Canal is unknown-value at its cell, with a suggestion', () => {
    expect(published(['2025-02', 'Interacciones', 'Presencal', null, 1371])).toMatchObject([{ code: 'unknown-value', cell: 'C2', suggestion: 'Presencial' }]);
  });

  test('Desagregación matches breakdown keys accent- and case-insensitively', () => {
    expect(published(['2025-02', 'Participación por tipo', 'Telefónico', 'anna mineria', '42,39%'], ['2025-02', 'Participación por tipo de punto', 'Presencial', 'PAR', '17,8%'])).toEqual([]);
  });

  test('an unknown Desagregación is unknown-value at its cell, with the closest key', () => {
    expect(published(['2025-02', 'Participación por tipo', 'Telefónico', 'RUCOMM', '35,87%'])).toMatchObject([{ code: 'unknown-value', cell: 'D2', suggestion: 'RUCOM' }]);
  });

  test('an indicator that needs a breakdown without one is missing-value at Desagregación', () => {
    expect(published(['2025-02', 'Participación por tipo', 'Telefónico', null, '35,87%'])).toMatchObject([{ code: 'missing-value', cell: 'D2' }]);
  });

  test('a Valor that is not a number is invalid-number at its cell', () => {
    expect(published(['2025-02', 'Interacciones', 'Virtual', null, 'seis mil'])).toMatchObject([{ code: 'invalid-number', cell: 'E2' }]);
  });
});

describe('figures that cannot be computed', () => {
  test('are neither findings nor compared: they are counted as unverified', () => {
    const report = checkWorkbook(reporting(['2025-03', 'Interacciones', 'Virtual', null, 7000], ['2025-02', 'Llamadas contestadas vs. entrantes', 'Presencial', null, '90%'], ['2025-02', 'Interacciones', 'Virtual', null, 6217]));
    expect(report.findings.filter((f) => f.sheet === 'Reportado')).toEqual([]);
    expect(report.published).toEqual({ checked: 1, unverified: [expect.objectContaining({ cell: 'E2' }), expect.objectContaining({ cell: 'E3' })] });
  });

  test('a Reportado row with an unreadable month is reported once, by the reader', () => {
    const fs = published(['marzo', 'Interacciones', 'Virtual', null, 7000]);
    expect(fs.map((f) => `${f.code}|${f.cell}`)).toEqual(['invalid-month|A2']);
  });
});

describe('in English', () => {
  test('messages and suggestions follow the locale', () => {
    const wb = reporting(['2025-02', 'Participación por tipo de punto', 'Presencial', 'Sede Central', '78%'], ['2025-02', 'Satisfacion consolidad', null, null, '98%']);
    const fs = checkWorkbook(wb, { locale: 'en' }).findings.filter((f) => f.sheet === 'Reportado');
    expect(fs.find((f) => f.code === 'reported-mismatch')!.message).toBe(
      'The published Share by point type (78 %) does not match the computed value (82.2 %) for In person – Sede Central, 2025-02.',
    );
    expect(fs.find((f) => f.code === 'unknown-indicator')!.suggestion).toBe('Consolidated satisfaction');
  });
});
