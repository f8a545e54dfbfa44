import { dateFromSerial, parseDate } from "@core/cells/parseDate";

/** An Excel serial as the value of an `<input type="date">` ("2026-12-31"); "" for none. */
export function isoFromSerial(serial: number | null): string {
  if (serial === null || !Number.isFinite(serial)) return "";
  const { year, month, day } = dateFromSerial(Math.floor(serial));
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The value of an `<input type="date">` as an Excel serial; null when empty or not a date. */
export function serialFromIso(text: string): number | null {
  return text.trim() === "" ? null : (parseDate(text.trim()) ?? null);
}
