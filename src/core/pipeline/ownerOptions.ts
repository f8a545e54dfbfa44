import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import type { PipelineDeals } from "@core/pipeline/pipelineDeals";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";

/** Whom the pane can filter the pipeline by. */
export type OwnerOptions = {
  /** Teams of the Team table, in first-seen order. */
  readonly teams: readonly string[];
  /** Reps of the Team table, then owners of deals not in it, in first-seen order. */
  readonly reps: readonly string[];
};

/**
 * The teams and reps to filter by: from the Team table, and any other deal owner (a rep who
 * left, a manager who owns deals), each once whatever its case or spacing.
 *
 * @example
 * ownerOptions(deals, teamTable) //=> { teams: ["East", "North"], reps: ["Lee", "Wang", "Zhao"] }
 */
export function ownerOptions(deals: PipelineDeals, team: PlainTable | undefined): OwnerOptions {
  const teams = new Map<string, string>();
  const reps = new Map<string, string>();
  const addTo = (list: Map<string, string>, text: unknown) => {
    if (isEmpty(text as string)) return;
    const key = normalizeLabel(text as string);
    if (!list.has(key)) list.set(key, String(text).trim());
  };
  for (const row of team?.rows ?? []) {
    addTo(reps, cellOf(team!, row, "Rep"));
    addTo(teams, cellOf(team!, row, "Team"));
  }
  for (const owner of deals.owner) addTo(reps, owner);
  return { teams: [...teams.values()], reps: [...reps.values()] };
}
