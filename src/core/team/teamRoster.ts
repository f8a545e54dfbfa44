import { normalizeLabel } from "@core/cells/outcome";
import { currentPeriod, type TeamPeriod } from "@core/team/currentPeriod";
import { collectedActual, dealsActual, periodActual } from "@core/team/periodActual";
import { periodDay } from "@core/team/targetPeriods";
import { sameName, type TeamData, type TeamMember } from "@core/team/teamData";

/** Days of activity the roster counts, today included. */
export const ACTIVITY_DAYS = 30;

/** The figures of a rep, a team or the whole roster. */
export type TeamFigures = {
  /** Won in the period on its metric (signed amount or collected). */
  readonly actual: number;
  /** Σ target; null when no one in it has a target for the period. */
  readonly target: number | null;
  /** actual ÷ target; null without a target (or a target of 0). */
  readonly attainment: number | null;
  /** Σ Amount of the won deals closed in the period. */
  readonly signed: number;
  /** What came in during the period, by date received (see collectedActual): shown beside signed. */
  readonly collected: number;
  readonly openDeals: number;
  /** Σ Amount of open deals. */
  readonly openPipeline: number;
  /** Σ Amount × probability of open deals. */
  readonly weightedPipeline: number;
  /** Follow-ups dated in the 30 days to the period's day (periodDay: today while it runs), that day included. */
  readonly activities: number;
};

export type RosterRow = TeamFigures & { readonly member: TeamMember };

/** A team with its manager and the roll-up of its members. */
export type RosterGroup = TeamFigures & {
  /** The Team column's value ("" when the members have none). */
  readonly team: string;
  /** The manager most of the members name ("" when none is named). */
  readonly manager: string;
  readonly rows: readonly RosterRow[];
};

export type Roster = {
  readonly period: TeamPeriod;
  readonly groups: readonly RosterGroup[];
  readonly total: TeamFigures;
};

const ratio = (actual: number, target: number | null) => (target !== null && target !== 0 ? actual / target : null);

/**
 * Adds up figures: sums of actuals, targets, pipelines and activities, and attainment as
 * Σactual ÷ Σtarget — never a mean of the members' percentages.
 *
 * @example
 * const rep = { actual: 50, target: 100, attainment: 0.5, signed: 50, collected: 20, openDeals: 0, openPipeline: 0, weightedPipeline: 0, activities: 0 };
 * rollUp([rep, { ...rep, actual: 150, attainment: 1.5 }]).attainment //=> 1
 */
export function rollUp(parts: readonly TeamFigures[]): TeamFigures {
  let actual = 0;
  let target: number | null = null;
  let signed = 0;
  let collected = 0;
  let openDeals = 0;
  let openPipeline = 0;
  let weightedPipeline = 0;
  let activities = 0;
  for (const part of parts) {
    actual += part.actual;
    if (part.target !== null) target = (target ?? 0) + part.target;
    signed += part.signed;
    collected += part.collected;
    openDeals += part.openDeals;
    openPipeline += part.openPipeline;
    weightedPipeline += part.weightedPipeline;
    activities += part.activities;
  }
  return {
    actual,
    target,
    attainment: ratio(actual, target),
    signed,
    collected,
    openDeals,
    openPipeline,
    weightedPipeline,
    activities,
  };
}

function memberFigures(data: TeamData, member: TeamMember, period: TeamPeriod, today: number): TeamFigures {
  const { target, actual } = periodActual(data, member.rep, period, period.metric);
  let openDeals = 0;
  let openPipeline = 0;
  let weightedPipeline = 0;
  for (const deal of data.deals) {
    if (deal.outcome !== "open" || !sameName(deal.owner, member.rep)) continue;
    openDeals++;
    openPipeline += deal.amount;
    weightedPipeline += deal.weighted;
  }
  const to = periodDay(period, today);
  const from = to - ACTIVITY_DAYS + 1;
  let activities = 0;
  for (const activity of data.activities) {
    if (activity.date !== null && activity.date >= from && activity.date <= to && sameName(activity.owner, member.rep))
      activities++;
  }
  return {
    actual,
    target,
    attainment: ratio(actual, target),
    signed: dealsActual(data, member.rep, period, "signed"),
    collected: collectedActual(data, member.rep, period),
    openDeals,
    openPipeline,
    weightedPipeline,
    activities,
  };
}

function mostNamed(names: readonly string[]): string {
  const counts = new Map<string, { name: string; count: number }>();
  for (const name of names) {
    if (!name) continue;
    const key = normalizeLabel(name);
    const entry = counts.get(key) ?? { name, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best = { name: "", count: 0 };
  for (const entry of counts.values()) if (entry.count > best.count) best = entry;
  return best.name;
}

/**
 * The roster of the `Team` table: each rep's attainment in a period (by default the current one,
 * see currentPeriod; any of targetPeriods), as Σactual ÷ Σtarget of their Targets rows (see
 * periodActual), what they signed and collected in it (collected by date received, from Payments;
 * see collectedActual), open and weighted pipeline from Deals (open now: the deals as they stand), and
 * follow-ups from Activities in the 30 days to the period's day (today while the period runs,
 * its last day once it has ended; see periodDay); grouped by team (in the order the
 * teams first appear) with each team's manager and roll-up, and the roll-up of everyone. A team's
 * actual counts every member's sales and its target every member's target.
 *
 * @param data - the workbook's facts (teamData)
 * @param today - today's serial
 * @param period - the period to show (default: the current one)
 * @returns the period, the teams with their reps, and the total
 *
 * @example
 * teamRoster(teamData(tables), 46096).groups[0].attainment //=> 0.85
 */
export function teamRoster(
  data: TeamData,
  today: number,
  period: TeamPeriod = currentPeriod(data.targets, today),
): Roster {
  const groups = new Map<string, { team: string; rows: RosterRow[] }>();
  for (const member of data.members) {
    const key = normalizeLabel(member.team);
    const group = groups.get(key) ?? { team: member.team, rows: [] };
    group.rows.push({ member, ...memberFigures(data, member, period, today) });
    groups.set(key, group);
  }
  const rosterGroups: RosterGroup[] = [...groups.values()].map((group) => ({
    team: group.team,
    manager: mostNamed(group.rows.map((row) => row.member.manager)),
    rows: group.rows,
    ...rollUp(group.rows),
  }));
  return { period, groups: rosterGroups, total: rollUp(rosterGroups.flatMap((group) => group.rows)) };
}
