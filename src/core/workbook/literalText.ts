import { parseNumber } from "@core/cells/parseNumber";
import { dateParts } from "@core/cells/parseImportDate";
import { safeText } from "@core/workbook/safeText";

/** Text Excel would turn into a boolean, an error value or a time if written as is. */
const EXCEL_LITERAL =
  /^\s*(true|false|#n\/a|#value!|#ref!|#div\/0!|#num!|#name\?|#null!|\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?)\s*$/i;

/**
 * The string to write so that Excel stores exactly this text. Beyond {@link safeText}'s formula
 * guard, text Excel would convert on entry also gets the apostrophe prefix: numbers written as
 * text ("00123" would lose its zeros, "13800138000" would become 1.38E+10), dates ("2024-03-01"),
 * booleans, error names and times, and text that itself starts with an apostrophe (Excel would
 * swallow it). Everything else is written unchanged.
 *
 * @param value - text to keep as text
 * @returns the text to put in the values array
 *
 * @example
 * literalText("00123") //=> "'00123"
 * literalText("王伟") //=> "王伟"
 */
export function literalText(value: string): string {
  const guarded = safeText(value);
  if (guarded !== value) return guarded;
  if (value.startsWith("'")) return `'${value}`;
  const trimmed = value.trim();
  if (trimmed.length === 0) return value;
  if (parseNumber(trimmed) !== undefined || dateParts(trimmed) !== undefined || EXCEL_LITERAL.test(trimmed)) {
    return `'${value}`;
  }
  return value;
}
