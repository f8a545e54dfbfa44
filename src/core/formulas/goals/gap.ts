import type { CellOrMatrix } from "@core/cells/cell";
import { sumCells } from "@core/cells/sumCells";
import { isSalesError, type Result } from "@core/errors";

/**
 * Gap to target: Σtarget − Σactual; negative when ahead of target. Each argument is summed on
 * its own (they need not be the same size); empty cells count 0.
 *
 * @param target - targets, a range or a number
 * @param actual - actual results, a range or a number
 * @returns the amount still to reach (negative = ahead), or #VALUE! for a cell that is no number
 *
 * @example
 * gap(250000, [[100000], [135000]]) //=> 15000
 */
export function gap(target: CellOrMatrix, actual: CellOrMatrix): Result<number> {
  const t = sumCells(target);
  if (isSalesError(t)) return t;
  const a = sumCells(actual);
  if (isSalesError(a)) return a;
  return t - a;
}
