import { isSalesError } from "@core/errors";
import { fiscalPeriods, type Granularity, type Period } from "@core/goals/breakdown/fiscalPeriods";

/** What a scorecard covers: one month, one quarter, one year, or every month of a year. */
export type PeriodChoice =
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "months"; readonly year: number };

/** One scorecard period: the same labels and first/last days as the Targets table's rows. */
export type ScorecardPeriod = Pick<Period, "key" | "label" | "start" | "end"> & {
  readonly granularity: Exclude<Granularity, "week">;
};

/** Whole months in a period of a granularity, to scale per-month KPI targets. */
export function monthsIn(granularity: ScorecardPeriod["granularity"]): number {
  return granularity === "year" ? 12 : granularity === "quarter" ? 3 : 1;
}

/**
 * The periods of a scorecard, calendar years (January start), with the labels the goals wizard
 * writes into Targets ("2026 Q1" / "2026年第1季度", "Apr 2026" / "2026年4月"), so a scorecard
 * row and its target row name the period alike. A choice out of range (month 13, year 1800)
 * gives no period.
 *
 * @param choice - the period choice
 * @returns the periods in order
 *
 * @example
 * scorecardPeriods({ kind: "quarter", year: 2026, quarter: 2 })[0] //=> { key: "FY2026-Q2", label: { en: "2026 Q2", zh: "2026年第2季度" }, start: 46113, end: 46203, granularity: "quarter" }
 */
export function scorecardPeriods(choice: PeriodChoice): ScorecardPeriod[] {
  const granularity = choice.kind === "months" ? "month" : choice.kind;
  const all = fiscalPeriods(choice.year, 1, granularity);
  if (isSalesError(all)) return [];
  const pick = (index: number) => all.filter((period) => period.index === index);
  const chosen = choice.kind === "month" ? pick(choice.month) : choice.kind === "quarter" ? pick(choice.quarter) : all;
  return chosen.map(({ key, label, start, end }) => ({ key, label, start, end, granularity }));
}
