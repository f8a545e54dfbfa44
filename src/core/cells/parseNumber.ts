import type { Cell } from "@core/cells/cell";

const FULL_WIDTH_OFFSET = 0xfee0; // "１" (U+FF11) − "1" (U+0031)
const CURRENCY = /^[¥￥$€£]/;

/** Full-width digits and signs (０-９ ．，－＋％) become their ASCII forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

const UNSIGNED_NUMBER = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Reads a cell as a number the way a lenient spreadsheet user expects: numbers as they are, and
 * text with thousands separators, a leading currency sign (¥ $ € £), a trailing `%`, accounting
 * parentheses for negatives, or full-width digits. Booleans and other text give `undefined`.
 * Empty cells also give `undefined`: callers decide what empty means for them.
 *
 * Lenient in form, strict in meaning: one sign at most (before or after the currency sign, or
 * the accounting parentheses instead of one), spaces only around the currency sign and before
 * `%`, so `"--5"`, `"(-5)"`, `"-$-5"` and `"12 34"` are text, not numbers (a typo must not
 * become a figure).
 *
 * @example
 * parseNumber("¥1,234.50") //=> 1234.5
 * parseNumber("12%") //=> 0.12
 * parseNumber("(5)") //=> -5
 * parseNumber("１２３") //=> 123
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  let text = toHalfWidth(cell).trim();
  if (text.length === 0) return undefined;
  let negative = false;
  let signed = false;
  const parenthesized = text.startsWith("(") && text.endsWith(")");
  if (parenthesized) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const takeSign = () => {
    if (text[0] !== "-" && text[0] !== "+") return;
    if (signed || parenthesized) {
      text = "";
      return;
    }
    signed = true;
    negative = text[0] === "-";
    text = text.slice(1);
  };
  takeSign();
  if (CURRENCY.test(text)) {
    text = text.slice(1).trimStart();
    takeSign();
  }
  let divisor = 1;
  if (text.endsWith("%")) {
    divisor = 100;
    text = text.slice(0, -1).trimEnd();
  }
  if (text.includes(",")) {
    if (!GROUPED.test(text)) return undefined;
    text = text.replace(/,/g, "");
  }
  if (!UNSIGNED_NUMBER.test(text)) return undefined;
  const value = ((negative ? -1 : 1) * Number(text)) / divisor;
  return Number.isFinite(value) ? value : undefined;
}
