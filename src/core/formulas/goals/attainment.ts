import type { CellOrMatrix } from "@core/cells/cell";
import { divisorSum, sumCells } from "@core/cells/sumCells";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Attainment: Σactual ÷ Σtarget. A team's attainment is the ratio of the totals, never a mean of
 * the members' percentages (a mean would weight a small quota like a large one). Each argument
 * is summed on its own, so they need not be the same size: `ATTAINMENT(Deals[Amount], 250000)`
 * is fine. Empty cells count 0; text that is no number is #VALUE! naming its row.
 *
 * @param actual - actual results, a range or a number
 * @param target - targets, a range or a number
 * @returns a fraction (1 = target met); #DIV/0! when Σtarget = 0, #NUM! when Σtarget < 0
 *
 * @example
 * attainment(235000, 250000) //=> 0.94
 */
export function attainment(actual: CellOrMatrix, target: CellOrMatrix): Result<number> {
  const a = sumCells(actual);
  if (isSalesError(a)) return a;
  const t = divisorSum(target);
  if (isSalesError(t)) return t;
  if (t === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σtarget" });
  if (t < 0) return salesError("out-of-range", "negative", { what: "Σtarget" });
  return a / t;
}
