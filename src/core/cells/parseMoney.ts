import type { Cell } from "@core/cells/cell";
import { parseNumber } from "@core/cells/parseNumber";

/** The currencies money text names, by ISO code. */
export type CurrencyCode = "CNY" | "USD" | "EUR" | "GBP" | "HKD";

/** A money cell read as a number, with what its text said besides the digits. */
export type MoneyReading = {
  readonly value: number;
  /** The currency the text names (¥, RMB, 元 … → CNY), or null when it names none. */
  readonly currency: CurrencyCode | null;
  /** The text carried a currency mark or a 万 / 亿 unit (so it was more than a number stored as text). */
  readonly marked: boolean;
};

/** Marks before the amount, longest first so "US$" is not read as "$" after "US". */
const PREFIXES: readonly (readonly [string, CurrencyCode])[] = [
  ["US$", "USD"],
  ["HK$", "HKD"],
  ["RMB", "CNY"],
  ["CNY", "CNY"],
  ["USD", "USD"],
  ["EUR", "EUR"],
  ["GBP", "GBP"],
  ["HKD", "HKD"],
  ["¥", "CNY"],
  ["$", "USD"],
  ["€", "EUR"],
  ["£", "GBP"],
];

/** Marks after the amount: a unit (万 = 10⁴, 亿 = 10⁸), and or a currency. */
const SUFFIXES: readonly (readonly [string, CurrencyCode | null, number])[] = [
  ["万元", "CNY", 1e4],
  ["亿元", "CNY", 1e8],
  ["人民币", "CNY", 1],
  ["万", null, 1e4],
  ["亿", null, 1e8],
  ["元", "CNY", 1],
  ["RMB", "CNY", 1],
  ["CNY", "CNY", 1],
  ["USD", "USD", 1],
  ["EUR", "EUR", 1],
  ["GBP", "GBP", 1],
  ["HKD", "HKD", 1],
];

/**
 * Reads a money cell: a number as it is, or text with a currency mark or unit as Chinese and
 * English exports write it — before the amount `¥`, `￥`, `RMB`, `CNY`, `$`, `US$`, `USD`, `€`,
 * `EUR`, `£`, `GBP`, `HK$`, `HKD`; after it `元`, `人民币`, `万`, `万元`, `亿`, `亿元` or an ISO
 * code — with thousands separators, full-width digits, a sign or accounting parentheses
 * (parseNumber reads the amount itself, as strictly as ever). `万` and `亿` multiply (12.5万 is
 * 125,000). No exchange rate is applied: the amount is the number written, its currency is
 * reported for the caller to check. A `%`, two currencies, or anything parseNumber refuses give
 * `undefined`.
 *
 * @param cell - the cell as read
 * @returns the amount, its currency and whether the text was marked; undefined when it is not money
 *
 * @example
 * parseMoney("¥1,250,000.00") //=> { value: 1250000, currency: "CNY", marked: true }
 * parseMoney("12.5万") //=> { value: 125000, currency: null, marked: true }
 * parseMoney("US$ 3,000") //=> { value: 3000, currency: "USD", marked: true }
 */
export function parseMoney(cell: Cell): MoneyReading | undefined {
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { value: cell, currency: null, marked: false } : undefined;
  if (typeof cell !== "string") return undefined;
  // NFKC folds ￥ to ¥ and full-width digits, signs and letters to ASCII.
  let text = cell.normalize("NFKC").trim();
  let open = "";
  let close = "";
  if (text.startsWith("(") && text.endsWith(")")) {
    open = "(";
    close = ")";
    text = text.slice(1, -1).trim();
  }
  let sign = "";
  if (text.startsWith("-") || text.startsWith("+")) {
    sign = text[0];
    text = text.slice(1).trimStart();
  }
  let currency: CurrencyCode | null = null;
  let marked = false;
  const upper = () => text.toUpperCase();
  const prefix = PREFIXES.find(([mark]) => upper().startsWith(mark));
  if (prefix) {
    currency = prefix[1];
    marked = true;
    text = text.slice(prefix[0].length).trimStart();
  }
  let factor = 1;
  const suffix = SUFFIXES.find(([mark]) => upper().endsWith(mark));
  if (suffix) {
    if (currency !== null && suffix[1] !== null && suffix[1] !== currency) return undefined;
    currency = currency ?? suffix[1];
    factor = suffix[2];
    marked = true;
    text = text.slice(0, text.length - suffix[0].length).trimEnd();
  }
  if (text.includes("%") || /[¥$€£]/.test(text)) return undefined;
  const amount = parseNumber(`${open}${sign}${text}${close}`);
  if (amount === undefined) return undefined;
  // 1.1 × 10⁴ is 11000.000000000002 in binary: 15 significant digits is what the text held.
  const value = factor === 1 ? amount : Number((amount * factor).toPrecision(15));
  return { value, currency, marked };
}
