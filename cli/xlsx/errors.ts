/** Typed failures of the .xlsx port: the CLI maps them to exit codes and one-line messages. */

/**
 * The input cannot be used (missing, unreadable, not a workbook). Message: one line, Spanish, with
 * an optional English variant the CLI prints under `--idioma en`; exit code 2.
 */
export class UnusableInputError extends Error {
  override readonly name = 'UnusableInputError';
  constructor(message: string, readonly english?: string) {
    super(message);
  }
}

/** An output file could not be written (no permission, a folder in the way, disk full). Message: one line, Spanish (English variant optional). */
export class OutputWriteError extends Error {
  override readonly name = 'OutputWriteError';
  constructor(message: string, readonly english?: string) {
    super(message);
  }
}
