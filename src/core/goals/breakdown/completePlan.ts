import type { Plan } from "@core/goals/breakdown/plan";
import { planWarnings } from "@core/goals/breakdown/planWarnings";

/**
 * A plan with its derived fields filled in from its cells: rep totals (column sums), team totals
 * (sums of their reps) and the warnings for those figures.
 *
 * @param base - a plan without repTotals, teamTotals and warnings
 * @returns the whole plan
 *
 * @example
 * completePlan(base).repTotals //=> [600, 400]
 */
export function completePlan(base: Omit<Plan, "repTotals" | "teamTotals" | "warnings">): Plan {
  const repTotals = base.reps.map((_, r) => base.cells.reduce((sum, row) => sum + row[r], 0));
  const teamTotals = base.teams.map((team) =>
    base.reps.reduce((sum, rep, r) => (rep.team === team ? sum + repTotals[r] : sum), 0),
  );
  const withTotals = { ...base, repTotals, teamTotals };
  return { ...withTotals, warnings: planWarnings(withTotals) };
}
