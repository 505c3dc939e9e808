/** Every custom function: a success and a failure case, on the example's figures (indicators.md). */
import { customFunctions, FunctionInputError, functionNamespace, type CustomFunctionSpec, type FunctionArg, type FunctionMatrix } from '../../../core/functions';
import { serviceExampleSheets } from '../../../examples/data/service';
import { selfDiagnosisRows } from '../../../examples/data/accountability';

const fn = (id: string): CustomFunctionSpec => customFunctions.find((f) => f.id === id)!;
const call = (id: string, ...args: FunctionArg[]) => fn(id).run(...args);
/** Excel hands dates to functions as serial numbers and blanks as "". */
const serial = (d: Date) => Math.round(d.getTime() / 86400000) + 25569;
const asExcelRange = (rows: readonly (readonly unknown[])[]): FunctionMatrix =>
  rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) : v === null || v === undefined ? '' : (v as string | number | boolean))));
const canales = asExcelRange(serviceExampleSheets.find((s) => s.name === 'Canales')!.rows);

function failure(id: string, args: FunctionArg[], kind: 'invalid' | 'notAvailable' = 'invalid'): FunctionInputError {
  try {
    call(id, ...args);
  } catch (e) {
    expect(e).toBeInstanceOf(FunctionInputError);
    expect((e as FunctionInputError).kind).toBe(kind);
    expect((e as FunctionInputError).text.es).toMatch(/\S/);
    expect((e as FunctionInputError).text.en).toMatch(/\S/);
    return e as FunctionInputError;
  }
  throw new Error(`${id} did not fail`);
}

describe('the registry', () => {
  it('has unique, stable-shaped ids and names under one namespace', () => {
    expect(functionNamespace).toBe('CC');
    const ids = customFunctions.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of customFunctions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name.es).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name.en).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      // Optional parameters come last (Excel and Sheets both require it).
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.params) expect(p.name.es).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    expect(new Set(customFunctions.map((f) => f.name.es)).size).toBe(customFunctions.length);
  });
});

describe('CC.INDICADORES', () => {
  it('spills the indicator table of a Canales range, percentages as fractions', () => {
    const table = call('INDICADORES', canales) as FunctionMatrix;
    expect(table[0]).toEqual(['Mes', 'Canal', 'Indicador', 'Desagregación', 'Valor', 'Unidad', 'Id']);
    const row = (id: string, month: string, channel: string) => table.find((r) => r[6] === id && r[0] === month && r[1] === channel);
    expect(row('interactions', '2025-02', 'ANM')?.[4]).toBe(7730);
    expect(row('satisfaction', '2025-02', 'Presencial')?.[4]).toBeCloseTo(0.998, 12);
    expect(row('month_over_month', '2025-02', 'Telefónico')?.[4]).toBeCloseTo(142 / 542 - 1, 12);
  });
  it('gives #VALUE! naming the unreadable cell, never a table without it', () => {
    const bad = canales.map((r) => [...r]);
    bad[5][2] = 'mil trescientos';
    const e = failure('INDICADORES', [bad]);
    expect(e.text.es).toContain('C6');
    failure('INDICADORES', [[['Mes', 'Canal', 'Interacciones']]], 'notAvailable');
  });
});

describe('CC.INDICADOR', () => {
  it('finds one indicator by id or Spanish name, month and channel', () => {
    expect(call('INDICADOR', canales, 'interactions', '2025-02', null, null)).toBe(7730);
    expect(call('INDICADOR', canales, 'Satisfacción', 'febrero 2025', 'Presencial', null)).toBeCloseTo(0.998, 12);
    expect(call('INDICADOR', canales, 'channel_share', '02/2025', 'Presencial', null)).toBeCloseTo(1371 / 7730, 12);
  });
  it('rejects an unknown indicator, month or channel; a missing value is #N/A', () => {
    expect(failure('INDICADOR', [canales, 'satisfacion total', '2025-02', null, null]).text.es).toContain('no es un indicador');
    failure('INDICADOR', [canales, 'interactions', 'febrerito', null, null]);
    failure('INDICADOR', [canales, 'interactions', '2025-02', 'Chat', null]);
    failure('INDICADOR', [canales, 'interactions', '2024-02', null, null], 'notAvailable');
  });
});

