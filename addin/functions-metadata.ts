/**
 * Excel's custom-functions metadata (`functions.json`), generated from the one registry
 * (core/functions) in each language: Spanish is the default file, English the override for the
 * English locales (manifests/excel.ts). Written directly from the registry rather than with
 * `custom-functions-metadata`, which reads JSDoc of a source file and cannot localize; a test runs
 * that generator on stubs written from the registry and checks both agree.
 */
import type { Locale } from '../core/i18n';
import { customFunctions, type CustomFunctionSpec, type FunctionParam } from '../core/functions';

export interface FunctionsMetadata {
  /**
   * Lets functions return cell value objects (a date's serial with its format, addin/functions.ts)
   * and take them as `any` arguments. Microsoft's generator writes it in every file.
   */
  allowCustomDataForDataTypeAny: true;
  functions: {
    id: string;
    name: string;
    description: string;
    /** `dimensionality` only when `matrix` (`scalar` is the default), as Microsoft's generator writes it. */
    parameters: { name: string; description: string; type: string; dimensionality?: 'matrix'; optional?: boolean }[];
    result: { type?: string; dimensionality?: 'matrix' };
  }[];
}

const parameter = (p: FunctionParam, locale: Locale) => ({
  name: p.name[locale],
  description: p.description[locale],
  type: p.type,
  ...(p.matrix ? { dimensionality: 'matrix' as const } : {}),
  ...(p.optional ? { optional: true } : {}),
});

/** The metadata of the registry's functions in a language. */
export function functionsMetadata(locale: Locale, functions: readonly CustomFunctionSpec[] = customFunctions): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: functions.map((f) => ({
      id: f.id,
      name: f.name[locale],
      description: f.description[locale],
      parameters: f.params.map((p) => parameter(p, locale)),
      // `any` is the default result type; Microsoft's generator leaves it out, and so does this.
      result: { ...(f.result.type !== 'any' ? { type: f.result.type } : {}), ...(f.result.matrix ? { dimensionality: 'matrix' as const } : {}) },
    })),
  };
}

/** A TypeScript source declaring the registry's functions with JSDoc, as `custom-functions-metadata` reads them (tests only). */
export function jsdocStubs(locale: Locale, functions: readonly CustomFunctionSpec[] = customFunctions): string {
  const tsType = (t: string, matrix?: boolean) => {
    const base = t === 'any' ? 'any' : t;
    return matrix ? `${base}[][]` : base;
  };
  return functions
    .map((f) => {
      const params = f.params.map((p) => `${p.name[locale]}${p.optional ? '?' : ''}: ${tsType(p.type, p.matrix)}`).join(', ');
      const doc = [`/**`, ` * ${f.description[locale]}`, ` * @customfunction ${f.id} ${f.name[locale]}`, ...f.params.map((p) => ` * @param ${p.optional ? `[${p.name[locale]}]` : p.name[locale]} ${p.description[locale]}`), ` */`];
      return `${doc.join('\n')}\nexport function ${f.id.toLowerCase()}(${params}): ${tsType(f.result.type, f.result.matrix)} {\n  throw new Error('stub');\n}\n`;
    })
    .join('\n');
}
