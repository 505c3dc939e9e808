/**
 * The `cuentas-claras` command: runs the core's actions on a .xlsx workbook and writes the result
 * workbook, the JSON files and the deck into the output folder. The input file is never modified.
 */
import path from 'node:path';
import { actions, defaultActionOptions, type Action, type ActionOptions } from '../core/actions';
import { countBySeverity, type Finding } from '../core/findings';
import type { ActionResult, OutputFile } from '../core/output';
import { parseArgs, usage, type CliArgs } from './args';
import { runCommandOnFile } from './run';

/** Which actions each command runs, in registry order. */
export function actionsFor(command: string): Action[] {
  if (command === 'todo') return [...actions];
  if (command === 'diapositivas') return actions.filter((a) => a.id === 'indicators' || a.id === 'checks' || a.id === 'deck');
  return actions.filter((a) => a.command === command);
}

/** Runs the command line; resolves to the exit code. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (argv.length === 0) {
    io.err('cuentas-claras: falta el comando. Use cuentas-claras --help para ver el uso.');
    return 2;
  }
  if (parsed.ok === 'help') {
    io.out(usage);
    return 0;
  }
  if (parsed.ok === false) {
    io.err(`cuentas-claras: ${parsed.message}`);
    return 2;
  }
  try {
    return await runCommandOnFile(parsed.args, io);
  } catch (error) {
    if (isUnusableInput(error)) {
      io.err(`cuentas-claras: ${(error as Error).message}`);
      return 2;
    }
    // A bug or a host failure: one line, no stack trace (set CUENTAS_CLARAS_DEBUG=1 to see it).
    if (process.env.CUENTAS_CLARAS_DEBUG) io.err(String((error as Error)?.stack ?? error));
    io.err(`cuentas-claras: error interno inesperado (${oneLine(error)}). No se escribió ningún archivo incompleto.`);
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

function isUnusableInput(error: unknown): boolean {
  return error instanceof Error && (error.name === 'UnusableInputError' || error.name === 'OutputWriteError');
}

function oneLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0].slice(0, 200);
}

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

/** Base name of the input file, without extension (`<base>` of cli.md). */
export function baseName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}

/** Files of all results, by suffix (a later action's file of the same suffix wins). */
export function collectFiles(results: readonly ActionResult[]): OutputFile[] {
  const bySuffix = new Map<string, OutputFile>();
  for (const r of results) for (const f of r.files) bySuffix.set(f.suffix, f);
  return [...bySuffix.values()];
}

/** Every distinct finding of the results (the checks action repeats the reading findings). */
export function collectFindings(results: readonly ActionResult[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const key = `${f.code}|${f.sheet}|${f.cell}|${f.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(f);
      }
    }
  }
  return out;
}

export { countBySeverity };
