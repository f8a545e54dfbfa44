import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";

/** A calendar month as serials (first and last day) and its label "2026-03". */
export type Month = { readonly start: number; readonly end: number; readonly label: string };

/**
 * The calendar month a serial falls in.
 *
 * @example
 * monthOf(serialFromDate(2026, 3, 15)) //=> { start: 46082, end: 46112, label: "2026-03" }
 */
export function monthOf(serial: number): Month {
  const { year, month } = dateFromSerial(serial);
  const start = serialFromDate(year, month, 1);
  const end = serialFromDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return { start, end, label: `${year}-${String(month).padStart(2, "0")}` };
}

/** The months of Excel's calendar (1900–9999): no count of months beyond it means anything. */
export const MAX_MONTHS = 12 * 10_000;

/**
 * The `count` complete calendar months before the month of `today`, oldest first: the months a
 * trend is measured over (the current month is still running, so it would pull a trend down).
 * A count larger than the months of Excel's calendar ({@link MAX_MONTHS}) gives that many, so the
 * loop ends however large the count that reaches it.
 *
 * @param today - today's serial
 * @param count - how many months, at most {@link MAX_MONTHS}
 * @returns the months, oldest first
 *
 * @example
 * recentMonths(serialFromDate(2026, 3, 15), 2).map((m) => m.label) //=> ["2026-01", "2026-02"]
 */
export function recentMonths(today: number, count: number): Month[] {
  const months: Month[] = [];
  const bounded = Math.min(count, MAX_MONTHS);
  let cursor = monthOf(today).start - 1;
  for (let i = 0; i < bounded; i++) {
    const month = monthOf(cursor);
    months.push(month);
    cursor = month.start - 1;
  }
  return months.reverse();
}
