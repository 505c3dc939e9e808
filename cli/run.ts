/** Running a command on a workbook file: read, run the actions, write every output atomically. */
import fs from 'node:fs';
import path from 'node:path';
import type { Io } from './main';
import { overridesOf, type CliArgs } from './args';
import { countBySeverity } from '../core/findings';
import { actionsForCommand, collectFiles, collectFindings, resolveActionOptions, runActions } from '../core/actions';
import { openWorkbookPackage, readWorkbookFile, writeFileAtomically, writeResultWorkbook, writeTemplate, OutputWriteError, UnusableInputError } from './xlsx';
import { writeFailures } from './xlsx/writer/atomic';
import { serviceExampleSheets } from '../examples/data/service';
import { accountabilityExampleSheets } from '../examples/data/accountability';
import { reportExampleSheets } from '../examples/data/report';
import { pqrsdExampleSheets } from '../examples/data/pqrsd';
import { progressText, type ProgressEvent } from '../core/workbook';
import { templateExtraSheets } from '../core/template';
import type { Locale } from '../core/i18n';
import { writeTimings, type RunTimings } from './timings';

const exampleSheets = [...reportExampleSheets, ...serviceExampleSheets, ...accountabilityExampleSheets, ...pqrsdExampleSheets];

/** Runs one parsed command; resolves to the exit code. Throws UnusableInputError for exit 2. */
export async function runCommandOnFile(args: CliArgs, io: Io): Promise<number> {
  if (args.command === 'plantilla') {
    // The template is an Excel workbook: another extension would hide what the file is.
    if (!/\.xlsx$/i.test(args.file)) {
      throw new UnusableInputError(
        `«${args.file}» no termina en .xlsx; la plantilla es un libro de Excel: use un nombre como plantilla.xlsx.`,
        `“${args.file}” does not end in .xlsx; the template is an Excel workbook: use a name such as template.xlsx.`,
      );
    }
    if (fs.existsSync(args.file)) throw new UnusableInputError(`«${args.file}» ya existe; la plantilla no lo sobrescribe. Elija otro nombre.`, `“${args.file}” already exists; the template does not overwrite it. Choose another name.`);
    const locale = args.locale ?? 'es';
    // --entidad/--sigla/--grupo/--sigla-grupo fill the template's Configuración (default: ANM's, the first user).
    const given = { entity: args.entity, entityShort: args.entityShort, group: args.group, groupShort: args.groupShort };
    const names = Object.values(given).some((v) => v !== undefined) ? Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v ?? null])) : undefined;
    await writeTemplate(args.file, locale, templateExtraSheets, { examples: args.examples ? exampleSheets : undefined, names });
    io.out(locale === 'es' ? `Plantilla escrita en ${args.file}.` : `Template written to ${args.file}.`);
    return 0;
  }

  // A file where the output folder should be fails before any work is done.
  checkOutputFolder(args.out);
  const timings: RunTimings = { read: 0, compute: 0, write: 0 };
  // The run's language is known once Configuración is read; progress before that uses the option's.
  let locale: Locale = args.locale ?? 'es';
  const progress = throttledProgress(io, () => locale);
  progress({ phase: 'reading', detail: args.file });
  const input = await readWorkbookFile(args.file, { onProgress: progress, timings });
  // The input's own package: the result workbook is this package plus the outputs and marks.
  const openStart = performance.now();
  const pkg = await openWorkbookPackage(args.file);
  timings.write += performance.now() - openStart;
  // Settings: the workbook's `Configuración`, overridden by the command line.
  const resolved = resolveActionOptions(input.raw, overridesOf(args), localToday());
  locale = resolved.options.locale;
  const options = {
    ...resolved.options,
    // Cell states are read from the input as it is, before any output is applied.
    cellState: (sheet: string, cell: string) => pkg.cellState(sheet, cell),
    partOfAll: args.command === 'todo',
  };
  progress({ phase: 'computing', detail: actionsForCommand(args.command).map((a) => a.title[locale]).join(', ') });
  // Sheets are read on first access, so part of this is reading: counted there, not here.
  const computeStart = performance.now();
  const readBefore = timings.read;
  const results = runActions(actionsForCommand(args.command), input.raw, options);
  timings.compute = performance.now() - computeStart - (timings.read - readBefore);
  // Nothing the command needs could be read: one line, nothing written (exit 2).
  const unusable = results.find((r) => r.result.unusable);
  if (unusable) throw new UnusableInputError(unusable.result.unusable!);
  const writeStart = performance.now();

  const base = baseName(args.file);
  makeOutputFolder(args.out);
  const written: string[] = [];

  // Result workbook: the input's package plus the output sheets and marks (`.xlsm` stays `.xlsm`).
  progress({ phase: 'writing', detail: locale === 'es' ? 'libro de resultados' : 'result workbook' });
  const resultFile = path.join(args.out, `${base}-resultado.${pkg.extension}`);
  await writeResultWorkbook(pkg, resultFile, results.flatMap((r) => r.result.sheets), results.flatMap((r) => r.result.marks?.apply ?? []));
  written.push(resultFile);

  const files = collectFiles(results.map((r) => r.result));
  for (const f of files) {
    const file = path.join(args.out, `${base}-${f.suffix}`);
    await writeFileAtomically(file, `${JSON.stringify(f.json, null, 2)}\n`);
    written.push(file);
  }

  for (const { result } of results) {
    if (!result.deck) continue;
    // The PowerPoint library (pptxgenjs, jszip) is loaded only by the runs that build a deck.
    const { renderDeck } = await import('../renderers/pptx');
    const file = path.join(args.out, `${base}-${result.deck.month}.pptx`);
    await writeFileAtomically(file, Buffer.from(await renderDeck(result.deck)));
    written.push(file);
  }

  timings.write += performance.now() - writeStart;
  writeTimings(timings);

  // --estricto counts each action's own findings; the checks repeat (and scope) the indicators' reading findings.
  const counted = results.some((r) => r.id === 'checks') ? results.filter((r) => r.id !== 'indicators') : results;
  const findings = collectFindings(counted.map((r) => r.result));
  if (args.json) {
    const json = files.length === 1 ? files[0].json : Object.fromEntries(files.map((f) => [f.suffix.replace(/\.json$/, ''), f.json]));
    io.out(JSON.stringify(json, null, 2));
  } else {
    for (const { result } of results) for (const line of result.summary) io.out(line);
    io.out(locale === 'es' ? 'Archivos escritos:' : 'Files written:');
    for (const f of written) io.out(`  ${f}`);
  }
  const errors = countBySeverity(findings).error;
  return args.strict && errors > 0 ? 1 : 0;
}

