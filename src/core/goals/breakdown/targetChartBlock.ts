import { targetLevelChoices, targetMetricChoices, type WorkbookLanguage } from "@core/workbook/schema";
import { columnName, criterionText, type WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import type { Plan } from "@core/goals/breakdown/plan";

/** The cells a target-vs-actual chart is drawn from: a header row and one row per month. */
export type TargetChartBlock = {
  readonly title: string;
  /** Month, Target, Actual in the workbook's language. */
  readonly headers: readonly [string, string, string];
  /** Per fiscal month: its label, then formulas for the company's target and actual. */
  readonly rows: readonly (readonly [string, string, string])[];
};

const HEADERS: Readonly<Record<WorkbookLanguage, readonly [string, string, string]>> = {
  "en-US": ["Month", "Target", "Actual"],
  "zh-CN": ["月份", "目标值", "实际完成"],
};

/**
 * The data block of the target-vs-actual chart for a plan: one row per fiscal month with the
 * Company row's Target and Actual looked up from the Targets table by SUMIFS on Level, Metric,
 * PeriodStart and PeriodEnd (so quarter and year rows, which share a start date with their first
 * month, are not counted). Being formulas over the table, the chart follows the sheet: an edited
 * target or a deal closing moves its bars.
 *
 * @param plan - the plan written to Targets
 * @param metric - its metric
 * @param language - the workbook's language (labels, level and metric names)
 * @param written - the Targets header row as written, for the structured references
 * @returns the title, headers and rows
 *
 * @example
 * targetChartBlock(plan, "signed", "en-US").rows[0][1] //=> '=SUMIFS(Targets[Target],Targets[Level],"Company",Targets[Metric],"Signed",Targets[PeriodStart],46113,Targets[PeriodEnd],46142)'
 */
export function targetChartBlock(
  plan: Pick<Plan, "months" | "fiscalYear" | "startMonth">,
  metric: Metric,
  language: WorkbookLanguage,
  written?: WrittenHeaders,
): TargetChartBlock {
  const col = (key: string) => `Targets[${columnName("Targets", key, language, written)}]`;
  const level = criterionText(targetLevelChoices[0][language]);
  const metricName = targetMetricChoices[metric === "signed" ? 0 : 1][language];
  const sumOf = (key: string, start: number, end: number) =>
    `=SUMIFS(${col(key)},${col("Level")},${level},${col("Metric")},${criterionText(metricName)},${col("PeriodStart")},${start},${col("PeriodEnd")},${end})`;
  const lang = language === "zh-CN" ? "zh" : "en";
  const year =
    plan.startMonth === 1
      ? `${plan.fiscalYear}${lang === "zh" ? "年" : ""}`
      : lang === "zh"
        ? `${plan.fiscalYear}财年`
        : `FY${plan.fiscalYear}`;
  return {
    title: lang === "zh" ? `${year}${metricName}：目标与实际` : `${year} ${metricName}: target vs actual`,
    headers: HEADERS[language],
    rows: plan.months.map(
      (m) => [m.label[lang], sumOf("Target", m.start, m.end), sumOf("Actual", m.start, m.end)] as const,
    ),
  };
}
