import { weekOf, type Week } from "@core/weekly/week";
import { activityFacts, scopeReps, type ActivityTables } from "@core/weekly/activity/activityFacts";
import { weeklyFollowUpTarget } from "@core/weekly/activity/weeklyFollowUpTarget";

/** Follow-ups done in one week against the target. */
export type ActivityTrendPoint = { readonly week: Week; readonly done: number; readonly target: number };

/** Follow-ups per week over the weeks ending with the chosen one, per rep and summed. */
export type ActivityTrend = {
  /** Oldest first; the chosen week last. */
  readonly weeks: readonly Week[];
  /** One rep's weekly follow-up target (see weeklyFollowUpTarget). */
  readonly repTarget: number;
  /** Per rep of the scope (as weeklyActivity orders them), one point per week. */
  readonly reps: readonly { readonly rep: string; readonly points: readonly ActivityTrendPoint[] }[];
  /** The scope's points: the reps' done and targets added up. */
  readonly summary: readonly ActivityTrendPoint[];
};

/** Weeks a trend covers unless told otherwise: two months of Mondays. */
export const TREND_WEEKS = 8;

/**
 * Follow-ups done per week, per rep of the scope and summed, over the `count` weeks ending with
 * `week`, each against the weekly target (the same counting as {@link weeklyActivity}'s `done`):
 * what the Activity chart draws.
 *
 * @param tables - Activities, Customers, Team and KpiWeights as read (any may be missing)
 * @param week - the last week of the trend
 * @param team - the team's name, or null for everyone
 * @param count - how many weeks (8 unless told)
 * @returns the weeks, oldest first, and the points per rep and summed
 * @example
 * activityTrend(tables, weekFromLabel("2026-W49")!, null).summary.map((p) => p.done) //=> [4, 6, 0, 5, 7, 3, 8, 9]
 */
export function activityTrend(
  tables: ActivityTables,
  week: Week,
  team: string | null,
  count: number = TREND_WEEKS,
): ActivityTrend {
  const facts = activityFacts(tables);
  const repTarget = weeklyFollowUpTarget(tables.KpiWeights);
  const length = Math.max(1, Math.floor(count));
  const weeks = Array.from({ length }, (_, i) => weekOf(week.start - (length - 1 - i) * 7));
  const first = weeks[0].start;
  const doneBy = new Map<string, number[]>();
  for (const followUp of facts.followUps) {
    if (followUp.date < first || followUp.date > week.end || followUp.owner === "") continue;
    let done = doneBy.get(followUp.owner);
    if (!done) doneBy.set(followUp.owner, (done = new Array<number>(length).fill(0)));
    done[Math.floor((followUp.date - first) / 7)] += 1;
  }
  const reps = scopeReps(facts, team, new Set(doneBy.keys())).map(({ rep, key }) => {
    const done = doneBy.get(key);
    return { rep, points: weeks.map((each, i) => ({ week: each, done: done?.[i] ?? 0, target: repTarget })) };
  });
  const summary = weeks.map((each, i) => ({
    week: each,
    done: reps.reduce((total, rep) => total + rep.points[i].done, 0),
    target: Math.round(repTarget * reps.length * 10) / 10,
  }));
  return { weeks, repTarget, reps, summary };
}
