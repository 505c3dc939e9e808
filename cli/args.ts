/** Command-line arguments (cli.md): parsed and validated, errors as one-line Spanish messages. */
import type { Locale } from '../core/i18n';
import type { OptionOverrides, TotalRule } from '../core/actions';
import { normalizeName } from '../core/text';
import { defaultYearWindow, parseMonth } from '../core/table';

export interface CliArgs {
  command: string;
  file: string;
  out: string;
  month?: string;
  cutoff?: string;
  /** Absent when not given: the workbook's `Configuración`, else the default, applies. */
  totalRule?: TotalRule;
  strict: boolean;
  locale?: Locale;
  json: boolean;
  /** `plantilla --ejemplo`: the template with example rows (ANM, February 2025). */
  examples: boolean;
  /** `--entidad`, `--sigla`, `--grupo`, `--sigla-grupo`: override `Configuración`. */
  entity?: string;
  entityShort?: string;
  group?: string;
  groupShort?: string;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; message: string; english: string } | { ok: 'help' } | { ok: 'version' };

const fail = (message: string, english: string): ParseResult => ({ ok: false, message, english });

/**
 * The language `--idioma` asks for, read before (and whatever) the rest of the line parses, so the
 * command line's own errors can be in English; Spanish when absent or unreadable.
 */
export function requestedLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const written = a.toLowerCase();
    const value = written.startsWith('--idioma=') ? a.slice('--idioma='.length) : written === '--idioma' ? argv[i + 1] : undefined;
    if (value !== undefined && normalizeName(value) === 'en') return 'en';
  }
  return 'es';
}

export const commands = ['indicadores', 'revisar', 'diapositivas', 'autodiagnostico', 'espacios', 'pqrsd', 'todo', 'plantilla'] as const;

const valued = new Set(['--out', '--mes', '--fecha-corte', '--regla-total', '--idioma', '--entidad', '--sigla', '--grupo', '--sigla-grupo']);
const flags = new Set(['--estricto', '--json', '--ejemplo']);

/** Parses `cuentas-claras <command> <workbook.xlsx> [options]`. */
export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'ayuda') return { ok: 'help' };
  if (argv.includes('--version') || argv.includes('-v') || argv.includes('-V')) return { ok: 'version' };
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [written, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const name = written.toLowerCase();
      if (flags.has(name)) options.set(name, 'true');
      else if (valued.has(name)) {
        let value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) return fail(`Falta el valor de la opción ${name}.`, `The option ${name} needs a value.`);
        // `--mes febrero 2025` and `--mes febrero de 2025` arrive as several words.
        if (name === '--mes' && inline === undefined) {
          for (let extra = 1; extra <= 2 && parseMonth(value).kind !== 'ok' && /^(de|del|\d{2}|\d{4})$/i.test(argv[i + 1] ?? ''); extra++) value = `${value} ${argv[++i]}`;
        }
        options.set(name, value);
      } else return fail(`Opción desconocida: ${written}. Use --help para ver las opciones.`, `Unknown option: ${written}. Use --help to see the options.`);
    } else positional.push(a);
  }
  const [writtenCommand, file, ...rest] = positional;
  const command = writtenCommand === undefined ? undefined : normalizeName(writtenCommand);
  if (command === undefined || !(commands as readonly string[]).includes(command)) {
    return fail(`Comando desconocido: «${writtenCommand ?? ''}». Comandos: ${commands.join(', ')}.`, `Unknown command: “${writtenCommand ?? ''}”. Commands: ${commands.join(', ')}.`);
  }
  if (!file) return fail(`Falta el archivo: cuentas-claras ${command} <libro.xlsx>.`, `The workbook is missing: cuentas-claras ${command} <workbook.xlsx>.`);
  if (rest.length) return fail(`Argumento de más: «${rest[0]}».`, `One argument too many: “${rest[0]}”.`);
  let month = options.get('--mes');
  if (month !== undefined) {
    const parsed = parseMonth(month, { years: defaultYearWindow });
    if (parsed.kind !== 'ok') return fail(`--mes debe ser un mes como 2025-02, 02/2025 o «febrero 2025», no «${month}».`, `--mes must be a month such as 2025-02, 02/2025 or “febrero 2025”, not “${month}”.`);
    month = parsed.value;
  }
  const cutoffText = options.get('--fecha-corte');
  const cutoff = cutoffText === undefined ? undefined : isoDateOf(cutoffText.trim());
  if (cutoff === null) return fail(`--fecha-corte debe ser una fecha válida AAAA-MM-DD o DD/MM/AAAA (por ejemplo 2021-10-31 o 31/10/2021), no «${cutoffText}».`, `--fecha-corte must be a valid date YYYY-MM-DD or DD/MM/YYYY (for example 2021-10-31 or 31/10/2021), not “${cutoffText}”.`);
  // Values are case-insensitive (`--regla-total ETAPAS`, `--idioma EN`).
  const totalRuleText = options.get('--regla-total');
  const totalRule = totalRuleText === undefined ? undefined : normalizeName(totalRuleText);
  if (totalRule !== undefined && totalRule !== 'actividades' && totalRule !== 'etapas') return fail(`--regla-total debe ser «actividades» o «etapas», no «${totalRuleText}».`, `--regla-total must be “actividades” or “etapas”, not “${totalRuleText}”.`);
  const localeText = options.get('--idioma');
  const locale = localeText === undefined ? undefined : normalizeName(localeText);
  if (locale !== undefined && locale !== 'es' && locale !== 'en') return fail(`--idioma debe ser «es» o «en», no «${localeText}».`, `--idioma must be “es” or “en”, not “${localeText}”.`);
  for (const name of ['--entidad', '--sigla', '--grupo', '--sigla-grupo']) {
    if (options.has(name) && !options.get(name)!.trim()) return fail(`${name} no puede estar vacío.`, `${name} cannot be empty.`);
  }
  return {
    ok: true,
    args: {
      command,
      file,
      out: options.get('--out') ?? 'salida',
      month,
      cutoff,
      totalRule,
      strict: options.has('--estricto'),
      locale,
      json: options.has('--json'),
      examples: options.has('--ejemplo'),
      entity: options.get('--entidad')?.trim(),
      entityShort: options.get('--sigla')?.trim(),
      group: options.get('--grupo')?.trim(),
      groupShort: options.get('--sigla-grupo')?.trim(),
    },
  };
}

