import type { ScorecardPlan } from "@core/performance/scorecardPlan";
import type { WorkbookLanguage } from "@core/workbook/schema";

/** A Scorecard row as read, by what identifies it. */
export type ScorecardRowKey = { readonly period: string; readonly rep: string };

/**
 * How many rows of the Scorecard a write of the plan would update: those with one of its
 * periods (labelled in the workbook's language) and reps, compared without case, so the
 * wizard can ask before rewriting them.
 *
 * @param plan - the plan to write
 * @param rows - the Scorecard's rows as read
 * @param language - the workbook's language (the Period column holds its labels)
 * @returns the number of rows the write would update
 * @example
 * existingScorecardRows(plan, [{ period: "2026 Q1", rep: "bob" }], "en-US") //=> 1
 */
export function existingScorecardRows(
  plan: Pick<ScorecardPlan, "periods" | "reps">,
  rows: readonly ScorecardRowKey[],
  language: WorkbookLanguage,
): number {
  const lang = language === "zh-CN" ? "zh" : "en";
  const key = (period: string, rep: string) => `${period.toLowerCase()}\u0000${rep.toLowerCase()}`;
  const keys = new Set(plan.periods.flatMap((p) => plan.reps.map((rep) => key(p.label[lang], rep))));
  return rows.filter((row) => keys.has(key(row.period, row.rep))).length;
}
