import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";

/** A span of days, both ends included (Excel serials). */
export type PipelinePeriod = { readonly start: number; readonly end: number };

/** The calendar month, quarter and year around a day. */
export type CalendarPeriodKind = "month" | "quarter" | "year" | "nextQuarter";

/**
 * The calendar month, quarter or year that holds `today`, or the quarter after it.
 *
 * @param kind - which period
 * @param today - today's serial
 * @returns first and last day of the period
 * @example
 * calendarPeriod("quarter", 46354) //=> { start: 46296, end: 46387 } (2026-10-01 to 2026-12-31)
 */
export function calendarPeriod(kind: CalendarPeriodKind, today: number): PipelinePeriod {
  const { year, month } = dateFromSerial(today);
  const span = (firstMonth: number, months: number): PipelinePeriod => {
    const start = serialFromDate(year + Math.floor((firstMonth - 1) / 12), ((firstMonth - 1) % 12) + 1, 1);
    const after = firstMonth - 1 + months;
    const end = serialFromDate(year + Math.floor(after / 12), (after % 12) + 1, 1) - 1;
    return { start, end };
  };
  const quarterStart = Math.floor((month - 1) / 3) * 3 + 1;
  switch (kind) {
    case "month":
      return span(month, 1);
    case "quarter":
      return span(quarterStart, 3);
    case "nextQuarter":
      return span(quarterStart + 3, 3);
    case "year":
      return span(1, 12);
  }
}

/**
 * Whether a day lies in a period; with no period (all time) every day does, and so does no day.
 *
 * @example
 * inPeriod(45300, { start: 45292, end: 45322 }) //=> true
 */
export function inPeriod(day: number, period: PipelinePeriod | null): boolean {
  if (period === null) return true;
  return day >= period.start && day <= period.end;
}