/**
 * Refuses an output path that is a file (or lies under one): `OutputWriteError`, exit 2, naming
 * the file. A path that does not exist yet is fine (it is created when writing).
 */
export function checkOutputFolder(out: string): void {
  const blocking = fileInTheWay(out);
  if (blocking === null) return;
  if (path.resolve(blocking) === path.resolve(out)) {
    throw new OutputWriteError(
      `--out «${out}» es un archivo, no una carpeta; indique una carpeta de salida (se crea si no existe).`,
      `--out “${out}” is a file, not a folder; give an output folder (it is created if missing).`,
    );
  }
  throw new OutputWriteError(
    `--out «${out}» no es una carpeta posible: «${blocking}» es un archivo, no una carpeta.`,
    `--out “${out}” cannot be a folder: “${blocking}” is a file, not a folder.`,
  );
}

/** The first existing path on the way to `dir` (itself included) that is not a folder; null when none. */
function fileInTheWay(dir: string): string | null {
  const resolved = path.resolve(dir);
  const parts: string[] = [];
  for (let p = resolved; ; p = path.dirname(p)) {
    parts.unshift(p);
    if (path.dirname(p) === p) break;
  }
  for (const p of parts) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return null; // missing from here on: mkdir creates it
    }
    if (!stat.isDirectory()) return p === resolved ? dir : path.relative(process.cwd(), p) || p;
  }
  return null;
}

/** Creates the output folder; a failure is one clear line (`OutputWriteError`), never an internal error. */
function makeOutputFolder(out: string): void {
  try {
    fs.mkdirSync(out, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') checkOutputFolder(out);
    const reason = code ? writeFailures[code] : undefined;
    throw new OutputWriteError(
      `No se pudo crear la carpeta de salida «${out}»: ${reason?.es ?? code ?? String(e)}.`,
      `Could not create the output folder “${out}”: ${reason?.en ?? code ?? String(e)}.`,
    );
  }
}

/**
 * Progress lines for a terminal: every phase, and the rows read at most every two seconds (the
 * reader reports every 65.536 rows).
 */
function throttledProgress(io: Io, locale: () => Locale): (event: ProgressEvent) => void {
  let last = 0;
  return (event) => {
    const now = performance.now();
    const routine = event.phase === 'reading' && event.rows !== undefined && event.rows !== event.totalRows;
    if (routine && now - last < 2000) return;
    last = now;
    io.progress(progressText(event, locale()));
  };
}

/** Today's date on this machine's calendar (`YYYY-MM-DD`): the cut-off when a workbook has no month. */
function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Base name of the input file, without extension (`<base>` of cli.md). */
export function baseName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, '');
}
