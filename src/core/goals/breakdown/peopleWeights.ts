import { salesError, type Result } from "@core/errors";
import { localized } from "@core/goals/breakdown/localized";
import { lastYearByMonth, repKey, type MonthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import type { PeopleMethod, PeopleSplit, PlanWarning, RepInput } from "@core/goals/breakdown/plan";
import { WHOLE_YEAR } from "@core/goals/breakdown/timeWeights";

/** Weights that spread a target over reps, one per rep in the input order. */
export type RepWeights = {
  readonly weights: readonly number[];
  readonly requested: PeopleMethod;
  /** "equal" when the history was too thin for "lastYear". */
  readonly used: PeopleMethod;
  /** Each rep's figure for the same months last year, or null when the history has no last year. */
  readonly lastYear: readonly (number | null)[];
  readonly warning: PlanWarning | null;
};

/**
 * Each rep's figure last year (MonthlyHistory.lastYear: the last complete fiscal year, else the
 * last twelve complete months) over the fiscal months of a plan, or null for every rep when the
 * history has no last year.
 *
 * @param history - the monthly history, or null for none
 * @param reps - the reps
 * @param months - the fiscal months (1–12) to add up (default the whole year)
 * @returns one figure per rep, in rep order
 *
 * @example
 * repLastYear(history, [{ name: "Li" }]) //=> [360000]
 */
export function repLastYear(
  history: MonthlyHistory | null,
  reps: readonly RepInput[],
  months: readonly number[] = WHOLE_YEAR,
): (number | null)[] {
  if (!history?.lastYear) return reps.map(() => null);
  return reps.map((rep) => {
    const byMonth = lastYearByMonth(history, history.byRep.get(repKey(rep.name)) ?? []);
    return byMonth ? months.reduce((sum, m) => sum + (byMonth[m - 1] ?? 0), 0) : 0;
  });
}

/**
 * The weight of each rep in the split over people:
 * - "capacity": Team[Capacity] (a rep without one is an error; 0 is allowed and gets nothing);
 * - "lastYear": the rep's figure last fiscal year (below 0 counts 0), so each keeps their share.
 *   With less than a full year of history, or no rep with a figure, reps are split equally with
 *   a "thin-history" warning;
 * - "equal": every rep alike (so a team's share follows its head count);
 * - "manual": the figures typed by the manager, one per rep — amounts or any weights: they are
 *   scaled to the target, so figures that already add up to it are kept as typed.
 * Teams get the sum of their reps' weights, which is how buildPlan splits company → teams → reps.
 *
 * @param reps - the reps, in the order the plan keeps
 * @param split - the method
 * @param history - the monthly history, or null for none
 * @param months - the fiscal months (1–12) of the plan, whose last-year figures weigh (default the whole year)
 * @returns the weights; #VALUE! for a missing capacity or a wrong count of manual figures;
 *   #NUM! for a negative one or weights adding up beyond the largest number; #DIV/0! when all
 *   weights are 0
 *
 * @example
 * peopleWeights([{ name: "Li", capacity: 2 }, { name: "Wang", capacity: 1 }], { method: "capacity" }, null).weights //=> [2, 1]
 */
export function peopleWeights(
  reps: readonly RepInput[],
  split: PeopleSplit,
  history: MonthlyHistory | null,
  months: readonly number[] = WHOLE_YEAR,
): Result<RepWeights> {
  const requested = split.method;
  const lastYear = repLastYear(history, reps, months);
  let weights: number[];
  let used: PeopleMethod = requested;
  let warning: PlanWarning | null = null;
  switch (split.method) {
    case "equal":
      weights = reps.map(() => 1);
      break;
    case "capacity": {
      weights = [];
      for (const rep of reps) {
        const c = rep.capacity;
        if (c === null || c === undefined || !Number.isFinite(c))
          return salesError("invalid-value", "planMissingCapacity", { value: rep.name });
        if (c < 0) return salesError("out-of-range", "negative", { what: `capacity (${rep.name})` });
        weights.push(c);
      }
      break;
    }
    case "manual": {
      if (split.figures.length !== reps.length) {
        return salesError("invalid-value", "planManualCount", { reps: reps.length, count: split.figures.length });
      }
      weights = [];
      for (let i = 0; i < reps.length; i++) {
        const f = split.figures[i];
        if (!Number.isFinite(f))
          return salesError("invalid-value", "argNotANumber", { what: reps[i].name, value: String(f) });
        if (f < 0) return salesError("out-of-range", "negative", { what: reps[i].name });
        weights.push(f);
      }
      break;
    }
    case "lastYear": {
      const figures = lastYear.map((v) => Math.max(0, v ?? 0));
      if (lastYear[0] === null || !figures.some((v) => v > 0)) {
        weights = reps.map(() => 1);
        used = "equal";
        const months = history?.coveredMonths ?? 0;
        warning = {
          kind: "thin-history",
          split: "people",
          requested,
          months,
          message: localized("warnThinHistoryPeople", { months }),
        };
      } else weights = figures;
      break;
    }
  }
  if (!weights.some((w) => w > 0)) return salesError("div-by-zero", "zeroDenominator", { what: "Σ rep weights" });
  // Capacities of 1e308 are finite one by one but add up to Infinity, which no split can divide.
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum === Infinity)
    return salesError("out-of-range", "outOfRange", {
      what: "Σ rep weights",
      range: "up to 1.8E+308, Excel's largest number",
    });
  return { weights, requested, used, lastYear, warning };
}
