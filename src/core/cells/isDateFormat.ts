/**
 * Whether an Excel number format shows a number as a date: it has a year, a day, or a month
 * without hours or seconds (in "h:mm" the m is minutes). Quoted text, escaped characters and
 * bracketed sections ([Red], [$-804]) are left out first, so a currency or colour never counts.
 *
 * @param format - the cell's number format code, e.g. from Range.numberFormat
 * @returns true for date formats such as "yyyy-mm-dd", "m/d/yyyy" or "yyyy\"年\"m\"月\"d\"日\""
 * @example
 * isDateFormat("m/d/yyyy") //=> true
 * isDateFormat("#,##0.00") //=> false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const codes = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (codes === "general") return false;
  return /[yd]/.test(codes) || (/m/.test(codes) && !/[hs]/.test(codes));
}
