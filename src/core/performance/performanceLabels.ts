import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON } from "@core/cells/outcome";
import { wonLabelsIn } from "@core/goals/breakdown/wonLabelsIn";
import { defaultStages, targetLevelChoices, targetMetricChoices, type WorkbookLanguage } from "@core/workbook/schema";
import type { DealFact } from "@core/performance/performanceData";

/** The texts the scorecard's formulas match, as written in the workbook. */
export type PerformanceLabels = {
  /** Stage names that mean won (each spelling found in Deals, the language's own first). */
  readonly won: readonly string[];
  readonly lost: readonly string[];
  /** The Level of a rep's row in Targets ("Rep" / "个人"). */
  readonly repLevel: string;
  /** The Metric texts of Targets ("Signed" / "合同额", "Collected" / "回款额"). */
  readonly signed: string;
  readonly collected: string;
};

/**
 * The labels of a workbook language, with every won and lost stage spelling the Deals rows use
 * (SUMIFS matches a label exactly, case aside, so "Won" and "赢单" in one table need both).
 *
 * @param language - the workbook's language
 * @param deals - the deals, to find the spellings in use
 * @returns the labels
 *
 * @example
 * performanceLabels("zh-CN", []).lost //=> ["输单"]
 */
export function performanceLabels(
  language: WorkbookLanguage,
  deals: readonly Pick<DealFact, "stage">[],
): PerformanceLabels {
  const stages = deals.map((deal) => ({ stage: deal.stage === "" ? null : deal.stage }));
  const lostStage = defaultStages.find((s) => s.forecastCategory === "Omitted")?.name[language] ?? "Lost";
  const lost = [lostStage];
  const seen = new Set([lostStage.toLowerCase()]);
  for (const { stage } of stages) {
    if (stage === null || seen.has(stage.toLowerCase())) continue;
    if (classifyOutcome(stage, DEFAULT_WON, DEFAULT_LOST) !== "lost") continue;
    seen.add(stage.toLowerCase());
    lost.push(stage);
  }
  return {
    won: wonLabelsIn(stages, language),
    lost,
    repLevel: targetLevelChoices[2][language],
    signed: targetMetricChoices[0][language],
    collected: targetMetricChoices[1][language],
  };
}
