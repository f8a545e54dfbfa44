import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import type { PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";

/** A rep the weekly report has a block for. */
export type WeeklyRep = {
  /** As the Team table (else Deals[Owner] or Customers[Owner]) spells it. */
  readonly name: string;
  /** The rep's team in the Team table; "" when the rep is not in it. */
  readonly team: string;
  /** False for an owner of rows the Team table does not list (a rep who left, a manager). */
  readonly listed: boolean;
};

/**
 * The reps a week's report covers, in Team order: for everyone, each rep of the Team table who
 * worked in the week (StartDate not after its Sunday, EndDate not before its Monday) or owns rows
 * in it, then owners of the week's rows the Team table does not list, in the order first seen;
 * for a team, that team's reps of the Team table on the same rule. Each rep once, whatever the
 * case or spacing of the name.
 *
 * @param team - the Team table, if any
 * @param scope - a team's name, or null for everyone
 * @param week - the week
 * @param active - the normalized names of the owners with anything in the week
 * @param owners - every owner of the week's rows, as spelled, in the order first seen
 * @returns the reps
 * @example
 * weeklyReps(team, null, week, new Set(["lee"]), ["Lee"]) //=> [{ name: "Lee", team: "East", listed: true }, …]
 */
export function weeklyReps(
  team: PlainTable | undefined,
  scope: string | null,
  week: PipelinePeriod,
  active: ReadonlySet<string>,
  owners: readonly string[],
): WeeklyRep[] {
  const wanted = scope === null ? null : normalizeLabel(scope);
  const seen = new Set<string>();
  const reps: WeeklyRep[] = [];
  for (const row of team?.rows ?? []) {
    const cell = (key: string) => cellOf(team!, row, key);
    if (isEmpty(cell("Rep"))) continue;
    const name = String(cell("Rep")).trim();
    const key = normalizeLabel(name);
    if (seen.has(key)) continue;
    const teamName = isEmpty(cell("Team")) ? "" : String(cell("Team")).trim();
    if (wanted !== null && normalizeLabel(teamName) !== wanted) continue;
    const started = parseDate(cell("StartDate"));
    const ended = parseDate(cell("EndDate"));
    const worked = (started === undefined || started <= week.end) && (ended === undefined || ended >= week.start);
    if (!worked && !active.has(key)) continue;
    seen.add(key);
    reps.push({ name, team: teamName, listed: true });
  }
  if (wanted !== null) return reps;
  const listed = new Set((team?.rows ?? []).map((row) => normalizeLabel(cellOf(team!, row, "Rep"))));
  for (const owner of owners) {
    const key = normalizeLabel(owner);
    if (key === "" || seen.has(key) || listed.has(key) || !active.has(key)) continue;
    seen.add(key);
    reps.push({ name: owner.trim(), team: "", listed: false });
  }
  return reps;
}

/**
 * The teams of the Team table, each once (whatever its case or spacing), in first-seen order:
 * the scopes the Weekly area offers besides everyone.
 *
 * @example
 * weeklyTeams(teamTable) //=> ["East", "North"]
 */
export function weeklyTeams(team: PlainTable | undefined): string[] {
  const teams = new Map<string, string>();
  for (const row of team?.rows ?? []) {
    const name = cellOf(team!, row, "Team");
    if (isEmpty(name)) continue;
    const key = normalizeLabel(name);
    if (!teams.has(key)) teams.set(key, String(name).trim());
  }
  return [...teams.values()];
}
