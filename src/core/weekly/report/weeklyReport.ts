import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { customerBook } from "@core/customers/customerBook";
import { LOST, OPEN, WON } from "@core/pipeline/pipelineDeals";
import { calendarPeriod, type PipelinePeriod } from "@core/pipeline/pipelinePeriod";
import { teamsByRep } from "@core/pipeline/pipelineScope";
import { cellOf, type PlainTable } from "@core/pipeline/pipelineTables";
import { pipelineBook } from "@core/pipeline/pipelineView";
import { nextWeek, type Week } from "@core/weekly/week";
import { noMethodCounts } from "@core/weekly/activity/activityMethod";
import { weeklyActivity, type ActivityFigures } from "@core/weekly/activity/weeklyActivity";
import { weeklyAttainment, type AttainmentScope, type WeeklyAttainment } from "@core/weekly/report/weeklyAttainment";
import { weeklyReps, type WeeklyRep } from "@core/weekly/report/weeklyReps";
import { weeklyStageMoves, type StageMove } from "@core/weekly/report/weeklyStageMoves";
import type { WeeklyTables } from "@core/weekly/report/weeklyTables";

/** How many deals, and their amounts summed. */
export type MoneyCount = { readonly count: number; readonly amount: number };

/** A deal won or lost in the week. */
export type ClosedDeal = {
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly amount: number;
  /** ClosedOn (a serial, whole day). */
  readonly day: number;
  /** Deals[LostReason] of a lost deal; "" when won or not given. */
  readonly lostReason: string;
};

/** The additive figures of a week: a rep's, and summed for the scope. */
export type WeeklyFigures = {
  /** Deals created in the week (Created, time of day ignored). */
  readonly newDeals: MoneyCount;
  /** Customers whose FirstPurchase is in the week. */
  readonly newCustomers: number;
  /** Deals closed (ClosedOn) in the week at a won / lost stage, as the pipeline classifies stages. */
  readonly won: MoneyCount;
  readonly lost: MoneyCount;
  /** DealHistory stage changes in the week. */
  readonly stageMoves: number;
  /** Open deals expected to close (ExpectedClose) in the next week. */
  readonly expectedNextWeek: MoneyCount;
  /** Worked customers (not in the pool) whose NextContact falls in the next week (weeklyActivity's). */
  readonly dueNextWeek: number;
};

/** Everything the report says about one rep, or about the scope as a whole. */
export type WeeklyBlock = {
  readonly figures: WeeklyFigures;
  readonly wonDeals: readonly ClosedDeal[];
  readonly lostDeals: readonly ClosedDeal[];
  readonly stageMoves: readonly StageMove[];
  /** Attainment to date of the month and the quarter holding the week's Sunday. */
  readonly month: WeeklyAttainment;
  readonly quarter: WeeklyAttainment;
  /**
   * Follow-ups done by method against the weekly target, customers touched, overdue and due by
   * cadence: weeklyActivity's figures of the rep (of the scope, for the summary).
   */
  readonly followUps: ActivityFigures;
  /** True when nothing happened in the week (next week's figures aside): a quiet week is news too. */
  readonly quiet: boolean;
};

export type RepWeek = WeeklyRep & WeeklyBlock;

/** A week's report for everyone or one team. */
export type WeeklyReport = {
  readonly week: Week;
  readonly nextWeek: Week;
  /** The team reported on, or null for everyone. */
  readonly team: string | null;
  /** The month and quarter attainment is measured over. */
  readonly month: PipelinePeriod;
  readonly quarter: PipelinePeriod;
  /** The team summary: every row in scope (for everyone, rows without an owner too). */
  readonly summary: WeeklyBlock;
  /** One block per rep in scope, in Team order. */
  readonly reps: readonly RepWeek[];
};

type Tally = {
  newDeals: { count: number; amount: number };
  newCustomers: number;
  won: { count: number; amount: number };
  lost: { count: number; amount: number };
  expectedNextWeek: { count: number; amount: number };
  wonDeals: ClosedDeal[];
  lostDeals: ClosedDeal[];
  stageMoves: StageMove[];
};

const EMPTY_TABLE: PlainTable = { columns: {}, rows: [] };

function emptyTally(): Tally {
  return {
    newDeals: { count: 0, amount: 0 },
    newCustomers: 0,
    won: { count: 0, amount: 0 },
    lost: { count: 0, amount: 0 },
    expectedNextWeek: { count: 0, amount: 0 },
    wonDeals: [],
    lostDeals: [],
    stageMoves: [],
  };
}

function within(day: number | null, period: PipelinePeriod): boolean {
  return day !== null && day >= period.start && day <= period.end;
}

function add(into: { count: number; amount: number }, amount: number): void {
  into.count += 1;
  into.amount += amount;
}

function blockOf(
  tallies: readonly Tally[],
  followUps: ActivityFigures,
  month: WeeklyAttainment,
  quarter: WeeklyAttainment,
): WeeklyBlock {
  const sum = (pick: (t: Tally) => MoneyCount): MoneyCount => ({
    count: tallies.reduce((total, t) => total + pick(t).count, 0),
    amount: tallies.reduce((total, t) => total + pick(t).amount, 0),
  });
  const byDay = <T extends { readonly day: number }>(items: T[]) => items.sort((a, b) => a.day - b.day);
  const figures: WeeklyFigures = {
    newDeals: sum((t) => t.newDeals),
    newCustomers: tallies.reduce((total, t) => total + t.newCustomers, 0),
    won: sum((t) => t.won),
    lost: sum((t) => t.lost),
    stageMoves: tallies.reduce((total, t) => total + t.stageMoves.length, 0),
    expectedNextWeek: sum((t) => t.expectedNextWeek),
    dueNextWeek: followUps.dueNextWeek,
  };
  const quiet =
    figures.newDeals.count +
      figures.newCustomers +
      figures.won.count +
      figures.lost.count +
      figures.stageMoves +
      followUps.done ===
    0;
  return {
    figures,
    wonDeals: byDay(tallies.flatMap((t) => t.wonDeals)),
    lostDeals: byDay(tallies.flatMap((t) => t.lostDeals)),
    stageMoves: byDay(tallies.flatMap((t) => t.stageMoves)),
    month,
    quarter,
    followUps,
    quiet,
  };
}

