import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";
import { salesError, type Result } from "@core/errors";
import type { Localized } from "@core/goals/breakdown/localized";

/** How finely a fiscal year is cut. */
export type Granularity = "year" | "quarter" | "month" | "week";

/** One period of a fiscal year: the year itself, a quarter, a month or a week. */
export type Period = {
  /** Stable, language-free id: "FY2026", "FY2026-Q1", "FY2026-M04" (calendar month), "FY2026-W01". */
  readonly key: string;
  readonly granularity: Granularity;
  /** 1-based position within the fiscal year (fiscal month 1 is the start month). */
  readonly index: number;
  readonly label: Localized;
  /** First day, an Excel serial. */
  readonly start: number;
  /** Last day (inclusive), an Excel serial. */
  readonly end: number;
};

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Whole days Monday-based: 0 for Monday … 6 for Sunday (serials after Excel's fake 1900-02-29). */
export function mondayIndex(serial: number): number {
  return (((serial - 2) % 7) + 7) % 7;
}

/**
 * The first day of fiscal month `position` (1–12) of a fiscal year, as an Excel serial.
 *
 * @example
 * fiscalMonthStart(2026, 4, 1) //=> 46113 (2026-04-01)
 */
export function fiscalMonthStart(fiscalYear: number, startMonth: number, position: number): number {
  const zeroBased = startMonth - 1 + position - 1;
  return serialFromDate(fiscalYear + Math.floor(zeroBased / 12), (zeroBased % 12) + 1, 1);
}

/**
 * The fiscal year and fiscal month (1–12) a day falls in. A fiscal year is named by the calendar
 * year it starts in.
 *
 * @example
 * fiscalMonthOf(46023, 4) //=> { fiscalYear: 2025, position: 10 } (2026-01-01 in the year from April 2025)
 */
export function fiscalMonthOf(serial: number, startMonth: number): { fiscalYear: number; position: number } {
  const { year, month } = dateFromSerial(serial);
  const offset = month - startMonth;
  return offset >= 0 ? { fiscalYear: year, position: offset + 1 } : { fiscalYear: year - 1, position: offset + 13 };
}

function yearLabel(fiscalYear: number, startMonth: number): Localized {
  return startMonth === 1
    ? { en: `${fiscalYear}`, zh: `${fiscalYear}年` }
    : { en: `FY${fiscalYear}`, zh: `${fiscalYear}财年` };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The periods of a fiscal year, in order.
 *
 * - A fiscal year is named by the calendar year it starts in: with `startMonth` 4, FY2026 runs
 *   from 2026-04-01 to 2027-03-31. With startMonth 1 the fiscal year is the calendar year and
 *   labels drop the "FY" ("2026 Q1", "2026年第1季度"); otherwise they keep it ("FY2026 Q1",
 *   "2026财年第1季度").
 * - Quarters are fiscal months 1–3, 4–6, 7–9, 10–12. Month keys carry the calendar month
 *   ("FY2026-M04" is April 2026, labelled "Apr 2026" / "2026年4月").
 * - Weeks run Monday to Sunday and are clipped at the fiscal year's first and last day, so week 1
 *   runs from the first day to the first Sunday and the last week ends on the last day (a year
 *   can have 53 or 54 of them). Weeks are numbered within the fiscal year, not ISO weeks. A week
 *   may cross a month end: it is its own level, not a part of one month (see planGrid).
 *
 * @param fiscalYear - the calendar year the fiscal year starts in, 1901–9998
 * @param startMonth - the calendar month (1–12) the fiscal year starts in
 * @param granularity - "year", "quarter", "month" or "week"
 * @returns the periods with their first and last days as Excel serials; #NUM! for a year or
 *   month out of range
 *
 * @example
 * fiscalPeriods(2026, 4, "quarter")[0] //=> { key: "FY2026-Q1", label: { en: "FY2026 Q1", zh: "2026财年第1季度" }, start: 46113, end: 46203, … }
 */
export function fiscalPeriods(fiscalYear: number, startMonth: number, granularity: Granularity): Result<Period[]> {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 1901 || fiscalYear > 9998) {
    return salesError("out-of-range", "outOfRange", { what: "fiscal year", range: "1901–9998" });
  }
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    return salesError("out-of-range", "outOfRange", { what: "start month", range: "1–12" });
  }
  const year = yearLabel(fiscalYear, startMonth);
  const fy = `FY${fiscalYear}`;
  const first = fiscalMonthStart(fiscalYear, startMonth, 1);
  const last = fiscalMonthStart(fiscalYear + 1, startMonth, 1) - 1;
  switch (granularity) {
    case "year":
      return [{ key: fy, granularity, index: 1, label: year, start: first, end: last }];
    case "quarter":
      return [1, 2, 3, 4].map((q) => ({
        key: `${fy}-Q${q}`,
        granularity,
        index: q,
        label: { en: `${year.en} Q${q}`, zh: `${year.zh}第${q}季度` },
        start: fiscalMonthStart(fiscalYear, startMonth, 3 * q - 2),
        end: fiscalMonthStart(fiscalYear, startMonth, 3 * q + 1) - 1,
      }));
    case "month":
      return Array.from({ length: 12 }, (_, i) => {
        const start = fiscalMonthStart(fiscalYear, startMonth, i + 1);
        const { year: y, month: m } = dateFromSerial(start);
        return {
          key: `${fy}-M${pad(m)}`,
          granularity,
          index: i + 1,
          label: { en: `${MONTHS_EN[m - 1]} ${y}`, zh: `${y}年${m}月` },
          start,
          end: fiscalMonthStart(fiscalYear, startMonth, i + 2) - 1,
        };
      });
    case "week": {
      const weeks: Period[] = [];
      for (let start = first, w = 1; start <= last; w++) {
        const end = Math.min(last, start + 6 - mondayIndex(start));
        weeks.push({
          key: `${fy}-W${pad(w)}`,
          granularity,
          index: w,
          label: { en: `${year.en} W${pad(w)}`, zh: `${year.zh}第${w}周` },
          start,
          end,
        });
        start = end + 1;
      }
      return weeks;
    }
    default:
      return salesError("invalid-value", "unknownOption", {
        what: "granularity",
        value: String(granularity),
        allowed: "year, quarter, month, week",
      });
  }
}
