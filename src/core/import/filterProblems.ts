import type { ImportProblem, ImportProblemKind } from "@core/import/importProblem";

/**
 * The import problems of one kind, in source-row order; all of them without a kind.
 *
 * @param problems - the problems found when checking the rows
 * @param kind - the kind to keep, or undefined for every kind
 * @returns the problems kept
 * @example
 * filterProblems(result.problems, "bad-date").every((p) => p.kind === "bad-date") //=> true
 */
export function filterProblems(
  problems: readonly ImportProblem[],
  kind: ImportProblemKind | undefined,
): readonly ImportProblem[] {
  return kind === undefined ? problems : problems.filter((problem) => problem.kind === kind);
}
