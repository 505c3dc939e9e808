/** Command-line arguments (cli.md): parsed and validated, errors as one-line Spanish messages. */
import type { Locale } from '../core/i18n';
import type { OptionOverrides, TotalRule } from '../core/actions';

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

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; message: string } | { ok: 'help' };

export const commands = ['indicadores', 'revisar', 'diapositivas', 'autodiagnostico', 'espacios', 'pqrsd', 'todo', 'plantilla'] as const;

const valued = new Set(['--out', '--mes', '--fecha-corte', '--regla-total', '--idioma', '--entidad', '--sigla', '--grupo', '--sigla-grupo']);
const flags = new Set(['--estricto', '--json', '--ejemplo']);

/** Parses `cuentas-claras <command> <workbook.xlsx> [options]`. */
export function parseArgs(argv: readonly string[]): ParseResult {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'ayuda') return { ok: 'help' };
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (flags.has(name)) options.set(name, 'true');
      else if (valued.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--')) return { ok: false, message: `Falta el valor de la opción ${name}.` };
        options.set(name, value);
      } else return { ok: false, message: `Opción desconocida: ${name}. Use --help para ver las opciones.` };
    } else positional.push(a);
  }
  const [command, file, ...rest] = positional;
  if (!(commands as readonly string[]).includes(command)) {
    return { ok: false, message: `Comando desconocido: «${command}». Comandos: ${commands.join(', ')}.` };
  }
  if (!file) return { ok: false, message: `Falta el archivo: cuentas-claras ${command} <libro.xlsx>.` };
  if (rest.length) return { ok: false, message: `Argumento de más: «${rest[0]}».` };
  const month = options.get('--mes');
  if (month !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return { ok: false, message: `--mes debe tener la forma AAAA-MM (por ejemplo 2025-02), no «${month}».` };
  const cutoffText = options.get('--fecha-corte');
  const cutoff = cutoffText === undefined ? undefined : isoDateOf(cutoffText);
  if (cutoff === null) return { ok: false, message: `--fecha-corte debe ser una fecha válida AAAA-MM-DD o DD/MM/AAAA (por ejemplo 2021-10-31), no «${cutoffText}».` };
  const totalRule = options.get('--regla-total');
  if (totalRule !== undefined && totalRule !== 'actividades' && totalRule !== 'etapas') return { ok: false, message: `--regla-total debe ser «actividades» o «etapas», no «${totalRule}».` };
  const locale = options.get('--idioma');
  if (locale !== undefined && locale !== 'es' && locale !== 'en') return { ok: false, message: `--idioma debe ser «es» o «en», no «${locale}».` };
  for (const name of ['--entidad', '--sigla', '--grupo', '--sigla-grupo']) {
    if (options.has(name) && !options.get(name)!.trim()) return { ok: false, message: `${name} no puede estar vacío.` };
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
  plantilla        escribe una plantilla vacía: cuentas-claras plantilla <archivo.xlsx> [--ejemplo]

Opciones:
  --out DIR                          carpeta de salida (por omisión ./salida)
  --mes AAAA-MM                      mes de las diapositivas (por omisión el último)
  --fecha-corte AAAA-MM-DD           fecha de corte de espacios y PQRSD (por omisión el último día del mes del informe)
  --regla-total actividades|etapas   regla del total del autodiagnóstico (por omisión actividades)
  --estricto                         sale con código 1 si hay hallazgos de severidad error
  --idioma es|en                     idioma de hojas, mensajes y diapositivas (por omisión es)
  --json                             imprime el JSON del resultado en lugar del resumen
  --ejemplo                          (plantilla) con filas de ejemplo de la ANM, febrero de 2025
  --entidad "NOMBRE"                 nombre de la entidad (por omisión el de la hoja Configuración)
  --sigla SIGLA                      sigla de la entidad
  --grupo "NOMBRE"                   grupo o dependencia que presenta el informe
  --sigla-grupo SIGLA                sigla del grupo
Las opciones prevalecen sobre la hoja Configuración del libro; sin nombre, se escribe «la entidad».

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
