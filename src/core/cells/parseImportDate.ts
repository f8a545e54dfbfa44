import type { Cell } from "@core/cells/cell";
import { isValidDate, MAX_SERIAL, serialFromDate } from "@core/cells/parseDate";

/** Which of the two short numbers comes first in a date written `a/b/YYYY` or `a.b.YYYY`. */
export type DateOrder = "mdy" | "dmy";

const TIME = String.raw`(?:(?:[T\s]+|\s*)\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?|上午|下午)?(?:Z|[+-]\d{2}:?\d{2})?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`, "i");
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})${TIME}$`, "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** A written date's parts before the day/month order is applied. */
export type DateParts =
  | { style: "year-first" | "compact"; year: number; month: number; day: number }
  | { style: "day-month"; first: number; second: number; year: number; separator: string };

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * The parts of a date written as text: year first (`2024-03-01`, `2024/3/1`, `2024.3.1`,
 * `2024年3月1日`), compact (`20240301`), or day and month before the year (`3/1/2024`,
 * `1.3.2024`, `3-1-24`); a time after the date is allowed. Anything else gives `undefined`.
 *
 * @example
 * dateParts("3/1/2024 10:30 AM") //=> { style: "day-month", first: 3, second: 1, year: 2024, separator: "/" }
 */
export function dateParts(text: string): DateParts | undefined {
  const value = text.normalize("NFKC").trim();
  let m = YEAR_FIRST.exec(value);
  if (m) return { style: "year-first", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = DAY_MONTH.exec(value);
  if (m)
    return { style: "day-month", first: Number(m[1]), second: Number(m[3]), year: fullYear(m[4]), separator: m[2] };
  m = COMPACT.exec(value);
  if (m) return { style: "compact", year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return undefined;
}

function serialOf(year: number, month: number, day: number): number | undefined {
  return isValidDate(year, month, day) ? serialFromDate(year, month, day) : undefined;
}

/**
 * Reads an imported cell as a date serial. Numbers are Excel serials (kept as they are, time of
 * day included) or, when too large to be one, compact `YYYYMMDD` numbers; text is read by
 * {@link dateParts}, with `order` deciding whether `3/1/2024` is March 1 ("mdy") or 3 January
 * ("dmy"); dotted dates (`20.6.2024`) are always day-first. Empty cells, booleans, impossible dates and other text give `undefined`.
 *
 * @param cell - the imported cell
 * @param order - the day/month order of the cell's column (see detectDateFormat)
 * @returns the date's serial, or undefined
 *
 * @example
 * parseImportDate("3/1/2024", "dmy") //=> 45294 (3 January 2024)
 */
export function parseImportDate(cell: Cell, order: DateOrder): number | undefined {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1) return undefined;
    if (cell <= MAX_SERIAL) return cell;
    return Number.isInteger(cell) ? parseImportDate(String(cell), order) : undefined;
  }
  if (typeof cell !== "string") return undefined;
  const parts = dateParts(cell);
  if (!parts) return undefined;
  if (parts.style !== "day-month") return serialOf(parts.year, parts.month, parts.day);
  // D.M.YYYY is day-first wherever dots are written; the column's order decides slashes and dashes.
  return order === "mdy" && parts.separator !== "."
    ? serialOf(parts.year, parts.first, parts.second)
    : serialOf(parts.year, parts.second, parts.first);
}
