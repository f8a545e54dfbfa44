import { normalizeLabel } from "@core/cells/outcome";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";
import type { RepInput } from "@core/goals/breakdown/plan";

/** Whom a goal is for: the whole company, one team or one rep (by their name in Team). */
export type GoalScope =
  | { readonly kind: "company" }
  | { readonly kind: "team"; readonly name: string }
  | { readonly kind: "rep"; readonly name: string };

/**
 * The scope a goal's "for whom" text names: a rep of the Team table (Team[Rep]), else a team
 * (Team[Team]), compared without case or extra spaces, the name as Team writes it; anything else
 * (empty, "company", "公司", a name Team does not know) is the company.
 *
 * @param text - the scope as typed on the goal card
 * @param reps - the Team table's reps
 * @returns the scope
 * @example
 * goalScope(" north ", [{ name: "Li", team: "North" }]) //=> { kind: "team", name: "North" }
 */
export function goalScope(text: string, reps: readonly RepInput[]): GoalScope {
  const wanted = normalizeLabel(text);
  if (wanted === "") return { kind: "company" };
  const rep = reps.find((r) => normalizeLabel(r.name) === wanted);
  if (rep) return { kind: "rep", name: rep.name };
  const team = reps.find((r) => normalizeLabel(r.team ?? "") === wanted);
  return team?.team ? { kind: "team", name: team.team } : { kind: "company" };
}

/**
 * The deals a scope's figures count, as the Targets table's Actual formula counts them for a row
 * of that level: every deal for the company, the rep's own (Deals[Owner]) for a rep, and those of
 * the reps the Team table puts in the team for a team.
 *
 * @example
 * scopeDeals(deals, { kind: "rep", name: "Li" }, reps).every((deal) => deal.owner === "Li") //=> true
 */
export function scopeDeals(deals: readonly DealRow[], scope: GoalScope, reps: readonly RepInput[]): DealRow[] {
  if (scope.kind === "company") return [...deals];
  const owners =
    scope.kind === "rep"
      ? new Set([normalizeLabel(scope.name)])
      : new Set(
          reps
            .filter((r) => normalizeLabel(r.team ?? "") === normalizeLabel(scope.name))
            .map((r) => normalizeLabel(r.name)),
        );
  return deals.filter((deal) => owners.has(normalizeLabel(deal.owner ?? "")));
}
