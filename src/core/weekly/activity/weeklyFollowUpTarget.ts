import { kpiPlanFor, noKpiPlans } from "@core/performance/kpiPlans";
import type { PerformanceTableRows } from "@core/performance/performanceData";
import { kpiPlansFromTable } from "@core/performance/setupTablesPlan";

/** Months and weeks in a year: a month's target × 12 / 52 is a week's share of a year of months. */
const MONTHS_PER_YEAR = 12;
const WEEKS_PER_YEAR = 52;

/**
 * The follow-ups one rep is expected to make in a week: the monthly plan's follow-up (activities)
 * target in KpiWeights, × 12 / 52, to one decimal. A month is not four weeks (it is 4⅓ on
 * average), so dividing by 4 would ask too much every week; × 12 / 52 spreads a year's monthly
 * targets evenly over its weeks. Without a monthly plan in KpiWeights (no table, or its month
 * block incomplete), the Scorecard's default monthly target (kpis.ts) is used, as the Scorecard
 * itself would.
 *
 * @param kpiWeights - the KpiWeights table as read, or undefined when the workbook has none
 * @returns the weekly target, one decimal
 * @example
 * weeklyFollowUpTarget(undefined) //=> 4.6 (the default 20 a month × 12 / 52)
 */
export function weeklyFollowUpTarget(kpiWeights: PerformanceTableRows | undefined): number {
  const plans = kpiWeights ? kpiPlansFromTable(kpiWeights) : noKpiPlans;
  const monthly = kpiPlanFor(plans, "month", {}).find((kpi) => kpi.key === "activities")?.target ?? 0;
  return Math.round(((monthly * MONTHS_PER_YEAR) / WEEKS_PER_YEAR) * 10) / 10;
}
