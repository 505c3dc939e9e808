/**
 * The 6-minute limit of an Apps Script execution, as a budget the run checks at every step. A run
 * that would not finish stops *before writing anything* with a message that says what to do — a
 * half-written workbook is worse than none.
 */

/** Google ends an execution after 6 minutes (Apps Script quotas, "Script runtime"). */
export const executionLimitMs = 6 * 60_000;

/** What the run keeps in reserve for the unexpected (a slow call, the lock, the response). */
export const safetyMarginMs = 45_000;

/**
 * Conservative costs of the calls, for the estimate of the writing phase (not measured on a live
 * account: a guess on the slow side, so the budget errs towards stopping early).
 */
export const callCost = { sheetsCallMs: 150, cellMs: 0.01, slidesCallMs: 60, chartImageMs: 2000 };

/** Thrown when the run cannot finish within the limit; its message is for the user (Spanish). */
export class OutOfTimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutOfTimeError';
  }
}

export interface Budget {
  /** Milliseconds spent since the run started. */
  elapsed(): number;
  /** Throws OutOfTimeError when `ms` more would pass the limit (less the safety margin). */
  require(ms: number, what: string): void;
}

/** What to do when a workbook is too large for one execution (es, en). */
export function outOfTimeMessage(what: string, locale: 'es' | 'en'): string {
  return locale === 'es'
    ? `No alcanza el tiempo: ${what} no terminaría dentro de los 6 minutos que Google Sheets da a cada ejecución, así que no se escribió nada. ` +
        'Ejecute las acciones una por una desde el menú (por ejemplo solo «Calcular indicadores»), o descargue el libro como .xlsx ' +
        '(Archivo > Descargar) y use la línea de comandos: npx cuentas-claras todo libro.xlsx.'
    : `Out of time: ${what} would not finish within the 6 minutes Google Sheets gives each execution, so nothing was written. ` +
        'Run the actions one at a time from the menu (for example only “Compute indicators”), or download the workbook as .xlsx ' +
        '(File > Download) and use the command line: npx cuentas-claras todo workbook.xlsx.';
}

/** A budget over a clock; `limitMs` defaults to the execution limit less the safety margin. */
export function startBudget(now: () => number, locale: 'es' | 'en', limitMs = executionLimitMs - safetyMarginMs): Budget {
  const start = now();
  return {
    elapsed: () => now() - start,
    require(ms: number, what: string) {
      if (now() - start + ms > limitMs) throw new OutOfTimeError(outOfTimeMessage(what, locale));
    },
  };
}
