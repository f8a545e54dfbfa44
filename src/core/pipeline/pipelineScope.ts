import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import { inPeriod, type PipelinePeriod } from "@core/pipeline/pipelinePeriod";

/** Whose deals a view covers: everyone's, one rep's (Deals[Owner]) or one team's (by the Team table). */
export type OwnerFilter =
  | { readonly kind: "all" }
  | { readonly kind: "rep"; readonly name: string }
  | { readonly kind: "team"; readonly name: string };

/** What a view covers: whose deals, and in which period (null for all time). */
export type PipelineFilter = {
  readonly owner: OwnerFilter;
  readonly period: PipelinePeriod | null;
};

export const everyone: OwnerFilter = { kind: "all" };

/**
 * The team of each rep in the Team table, by normalized rep name.
 *
 * @example
 * teamsByRep(teamTable).get("wang fang") //=> "华东"
 */
export function teamsByRep(team: PlainTable | undefined): Map<string, string> {
  const teams = new Map<string, string>();
  for (const row of team?.rows ?? []) {
    const rep = cellOf(team!, row, "Rep");
    const name = cellOf(team!, row, "Team");
    if (!isEmpty(rep) && !isEmpty(name)) teams.set(normalizeLabel(rep), String(name).trim());
  }
  return teams;
}

/**
 * The rows of the deals an owner filter covers (every row for everyone).
 *
 * @param deals - the deals
 * @param owner - the filter
 * @param team - the Team table, to find a team's reps
 * @returns a predicate on a deal's row
 * @example
 * ownerMatcher(deals, { kind: "rep", name: "Lee" }, team)(0) //=> true when row 0 is Lee's
 */
export function ownerMatcher(
  deals: PipelineDeals,
  owner: OwnerFilter,
  team: PlainTable | undefined,
): (row: number) => boolean {
  if (owner.kind === "all") return () => true;
  const wanted = normalizeLabel(owner.name);
  if (owner.kind === "rep") return (row) => normalizeLabel(deals.owner[row]) === wanted;
  const teams = teamsByRep(team);
  return (row) => normalizeLabel(teams.get(normalizeLabel(deals.owner[row])) ?? "") === wanted;
}

/**
 * The rows of the deals a filter covers. A deal belongs to a period by the day it is decided:
 * a won or lost deal by its ClosedOn (else ExpectedClose), an open deal by its ExpectedClose;
 * a deal without that date is in no period (only in "all time").
 *
 * @param deals - the deals
 * @param filter - owner and period
 * @param team - the Team table
 * @returns the 0-based rows, in table order; null when the filter covers every row
 * @example
 * dealsInScope(deals, { owner: everyone, period: null }, undefined) //=> null
 */
export function dealsInScope(
  deals: PipelineDeals,
  filter: PipelineFilter,
  team: PlainTable | undefined,
): Int32Array | null {
  if (filter.owner.kind === "all" && filter.period === null) return null;
  const matches = ownerMatcher(deals, filter.owner, team);
  const rows: number[] = [];
  for (let i = 0; i < deals.count; i++) {
    if (filter.period !== null && !inPeriod(deals.decision[i], filter.period)) continue;
    if (matches(i)) rows.push(i);
  }
  return Int32Array.from(rows);
}
