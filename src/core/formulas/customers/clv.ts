import type { CellOrMatrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseProbability } from "@core/cells/parseProbability";
import { scalarNumber, showCell } from "@core/cells/readCell";
import { scalarCell } from "@core/cells/scalarCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Customer lifetime value: avg_order × purchases_per_year × years × margin. An empty argument
 * counts 0, as in an Excel formula; an omitted or empty margin is 1 (the value in revenue).
 * margin is a rate: 0.4, 40 and "40%" all mean 40 % (above 100 → #NUM!).
 *
 * @param avgOrder - average order value
 * @param purchasesPerYear - purchases per customer per year
 * @param years - expected customer lifetime in years
 * @param margin - gross margin; null for 1
 * @returns the value in money; #NUM! for a negative input
 *
 * @example
 * clv(500, 4, 3, "40%") //=> 2400
 */
export function clv(
  avgOrder: CellOrMatrix,
  purchasesPerYear: CellOrMatrix,
  years: CellOrMatrix,
  margin: CellOrMatrix = null,
): Result<number> {
  const factors: number[] = [];
  for (const [arg, what] of [
    [avgOrder, "avg_order"],
    [purchasesPerYear, "purchases_per_year"],
    [years, "years"],
  ] as const) {
    const value = scalarNumber(arg, what);
    if (isSalesError(value)) return value;
    if ((value ?? 0) < 0) return salesError("out-of-range", "negative", { what });
    factors.push(value ?? 0);
  }
  const marginCell = scalarCell(margin, "margin");
  if (isSalesError(marginCell)) return marginCell;
  let rate = 1;
  if (!isEmpty(marginCell)) {
    const parsed = parseProbability(marginCell);
    if (parsed === undefined)
      return salesError("invalid-value", "argNotANumber", { what: "margin", value: showCell(marginCell) });
    if (Number.isNaN(parsed))
      return salesError("out-of-range", "outOfRange", { what: "margin", range: "0–1 or 0–100 %" });
    rate = parsed;
  }
  return factors[0] * factors[1] * factors[2] * rate;
}
