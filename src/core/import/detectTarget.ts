import type { Cell } from "@core/cells/cell";
import { importTargets, type ImportTarget } from "@core/import/importColumns";
import { mappingScore } from "@core/import/proposeMapping";

/** Which table a sheet most likely is, with how well its headers fit each table. */
export type TargetGuess = { target: ImportTarget; scores: Record<ImportTarget, number> };

/**
 * Guesses whether a sheet is a customer list, a pipeline of deals or a log of follow-ups: the
 * table whose columns its headers fill best (sum of match scores). Ties, and sheets that fit
 * nothing, give Customers, the most common list people keep.
 *
 * @param headers - the header row of the sheet
 * @returns the best-fitting table and every table's score
 *
 * @example
 * detectTarget(["Opportunity Name", "Account Name", "Stage", "Amount", "Close Date"]).target //=> "Deals"
 */
export function detectTarget(headers: readonly Cell[]): TargetGuess {
  const scores = { Customers: 0, Deals: 0, Activities: 0 } as Record<ImportTarget, number>;
  for (const target of importTargets) scores[target] = mappingScore(headers, target);
  let target: ImportTarget = "Customers";
  for (const candidate of importTargets) if (scores[candidate] > scores[target]) target = candidate;
  return { target, scores };
}
