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
    expect(sortKeys(JSON.parse(result.metadataJson).functions)).toEqual(sortKeys(functionsMetadata(locale).functions));
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