/** A rep without follow-up figures of their own (none in the week, no customers): zeros against the target. */
function noFollowUps(target: number): ActivityFigures {
  return {
    done: 0,
    byMethod: noMethodCounts(),
    touched: 0,
    overdue: 0,
    due: 0,
    dueNextWeek: 0,
    target,
    ratio: target > 0 ? 0 : null,
  };
}

/**
 * The weekly report (周报) of a week for everyone or one team: per rep and summed for the scope,
 * the deals created, the new customers, the deals won and lost (with amounts and loss reasons),
 * the stage moves from DealHistory, next week's expected closes, the month's and quarter's
 * attainment to date against pace from Targets, and the follow-up figures of weeklyActivity
 * (done by method against target, touched, overdue, due, next week's due), taken as it counts
 * them rather than counted again. Deals are read and their
 * stages classified as the Pipeline area does (pipelineBook); a row belongs to the rep its Owner
 * names, and to a team when the Team table puts that rep in it.
 *
 * @param tables - the tables as the pane reads them (any may be missing)
 * @param week - the week reported on
 * @param team - the team's name, or null for everyone
 * @param today - today's serial
 * @returns the report
 * @example
 * weeklyReport(tables, lastWeek(today), null, today).summary.figures.won //=> { count: 3, amount: 420000 }
 */
export function weeklyReport(tables: WeeklyTables, week: Week, team: string | null, today: number): WeeklyReport {
  const deals = tables.Deals ?? EMPTY_TABLE;
  const book = pipelineBook(
    { deals, history: tables.DealHistory, stages: tables.Stages, team: tables.Team, targets: tables.Targets },
    today,
  );
  const after = nextWeek(week);
  const tallies = new Map<string, Tally>();
  const owners: string[] = [];
  const tallyOf = (owner: string): Tally => {
    const key = normalizeLabel(owner);
    let tally = tallies.get(key);
    if (!tally) {
      tallies.set(key, (tally = emptyTally()));
      owners.push(owner);
    }
    return tally;
  };

  const d = book.deals;
  for (let i = 0; i < d.count; i++) {
    const owner = d.owner[i];
    if (within(d.created[i], week)) add(tallyOf(owner).newDeals, d.amount[i]);
    const closed = d.outcome[i] === WON || d.outcome[i] === LOST;
    if (closed && within(d.closedOn[i], week)) {
      const tally = tallyOf(owner);
      const won = d.outcome[i] === WON;
      add(won ? tally.won : tally.lost, d.amount[i]);
      const reason = won ? null : cellOf(deals, deals.rows[i], "LostReason");
      (won ? tally.wonDeals : tally.lostDeals).push({
        dealId: d.id[i],
        customer: d.customer[i],
        owner,
        amount: d.amount[i],
        day: d.closedOn[i],
        lostReason: reason === null || isEmpty(reason) ? "" : String(reason).trim(),
      });
    }
    if (d.outcome[i] === OPEN && within(d.expectedClose[i], after)) add(tallyOf(owner).expectedNextWeek, d.amount[i]);
  }
  for (const move of weeklyStageMoves(book.history, d, week)) tallyOf(move.owner).stageMoves.push(move);
  if (tables.Customers) {
    for (const customer of customerBook({ Customers: tables.Customers }).customers) {
      if (within(customer.firstPurchase, week)) tallyOf(customer.owner).newCustomers += 1;
    }
  }

  const month = calendarPeriod("month", week.end);
  const quarter = calendarPeriod("quarter", week.end);
  const attainment = (scope: AttainmentScope) => ({
    month: weeklyAttainment(tables.Targets, scope, month),
    quarter: weeklyAttainment(tables.Targets, scope, quarter),
  });
  const activity = weeklyActivity(tables, week, team, today);
  const followUpsOf = new Map(activity.reps.map((rep) => [normalizeLabel(rep.rep), rep]));
  const active = new Set([...tallies.keys()].filter((key) => key !== ""));
  for (const rep of activity.reps) {
    // A rep with follow-ups, overdue or due customers has something to report, deals or not.
    if (rep.done + rep.overdue + rep.dueNextWeek === 0) continue;
    active.add(normalizeLabel(rep.rep));
    owners.push(rep.rep);
  }
  const reps = weeklyReps(tables.Team, team, week, active, owners).map((rep): RepWeek => {
    const { month: m, quarter: q } = attainment({ level: "rep", name: rep.name });
    const key = normalizeLabel(rep.name);
    const tally = tallies.get(key);
    const followUps = followUpsOf.get(key) ?? noFollowUps(activity.repTarget);
    return { ...rep, ...blockOf(tally ? [tally] : [], followUps, m, q) };
  });
  const teams = teamsByRep(tables.Team);
  const wanted = team === null ? null : normalizeLabel(team);
  const inScope = [...tallies.entries()]
    .filter(([key]) => wanted === null || normalizeLabel(teams.get(key) ?? "") === wanted)
    .map(([, tally]) => tally);
  const summaryAttainment = attainment(team === null ? { level: "company" } : { level: "team", name: team });
  return {
    week,
    nextWeek: after,
    team,
    month,
    quarter,
    summary: blockOf(inScope, activity.summary, summaryAttainment.month, summaryAttainment.quarter),
    reps,
  };
}
