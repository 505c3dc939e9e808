/** Command-line arguments (cli.md): parsed and validated, errors as one-line Spanish messages. */
import type { Locale } from '../core/i18n';
import { defaultActionOptions, type ActionOptions, type TotalRule } from '../core/actions';
import { normalizeName } from '../core/text';
import { parseDate, parseMonth } from '../core/table';

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

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; message: string } | { ok: 'help' } | { ok: 'version' };

export const commands = ['indicadores', 'revisar', 'diapositivas', 'autodiagnostico', 'espacios', 'todo', 'plantilla'] as const;

const valued = new Set(['--out', '--mes', '--fecha-corte', '--regla-total', '--idioma']);
const flags = new Set(['--estricto', '--json']);

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
        if (value === undefined || value.startsWith('--')) return { ok: false, message: `Falta el valor de la opción ${name}.` };
        // `--mes febrero 2025` and `--mes febrero de 2025` arrive as several words.
        if (name === '--mes' && inline === undefined) {
          for (let extra = 1; extra <= 2 && parseMonth(value).kind !== 'ok' && /^(de|del|\d{2}|\d{4})$/i.test(argv[i + 1] ?? ''); extra++) value = `${value} ${argv[++i]}`;
        }
        options.set(name, value);
      } else return { ok: false, message: `Opción desconocida: ${written}. Use --help para ver las opciones.` };
    } else positional.push(a);
  }
  const [writtenCommand, file, ...rest] = positional;
  const command = writtenCommand === undefined ? undefined : normalizeName(writtenCommand);
  if (command === undefined || !(commands as readonly string[]).includes(command)) {
    return { ok: false, message: `Comando desconocido: «${writtenCommand ?? ''}». Comandos: ${commands.join(', ')}.` };
  }
  if (!file) return { ok: false, message: `Falta el archivo: cuentas-claras ${command} <libro.xlsx>.` };
  if (rest.length) return { ok: false, message: `Argumento de más: «${rest[0]}».` };
  let month = options.get('--mes');
  if (month !== undefined) {
    const parsed = parseMonth(month);
    if (parsed.kind !== 'ok') return { ok: false, message: `--mes debe ser un mes como 2025-02, 02/2025 o «febrero 2025», no «${month}».` };
    month = parsed.value;
  }
  let cutoff = options.get('--fecha-corte');
  if (cutoff !== undefined) {
    const parsed = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(cutoff.trim()) ? parseDate(cutoff.trim()) : { kind: 'invalid' as const };
    if (parsed.kind !== 'ok') return { ok: false, message: `--fecha-corte debe ser una fecha válida, AAAA-MM-DD o DD/MM/AAAA (por ejemplo 2021-10-31 o 31/10/2021), no «${cutoff}».` };
    cutoff = parsed.value;
  }
  const totalRule = normalizeName(options.get('--regla-total') ?? 'actividades');
  if (totalRule !== 'actividades' && totalRule !== 'etapas') return { ok: false, message: `--regla-total debe ser «actividades» o «etapas», no «${options.get('--regla-total')}».` };
  const locale = normalizeName(options.get('--idioma') ?? 'es');
  if (locale !== 'es' && locale !== 'en') return { ok: false, message: `--idioma debe ser «es» o «en», no «${options.get('--idioma')}».` };
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

export const usage = `Uso: cuentas-claras <comando> <libro.xlsx> [opciones]

Comandos:
  indicadores      calcula los indicadores → hoja Indicadores, <base>-indicadores.json
  revisar          revisa la consistencia → hoja Hallazgos, marcas, <base>-hallazgos.json
  diapositivas     arma las diapositivas del mes → <base>-<AAAA-MM>.pptx
  autodiagnostico  califica el autodiagnóstico → hoja Resultado autodiagnóstico, <base>-autodiagnostico.json
  espacios         línea base de espacios de rendición de cuentas → hoja Línea base espacios, <base>-espacios.json
  todo             todo lo anterior
  plantilla        escribe una plantilla vacía: cuentas-claras plantilla <archivo.xlsx>

Opciones:
  --out DIR                          carpeta de salida (por omisión ./salida)
  --mes AAAA-MM                      mes del informe: diapositivas y revisión (también 02/2025 o «febrero 2025»;
                                     por omisión el último; sin --mes, «revisar» cubre todos los meses)
  --fecha-corte AAAA-MM-DD           fecha de corte de espacios (también DD/MM/AAAA; por omisión hoy)
  --regla-total actividades|etapas   regla del total del autodiagnóstico (por omisión actividades)
  --estricto                         sale con código 1 si hay hallazgos de severidad error
  --idioma es|en                     idioma de hojas, mensajes y diapositivas (por omisión es)
  --json                             imprime el JSON del resultado en lugar del resumen
  --version                          muestra la versión

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
