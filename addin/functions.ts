/**
 * Custom functions glue: each function of the registry (core/functions) associated with its id;
 * a bad argument becomes `#VALUE!` (a value that does not exist, `#N/A`) with the reason in
 * Excel's language, never a wrong number. Functions only read their arguments: no Excel API here.
 */
import { customFunctions, FunctionInputError, type CustomFunctionSpec, type FunctionArg } from '../core/functions';
import type { Locale } from '../core/i18n';
import { customFunctionsGlobal, officeGlobal, type CustomFunctionsGlobal } from './office-globals';

const localeNow = (): Locale => (/^en/i.test(officeGlobal()?.context?.displayLanguage ?? '') ? 'en' : 'es');

/** A registry function as Excel calls it. */
export function excelCustomFunction(spec: CustomFunctionSpec, api: CustomFunctionsGlobal, locale: () => Locale = localeNow): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    try {
      return spec.run(...(args as FunctionArg[]));
    } catch (e) {
      if (e instanceof FunctionInputError) throw new api.Error(e.kind === 'notAvailable' ? api.ErrorCode.notAvailable : api.ErrorCode.invalidValue, e.text[locale()]);
      const es = locale() === 'es';
      throw new api.Error(api.ErrorCode.invalidValue, es ? 'Error interno de Cuentas Claras; informe este caso.' : 'Cuentas Claras internal error; please report it.');
    }
  };
}

/** Associates every registry function with its id (at the bundle's top level, as Excel requires). Returns the ids. */
export function registerCustomFunctions(api: CustomFunctionsGlobal | undefined = customFunctionsGlobal()): string[] {
  if (!api) return [];
  for (const spec of customFunctions) api.associate(spec.id, excelCustomFunction(spec, api));
  return customFunctions.map((f) => f.id);
}
