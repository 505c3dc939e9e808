/**
 * External programs some tests need (LibreOffice, poppler, chromium). Outside CI a missing program
 * skips those tests with a note; under CI (`CI` set, `.ci/run` installs them) a missing program
 * fails the run, so a render or browser test never skips silently there.
 */
import { spawnSync } from 'node:child_process';

/** True when every command is on PATH. */
export function hasCommands(commands: readonly string[]): boolean {
  return commands.every((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
}

/**
 * Whether the tests needing `commands` can run: true when present; when absent, throws under CI
 * and returns false (after a note on the console) elsewhere.
 */
export function requireCommands(commands: readonly string[], purpose: string): boolean {
  if (hasCommands(commands)) return true;
  const message = `${purpose}: falta ${commands.filter((c) => !hasCommands([c])).join(', ')}`;
  if (process.env.CI) throw new Error(`${message} (CI debe instalarlos: .ci/run)`);
  console.warn(`${message}; prueba omitida fuera de CI.`);
  return false;
}
