import { salesError, type Result } from "@core/errors";
import { largestRemainder } from "@core/formulas/goals/split";
import { completePlan } from "@core/goals/breakdown/completePlan";
import { controlledRounding } from "@core/goals/breakdown/controlledRounding";
import { fiscalPeriods } from "@core/goals/breakdown/fiscalPeriods";
import { hierarchicalSplit } from "@core/goals/breakdown/hierarchicalSplit";
import { repKey, type MonthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import { peopleWeights } from "@core/goals/breakdown/peopleWeights";
import {
  scopeMonths,
  toUnits,
  type PeopleSplit,
  type PipelineInput,
  type Plan,
  type PlanScope,
  type PlanWarning,
  type RepInput,
  type TimeSplit,
} from "@core/goals/breakdown/plan";
import { DEFAULT_RAMP, repFactors, validRamp } from "@core/goals/breakdown/repActivity";
import { timeWeights } from "@core/goals/breakdown/timeWeights";

/** What the wizard's steps collect. */
export type PlanInput = {
  /** The calendar year the fiscal year starts in. */
  readonly fiscalYear: number;
  /** The calendar month (1–12) the fiscal year starts in. */
  readonly startMonth: number;
  /**
   * The target of the scope (the annual one for a year and for the rest of the year); null only
   * with the growth split, which derives it from last year.
   */
  readonly annualTarget: number | null;
  /** The part of the year planned (default the whole year). */
  readonly scope?: PlanScope;
  /** Places the figures are rounded to: 2 for cents, 0 for whole yuan, −3 for thousands (−6–6; default 0). */
  readonly decimals?: number;
  readonly timeSplit: TimeSplit;
  readonly peopleSplit: PeopleSplit;
  /** The reps from the Team table, in the order the grid shows them. */
  readonly reps: readonly RepInput[];
  /** monthlyHistory() for the same fiscal year, start month and metric; null for none. */
  readonly history?: MonthlyHistory | null;
  /** A new rep's fractions of a full target in their first months (default 50 %, 75 %, 100 %; see repFactors). */
  readonly ramp?: readonly number[];
  /** A rep's target above (1 + jumpThreshold) × last year is flagged (default 0.5, i.e. +50 %). */
  readonly jumpThreshold?: number;
  /** Open pipeline and win rate for the coverage warning; null to skip it. */
  readonly pipeline?: PipelineInput | null;
};

const outOfRange = (what: string, range: string) => salesError("out-of-range", "outOfRange", { what, range });

/**
 * Builds the target plan: a target split over the months of its scope (the 12 fiscal months of a
 * year, a quarter's 3, one month, or the months left in the year) and over the reps, as a
 * months × reps grid of whole units where every total is exact.
 *
 * 0. Rest of the year: the target is the annual one less what was won so far (scope.won), both
 *    rounded to units first, so the months left plus won add up exactly to the annual target;
 *    when more was won than the target, the months left get 0.
 * 1. Months: the target is split over the scope's months by the time split's weights for those
 *    months (timeWeights) with the largest-remainder method, so the months add up exactly to it.
 * 2. People: the target is split company → teams → reps by the people split's weights
 *    (peopleWeights, hierarchicalSplit), so reps add up exactly to their team and teams to the
 *    company.
 * 3. Cells: each cell is month total × rep total ÷ annual target, rounded to whole units with
 *    controlled rounding, so every month's row adds up to the month total and every rep's column
 *    to the rep total — both exact at once.
 * Reps who join or leave (Team[StartDate], Team[EndDate]): a rep's weight in a month is their
 * people-split weight × their factor there (repFactors: 0 before the start month and after the
 * end month, the ramp in the first months). When any factor is not 1, step 3 splits each month's
 * total company → teams → reps by those monthly weights instead (hierarchicalSplit per month), so
 * every month still adds up exactly to its total; rep totals are the sums of their months and
 * teams the sums of their reps. The others in a month carry what a ramping rep does not.
 * Quarters are sums of their months and weeks are split from the months (planGrid), so every
 * level agrees.
 *
 * The growth split: with annualTarget null, the annual target is last year × (1 + rate), i.e.
 * every month of last year grown by the rate; given an annual target as well, the target wins and
 * last year's monthly shape is scaled to it (the rate then only matters when no target is given).
 * For a quarter or a month, last year means the same months last year; for the rest of the year,
 * the annual target is last year's whole year × (1 + rate).
 * Without a full last year, growth needs an annual target and splits it equally with a warning.
 *
 * @param input - the wizard's choices
 * @returns the plan; #NUM! for a year, month, quarter, decimals, threshold, rate, ramp or figure out of range;
 *   #VALUE! for duplicate or empty rep names, a missing capacity, a history of another year, a
 *   month with a target that no rep works in (all start later or have left, or weigh 0);
 *   #N/A when no annual target is given and there is no last year to grow from
 *
 * @example
 * buildPlan({ fiscalYear: 2026, startMonth: 1, annualTarget: 1200, timeSplit: { method: "equal" }, peopleSplit: { method: "equal" }, reps: [{ name: "Li" }, { name: "Wang" }] }).periodTotals //=> [100, 100, … 100]
 */
export function buildPlan(input: PlanInput): Result<Plan> {
  const { fiscalYear, startMonth, timeSplit, peopleSplit } = input;
  const yearMonths = fiscalPeriods(fiscalYear, startMonth, "month");
  if (!Array.isArray(yearMonths)) return yearMonths;
  const scope = input.scope ?? { kind: "year" };
  const positions = scopeMonths(scope);
  if (positions.length === 0)
    return outOfRange(`${scope.kind} of the fiscal year`, scope.kind === "quarter" ? "1–4" : "1–12");
  if (scope.kind === "rest" && !Number.isFinite(scope.won)) return outOfRange("won so far", "a number");
  const months = positions.map((m) => yearMonths[m - 1]);
  const decimals = input.decimals ?? 0;
  if (!Number.isInteger(decimals) || Math.abs(decimals) > 6) return outOfRange("decimals", "-6–6");
  const jumpThreshold = input.jumpThreshold ?? 0.5;
  if (!Number.isFinite(jumpThreshold) || jumpThreshold < 0) return outOfRange("jump threshold", "≥ 0");
  const pipeline = input.pipeline ?? null;
  if (pipeline) {
    if (!Number.isFinite(pipeline.openPipeline) || pipeline.openPipeline < 0) return outOfRange("open pipeline", "≥ 0");
    if (!Number.isFinite(pipeline.winRate) || pipeline.winRate < 0 || pipeline.winRate > 1)
      return outOfRange("win rate", "0–1");
    const toDate = pipeline.actualToDate ?? 0;
    if (!Number.isFinite(toDate) || toDate < 0) return outOfRange("actual to date", "≥ 0");
  }
  const history = input.history ?? null;
  if (history && (history.fiscalYear !== fiscalYear || history.startMonth !== startMonth)) {
    return salesError("invalid-value", "outOfRange", {
      what: "history",
      range: `FY${fiscalYear}, start month ${startMonth}`,
    });
  }
  const ramp = input.ramp ?? DEFAULT_RAMP;
  if (!validRamp(ramp)) return outOfRange("ramp", "1–12 months, each 0–100%");
  if (timeSplit.method === "growth" && !(Number.isFinite(timeSplit.rate) && timeSplit.rate > -1))
    return outOfRange("growth rate", "> -100%");

  if (input.reps.length === 0) return salesError("invalid-value", "planNoReps");
  const seen = new Set<string>();
  const reps: RepInput[] = [];
  for (const rep of input.reps) {
    const name = rep.name.trim();
    if (name === "") return salesError("invalid-value", "missingArgument", { what: "rep name" });
    if (seen.has(repKey(name))) return salesError("invalid-value", "planDuplicateRep", { value: name });
    seen.add(repKey(name));
    reps.push({ ...rep, name, team: rep.team?.trim() ?? "" });
  }

  const time = timeWeights(history, timeSplit, positions);
  let annual = input.annualTarget;
  if (annual === null) {
    if (timeSplit.method !== "growth") return salesError("invalid-value", "missingArgument", { what: "annual target" });
    if (!time.lastYear || (time.used !== "growth" && scope.kind !== "rest"))
      return salesError("not-available", "planNoLastYear");
    const grownMonths = scope.kind === "rest" ? scopeMonths({ kind: "year" }) : positions;
    const lastYear = time.lastYear;
    annual = grownMonths.reduce((sum, m) => sum + lastYear[m - 1], 0) * (1 + timeSplit.rate);
  }
  if (!Number.isFinite(annual) || annual < 0) return outOfRange("annual target", "≥ 0");
  const annualUnits = toUnits(annual, decimals);
  if (!Number.isSafeInteger(annualUnits)) return outOfRange("annual target", "too many digits for these decimals");
  let rest: Plan["rest"] = null;
  let total = annualUnits;
  if (scope.kind === "rest") {
    const won = toUnits(scope.won, decimals);
    if (!Number.isSafeInteger(won)) return outOfRange("won so far", "too many digits for these decimals");
    rest = { annual: annualUnits, won };
    total = Math.max(0, annualUnits - won);
  }

  const people = peopleWeights(reps, peopleSplit, history, positions);
  if (!("weights" in people)) return people;

  const periodTotals = largestRemainder(total, time.weights, 0);
  const teamsOfReps = reps.map((rep) => rep.team ?? "");
  const repUnits = hierarchicalSplit(total, teamsOfReps, people.weights);
  const factors = reps.map((rep) => repFactors(rep, months, ramp));
  let cells: number[][];
  if (factors.every((row) => row.every((f) => f === 1))) cells = controlledRounding(periodTotals, repUnits);
  else {
    cells = [];
    for (let i = 0; i < months.length; i++) {
      const weights = people.weights.map((w, r) => w * factors[r][i]);
      if (periodTotals[i] > 0 && !weights.some((w) => w > 0))
        return salesError("invalid-value", "planNoRepInMonth", {
          period: months[i].label.en,
          periodZh: months[i].label.zh,
        });
      cells.push(periodTotals[i] > 0 ? hierarchicalSplit(periodTotals[i], teamsOfReps, weights) : weights.map(() => 0));
    }
  }
  const notes = [time.warning, people.warning].filter((w): w is PlanWarning => w !== null);
  const teams = [...new Set(teamsOfReps.filter((t) => t !== ""))];
  return completePlan({
    fiscalYear,
    startMonth,
    decimals,
    scope,
    months,
    rest,
    reps: reps.map((rep, r) => ({
      name: rep.name,
      team: teamsOfReps[r],
      weight: people.weights[r],
      lastYear: people.lastYear[r],
      startDate: rep.startDate ?? null,
      endDate: rep.endDate ?? null,
      factors: factors[r],
    })),
    teams,
    total,
    periodTotals,
    cells,
    original: cells.map((row) => row.slice()),
    locked: cells.map((row) => row.map(() => false)),
    time: { requested: time.requested, used: time.used, weights: time.weights },
    people: { requested: people.requested, used: people.used },
    ramp,
    lastYearRange: lastYearRange(history),
    jumpThreshold,
    pipeline,
    notes,
  });
}

/** The first and last day of the history's last year, or null without one. */
function lastYearRange(history: MonthlyHistory | null): Plan["lastYearRange"] {
  const basis = history?.lastYear;
  if (!history || !basis) return null;
  const first = history.months[basis.first];
  const last = history.months[basis.first + 11];
  return first && last ? { start: first.start, end: last.end } : null;
}
