/** Command-line arguments (cli.md): parsed and validated, errors as one-line Spanish messages. */
import type { Locale } from '../core/i18n';
import { defaultActionOptions, type ActionOptions, type TotalRule } from '../core/actions';

export interface CliArgs {
  command: string;
  file: string;
  out: string;
  month?: string;
  cutoff?: string;
  totalRule: TotalRule;
  strict: boolean;
  locale: Locale;
  json: boolean;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; message: string } | { ok: 'help' };

export const commands = ['indicadores', 'revisar', 'diapositivas', 'autodiagnostico', 'espacios', 'pqrsd', 'todo', 'plantilla'] as const;

const valued = new Set(['--out', '--mes', '--fecha-corte', '--regla-total', '--idioma']);
const flags = new Set(['--estricto', '--json']);

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
  const cutoff = options.get('--fecha-corte');
  if (cutoff !== undefined && !validIsoDate(cutoff)) return { ok: false, message: `--fecha-corte debe ser una fecha AAAA-MM-DD válida (por ejemplo 2021-10-31), no «${cutoff}».` };
  const totalRule = options.get('--regla-total') ?? 'actividades';
  if (totalRule !== 'actividades' && totalRule !== 'etapas') return { ok: false, message: `--regla-total debe ser «actividades» o «etapas», no «${totalRule}».` };
  const locale = options.get('--idioma') ?? 'es';
  if (locale !== 'es' && locale !== 'en') return { ok: false, message: `--idioma debe ser «es» o «en», no «${locale}».` };
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
    },
  };
}

function validIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
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
  plantilla        escribe una plantilla vacía: cuentas-claras plantilla <archivo.xlsx>

Opciones:
  --out DIR                          carpeta de salida (por omisión ./salida)
  --mes AAAA-MM                      mes de las diapositivas (por omisión el último)
  --fecha-corte AAAA-MM-DD           fecha de corte de espacios y PQRSD (por omisión hoy)
  --regla-total actividades|etapas   regla del total del autodiagnóstico (por omisión actividades)
  --estricto                         sale con código 1 si hay hallazgos de severidad error
  --idioma es|en                     idioma de hojas, mensajes y diapositivas (por omisión es)
  --json                             imprime el JSON del resultado en lugar del resumen

Códigos de salida: 0 ejecutado; 1 --estricto con errores; 2 entrada inutilizable; 3 error interno.`;

/** The action options of the parsed arguments (today as the default cut-off). */
export function actionOptionsOf(args: CliArgs, today = new Date()): ActionOptions {
  return {
    ...defaultActionOptions,
    locale: args.locale,
    month: args.month,
    cutoff: args.cutoff ?? today.toISOString().slice(0, 10),
    totalRule: args.totalRule,
  };
}
