import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON } from "@core/cells/outcome";
import type { DayRange } from "@core/goals/breakdown/kpiBaselines";
import type { DealRow, Metric } from "@core/goals/breakdown/monthlyHistory";

/**
 * What the deals won within a range add up to, by the rules of the Targets table's Actual
 * column (actualFormula): won deals (their stage one of the won labels, as wonLabelsIn finds
 * them) whose ClosedOn lies within the range, summing Amount for the signed metric and Collected
 * for the collected one. A deal without a close date or a figure adds nothing. So the figure is
 * what Targets[Actual] shows on a Company row of that range.
 *
 * @param deals - rows of the Deals table
 * @param metric - "signed" or "collected"
 * @param range - first and last day, inclusive (a fiscal year, say)
 * @returns the sum (0 when nothing was won)
 *
 * @example
 * wonInRange([{ owner: "Li", stage: "Won", closedOn: 46120, amount: 500, collected: 300 }], "signed", { start: 46023, end: 46387 }) //=> 500
 */
export function wonInRange(deals: readonly DealRow[], metric: Metric, range: DayRange): number {
  let sum = 0;
  for (const deal of deals) {
    const value = metric === "signed" ? deal.amount : deal.collected;
    if (value === null || !Number.isFinite(value) || deal.closedOn === null) continue;
    // SUMIFS compares the serial as stored: a time of day on the last day is past "<="&PeriodEnd.
    if (deal.closedOn < range.start || deal.closedOn > range.end) continue;
    if (classifyOutcome(deal.stage, DEFAULT_WON, DEFAULT_LOST) === "won") sum += value;
  }
  return sum;
}
