import { dateFromSerial, serialFromDate } from "@core/cells/parseDate";

/**
 * A sales week: Monday to Sunday, named by its ISO 8601 week (2026-W49). China's working week and
 * ISO's both start on Monday, and a weekly meeting reviews Monday to Sunday in an English workbook
 * too, so one rule serves both languages and a week's name is the same in either.
 */
export type Week = {
  /** Serial of the Monday. */
  readonly start: number;
  /** Serial of the Sunday (inclusive). */
  readonly end: number;
  /** The ISO week-numbering year: the year of the week's Thursday (2026-12-28 is in 2026-W53). */
  readonly year: number;
  /** 1 to 53. */
  readonly number: number;
};

/** Days since Monday of a serial's day (Monday 0 … Sunday 6). Valid from 1900-03-01 (serial 61). */
function daysSinceMonday(serial: number): number {
  // Serial 61 (1900-03-01) was a Thursday: (61 + 5) % 7 = 3.
  return (((Math.floor(serial) + 5) % 7) + 7) % 7;
}

/**
 * The week a day falls in.
 *
 * @param serial - an Excel date serial (any time of day is dropped)
 * @example
 * weekOf(serialFromDate(2026, 12, 2)) //=> { start: 46356 (Mon 2026-11-30), end: 46362, year: 2026, number: 49 }
 * weekOf(serialFromDate(2027, 1, 1)).year //=> 2026 (Friday of 2026-W53)
 */
export function weekOf(serial: number): Week {
  const start = Math.floor(serial) - daysSinceMonday(serial);
  const { year } = dateFromSerial(start + 3);
  const number = Math.floor((start + 3 - serialFromDate(year, 1, 1)) / 7) + 1;
  return { start, end: start + 6, year, number };
}

/**
 * The week before the one `today` is in: the week a Monday meeting reviews.
 *
 * @example
 * lastWeek(serialFromDate(2026, 12, 7)).number //=> 49 (Monday 2026-12-07 reviews 11-30 to 12-06)
 */
export function lastWeek(today: number): Week {
  return weekOf(Math.floor(today) - 7);
}

/** The week after `week`. */
export function nextWeek(week: Week): Week {
  return weekOf(week.end + 1);
}

/**
 * A week's ISO name, the same in both languages.
 *
 * @example
 * weekLabel(weekOf(serialFromDate(2026, 12, 2))) //=> "2026-W49"
 */
export function weekLabel(week: Week): string {
  return `${week.year}-W${String(week.number).padStart(2, "0")}`;
}

/**
 * The week an ISO name names, or undefined when the name is not one ("2026-W54", "2026-49").
 *
 * @example
 * weekFromLabel("2027-W01")?.start === serialFromDate(2027, 1, 4) //=> true
 */
export function weekFromLabel(label: string): Week | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const number = Number(match[2]);
  // 4 January is always in week 1.
  const week = weekOf(serialFromDate(year, 1, 4) + (number - 1) * 7);
  return week.year === year && week.number === number && number >= 1 ? week : undefined;
}
