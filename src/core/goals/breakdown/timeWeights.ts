import { isSalesError } from "@core/errors";
import { seasonIndex } from "@core/formulas/goals/seasonIndex";
import { localized } from "@core/goals/breakdown/localized";
import type { MonthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import type { PlanWarning, TimeMethod, TimeSplit } from "@core/goals/breakdown/plan";

/** Monthly weights for a plan year, fiscal month 1 first. */
export type MonthWeights = {
  /** 12 non-negative weights with a positive sum. */
  readonly weights: readonly number[];
  readonly requested: TimeMethod;
  /** The method applied: "equal" when the history was too thin for the one requested. */
  readonly used: TimeMethod;
  /** Last fiscal year's monthly totals (months below 0 as 0), or null without a full year. */
  readonly lastYear: readonly number[] | null;
  readonly warning: PlanWarning | null;
};

const EQUAL: readonly number[] = new Array<number>(12).fill(1);

/**
 * The weights that spread an annual target over the 12 fiscal months.
 *
 * - "equal": every month alike.
 * - "lastYear": last fiscal year's monthly totals, so each month keeps its share of last year.
 * - "growth": the same weights as "lastYear" (last year × (1 + rate) month by month has last
 *   year's shape); buildPlan derives the annual target from the rate.
 * - "seasonal": SEASONINDEX over every month of history the data covers, oldest first. The
 *   history need not start at fiscal month 1: the indices are rotated so that weight 1 belongs to
 *   the fiscal year's first month.
 *
 * Every method but "equal" needs a full year of history (12 months covered, not all zero);
 * with less, the months are split equally and a "thin-history" warning says so.
 *
 * @param history - the monthly history of the plan year (monthlyHistory), or null for none
 * @param split - the method
 * @returns the weights, the method used and any warning
 *
 * @example
 * timeWeights(null, { method: "seasonal" }).used //=> "equal" (with a thin-history warning)
 */
export function timeWeights(history: MonthlyHistory | null, split: TimeSplit): MonthWeights {
  const requested = split.method;
  const months = history?.coveredMonths ?? 0;
  const series = history ? history.total.map((v) => Math.max(0, v)) : [];
  const lastYear = months >= 12 ? series.slice(-12) : null;
  const lastYearSum = lastYear ? lastYear.reduce((a, b) => a + b, 0) : 0;
  const thin = (): MonthWeights => ({
    weights: EQUAL,
    requested,
    used: "equal",
    lastYear: lastYearSum > 0 ? lastYear : null,
    warning: {
      kind: "thin-history",
      split: "time",
      requested,
      months,
      message: localized("warnThinHistoryTime", { months }),
    },
  });
  const usableLastYear = lastYearSum > 0 ? lastYear : null;
  switch (split.method) {
    case "equal":
      return { weights: EQUAL, requested, used: "equal", lastYear: usableLastYear, warning: null };
    case "lastYear":
    case "growth":
      return usableLastYear
        ? { weights: usableLastYear, requested, used: requested, lastYear: usableLastYear, warning: null }
        : thin();
    case "seasonal": {
      if (!history || months < 12) return thin();
      const indices = seasonIndex(series.slice(history.firstDataIndex), 12);
      if (isSalesError(indices)) return thin();
      const shift = history.firstDataIndex % 12;
      const weights = EQUAL.map((_, p) => indices[(p - shift + 12) % 12]);
      return { weights, requested, used: "seasonal", lastYear: usableLastYear, warning: null };
    }
  }
}
