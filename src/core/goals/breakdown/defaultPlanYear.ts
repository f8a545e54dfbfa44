import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { fiscalMonthOf } from "@core/goals/breakdown/fiscalPeriods";
import type { DayRange } from "@core/goals/breakdown/kpiBaselines";

/** A fiscal year as the wizard offers it: named by the calendar year it starts in. */
export type PlanYear = { readonly fiscalYear: number; readonly startMonth: number };

/**
 * The fiscal year the wizard offers first, and its start month, from the Targets rows already
 * written and today.
 *
 * - Start month: that of the latest row spanning exactly one fiscal year (from the 1st of a month
 *   to the day before the same date a year on); January when no such row exists.
 * - Fiscal year: the one today falls in, or the next one from the first day of its last quarter
 *   (fiscal months 10–12), when managers set next year's targets.
 *
 * @param targets - PeriodStart and PeriodEnd of the Targets rows (rows without both left out)
 * @param today - today's serial
 * @returns the fiscal year and start month
 *
 * @example
 * defaultPlanYear([{ start: 46113, end: 46477 }], 46300) //=> { fiscalYear: 2026, startMonth: 4 } (2026-10-05 is in FY2026's third quarter)
 */
export function defaultPlanYear(targets: readonly DayRange[], today: number): PlanYear {
  let startMonth = 1;
  let latest = -Infinity;
  for (const { start, end } of targets) {
    if (!Number.isFinite(start) || !Number.isFinite(end) || start <= latest) continue;
    const { year, month, day } = dateFromSerial(Math.floor(start));
    if (day !== 1 || Math.floor(end) !== serialFromDate(year + 1, month, 1) - 1) continue;
    latest = start;
    startMonth = month;
  }
  const { fiscalYear, position } = fiscalMonthOf(Math.floor(today), startMonth);
  return { fiscalYear: position >= 10 ? fiscalYear + 1 : fiscalYear, startMonth };
}

/**
 * The fiscal year and quarter (1–4) `offset` quarters from the one today falls in: 0 for this
 * quarter, 1 for the next.
 *
 * @example
 * quarterFrom(46300, 4, 1) //=> { fiscalYear: 2026, quarter: 4 } (2026-10-05 is in FY2026 Q3)
 */
export function quarterFrom(
  today: number,
  startMonth: number,
  offset: number,
): { fiscalYear: number; quarter: number } {
  const { fiscalYear, position } = fiscalMonthOf(Math.floor(today), startMonth);
  const index = fiscalYear * 4 + Math.floor((position - 1) / 3) + offset;
  return { fiscalYear: Math.floor(index / 4), quarter: (index % 4) + 1 };
}