describe('CC.PROMEDIO_PONDERADO', () => {
  it('weights each channel by its respondents (entity-wide satisfaction)', () => {
    const expected = (100 * 30 + 99.8 * 1085) / (30 + 1085) / 100;
    expect(call('PROMEDIO_PONDERADO', [[1], [0.998]], [[30], [1085]])).toBeCloseTo(expected, 12);
    expect(call('PROMEDIO_PONDERADO', [['100 %'], ['99,8 %']], [[30], [1085]])).toBeCloseTo(expected, 12);
  });
  it('rejects ranges of different sizes, text and zero respondents', () => {
    failure('PROMEDIO_PONDERADO', [[[1], [0.998]], [[30]]]);
    failure('PROMEDIO_PONDERADO', [[['alto']], [[30]]]);
    failure('PROMEDIO_PONDERADO', [[[0.9]], [[0]]], 'notAvailable');
    failure('PROMEDIO_PONDERADO', [[[0.9]], [[2.5]]]);
  });
});

describe('CC.SATISFACCION_CONSOLIDADA', () => {
  it('is the mean of the three', () => {
    expect(call('SATISFACCION_CONSOLIDADA', 99.8, 98.5, 97.8)).toBeCloseTo((99.8 + 98.5 + 97.8) / 300, 12);
    expect(call('SATISFACCION_CONSOLIDADA', 0.998, 0.985, 0.978)).toBeCloseTo((99.8 + 98.5 + 97.8) / 300, 12);
  });
  it('needs all three, in range', () => {
    failure('SATISFACCION_CONSOLIDADA', [0.998, null, 0.978]);
    failure('SATISFACCION_CONSOLIDADA', [120, 98, 97]);
  });
});

describe('CC.INTERVALO_WILSON', () => {
  it('spills low and high as fractions', () => {
    const [[low, high]] = call('INTERVALO_WILSON', 0.963, 30) as number[][];
    expect(low).toBeGreaterThan(0.8);
    expect(low).toBeLessThan(0.963);
    expect(high).toBeGreaterThan(0.963);
    expect(high).toBeLessThanOrEqual(1);
  });
  it('needs n ≥ 1 and a share in 0–100 %', () => {
    failure('INTERVALO_WILSON', [0.9, 0]);
    failure('INTERVALO_WILSON', [0.9, 'treinta']);
    failure('INTERVALO_WILSON', ['150 %', 30]);
  });
});

describe('CC.VARIACION_MENSUAL', () => {
  it('is current / previous − 1', () => {
    expect(call('VARIACION_MENSUAL', 142, 542)).toBeCloseTo(142 / 542 - 1, 12);
    expect(call('VARIACION_MENSUAL', '1.371', '847')).toBeCloseTo(1371 / 847 - 1, 12);
  });
  it('has no value after a zero month and rejects text', () => {
    failure('VARIACION_MENSUAL', [10, 0], 'notAvailable');
    failure('VARIACION_MENSUAL', ['muchas', 10]);
  });
});

describe('CC.ACUMULADO_ANIO', () => {
  const months = [['2024-12'], ['2025-01'], ['2025-02'], ['2025-03']];
  const values = [[999], [542], [142], [700]];
  it('sums the months of the same year up to the month', () => {
    expect(call('ACUMULADO_ANIO', months, values, '2025-02')).toBe(684);
    expect(call('ACUMULADO_ANIO', months, values, 'enero 2025')).toBe(542);
  });
  it('rejects unreadable months and mismatched ranges', () => {
    failure('ACUMULADO_ANIO', [[['2025-01'], ['sin mes']], [[1], [2]], '2025-02']);
    failure('ACUMULADO_ANIO', [months, [[1]], '2025-02']);
  });
});

