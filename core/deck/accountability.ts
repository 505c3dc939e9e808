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
}
