import { nextWeek, type Week } from "@core/weekly/week";
import { ACTIVITY_METHODS, noMethodCounts, type MethodCounts } from "@core/weekly/activity/activityMethod";
import { activityFacts, scopeReps, type ActivityTables } from "@core/weekly/activity/activityFacts";
import { weeklyFollowUpTarget } from "@core/weekly/activity/weeklyFollowUpTarget";

/** One rep's (or the scope's summed) follow-up figures for a week. */
export type ActivityFigures = {
  /** Follow-ups done: Activities rows dated in the week (the pool's bookkeeping rows left out). */
  readonly done: number;
  /** Follow-ups done by method; they add up to `done`. */
  readonly byMethod: MethodCounts;
  /** Distinct customers (Activities[Customer]) among the follow-ups done. */
  readonly touched: number;
  /** Worked customers (not in the pool) whose NextContact is before the as-of day. */
  readonly overdue: number;
  /** Due by cadence in the week: customers touched + overdue (handled, and still waiting). */
  readonly due: number;
  /** Worked customers whose NextContact falls in the next week. */
  readonly dueNextWeek: number;
  /** The weekly follow-up target (for the summary: the reps' targets added up). */
  readonly target: number;
  /** done ÷ target; null without a target. */
  readonly ratio: number | null;
};

/** A rep's figures, named as the Team table spells the rep. */
export type RepActivity = ActivityFigures & { readonly rep: string };

/** The activity picture of a week, per rep of the scope and summed. */
export type WeeklyActivity = {
  readonly week: Week;
  /** The day overdue is judged on: min(today, the day after the week's Sunday). */
  readonly asOf: number;
  /** One rep's weekly follow-up target (see weeklyFollowUpTarget). */
  readonly repTarget: number;
  /** The reps of the scope in Team order (owners missing from Team last, for everyone). */
  readonly reps: readonly RepActivity[];
  /** The scope's figures: each the sum of the reps' (a customer two reps touched counts for each). */
  readonly summary: ActivityFigures;
};

type Tally = {
  done: number;
  byMethod: ReturnType<typeof noMethodCounts>;
  customers: Set<string>;
  overdue: number;
  dueNextWeek: number;
};

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function figuresOf(
  done: number,
  byMethod: MethodCounts,
  touched: number,
  overdue: number,
  dueNextWeek: number,
  target: number,
): ActivityFigures {
  return {
    done,
    byMethod,
    touched,
    overdue,
    due: touched + overdue,
    dueNextWeek,
    target,
    ratio: target > 0 ? done / target : null,
  };
}

/**
 * The follow-up figures of a week for a scope (everyone, or one team): per rep, follow-ups done
 * by method against the weekly target, customers touched, overdue follow-ups, those due by cadence
 * (touched + overdue) and next week's due follow-ups; and the same summed for the scope. A row
 * belongs to a rep by its Owner (compared case-insensitively, as SUMIFS does). Overdue counts the
 * rep's customers outside the public pool whose NextContact value is before the as-of day — today
 * while the week is still running, else the Monday after it — so a past week's overdue is what
 * stood at its end, not what stands today.
 *
 * @param tables - Activities, Customers, Team and KpiWeights as read (any may be missing)
 * @param week - the week
 * @param team - the team's name, or null for everyone
 * @param today - today's serial
 * @returns the figures per rep and summed
 * @example
 * weeklyActivity(tables, weekFromLabel("2026-W49")!, null, today).summary.byMethod.visit //=> 3
 */
export function weeklyActivity(tables: ActivityTables, week: Week, team: string | null, today: number): WeeklyActivity {
  const facts = activityFacts(tables);
  const repTarget = weeklyFollowUpTarget(tables.KpiWeights);
  const asOf = Math.min(Math.floor(today), week.end + 1);
  const next = nextWeek(week);
  const tallies = new Map<string, Tally>();
  const tallyOf = (owner: string) => {
    let tally = tallies.get(owner);
    if (!tally) {
      tally = { done: 0, byMethod: noMethodCounts(), customers: new Set(), overdue: 0, dueNextWeek: 0 };
      tallies.set(owner, tally);
    }
    return tally;
  };
  for (const followUp of facts.followUps) {
    if (followUp.date < week.start || followUp.date > week.end || followUp.owner === "") continue;
    const tally = tallyOf(followUp.owner);
    tally.done += 1;
    tally.byMethod[followUp.method] += 1;
    if (followUp.customer !== "") tally.customers.add(followUp.customer);
  }
  for (const customer of facts.customers) {
    if (customer.nextContact === null || customer.owner === "") continue;
    if (customer.nextContact < asOf) tallyOf(customer.owner).overdue += 1;
    if (customer.nextContact >= next.start && customer.nextContact <= next.end)
      tallyOf(customer.owner).dueNextWeek += 1;
  }
  const reps: RepActivity[] = scopeReps(facts, team, new Set(tallies.keys())).map(({ rep, key }) => {
    const tally = tallies.get(key);
    const figures = tally
      ? figuresOf(tally.done, tally.byMethod, tally.customers.size, tally.overdue, tally.dueNextWeek, repTarget)
      : figuresOf(0, noMethodCounts(), 0, 0, 0, repTarget);
    return { rep, ...figures };
  });
  const sum = (pick: (figures: ActivityFigures) => number) => reps.reduce((total, rep) => total + pick(rep), 0);
  const byMethod = noMethodCounts();
  for (const method of ACTIVITY_METHODS) byMethod[method] = sum((rep) => rep.byMethod[method]);
  const summary = figuresOf(
    sum((rep) => rep.done),
    byMethod,
    sum((rep) => rep.touched),
    sum((rep) => rep.overdue),
    sum((rep) => rep.dueNextWeek),
    oneDecimal(repTarget * reps.length),
  );
  return { week, asOf, repTarget, reps, summary };
}
