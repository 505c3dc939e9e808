/**
 * Custom functions in Excel: the metadata built from the registry (Spanish default, English
 * override) is what Microsoft's own generator writes for the same declarations, and it matches the
 * functions the built bundle associates at run time; each associated function answers a bad
 * argument with #VALUE! and a Spanish message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { customFunctions } from '../../core/functions';
import { functionsMetadata, jsdocStubs } from '../../addin/functions-metadata';
import { builtFile, loadBundle } from './built';

const sortKeys = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)])) : v;

describe('functions.json', () => {
  it('is built from the registry: Spanish by default, English for English Excel, same ids', () => {
    const es = JSON.parse(fs.readFileSync(builtFile('functions.json'), 'utf8'));
    const en = JSON.parse(fs.readFileSync(builtFile('functions-en.json'), 'utf8'));
    expect(es).toEqual(functionsMetadata('es'));
    expect(en).toEqual(functionsMetadata('en'));
    expect(es.functions.map((f: { id: string }) => f.id)).toEqual(en.functions.map((f: { id: string }) => f.id));
    const indicator = es.functions.find((f: { id: string }) => f.id === 'INDICADOR');
    expect(indicator.name).toBe('INDICADOR');
    expect(indicator.parameters.map((p: { name: string; optional?: boolean }) => [p.name, !!p.optional])).toEqual([['canales', false], ['indicador', false], ['mes', false], ['canal', true], ['desagregacion', true]]);
    expect(en.functions.find((f: { id: string }) => f.id === 'INDICADOR').name).toBe('INDICATOR');
    expect(es.functions.find((f: { id: string }) => f.id === 'INDICADORES').result).toEqual({ dimensionality: 'matrix' });
  });

  it.each(['es', 'en'] as const)('agrees with custom-functions-metadata on the same declarations (%s)', async (locale) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-cfm-'));
    const file = path.join(dir, `functions-${locale}.ts`);
    fs.writeFileSync(file, jsdocStubs(locale));
    const result = await generateCustomFunctionsMetadata(file);
    expect(result.errors).toEqual([]);
    expect(sortKeys(JSON.parse(result.metadataJson))).toEqual(sortKeys(functionsMetadata(locale)));
  }, 60_000);

  it('lists exactly the functions the bundle associates at run time', () => {
    const bundle = loadBundle();
    const ids = functionsMetadata('es').functions.map((f) => f.id);
    expect([...bundle.functions.keys()]).toEqual(ids);
    expect(ids).toEqual(customFunctions.map((f) => f.id));
  });

  it('answers through Excel: a value, #VALUE! with a Spanish message, #N/A for a value that does not exist', () => {
    const bundle = loadBundle('es-CO');
    expect(bundle.functions.get('SATISFACCION_CONSOLIDADA')!(0.998, 0.985, 0.978)).toBeCloseTo(0.987, 12);
    expect(bundle.functions.get('MES')!('febrero 2025')).toBe('2025-02');
    expect(() => bundle.functions.get('MES')!('trece')).toThrow(/no se reconoce el mes/);
    expect(bundle.errors.at(-1)).toEqual({ code: '#VALUE!', message: expect.stringContaining('«trece»') });
    expect(() => bundle.functions.get('VARIACION_MENSUAL')!(5, 0)).toThrow();
    expect(bundle.errors.at(-1)?.code).toBe('#N/A');
    const english = loadBundle('en-US');
    expect(() => english.functions.get('MES')!('trece')).toThrow(/is not recognised/);
  });
});

/** The 1900-system serial number of an ISO date, as Excel passes a date cell. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
const shownDate = (iso: string, type = 'Double') => ({ type, basicValue: serial(iso), numberFormat: 'dd/mm/yyyy' });

describe('the PQRSD functions through Excel', () => {
  const bundle = loadBundle('es-CO');
  const call = (id: string, ...args: unknown[]) => bundle.functions.get(id)!(...args);
  const failure = (b: typeof bundle, id: string, ...args: unknown[]) => {
    expect(() => b.functions.get(id)!(...args)).toThrow();
    return b.errors.at(-1);
  };

  it('DIAS_HABILES counts business days from the day after inicio (pqrsd.md: 17), festivos taking more days off', () => {
    expect(call('DIAS_HABILES', serial('2025-03-14'), serial('2025-04-09'), null)).toBe(17);
    expect(call('DIAS_HABILES', '14/03/2025', '09/04/2025', [[serial('2025-04-01')], [null]])).toBe(16);
    expect(call('DIAS_HABILES', serial('2025-04-09'), serial('2025-03-14'), null)).toBe(-17);
  });

  it('DIAS_HABILES: a bad date is #VALUE! with the reason in Excel’s language', () => {
    expect(failure(bundle, 'DIAS_HABILES', '31/02/2025', serial('2025-04-09'), null)).toEqual({ code: '#VALUE!', message: '«31/02/2025» no es una fecha (dd/mm/aaaa).' });
    expect(failure(bundle, 'DIAS_HABILES', null, serial('2025-04-09'), null)).toEqual({ code: '#VALUE!', message: 'Falta «inicio».' });
    const english = loadBundle('en-US');
    expect(failure(english, 'DIAS_HABILES', serial('1980-01-01'), serial('2025-04-09'), null)).toEqual({ code: '#VALUE!', message: 'The date 01/01/1980 is outside the holiday calendar (1984–4099).' });
  });

  it('VENCIMIENTO gives the due date as a serial that shows as a date (pqrsd.md’s worked examples)', () => {
    expect(call('VENCIMIENTO', serial('2025-03-14'), 'Petición', null)).toEqual(shownDate('2025-04-07'));
    expect(call('VENCIMIENTO', serial('2025-04-16'), 'Solicitud de información', null)).toEqual(shownDate('2025-05-05'));
    expect(call('VENCIMIENTO', '01/12/2025', 'Consulta', null)).toEqual(shownDate('2026-01-16'));
    expect(call('VENCIMIENTO', serial('2025-03-15'), 15, null)).toEqual(shownDate('2025-04-07'));
    // Another function's date (a cell value object) reads as its serial: the result chains.
    expect(call('VENCIMIENTO', shownDate('2025-03-14'), 15, [[shownDate('2025-04-01')]])).toEqual(shownDate('2025-04-08'));
  });

  it('VENCIMIENTO’s date format travels the way each Excel can carry it', () => {
    expect(loadBundle('es-CO', 18).functions.get('VENCIMIENTO')!(serial('2025-03-14'), 'Petición', null)).toEqual(shownDate('2025-04-07', 'FormattedNumber'));
    // An Excel without data types (2019, 2021 perpetual) gets the bare serial.
    expect(loadBundle('es-CO', 14).functions.get('VENCIMIENTO')!(serial('2025-03-14'), 'Petición', null)).toBe(serial('2025-04-07'));
  });

  it('VENCIMIENTO: an unknown type, a type without term or a bad number of days is #VALUE!', () => {
    expect(failure(bundle, 'VENCIMIENTO', serial('2025-03-14'), 'Peticon', null)).toEqual({ code: '#VALUE!', message: '«Peticon» no es un tipo de PQRSD ni un número de días hábiles. ¿Quiso decir «Petición»?' });
    expect(failure(bundle, 'VENCIMIENTO', serial('2025-03-14'), 'Felicitación', null)).toEqual({ code: '#VALUE!', message: 'Felicitación no tiene término de respuesta.' });
    expect(failure(bundle, 'VENCIMIENTO', serial('2025-03-14'), 2.5, null)?.code).toBe('#VALUE!');
  });

  it('FESTIVOS spills date and name rows, dates shown as dates, with the Ley 2578 holiday from 2026 on', () => {
    const rows = call('FESTIVOS', 2026) as unknown[][];
    expect(rows).toHaveLength(19);
    expect(rows[0]).toEqual([shownDate('2026-01-01'), 'Año Nuevo']);
    expect(rows).toContainEqual([shownDate('2026-07-13'), 'Nuestra Señora del Rosario de Chiquinquirá']);
    expect((call('FESTIVOS', '2025') as unknown[][]).map((r) => r[1])).not.toContain('Nuestra Señora del Rosario de Chiquinquirá');
  });

  it('FESTIVOS: a year outside the calendar or not a year is #VALUE!', () => {
    expect(failure(bundle, 'FESTIVOS', 1983)).toEqual({ code: '#VALUE!', message: '«1983» no es un año entre 1984 y 4099.' });
    expect(failure(bundle, 'FESTIVOS', 'dos mil')?.code).toBe('#VALUE!');
  });
});
