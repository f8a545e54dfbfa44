import { dateFromSerial } from "@core/cells/parseDate";

/**
 * An Excel date serial as an ISO date ("2026-03-01"), the form the pane shows dates in and a
 * date input takes, in every language: it reads the same to both and never as a day/month swap.
 *
 * @param serial - an Excel date serial (a time of day is dropped)
 * @returns the date as YYYY-MM-DD, or "" for null, undefined or a figure that is no number
 *
 * @example
 * isoDate(46082) //=> "2026-03-01"
 */
export function isoDate(serial: number | null | undefined): string {
  if (serial === null || serial === undefined || !Number.isFinite(serial)) return "";
  const { year, month, day } = dateFromSerial(Math.floor(serial));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
