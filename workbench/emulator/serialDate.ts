/**
 * Excel date serials (1900 system): whole days since 1899-12-30, which is right for every date
 * from 1900-03-01 on (Excel's fictitious 1900-02-29 is not modelled). 2000-01-01 = 36526.
 */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * The serial of a calendar date, or null when the date does not exist.
 * @example serialFromYmd(2000, 1, 1) //=> 36526
 */
export function serialFromYmd(year: number, month: number, day: number): number | null {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round((ms - EPOCH) / DAY_MS);
}

/** The calendar parts of a serial (fractional part = time of day). */
export function partsFromSerial(serial: number): {
  year: number;
  month: number;
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
} {
  const whole = Math.floor(serial);
  const d = new Date(EPOCH + whole * DAY_MS);
  let secondsOfDay = Math.round((serial - whole) * 86_400);
  if (secondsOfDay >= 86_400) secondsOfDay = 86_399;
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: Math.floor(secondsOfDay / 3600),
    minutes: Math.floor((secondsOfDay % 3600) / 60),
    seconds: secondsOfDay % 60,
  };
}

/** The serial (with time of day) of a JS Date, read in local time as Excel's NOW() does. */
export function serialFromDate(date: Date): number {
  const ms = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
  return (ms - EPOCH) / DAY_MS;
}
