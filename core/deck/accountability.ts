/**
 * What the two accountability slides need, kept minimal so the deck does not depend on how
 * core/accountability computes it (the deck action adapts its results to these shapes).
 */

/** The self-diagnosis result: stage scores (canonical order), total, level, top priorities. */
export interface SelfDiagnosisSummary {
  /** null when no activity is answered. */
  total: number | null;
  level: string | null;
  stages: { stage: string; score: number | null }[];
  /** Lowest-scored categories or activities first. */
  priorities: { stage: string; category: string; activity: string | null; score: number | null }[];
}

/** The accountability spaces baseline: totals by status and department, compliance, PDET. */
export interface SpacesSummary {
  /** `YYYY-MM-DD`. */
  cutoff: string;
  total: number;
  byStatus: Record<string, number>;
  byDepartment: Record<string, number>;
  /** Points 0–100; null when nothing was due by the cut-off. */
  compliance: number | null;
  pdet: { count: number; share: number | null } | null;
  municipalities: number;
  departments: number;
}
