/**
 * Progress of a long run, in host-neutral terms: a host reports what it reads (rows of a sheet) and
 * the phase it is in; every host (the command line on a terminal, the task pane) shows the same
 * text, or a bar from `fraction`.
 */
import type { Locale } from '../i18n';

export type ProgressPhase = 'reading' | 'computing' | 'writing';

export interface ProgressEvent {
  phase: ProgressPhase;
  /** The sheet being read (phase `reading`). */
  sheet?: string;
  /** Rows of that sheet read so far. */
  rows?: number;
  /** Rows the sheet declares, when known (for a bar). */
  totalRows?: number;
  /** What is being read (a file, before its sheets), computed or written, already in the run's language. */
  detail?: string;
}

/** Receives progress; must be cheap (called every few tens of thousands of rows at most). */
export type ProgressListener = (event: ProgressEvent) => void;

/** Share done (0–1) when the total is known, else undefined. */
export function progressFraction(event: ProgressEvent): number | undefined {
  if (event.rows === undefined || !event.totalRows) return undefined;
  return Math.min(1, event.rows / event.totalRows);
}

const count = (n: number, locale: Locale) => n.toLocaleString(locale === 'es' ? 'es-CO' : 'en-US');

/** One line for a person: `Leyendo «Interacciones»: 131.072 de 200.001 filas (66 %)`. */
export function progressText(event: ProgressEvent, locale: Locale): string {
  const es = locale === 'es';
  if (event.phase === 'reading') {
    const sheet = event.sheet ? (es ? ` «${event.sheet}»` : ` '${event.sheet}'`) : event.detail ? ` ${event.detail}` : '';
    if (event.rows === undefined) return `${es ? 'Leyendo' : 'Reading'}${sheet}`;
    const f = progressFraction(event);
    const of = event.totalRows ? ` ${es ? 'de' : 'of'} ${count(event.totalRows, locale)}` : '';
    const pct = f === undefined ? '' : ` (${Math.floor(f * 100)} %)`;
    return `${es ? 'Leyendo' : 'Reading'}${sheet}: ${count(event.rows, locale)}${of} ${es ? 'filas' : 'rows'}${pct}`;
  }
  const label = event.phase === 'computing' ? (es ? 'Calculando' : 'Computing') : es ? 'Escribiendo' : 'Writing';
  return event.detail ? `${label}: ${event.detail}` : label;
}
