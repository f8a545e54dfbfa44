import type { Cell } from "@core/cells/cell";

/** Serial of 1899-12-30, Excel's day 0 in the 1900 date system (after its fake 1900-02-29). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last date Excel knows. */
export const MAX_SERIAL = 2_958_465;

/**
 * The Excel serial (1900 system) of a calendar date. Days before 1900-03-01 follow Excel's
 * leap-year bug (serial 60 is the non-existent 1900-02-29).
 *
 * @example
 * serialFromDate(2000, 1, 1) //=> 36526
 */
export function serialFromDate(year: number, month: number, day: number): number {
  const serial = Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / DAY_MS);
  return serial <= 60 ? serial - 1 : serial;
}

/**
 * The calendar date of an Excel serial (whole days; any time of day is dropped).
 *
 * @example
 * dateFromSerial(36526) //=> { year: 2000, month: 1, day: 1 }
 */
export function dateFromSerial(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const shifted = whole < 60 ? whole + 1 : whole;
  const d = new Date(EPOCH_UTC + shifted * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whether y-m-d is a real calendar date. */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * Reads a cell as a date serial: an Excel serial number (whole days), or text `YYYY-MM-DD`,
 * `YYYY/M/D` or `YYYY年M月D日` (a time after the date is ignored). Anything else, including empty
 * cells, gives `undefined`.
 *
 * @example
 * parseDate("2024年3月1日") //=> 45352
 */
export function parseDate(cell: Cell): number | undefined {
  if (typeof cell === "number") {
    return Number.isFinite(cell) && cell >= 0 && cell <= MAX_SERIAL + 1 ? Math.floor(cell) : undefined;
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim();
  const m = ISO.exec(text) ?? SLASH.exec(text) ?? CHINESE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(year, month, day) ? serialFromDate(year, month, day) : undefined;
}

/** Today's serial from a JS timestamp, in the local calendar of the machine running Excel. */
export function serialFromLocalTime(time: Date): number {
  return serialFromDate(time.getFullYear(), time.getMonth() + 1, time.getDate());
}
