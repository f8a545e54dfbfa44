import { dateFromSerial } from "@core/cells/parseDate";
import type { Period } from "@core/goals/breakdown/fiscalPeriods";
import type { RepInput } from "@core/goals/breakdown/plan";

/** A new rep's share of a full target in their first, second and third month: 50 %, 75 %, 100 %. */
export const DEFAULT_RAMP: readonly number[] = [0.5, 0.75, 1];

const monthNumber = (serial: number) => {
  const { year, month } = dateFromSerial(Math.floor(serial));
  return year * 12 + month - 1;
};

/**
 * How much of a full target a rep carries in each month of a plan, from the Team's StartDate and
 * EndDate: 0 in the months before the month the rep starts in; then the ramp, month by month,
 * counted from the start month (the month of the start date is the ramp's first month, whatever
 * its day, so a rep who started two months before the plan is in the ramp's third month); 1 after
 * the ramp; 0 in the months after the month the rep leaves in. The month the rep leaves in still
 * counts whole. A rep without dates carries 1 everywhere.
 *
 * @param rep - the rep, with the start and end dates as serials (null or absent for none)
 * @param months - the plan's months
 * @param ramp - the fractions of the ramp's months (default 50 %, 75 %, 100 %)
 * @returns one factor per month, in [0, 1] for a ramp in [0, 1]
 *
 * @example
 * repFactors({ name: "Zhao", startDate: 46068 }, janToApr2026) //=> [0, 0.5, 0.75, 1] (started 15 Feb 2026)
 */
export function repFactors(rep: RepInput, months: readonly Period[], ramp: readonly number[] = DEFAULT_RAMP): number[] {
  const start = rep.startDate ?? null;
  const end = rep.endDate ?? null;
  return months.map((month) => {
    if (end !== null && month.start > end) return 0;
    if (start === null) return 1;
    if (month.end < Math.floor(start)) return 0;
    const since = monthNumber(month.start) - monthNumber(start);
    return since < ramp.length ? ramp[since] : 1;
  });
}

/**
 * Whether a ramp can be used: one to twelve fractions, each a number from 0 to 1.
 *
 * @example
 * validRamp([0.5, 0.75, 1]) //=> true
 */
export function validRamp(ramp: readonly number[]): boolean {
  return ramp.length >= 1 && ramp.length <= 12 && ramp.every((f) => Number.isFinite(f) && f >= 0 && f <= 1);
}
