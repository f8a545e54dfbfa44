import type { CellOrMatrix } from "@core/cells/cell";
import { divisorSum, sumCells } from "@core/cells/sumCells";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Pipeline coverage: Σpipeline ÷ Σquota_remaining, how many times the open pipeline covers what
 * is left to sell. Each argument is summed on its own (a pipeline column against one quota
 * figure); empty cells count 0.
 *
 * @param pipeline - open pipeline amounts, a range or a number
 * @param quotaRemaining - quota still to reach, a range or a number
 * @returns the coverage ratio (3 = 3×); #N/A "quota already met" when Σquota_remaining ≤ 0
 *
 * @example
 * coverage(7500000, 2000000) //=> 3.75
 */
export function coverage(pipeline: CellOrMatrix, quotaRemaining: CellOrMatrix): Result<number> {
  const p = sumCells(pipeline);
  if (isSalesError(p)) return p;
  const q = divisorSum(quotaRemaining);
  if (isSalesError(q)) return q;
  if (q <= 0) return salesError("not-available", "quotaMet");
  return p / q;
}
