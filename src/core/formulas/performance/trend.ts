import type { CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Relative trend per period: the least-squares slope of the values against 1 … n, divided by
 * their mean (0.05 = growing about 5 % of the average level per period). Empty cells are skipped
 * and the positions are the order of the non-empty values, so a gap in a monthly column does not
 * count as a month. The mean is used as it is, sign included, as the catalogue defines it: for a
 * series with a negative mean the sign of the result is the opposite of the slope's.
 *
 * @param values - the series, oldest first
 * @returns slope ÷ mean; #N/A with fewer than 2 values; #DIV/0! when the mean is 0 (within rounding); #VALUE! naming the row of text that is no number
 *
 * @example
 * trend([[100], [110], [120]]) //=> 0.09090909090909091
 */
export function trend(values: CellOrMatrix): Result<number> {
  const ys: number[] = [];
  const cells = flatten(values);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isEmpty(cell)) continue;
    const y = numberAt(cell, i);
    if (isSalesError(y)) return y;
    ys.push(y);
  }
  const n = ys.length;
  if (n < 2) return salesError("not-available", "tooFewValues", { min: 2 });
  let sum = 0;
  let size = 0;
  for (const y of ys) {
    sum += y;
    size += Math.abs(y);
  }
  const mean = sum / n;
  // A mean that is zero but for rounding ({0.1, 0.2, −0.3}) would give an absurd huge trend.
  if (Math.abs(sum) <= 1e-12 * size) return salesError("div-by-zero", "zeroDenominator", { what: "mean" });
  const meanX = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  for (let k = 0; k < n; k++) {
    const dx = k + 1 - meanX;
    sxy += dx * (ys[k] - mean);
    sxx += dx * dx;
  }
  return sxy / sxx / mean;
}