/** `2021-10-31` or `31/10/2021` → `2021-10-31`; null when not a real date. */
function isoDateOf(s: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : dmy ? [dmy[3], dmy[2], dmy[1]].map(Number) : [NaN, NaN, NaN];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (isNaN(date.getTime()) || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

export const usage = `Uso: cuentas-claras <comando> <libro.xlsx> [opciones]

Comandos:
  indicadores      calcula los indicadores → hoja Indicadores, <base>-indicadores.json
  revisar          revisa la consistencia → hoja Hallazgos, marcas, <base>-hallazgos.json
  diapositivas     arma las diapositivas del mes → <base>-<AAAA-MM>.pptx
  autodiagnostico  califica el autodiagnóstico → hoja Resultado autodiagnóstico, <base>-autodiagnostico.json
  espacios         línea base de espacios de rendición de cuentas → hoja Línea base espacios, <base>-espacios.json
  pqrsd            vencimientos de PQRSD en días hábiles → hoja Resultado PQRSD, <base>-pqrsd.json
  todo             todo lo anterior
  plantilla        escribe una plantilla vacía: cuentas-claras plantilla <archivo.xlsx> [--ejemplo] [--entidad … --sigla …]

Opciones:
  --out DIR                          carpeta de salida (por omisión ./salida)
  --mes AAAA-MM                      mes del informe: diapositivas y revisión (también 02/2025 o «febrero 2025»;
                                     por omisión el último; sin --mes, «revisar» cubre todos los meses)
  --fecha-corte AAAA-MM-DD           fecha de corte de espacios y PQRSD (también DD/MM/AAAA;
                                     por omisión el último día del mes del informe)
  --regla-total actividades|etapas   regla del total del autodiagnóstico (por omisión actividades)
  --estricto                         sale con código 1 si hay hallazgos de severidad error
  --idioma es|en                     idioma de hojas, mensajes y diapositivas (por omisión es)
  --json                             imprime el JSON del resultado en lugar del resumen
  --ejemplo                          (plantilla) con filas de ejemplo de la ANM, febrero de 2025
  --entidad "NOMBRE"                 nombre de la entidad (por omisión el de la hoja Configuración)
  --sigla SIGLA                      sigla de la entidad
  --grupo "NOMBRE"                   grupo o dependencia que presenta el informe
  --sigla-grupo SIGLA                sigla del grupo
  --version                          muestra la versión
Las opciones prevalecen sobre la hoja Configuración del libro; sin nombre, se escribe «la entidad».
Los valores de las opciones no distinguen mayúsculas (--idioma EN, --regla-total ETAPAS).

Códigos de salida: 0 ejecutado; 1 --estricto con errores; 2 entrada inutilizable; 3 error interno.`;

/** What the command line overrides of the workbook's settings (absent options override nothing). */
export function overridesOf(args: CliArgs): OptionOverrides {
  const given = {
    month: args.month,
    cutoff: args.cutoff,
    totalRule: args.totalRule,
    locale: args.locale,
    entity: args.entity,
    entityShort: args.entityShort,
    group: args.group,
    groupShort: args.groupShort,
  };
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as OptionOverrides;
}
