/**
 * The `cuentas-claras` command: runs the core's actions on a .xlsx workbook and writes the result
 * workbook, the JSON files and the deck into the output folder. The input file is never modified.
 */
import { parseArgs, requestedLocale, usage } from './args';
import { runCommandOnFile } from './run';
import packageJson from '../package.json';

/** Runs the command line; resolves to the exit code. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (io === processIo) endQuietlyOnClosedPipe();
  const parsed = parseArgs(argv);
  // The command line's own errors follow --idioma when it can be read (Spanish otherwise).
  const english = requestedLocale(argv) === 'en';
  if (argv.length === 0) {
    io.err('cuentas-claras: falta el comando. Use cuentas-claras --help para ver el uso.');
    return 2;
  }
  if (parsed.ok === 'help') {
    io.out(usage);
    return 0;
  }
  if (parsed.ok === 'version') {
    io.out(`cuentas-claras ${packageJson.version}`);
    return 0;
  }
  if (parsed.ok === false) {
    io.err(`cuentas-claras: ${english ? parsed.english : parsed.message}`);
    return 2;
  }
  try {
    return await runCommandOnFile(parsed.args, io);
  } catch (error) {
    if (isUnusableInput(error)) {
      const e = error as Error & { english?: string };
      io.err(`cuentas-claras: ${english && e.english ? e.english : e.message}`);
      return 2;
    }
    // A bug or a host failure: one line, no stack trace (set CUENTAS_CLARAS_DEBUG=1 to see it).
    if (process.env.CUENTAS_CLARAS_DEBUG) io.err(String((error as Error)?.stack ?? error));
    io.err(
      english
        ? `cuentas-claras: unexpected internal error (${oneLine(error)}). No incomplete file was written.`
        : `cuentas-claras: error interno inesperado (${oneLine(error)}). No se escribió ningún archivo incompleto.`,
    );
    return 3;
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Progress, only when standard error is a terminal. */
  progress(line: string): void;
}

const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: (line) => {
    if (process.stderr.isTTY) process.stderr.write(`… ${line}\n`);
  },
};

/**
 * `cuentas-claras … | head` closes standard output early: the files are already written (the summary
 * comes last), so the command ends quietly instead of failing on the broken pipe.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.listenerCount('error') > 0) continue;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw error;
    });
  }
}

function isUnusableInput(error: unknown): boolean {
  return error instanceof Error && (error.name === 'UnusableInputError' || error.name === 'OutputWriteError');
}

function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0].slice(0, 200);
}
