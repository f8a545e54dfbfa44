import type { Cell } from "@core/cells/cell";
import { parseNumber } from "@core/cells/parseNumber";

/**
 * Reads a probability or rate: a number in [0, 1] is a fraction, a number in (1, 100] is a
 * percent (so 1 means 100 %), and text with `%` is a percent ("35%" = 0.35). Returns
 * `undefined` for text that is no number, and `NaN` for a number outside 0–100 (or a
 * "…%" text outside 0–100 %), which callers answer with #NUM!.
 *
 * @example
 * parseProbability(35) //=> 0.35
 * parseProbability("35%") //=> 0.35
 * parseProbability(0.35) //=> 0.35
 */
export function parseProbability(cell: Cell): number | undefined {
  const value = parseNumber(cell);
  if (value === undefined) return undefined;
  const isPercentText = typeof cell === "string" && cell.trim().replace(/％$/, "%").endsWith("%");
  if (isPercentText) return value >= 0 && value <= 1 ? value : NaN;
  if (value < 0 || value > 100) return NaN;
  return value <= 1 ? value : value / 100;
}
