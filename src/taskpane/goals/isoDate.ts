import { parseDate } from "@core/cells/parseDate";

/** The value of an `<input type="date">` as an Excel serial; null when empty or not a date. */
export function serialFromIso(text: string): number | null {
  return text.trim() === "" ? null : (parseDate(text.trim()) ?? null);
}
