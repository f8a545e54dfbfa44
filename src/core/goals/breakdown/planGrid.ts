import { largestRemainder } from "@core/formulas/goals/split";
import { fiscalPeriods, type Granularity, type Period } from "@core/goals/breakdown/fiscalPeriods";
import type { Plan } from "@core/goals/breakdown/plan";

/** A plan seen at one level of time: periods × reps, in whole units, with every total. */
export type PlanGrid = {
  readonly granularity: Granularity;
  readonly decimals: number;
  readonly periods: readonly Period[];
  /** periods × reps, in units. */
  readonly cells: readonly (readonly number[])[];
  /** periods × reps: which cells the manager locked; only the month grid has locks (others all false). */
  readonly locked: readonly (readonly boolean[])[];
  /** Per period: Σ of its row. */
  readonly periodTotals: readonly number[];
  /** Per rep: Σ of its column (the same at every level). */
  readonly repTotals: readonly number[];
  /** periods × teams of plan.teams: Σ of the team's reps in the period. */
  readonly teamCells: readonly (readonly number[])[];
  readonly teamTotals: readonly number[];
  /** The plan's total, in units. */
  readonly total: number;
};

/**
 * Each week's units per rep, split from the months: a month's figure is spread over its days and
 * a week takes the days it has in each month it spans. So a week from 29 April to 5 May holds 2/30
 * of April's figure and 5/31 of May's. Each month's figure is split over its parts of weeks with
 * the largest-remainder method by day count, so the weeks of a rep add up exactly to the rep's
 * year; weeks are their own level and do not add up to months.
 */
function weekCells(plan: Plan, weeks: readonly Period[]): number[][] {
  const cells = weeks.map(() => new Array<number>(plan.reps.length).fill(0));
  plan.months.forEach((month, i) => {
    const parts: { week: number; days: number }[] = [];
    weeks.forEach((week, w) => {
      const days = Math.min(week.end, month.end) - Math.max(week.start, month.start) + 1;
      if (days > 0) parts.push({ week: w, days });
    });
    const days = parts.map((p) => p.days);
    plan.reps.forEach((_, r) => {
      const units = plan.cells[i][r];
      if (units === 0) return;
      largestRemainder(units, days, 0).forEach((u, k) => (cells[parts[k].week][r] += u));
    });
  });
  return cells;
}

/**
 * The plan at a level of time: "month" is the grid itself; "quarter" and "year" sum its months;
 * "week" spreads each month over its days (see weekCells), so a week crossing a month end takes
 * its days' share of both months. Every level adds up to the same rep totals and plan total.
 * Only the periods that hold a month of the plan are shown: a quarter's plan has one quarter, and
 * a period only partly in the plan (the year of a quarter's plan) sums just the plan's months.
 *
 * @param plan - the plan
 * @param granularity - "year", "quarter", "month" or "week"
 * @returns the grid at that level
 *
 * @example
 * planGrid(plan, "quarter").periodTotals //=> [300, 300, 300, 300] (1,200 split equally)
 */
export function planGrid(plan: Plan, granularity: Granularity): PlanGrid {
  let periods: readonly Period[];
  let cells: number[][];
  let locked: boolean[][] | null = null;
  if (granularity === "month") {
    periods = plan.months;
    cells = plan.cells.map((row) => row.slice());
    locked = plan.locked.map((row) => row.slice());
  } else {
    const found = fiscalPeriods(plan.fiscalYear, plan.startMonth, granularity);
    // The plan was built from a valid year and start month, so its periods always exist.
    const first = plan.months[0]?.start ?? 0;
    const last = plan.months[plan.months.length - 1]?.end ?? -1;
    periods = (Array.isArray(found) ? found : []).filter((p) => p.end >= first && p.start <= last);
    if (granularity === "week") cells = weekCells(plan, periods);
    else {
      cells = periods.map((period) =>
        plan.reps.map((__, r) => {
          let sum = 0;
          plan.months.forEach((month, i) => {
            if (month.start >= period.start && month.end <= period.end) sum += plan.cells[i][r];
          });
          return sum;
        }),
      );
    }
  }
  const sumRow = (row: readonly number[]) => row.reduce((a, b) => a + b, 0);
  const teamOf = (row: readonly number[]) =>
    plan.teams.map((team) => sumRow(row.filter((_, r) => plan.reps[r].team === team)));
  const teamCells = cells.map(teamOf);
  return {
    granularity,
    decimals: plan.decimals,
    periods,
    cells,
    locked: locked ?? cells.map((row) => row.map(() => false)),
    periodTotals: cells.map(sumRow),
    repTotals: plan.reps.map((_, r) => cells.reduce((sum, row) => sum + row[r], 0)),
    teamCells,
    teamTotals: plan.teams.map((_, t) => teamCells.reduce((sum, row) => sum + row[t], 0)),
    total: plan.total,
  };
}
