import type { ImportTarget } from "@core/import/importColumns";
import {
  blockingKinds,
  type ImportProblem,
  type ImportProblemKind,
  type ImportSeverity,
} from "@core/import/importProblem";
import type { ImportPlan } from "@core/import/planImport";
import type { ImportMode } from "@core/import/tableLayout";
import { resumePoint, type UnfinishedImport } from "@core/import/unfinishedImport";

/** The problem kinds in the order the review lists their counts. */
export const problemKinds: readonly ImportProblemKind[] = [
  "csv-quotes",
  "field-count",
  "too-long",
  "nul-char",
  "missing-required",
  "bad-encoding",
  "bad-date",
  "bad-number",
  "unknown-stage",
  "unknown-value",
  "unknown-reference",
  "out-of-range",
  "currency-mixed",
  "currency-kept",
  "duplicate-name",
  "duplicate-phone",
  "number-as-text",
  "money-text",
  "formula-text",
  "already-imported",
];

/** How many problems of one kind an import has, and how much they matter. */
export type ProblemCount = {
  readonly kind: ImportProblemKind;
  readonly count: number;
  readonly severity: ImportSeverity;
};

/**
 * The problems counted by kind, in the order of problemKinds; kinds with none are left out.
 *
 * @param problems - the validation's problems
 * @returns one count per kind found
 *
 * @example
 * problemCounts([{ row: 3, column: "Created", kind: "bad-date", severity: "warning", value: "x", message: { en: "", zh: "" } }])
 * //=> [{ kind: "bad-date", count: 1, severity: "warning" }]
 */
export function problemCounts(problems: readonly ImportProblem[]): ProblemCount[] {
  return problemKinds
    .map((kind) => {
      const found = problems.filter((p) => p.kind === kind);
      return { kind, count: found.length, severity: found[0]?.severity ?? "info" };
    })
    .filter((entry) => entry.count > 0);
}

/** What the review step must show and ask before an import may write. */
export type ImportReview = {
  /** The rows to write. */
  readonly rows: number;
  /** Rows an earlier unfinished run of this same import already wrote (0: none). */
  readonly resumesFrom: number;
  /** Deals cannot be written without the Stages table (set up first). */
  readonly needsStages: boolean;
  /**
   * An unfinished import of another job left a partial sheet or appended rows where this one
   * writes: the user must agree to replace them.
   */
  readonly mustReplace: boolean;
  /** Appending and converting in place change existing cells: the user must confirm. */
  readonly needsConfirm: boolean;
  /**
   * Problems that stop the write until the source is fixed and read again (a broken CSV file,
   * cells Excel cannot hold; see blockingKinds). Optional for reviews built by hand: none.
   */
  readonly blocking?: number;
  /** Rows left out because the table already holds them (an append run again). */
  readonly alreadyThere?: number;
  /** Existing rows an Update import changes (matchImport); optional for reviews built by hand: none. */
  readonly updates?: number;
  readonly problemCounts: readonly ProblemCount[];
};

/**
 * Reviews a planned import against the workbook: how many rows it writes (and how many the table
 * already holds), whether it continues an unfinished run of the same job, what stops it (a broken
 * file, cells Excel cannot hold), and what must be settled first (the Stages table for deals,
 * replacing another job's partial write, confirming a write into existing cells).
 *
 * @param plan - the planned import
 * @param context - the target and mode, whether the workbook has Stages, its sheets, any unfinished import
 * @returns the review
 *
 * @example
 * reviewImport(plan, { target: "Customers", mode: "append", hasStages: true, sheets: ["Customers"], pending: null }).needsConfirm
 * //=> true
 */
export function reviewImport(
  plan: ImportPlan,
  context: {
    readonly target: ImportTarget;
    readonly mode: ImportMode;
    readonly hasStages: boolean;
    readonly sheets: readonly string[];
    readonly pending: UnfinishedImport | null;
  },
): ImportReview {
  const { target, mode, pending } = context;
  const resumesFrom = resumePoint(plan.layout, pending);
  const mustReplace =
    resumesFrom === 0 &&
    pending !== null &&
    pending.done > 0 &&
    ((mode === "new-sheet" && pending.mode === "new-sheet" && context.sheets.includes(pending.sheet)) ||
      (mode === "append" && pending.mode === "append" && pending.target === target));
  return {
    rows: plan.layout.rows.length,
    resumesFrom,
    needsStages: target === "Deals" && !context.hasStages,
    mustReplace,
    needsConfirm: mode !== "new-sheet",
    blocking: plan.result.problems.filter((p) => blockingKinds.has(p.kind)).length,
    alreadyThere: plan.result.problems.filter((p) => p.kind === "already-imported").length,
    updates: plan.matches?.policy === "update" ? plan.matches.updates.length : 0,
    problemCounts: problemCounts(plan.result.problems),
  };
}

/**
 * Whether a reviewed import may be written: it has rows to add or existing rows to update, nothing blocks it (fix the source and
 * read it again), deals have their Stages table, and the user confirmed what the review asks to
 * confirm.
 *
 * @param review - the review (reviewImport)
 * @param answers - the user's confirmation of a write into existing cells and of replacing a partial write
 * @returns true when the write may start
 *
 * @example
 * canWriteImport({ rows: 3, resumesFrom: 0, needsStages: false, mustReplace: false, needsConfirm: true, problemCounts: [] },
 *   { confirmed: false, replacePending: false })
 * //=> false
 */
export function canWriteImport(
  review: ImportReview,
  answers: { readonly confirmed: boolean; readonly replacePending: boolean },
): boolean {
  return (
    (review.rows > 0 || (review.updates ?? 0) > 0) &&
    (review.blocking ?? 0) === 0 &&
    !review.needsStages &&
    (!review.needsConfirm || answers.confirmed) &&
    (!review.mustReplace || answers.replacePending)
  );
}
