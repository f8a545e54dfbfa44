import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt } from "@core/cells/readCell";
import { isSalesError, type Result, type SalesError } from "@core/errors";

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
  const sums = accumulate(arg);
  return isSalesError(sums) ? sums : sums.total;
}

/**
 * The sum of a range used as a divisor: as {@link sumCells}, except that a total which is zero
 * up to float rounding is exactly 0. 0.1 + 0.2 − 0.3 is 5.6e-17 in binary, and dividing by it
 * would answer 1.8e16 where the user's figures say "divide by zero". "Up to rounding" is relative
 * to the size of the cells added: |total| ≤ 1e-12 × Σ|cell| (TREND's mean uses the same bound),
 * so a genuinely tiny target such as 1e-20 alone stays what it is.
 *
 * @param arg - a range (rows of cells) or a single value
 * @returns the total, 0 when it cancels out, or #VALUE! for a cell that is not a number
 *
 * @example
 * divisorSum([[0.1], [0.2], [-0.3]]) //=> 0
 */
export function divisorSum(arg: CellOrMatrix): Result<number> {
  const sums = accumulate(arg);
  if (isSalesError(sums)) return sums;
  return Math.abs(sums.total) <= CANCELLED * sums.magnitude ? 0 : sums.total;
}

/** How small a total may be, relative to the cells added, and still be zero: float noise. */
const CANCELLED = 1e-12;

type Sums = { total: number; magnitude: number };

function addCell(sums: Sums, cell: Cell, index: number): SalesError | undefined {
  let value: number;
  if (typeof cell === "number") value = cell;
  else if (isEmpty(cell)) return undefined;
  else {
    const parsed = numberAt(cell, index);
    if (isSalesError(parsed)) return parsed;
    value = parsed;
  }
  sums.total += value;
  sums.magnitude += Math.abs(value);
  return undefined;
}

function accumulate(arg: CellOrMatrix): Result<Sums> {
  const sums: Sums = { total: 0, magnitude: 0 };
  if (!isMatrix(arg)) return addCell(sums, arg, 0) ?? sums;
  if (arg.length > 0 && arg[0].length === 1) {
    // A column, the shape of a table column: one index, no inner loop; numbers on the fast path.
    for (let i = 0; i < arg.length; i++) {
      const cell = arg[i][0];
      if (typeof cell === "number") {
        sums.total += cell;
        sums.magnitude += cell < 0 ? -cell : cell;
      } else {
        const error = addCell(sums, cell, i);
        if (error) return error;
      }
    }
    return sums;
  }
  let index = 0;
  for (let r = 0; r < arg.length; r++) {
    const row = arg[r];
    for (let c = 0; c < row.length; c++, index++) {
      const error = addCell(sums, row[c], index);
      if (error) return error;
    }
  }
  return sums;
}
