import type { Cell } from "@core/cells/cell";

const FULL_WIDTH_OFFSET = 0xfee0; // "１" (U+FF11) − "1" (U+0031)
const CURRENCY = /^[¥￥$€£]/;

/** Full-width digits and signs (０-９ ．，－＋％) become their ASCII forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Reads a cell as a number the way a lenient spreadsheet user expects: numbers as they are, and
 * text with thousands separators, a leading currency sign (¥ $ € £), a trailing `%`, accounting
 * parentheses for negatives, or full-width digits. Booleans and other text give `undefined`.
 * Empty cells also give `undefined`: callers decide what empty means for them.
 *
 * @example
 * parseNumber("¥1,234.50") //=> 1234.5
 * parseNumber("12%") //=> 0.12
 * parseNumber("１２３") //=> 123
 */
export function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== "string") return undefined;
  let text = toHalfWidth(cell.trim()).replace(/\s+/g, "");
  if (text.length === 0) return undefined;
  let sign = 1;
  if (text.startsWith("(") && text.endsWith(")")) {
    sign = -1;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-") || text.startsWith("+")) {
    if (text[0] === "-") sign = -sign;
    text = text.slice(1);
  }
  if (CURRENCY.test(text)) {
    text = text.slice(1);
    if (text.startsWith("-") || text.startsWith("+")) {
      if (text[0] === "-") sign = -sign;
      text = text.slice(1);
    }
  }
  let divisor = 1;
  if (text.endsWith("%")) {
    divisor = 100;
    text = text.slice(0, -1);
  }
  if (text.includes(",")) {
    if (!GROUPED.test(text)) return undefined;
    text = text.replace(/,/g, "");
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = (sign * Number(text)) / divisor;
  return Number.isFinite(value) ? value : undefined;
}
