import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON } from "@core/cells/outcome";
import type { DayRange } from "@core/goals/breakdown/kpiBaselines";
import type { DealRow, Metric } from "@core/goals/breakdown/monthlyHistory";
import type { PipelineInput } from "@core/goals/breakdown/plan";

/**
 * What the open pipeline supports, for the coverage warning and the SMART check:
 * - openPipeline: Σ Amount of open deals (neither won nor lost);
 * - winRate: won ÷ (won + lost) by count over the deals closed in the history range (the 12
 *   months before the plan year, usually), or over all closed deals when none closed in it;
 *   0 when no deal ever closed;
 * - actualToDate: what the plan year already holds — Σ Amount (signed) or Σ Collected (collected)
 *   of the deals won in the plan year up to today.
 *
 * @param deals - rows of the Deals table
 * @param metric - the plan's metric
 * @param planYear - the plan year's first and last day
 * @param history - the range the win rate is measured over
 * @param today - today's serial
 * @returns the pipeline figures
 *
 * @example
 * pipelineInput(deals, "signed", { start: 46113, end: 46477 }, { start: 45748, end: 46112 }, 46120).winRate //=> 0.25
 */
export function pipelineInput(
  deals: readonly DealRow[],
  metric: Metric,
  planYear: DayRange,
  history: DayRange,
  today: number,
): PipelineInput {
  let openPipeline = 0;
  let actualToDate = 0;
  const counts = { inRange: { won: 0, lost: 0 }, all: { won: 0, lost: 0 } };
  for (const deal of deals) {
    const outcome = classifyOutcome(deal.stage, DEFAULT_WON, DEFAULT_LOST);
    if (outcome === "open") {
      openPipeline += Math.max(0, deal.amount ?? 0);
      continue;
    }
    if (outcome !== "won" && outcome !== "lost") continue;
    counts.all[outcome]++;
    const day = deal.closedOn === null ? null : Math.floor(deal.closedOn);
    if (day !== null && day >= history.start && day <= history.end) counts.inRange[outcome]++;
    if (outcome === "won" && day !== null && day >= planYear.start && day <= Math.min(planYear.end, today)) {
      actualToDate += (metric === "signed" ? deal.amount : deal.collected) ?? 0;
    }
  }
  const basis = counts.inRange.won + counts.inRange.lost > 0 ? counts.inRange : counts.all;
  const closed = basis.won + basis.lost;
  return { openPipeline, winRate: closed === 0 ? 0 : basis.won / closed, actualToDate: Math.max(0, actualToDate) };
}
