/**
 * What the two accountability slides need, kept minimal so the deck does not depend on how
 * core/accountability computes it (the deck action adapts its results to these shapes).
 */

/** The self-diagnosis result: stage scores (canonical order), total, level, top priorities. */
export interface SelfDiagnosisSummary {
  /** null when no activity is answered. */
  total: number | null;
  level: string | null;
  /** `stage` is the full name; `short` the chart's label (default: the name's first word). */
  stages: { stage: string; short?: string; score: number | null }[];
  /** Lowest-scored categories or activities first; `stage` as in `stages` (short or full name). */
  priorities: { stage: string; category: string; activity: string | null; score: number | null }[];
  /** The vigencia scored (the latest of the sheet), when the sheet has a `Vigencia` column. */
  year?: number | null;
  /** Rows that could not be scored (unknown stage, score not a number between 0 and 100). */
  unreadableRows?: number;
}

/** The accountability spaces baseline: totals, spaces held, by department, compliance, PDET. */
export interface SpacesSummary {
  /** `YYYY-MM-DD`. */
  cutoff: string;
  total: number;
  /** Spaces held (`Realizada`). */
  held: number;
  byDepartment: Record<string, number>;
  /** Points 0–100; null when nothing was due by the cut-off. */
  compliance: number | null;
  pdet: { count: number; share: number | null } | null;
  municipalities: number;
  departments: number;
  /** The years of the spaces' dates (the vigencia or vigencias of the calendar). */
  years?: number[];
  /** Rows counted in `total` with a status, date or place that could not be read. */
  unreadableRows?: number;
}
