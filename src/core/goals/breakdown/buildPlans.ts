import { isSalesError, salesError, type SalesError } from "@core/errors";
import { DEFAULT_WON } from "@core/cells/outcome";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { fiscalMonthOf, fiscalMonthStart } from "@core/goals/breakdown/fiscalPeriods";
import {
  monthlyHistory,
  type DealRow,
  type LastYearBasis,
  type Metric,
  type MonthlyHistory,
} from "@core/goals/breakdown/monthlyHistory";
import { scopeMonths, type Plan, type PlanScope, type RepInput } from "@core/goals/breakdown/plan";
import { pipelineInput } from "@core/goals/breakdown/pipelineInput";
import { wonInRange } from "@core/goals/breakdown/wonInRange";
import {
  annualTargetOf,
  metricsOf,
  peopleSplitOf,
  rampOf,
  timeSplitOf,
  type WizardChoices,
} from "@core/goals/breakdown/wizardChoices";

/** A plan per chosen metric, with the history it was built from. */
export type BuiltPlan = { readonly metric: Metric; readonly plan: Plan; readonly history: MonthlyHistory };

/** The workbook's rows a breakdown is built from (the Goals area's data has them). */
export type BreakdownData = { readonly deals: readonly DealRow[]; readonly reps: readonly RepInput[] };

/** The first and last day of a fiscal year. */
export function fiscalYearRange(fiscalYear: number, startMonth: number): { start: number; end: number } {
  return {
    start: fiscalMonthStart(fiscalYear, startMonth, 1),
    end: fiscalMonthStart(fiscalYear + 1, startMonth, 1) - 1,
  };
}

/**
 * The monthly history of a metric for the plan year of the choices: the complete months of the
 * three fiscal years before it (the month of today and later left out).
 *
 * @example
 * historyFor(choices, data, "signed", today).coveredMonths //=> 24
 */
export function historyFor(
  choices: WizardChoices,
  data: BreakdownData,
  metric: Metric,
  today: number,
): MonthlyHistory | SalesError {
  return monthlyHistory(data.deals, metric, Number(choices.fiscalYear), choices.startMonth, 3, DEFAULT_WON, today);
}

/**
 * The part of the year the choices plan, with what the year's deals won so far for the rest of
 * the year (wonInRange over the whole fiscal year, as its Actual counts). The months left start
 * at today's month (in progress, so still to sell in); a year not begun has all twelve left.
 *
 * @returns the scope; #N/A for the rest of a fiscal year already over
 * @example
 * scopeOf({ ...choices, period: "quarter", quarter: 2 }, data, "signed", today) //=> { kind: "quarter", quarter: 2 }
 */
export function scopeOf(
  choices: WizardChoices,
  data: BreakdownData,
  metric: Metric,
  today: number,
): PlanScope | SalesError {
  switch (choices.period) {
    case "quarter":
      return { kind: "quarter", quarter: choices.quarter };
    case "month":
      return { kind: "month", month: choices.month };
    case "rest": {
      const year = fiscalYearRange(Number(choices.fiscalYear), choices.startMonth);
      const day = Math.floor(today);
      if (day > year.end) return salesError("not-available", "planYearOver");
      const from = day < year.start ? 1 : fiscalMonthOf(day, choices.startMonth).position;
      return { kind: "rest", from, won: wonInRange(data.deals, metric, year) };
    }
    default:
      return { kind: "year" };
  }
}

/**
 * Builds the plan of each chosen metric from the workbook's data: its history in Deals, the
 * Team's reps and the open pipeline (for the coverage warning), with the core buildPlan, for the
 * part of the year chosen (scopeOf). The coverage warning weighs the plan's own months: what they
 * already won counts as done, except for the rest of the year, whose target has had the year's
 * wins taken off already.
 *
 * @param choices - the wizard's choices (validated step by step)
 * @param data - what the Goals area read
 * @param today - today's serial
 * @returns the plans, or the first error (a missing capacity, say)
 */
export function buildPlans(choices: WizardChoices, data: BreakdownData, today: number): BuiltPlan[] | SalesError {
  const fiscalYear = Number(choices.fiscalYear);
  const lastYear = fiscalYearRange(fiscalYear - 1, choices.startMonth);
  const built: BuiltPlan[] = [];
  for (const metric of metricsOf(choices)) {
    const history = historyFor(choices, data, metric, today);
    if (isSalesError(history)) return history;
    const scope = scopeOf(choices, data, metric, today);
    if (isSalesError(scope)) return scope;
    const months = scopeMonths(scope);
    const range = {
      start: fiscalMonthStart(fiscalYear, choices.startMonth, months[0] ?? 1),
      end: fiscalMonthStart(fiscalYear, choices.startMonth, (months[months.length - 1] ?? 12) + 1) - 1,
    };
    const pipeline = pipelineInput(data.deals, metric, range, lastYear, today);
    const plan = buildPlan({
      fiscalYear,
      startMonth: choices.startMonth,
      annualTarget: annualTargetOf(choices, metric),
      scope,
      decimals: choices.decimals,
      timeSplit: timeSplitOf(choices),
      peopleSplit: peopleSplitOf(choices, data.reps),
      reps: data.reps,
      ramp: rampOf(choices),
      history,
      pipeline: scope.kind === "rest" ? { ...pipeline, actualToDate: 0 } : pipeline,
    });
    if (isSalesError(plan)) return plan;
    built.push({ metric, plan, history });
  }
  return built;
}

/** What the splits of the choices rest on, for the time step to say. */
export type HistorySummary = {
  /** Complete months of won-deal history before the plan year. */
  readonly months: number;
  /** What "last year" means, or null with under twelve months. */
  readonly lastYear: LastYearBasis | null;
};

/**
 * How many complete months of won-deal history the first chosen metric has before the plan year
 * and what "last year" means there (no months when the year cannot be read), for the time step
 * to say what the seasonal and last-year splits rest on.
 *
 * @example
 * historySummary(choices, data, today) //=> { months: 23, lastYear: { kind: "fiscalYear", first: 12, label: { en: "2025", zh: "2025年" } } }
 */
export function historySummary(choices: WizardChoices, data: BreakdownData, today: number): HistorySummary {
  const found = historyFor(choices, data, metricsOf(choices)[0], today);
  return isSalesError(found)
    ? { months: 0, lastYear: null }
    : { months: found.coveredMonths, lastYear: found.lastYear };
}
