import { isSalesError, type SalesError } from "@core/errors";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { fiscalMonthStart } from "@core/goals/breakdown/fiscalPeriods";
import { monthlyHistory, type DealRow, type Metric, type MonthlyHistory } from "@core/goals/breakdown/monthlyHistory";
import type { Plan, RepInput } from "@core/goals/breakdown/plan";
import { pipelineInput } from "@core/goals/breakdown/pipelineInput";
import {
  annualTargetOf,
  metricsOf,
  peopleSplitOf,
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
 * The monthly history of a metric for the plan year of the choices (three fiscal years back).
 *
 * @example
 * historyFor(choices, data, "signed").coveredMonths //=> 24
 */
export function historyFor(choices: WizardChoices, data: BreakdownData, metric: Metric): MonthlyHistory | SalesError {
  return monthlyHistory(data.deals, metric, Number(choices.fiscalYear), choices.startMonth, 3);
}

/**
 * Builds the plan of each chosen metric from the workbook's data: its history in Deals, the
 * Team's reps and the open pipeline (for the coverage warning), with the core buildPlan.
 *
 * @param choices - the wizard's choices (validated step by step)
 * @param data - what the Goals area read
 * @param today - today's serial
 * @returns the plans, or the first error (a missing capacity, say)
 */
export function buildPlans(choices: WizardChoices, data: BreakdownData, today: number): BuiltPlan[] | SalesError {
  const fiscalYear = Number(choices.fiscalYear);
  const year = fiscalYearRange(fiscalYear, choices.startMonth);
  const lastYear = fiscalYearRange(fiscalYear - 1, choices.startMonth);
  const built: BuiltPlan[] = [];
  for (const metric of metricsOf(choices)) {
    const history = historyFor(choices, data, metric);
    if (isSalesError(history)) return history;
    const plan = buildPlan({
      fiscalYear,
      startMonth: choices.startMonth,
      annualTarget: annualTargetOf(choices, metric),
      decimals: choices.decimals,
      timeSplit: timeSplitOf(choices),
      peopleSplit: peopleSplitOf(choices, data.reps),
      reps: data.reps,
      history,
      pipeline: pipelineInput(data.deals, metric, year, lastYear, today),
    });
    if (isSalesError(plan)) return plan;
    built.push({ metric, plan, history });
  }
  return built;
}

/**
 * How many months of won-deal history the first chosen metric has before the plan year (0 when
 * the year cannot be read), for the time step to say what the seasonal split rests on.
 *
 * @example
 * historyMonths(choices, data) //=> 12
 */
export function historyMonths(choices: WizardChoices, data: BreakdownData): number {
  const found = historyFor(choices, data, metricsOf(choices)[0]);
  return isSalesError(found) ? 0 : found.coveredMonths;
}
