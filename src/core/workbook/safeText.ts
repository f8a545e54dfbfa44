/** Characters that make Excel read an entry as a formula (or, for `-` and `+`, as a signed number). */
const FORMULA_START = /^\s*[=+\-@]/;

/**
 * Makes text safe to write into a cell: text whose first non-space character is `=`, `+`, `-` or
 * `@` would be read by Excel as a formula (the CSV-injection risk: `=HYPERLINK(...)`,
 * `@SUM(...)`), so it gets Excel's text prefix, an apostrophe: writing `'=1+1` stores the text
 * `=1+1`, and the apostrophe is not part of the cell's value. Other text is returned unchanged.
 * A leading space does not protect: the guard looks at the first non-space character.
 *
 * @param value - text from a user or an import
 * @returns the text to write
 *
 * @example
 * safeText("=HYPERLINK(\"http://x\")") //=> "'=HYPERLINK(\"http://x\")"
 * safeText("Acme") //=> "Acme"
 */
export function safeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Whether {@link safeText} changes a text, i.e. Excel would not store it as typed. */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}
