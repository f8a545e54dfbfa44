import type { CellOrMatrix } from "@core/cells/cell";
import { divisorSum, sumCells } from "@core/cells/sumCells";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Growth: (Σcurrent − Σprior) ÷ |Σprior|. Dividing by the absolute prior keeps the sign
 * meaningful when the prior period was a loss: going from −100 to −50 is +50 %, an improvement.
 * Each argument is summed on its own; empty cells count 0.
 *
 * @param current - this period's values, a range or a number
 * @param prior - the prior period's values, a range or a number
 * @returns a fraction (0.1 = +10 %); #DIV/0! when Σprior = 0
 *
 * @example
 * growth(110, 100) //=> 0.1
 */
export function growth(current: CellOrMatrix, prior: CellOrMatrix): Result<number> {
  const c = sumCells(current);
  if (isSalesError(c)) return c;
  const p = divisorSum(prior);
  if (isSalesError(p)) return p;
  if (p === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σprior" });
  return (c - p) / Math.abs(p);
}
