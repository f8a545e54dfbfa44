import { classifyOutcome, DEFAULT_LOST, DEFAULT_WON } from "@core/cells/outcome";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { wonStage } from "@core/goals/breakdown/actualFormula";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";

/**
 * The stage labels that mean won as they are written in the Deals table (each distinct spelling
 * once, in order of appearance), for the Actual formulas: SUMIFS matches a label exactly (case
 * aside), so a workbook with both "Won" and "赢单" needs both. The language's won stage comes
 * first and is always there, so a table with no won deal yet still gets a working formula.
 *
 * @example
 * wonLabelsIn([{ stage: "赢单" }, { stage: "Won" }, { stage: "won" }], "en-US") //=> ["Won", "赢单"]
 */
export function wonLabelsIn(deals: readonly Pick<DealRow, "stage">[], language: WorkbookLanguage): string[] {
  const labels = [wonStage(language)];
  const seen = new Set(labels.map((l) => l.trim().toLowerCase()));
  for (const { stage } of deals) {
    if (stage === null) continue;
    const key = stage.trim().toLowerCase();
    if (seen.has(key) || classifyOutcome(stage, DEFAULT_WON, DEFAULT_LOST) !== "won") continue;
    seen.add(key);
    labels.push(stage.trim());
  }
  return labels;
}
