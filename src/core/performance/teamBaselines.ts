import type { KpiBaselines } from "@core/performance/kpis";
import type { PerformanceData } from "@core/performance/performanceData";
import type { PerformanceLabels } from "@core/performance/performanceLabels";

/**
 * The team's own history as KPI defaults: the mean amount of every won deal, and the mean days
 * from Created to ClosedOn of the won deals that have both. Missing when there is no won deal.
 *
 * @param data - the workbook's facts
 * @param labels - the won stages
 * @returns the baselines that exist
 *
 * @example
 * teamBaselines(data, labels) //=> { avgDeal: 60000, cycle: 46.7 }
 */
export function teamBaselines(data: PerformanceData, labels: PerformanceLabels): KpiBaselines {
  const won = new Set(labels.won.map((label) => label.toLowerCase()));
  let amount = 0;
  let count = 0;
  let days = 0;
  let timed = 0;
  for (const deal of data.deals) {
    if (!won.has(deal.stage.toLowerCase())) continue;
    amount += deal.amount;
    count += 1;
    if (deal.created !== null && deal.closedOn !== null) {
      days += deal.closedOn - deal.created;
      timed += 1;
    }
  }
  return {
    ...(count > 0 ? { avgDeal: amount / count } : {}),
    ...(timed > 0 ? { cycle: days / timed } : {}),
  };
}
