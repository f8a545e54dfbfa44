import type { Cell } from "@core/cells/cell";

/** Fewer digits than this is no phone number to compare (an extension, a typo). */
const MIN_DIGITS = 5;

/**
 * The key two phone numbers are compared by to find duplicates: digits only (full-width digits
 * folded; spaces, dashes, brackets and `+` dropped), without China's country code (a leading
 * `0086`, or `86` in front of an 11-digit mobile number). Fewer than five digits gives "".
 *
 * @example
 * normalizePhone("+86 138-0013-8000") //=> "13800138000"
 */
export function normalizePhone(phone: Cell): string {
  if (phone === null || phone === undefined || typeof phone === "boolean") return "";
  const text = typeof phone === "number" ? phone.toFixed(0) : phone.normalize("NFKC");
  let digits = text.replace(/\D+/g, "");
  if (digits.startsWith("0086")) digits = digits.slice(4);
  else if (digits.length === 13 && /^861[3-9]/.test(digits)) digits = digits.slice(2);
  return digits.length >= MIN_DIGITS ? digits : "";
}
