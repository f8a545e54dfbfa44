import { isSalesError } from "@core/errors";
import { seasonIndex } from "@core/formulas/goals/seasonIndex";
import { localized } from "@core/goals/breakdown/localized";
import { lastYearByMonth, type MonthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import type { PlanWarning, TimeMethod, TimeSplit } from "@core/goals/breakdown/plan";

/** Monthly weights for the months of a plan, in fiscal order. */
export type MonthWeights = {
  /** One non-negative weight per month of the plan, with a positive sum. */
  readonly weights: readonly number[];
  readonly requested: TimeMethod;
  /** The method applied: "equal" when the history was too thin for the one requested. */
  readonly used: TimeMethod;
  /**
   * Last year's monthly totals by fiscal month, all 12 (months below 0 as 0), or null without a
   * last year (see MonthlyHistory.lastYear) or when it holds nothing.
   */
  readonly lastYear: readonly number[] | null;
  readonly warning: PlanWarning | null;
};

const EQUAL: readonly number[] = new Array<number>(12).fill(1);

/** The fiscal months 1–12, a whole year's plan. */
export const WHOLE_YEAR: readonly number[] = EQUAL.map((_, i) => i + 1);

/**
 * The weights that spread a target over fiscal months: the whole year's 12, or the months of a
 * quarter, a single month or the months left in the year (`months`).
 *
 * - "equal": every month alike.
 * - "lastYear": last year's monthly totals (MonthlyHistory.lastYear: the last complete fiscal
 *   year, else the last twelve complete months), so each month keeps its share of last year.
 * - "growth": the same weights as "lastYear" (last year × (1 + rate) month by month has last
 *   year's shape); buildPlan derives the annual target from the rate.
 * - "seasonal": SEASONINDEX over every month of history the data covers, oldest first. The
 *   history need not start at fiscal month 1: the indices are rotated so that weight 1 belongs to
 *   the fiscal year's first month.
 *
 * Every method but "equal" needs a full year of complete history (12 months covered, not all
 * zero); with less, the months are split equally and a "thin-history" warning says so. A method
 * whose weights are all 0 for the months asked (last year sold nothing in that quarter) splits
 * them equally too, with an "empty-months" warning.
 *
 * @param history - the monthly history of the plan year (monthlyHistory), or null for none
 * @param split - the method
 * @param months - the fiscal months (1–12) to weigh, ascending (default the whole year)
 * @returns the weights of those months, the method used and any warning
 *
 * @example
 * timeWeights(null, { method: "seasonal" }).used //=> "equal" (with a thin-history warning)
 */
export function timeWeights(
  history: MonthlyHistory | null,
  split: TimeSplit,
  months: readonly number[] = WHOLE_YEAR,
): MonthWeights {
  const requested = split.method;
  const covered = history?.coveredMonths ?? 0;
  const series = history ? history.total.map((v) => Math.max(0, v)) : [];
  const lastYear = lastYearByMonth(history, series);
  const lastYearSum = lastYear ? lastYear.reduce((a, b) => a + b, 0) : 0;
  const equal = months.map(() => 1);
  const pick = (byMonth: readonly number[]) => months.map((m) => byMonth[m - 1]);
  const thin = (): MonthWeights => ({
    weights: equal,
    requested,
    used: "equal",
    lastYear: lastYearSum > 0 ? lastYear : null,
    warning: {
      kind: "thin-history",
      split: "time",
      requested,
      months: covered,
      message: localized("warnThinHistoryTime", { months: covered }),
    },
  });
  const usableLastYear = lastYearSum > 0 ? lastYear : null;
  const weighed = (byMonth: readonly number[]): MonthWeights => {
    const weights = pick(byMonth);
    if (weights.some((w) => w > 0))
      return { weights, requested, used: requested, lastYear: usableLastYear, warning: null };
    return {
      weights: equal,
      requested,
      used: "equal",
      lastYear: usableLastYear,
      warning: { kind: "empty-months", requested, message: localized("warnEmptyMonths", {}) },
    };
  };
  switch (split.method) {
    case "equal":
      return { weights: equal, requested, used: "equal", lastYear: usableLastYear, warning: null };
    case "lastYear":
    case "growth":
      return usableLastYear ? weighed(usableLastYear) : thin();
    case "seasonal": {
      if (!history || covered < 12) return thin();
      const indices = seasonIndex(series.slice(history.firstDataIndex), 12);
      if (isSalesError(indices)) return thin();
      const shift = history.firstDataIndex % 12;
      return weighed(EQUAL.map((_, p) => indices[(p - shift + 12) % 12]));
    }
  }
}