describe('CC.COTEJAR', () => {
  it('compares at the published precision (checks.md)', () => {
    expect(call('COTEJAR', '98,6 %', 0.98636, null)).toBe('coincide');
    expect(call('COTEJAR', 0.977, 97.76, null)).toBe('redondeo');
    expect(call('COTEJAR', '78 %', (100 * 1127) / 1371, null)).toBe('no coincide');
    expect(call('COTEJAR', '1.371', 1371, 'conteo')).toBe('coincide');
    expect(call('COTEJAR', 1370, 1371, 'conteo')).toBe('no coincide');
  });
  it('rejects a unit it does not know and a published text that is not a figure', () => {
    failure('COTEJAR', ['78 %', 0.8, 'metros']);
    failure('COTEJAR', ['setenta', 0.8, null]);
    failure('COTEJAR', [null, 0.8, null]);
  });
});

describe('CC.ETAPAS_AUTODIAGNOSTICO and CC.NIVEL_AUTODIAGNOSTICO', () => {
  it('spills the five stage scores and the total (accountability.md: ANM 2020)', () => {
    const out = call('ETAPAS_AUTODIAGNOSTICO', asExcelRange(selfDiagnosisRows), null) as FunctionMatrix;
    expect(out.map((r) => r[0])).toEqual(['Aprestamiento', 'Diseño', 'Preparación', 'Ejecución', 'Seguimiento', 'Total']);
    expect(out[0][1]).toBeCloseTo(47.5, 4);
    expect(out[1][1]).toBeCloseTo(66.3158, 4);
    expect(out[4][1]).toBeCloseTo(40.8333, 4);
    expect(call('NIVEL_AUTODIAGNOSTICO', out[5][1])).toBe('Consolidación');
    expect(call('NIVEL_AUTODIAGNOSTICO', 40)).toBe('Consolidación');
    expect(call('NIVEL_AUTODIAGNOSTICO', 39.9)).toBe('Inicial');
  });
  it('rejects a score out of range and an unknown rule', () => {
    const bad = asExcelRange(selfDiagnosisRows).map((r) => [...r]);
    bad[1][3] = 140;
    failure('ETAPAS_AUTODIAGNOSTICO', [bad, null]);
    failure('ETAPAS_AUTODIAGNOSTICO', [asExcelRange(selfDiagnosisRows), 'promedio']);
    failure('NIVEL_AUTODIAGNOSTICO', [101]);
    failure('NIVEL_AUTODIAGNOSTICO', ['alto']);
  });
});

describe('CC.DIVIPOLA', () => {
  it('gives the DANE code and official name', () => {
    expect(call('DIVIPOLA', 'Nariño', null)).toEqual([['52', 'Nariño']]);
    expect(call('DIVIPOLA', 'BOGOTÁ. D.C.', null)).toEqual([['11', expect.stringContaining('Bogot')]]);
    expect((call('DIVIPOLA', 'Huila', 'Campoalegre.') as FunctionMatrix)[0][0]).toBe('41132');
  });
  it('suggests the name meant for a misspelt one, never a guess as the result', () => {
    expect(failure('DIVIPOLA', ['Narifio', null]).text.es).toContain('¿Quiso decir «Nariño»?');
    expect(failure('DIVIPOLA', ['Huila', 'lquira']).text.es).toContain('Íquira');
    failure('DIVIPOLA', ['Atlántida', null]);
  });
});

describe('CC.MES', () => {
  it('normalises months', () => {
    expect(call('MES', 'febrero 2025')).toBe('2025-02');
    expect(call('MES', 'feb-25')).toBe('2025-02');
    expect(call('MES', serial(new Date(Date.UTC(2025, 1, 14))))).toBe('2025-02');
  });
  it('rejects what is not a month', () => {
    failure('MES', ['13/2025']);
    failure('MES', [null]);
    failure('MES', [[['2025-01', '2025-02']]]);
  });
});
