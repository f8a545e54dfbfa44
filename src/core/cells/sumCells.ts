import type { CellOrMatrix } from "@core/cells/cell";
import { isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt } from "@core/cells/readCell";
import { isSalesError, type Result } from "@core/errors";

/**
 * The sum of a range or a single value, the way SUM reads it but stricter: empty cells are
 * skipped, numbers and number-like text ("¥1,200", "12%", full-width digits) are added, and any
 * other text or a boolean is #VALUE! naming its 1-based row-major position (SUM would silently
 * skip it, hiding a typo in a target sheet). Negative cells are added as they are (refunds,
 * corrections): callers that forbid them check the total.
 *
 * Reads the 2-D array in place, with a fast path for numbers, because the Σ functions run over
 * whole columns of a pipeline.
 *
 * @param arg - a range (rows of cells) or a single value
 * @returns the total, or #VALUE! for a cell that is not a number
 *
 * @example
 * sumCells([["¥1,200"], [null], [800]]) //=> 2000
 */
export function sumCells(arg: CellOrMatrix): Result<number> {
  if (!isMatrix(arg)) {
    if (typeof arg === "number") return arg;
    return isEmpty(arg) ? 0 : numberAt(arg, 0);
  }
  let total = 0;
  if (arg.length > 0 && arg[0].length === 1) {
    // A column, the shape of a table column: one index, no inner loop.
    for (let i = 0; i < arg.length; i++) {
      const cell = arg[i][0];
      if (typeof cell === "number") total += cell;
      else if (!isEmpty(cell)) {
        const value = numberAt(cell, i);
        if (isSalesError(value)) return value;
        total += value;
      }
    }
    return total;
  }
  let index = 0;
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r];
    for (let c = 0; c < row.length; c++, index++) {
      const cell = row[c];
      if (typeof cell === "number") total += cell;
      else if (!isEmpty(cell)) {
        const value = numberAt(cell, index);
        if (isSalesError(value)) return value;
        total += value;
      }
    }
  }
  return total;
}
