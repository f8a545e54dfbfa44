import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { BuiltPlan } from "@core/goals/breakdown/buildPlans";
import { targetRows } from "@core/goals/breakdown/targetRows";
import type { WorkbookLanguage } from "@core/workbook/schema";

/**
 * How many Targets rows the plans make at company, team and rep level, for the levels of time
 * chosen (what the write step announces before writing).
 *
 * @param built - the plan of each chosen metric
 * @param language - the workbook's language
 * @param granularities - the levels of time written
 * @returns the number of rows
 * @example
 * targetRowCount(built, "en-US", ["year", "quarter", "month"]) //=> 102
 */
export function targetRowCount(
  built: readonly BuiltPlan[],
  language: WorkbookLanguage,
  granularities: readonly Granularity[],
): number {
  return built.reduce(
    (n, b) =>
      n + targetRows(b.plan, { metric: b.metric, language, levels: ["Company", "Team", "Rep"], granularities }).length,
    0,
  );
}
