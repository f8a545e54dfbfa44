import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import { toAmount, type Plan } from "@core/goals/breakdown/plan";
import { planGrid } from "@core/goals/breakdown/planGrid";
import type { WorkbookLanguage } from "@core/workbook/schema";

/** The name of the sheet the full preview grid goes to, in the workbook's language. */
export function previewSheetName(language: WorkbookLanguage): string {
  return language === "zh-CN" ? "目标预览" : "Targets preview";
}

const TEXT: Record<WorkbookLanguage, Record<"period" | "total" | "noTeam" | "signed" | "collected", string>> = {
  "en-US": { period: "Period", total: "Total", noTeam: "No team", signed: "Signed", collected: "Collected" },
  "zh-CN": { period: "周期", total: "合计", noTeam: "无团队", signed: "合同额", collected: "回款额" },
};

/** One metric's block of the preview sheet: a title, a header row and figure rows. */
export type PreviewBlock = {
  readonly title: string;
  /** Period, each rep, each team, Total. */
  readonly header: readonly string[];
  /** Per month, then the total row: the period's label, then money figures. */
  readonly rows: readonly (readonly (string | number)[])[];
};

/**
 * The full months × reps grid of a plan as a block of plain values for the preview sheet: a row
 * per month of the plan and a total row; a column per rep ("Li (North)"), per team, and the
 * month's total. Figures are money (units turned back into amounts), so the sheet adds up as
 * the plan does. Names come as typed in the Team table: the writer guards them as literal text.
 *
 * @param plan - the plan as previewed (with the manager's edits)
 * @param metric - what the plan counts, for the block's title
 * @param language - the workbook's language
 * @returns the block
 *
 * @example
 * previewBlock(plan, "signed", "en-US").header //=> ["Period", "Li (North)", "Wang (North)", "North", "Total"]
 */
export function previewBlock(plan: Plan, metric: Metric, language: WorkbookLanguage): PreviewBlock {
  const text = TEXT[language];
  const grid = planGrid(plan, "month");
  const money = (units: number) => toAmount(units, plan.decimals);
  const lang = language === "zh-CN" ? "zh" : "en";
  const first = plan.months[0];
  const last = plan.months[plan.months.length - 1];
  const span = first === last ? first.label[lang] : `${first.label[lang]} – ${last.label[lang]}`;
  const header = [
    text.period,
    ...plan.reps.map((rep) => `${rep.name} (${rep.team || text.noTeam})`),
    ...plan.teams,
    text.total,
  ];
  const rows = grid.periods.map((period, p) => [
    period.label[lang],
    ...grid.cells[p].map(money),
    ...grid.teamCells[p].map(money),
    money(grid.periodTotals[p]),
  ]);
  rows.push([text.total, ...grid.repTotals.map(money), ...grid.teamTotals.map(money), money(grid.total)]);
  return { title: `${text[metric]} · ${span}`, header, rows };
}
