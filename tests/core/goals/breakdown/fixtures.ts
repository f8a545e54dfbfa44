import { serialFromDate } from "@core/cells/parseDate";
import { isSalesError, type Result } from "@core/errors";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";
import type { Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";

/** The value of a result, or a failed test naming the error. */
export function ok<T>(result: Result<T>): T {
  if (isSalesError(result)) throw new Error(`unexpected error: ${result.message}`);
  return result;
}

/** A won deal closed on a calendar date. */
export function wonDeal(
  owner: string,
  y: number,
  m: number,
  d: number,
  amount: number,
  collected: number | null = null,
): DealRow {
  return { owner, stage: "赢单", closedOn: serialFromDate(y, m, d), amount, collected };
}

/**
 * Won deals for one rep per fiscal month of a fiscal year: values[k] closes on the 15th of fiscal
 * month k + 1 (a 0 makes no deal, as in a month without sales).
 */
export function yearOfDeals(
  owner: string,
  fiscalYear: number,
  startMonth: number,
  values: readonly number[],
): DealRow[] {
  return values.flatMap((v, k) => {
    const zero = startMonth - 1 + k;
    return v === 0 ? [] : [wonDeal(owner, fiscalYear + Math.floor(zero / 12), (zero % 12) + 1, 15, v)];
  });
}

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Every month, rep and team of a plan adds up to the cent: each month's reps to the month, the
 * months and the reps to the total, each team's reps to the team, and the coarser views (year,
 * quarter, and weeks where asked) to the same totals, with no negative figure.
 */
export function expectExact(plan: Plan, views: readonly ("year" | "quarter" | "week")[] = ["year", "quarter"]) {
  plan.cells.forEach((row, i) => expect(sum(row)).toBe(plan.periodTotals[i]));
  expect(sum(plan.periodTotals)).toBe(plan.total);
  plan.reps.forEach((_, r) => expect(sum(plan.cells.map((row) => row[r]))).toBe(plan.repTotals[r]));
  expect(sum(plan.repTotals)).toBe(plan.total);
  const noTeam = sum(plan.reps.map((rep, r) => (rep.team === "" ? plan.repTotals[r] : 0)));
  expect(sum(plan.teamTotals) + noTeam).toBe(plan.total);
  plan.teams.forEach((t, k) =>
    expect(sum(plan.reps.map((rep, r) => (rep.team === t ? plan.repTotals[r] : 0)))).toBe(plan.teamTotals[k]),
  );
  for (const view of views) {
    const grid = planGrid(plan, view);
    expect(sum(grid.periodTotals)).toBe(plan.total);
    expect(grid.repTotals).toEqual(plan.repTotals);
    expect(grid.teamTotals).toEqual(plan.teamTotals);
    grid.cells.forEach((row) => row.forEach((x) => expect(x).toBeGreaterThanOrEqual(0)));
  }
}
