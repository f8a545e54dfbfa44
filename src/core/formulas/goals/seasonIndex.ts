import type { CellOrMatrix } from "@core/cells/cell";
import { cellCount, isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt, scalarNumber } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Centred moving average at each index where the full window fits, else NaN. Each window is
 * summed afresh: a running sum would carry rounding from large early values into windows of
 * small or zero ones, turning a zero average into a tiny non-zero one.
 */
function centredMovingAverage(y: ArrayLike<number>, m: number): Float64Array {
  const cma = new Float64Array(y.length).fill(NaN);
  const half = Math.floor(m / 2);
  for (let t = half; t + half < y.length; t++) {
    let sum = 0;
    if (m % 2 === 1) {
      for (let i = t - half; i <= t + half; i++) sum += y[i];
    } else {
      // Weights ½, 1, …, 1, ½ over m + 1 values.
      for (let i = t - half + 1; i < t + half; i++) sum += y[i];
      sum += (y[t - half] + y[t + half]) / 2;
    }
    cma[t] = sum / m;
  }
  return cma;
}

/** Indices scaled so they average exactly 1 (to float precision), or #DIV/0! when all are 0. */
function scaledToMeanOne(raw: readonly number[]): Result<number[]> {
  let sum = 0;
  for (const r of raw) sum += r;
  if (!(sum > 0)) return salesError("div-by-zero", "zeroDenominator", { what: "Σ seasonal index" });
  return raw.map((r) => (r * raw.length) / sum);
}

/**
 * Seasonal indices from a history of numbers, oldest first, starting at season position 1.
 *
 * - 3 or more full seasons: classical multiplicative decomposition. The centred moving average
 *   (even m: weights ½, 1, …, 1, ½ over m + 1 values, ÷ m; odd m: the plain m-value mean) is taken
 *   over the whole history, a trailing partial season included (its values have known
 *   positions and sharpen the averages); each value is divided by its CMA where the CMA exists
 *   and is non-zero, and the ratios are averaged per position. A position with no usable ratio
 *   (its CMA is 0 everywhere, so its values are 0 there too) gets index 0.
 * - 1 or 2 full seasons: too short for a moving average, so each full season's values are
 *   divided by that season's mean and averaged per position; a season whose mean is 0 tells
 *   nothing and is left out; a trailing partial season is ignored.
 *
 * Either way the indices are then scaled to average 1.
 *
 * @param history - non-negative values, oldest first (an array or a Float64Array)
 * @param seasonLength - positions per season (12 for months of a year), a whole number ≥ 1
 * @returns seasonLength indices averaging 1; #N/A with fewer than seasonLength values;
 *   #NUM! for a negative value or a bad seasonLength; #DIV/0! when everything is 0
 *
 * @example
 * seasonIndex([10, 30, 10, 30], 2) //=> [0.5, 1.5]
 */
export function seasonIndex(history: ArrayLike<number>, seasonLength: number): Result<number[]> {
  const m = seasonLength;
  if (!Number.isInteger(m) || m < 1)
    return salesError("out-of-range", "outOfRange", { what: "season_length", range: "a whole number ≥ 1" });
  if (history.length < m) return salesError("not-available", "tooFewValues", { min: m });
  for (let i = 0; i < history.length; i++) {
    if (history[i] < 0) return salesError("out-of-range", "negative", { what: `history (row ${i + 1})` });
  }
  const seasons = Math.floor(history.length / m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  if (seasons >= 3) {
    const cma = centredMovingAverage(history, m);
    for (let t = 0; t < history.length; t++) {
      const c = cma[t];
      if (Number.isNaN(c) || c === 0) continue;
      sums[t % m] += history[t] / c;
      counts[t % m]++;
    }
  } else {
    for (let s = 0; s < seasons; s++) {
      let total = 0;
      for (let p = 0; p < m; p++) total += history[s * m + p];
      if (total === 0) continue;
      const mean = total / m;
      for (let p = 0; p < m; p++) {
        sums[p] += history[s * m + p] / mean;
        counts[p]++;
      }
    }
  }
  return scaledToMeanOne(sums.map((s, p) => (counts[p] === 0 ? 0 : s / counts[p])));
}

/**
 * SEASONINDEX over cells: reads history row-major (so a row or a column both work), then
 * {@link seasonIndex}. Cells after the last filled one are ignored (a range selected past the
 * data, such as a whole year with months still to come); an empty cell before it counts 0
 * (a month with no sales), because skipping it would shift every later month to the wrong
 * position. Text that is no number is #VALUE! naming its row.
 *
 * @param history - the history range, oldest first, starting at season position 1
 * @param seasonLength - positions per season; null for 12
 * @returns a column (seasonLength rows × 1) of indices averaging 1, or an error as in seasonIndex
 *
 * @example
 * seasonIndexOfCells([[10], [30], [10], [30]], 2) //=> [[0.5], [1.5]]
 */
export function seasonIndexOfCells(history: CellOrMatrix, seasonLength: CellOrMatrix = null): Result<number[][]> {
  const length = scalarNumber(seasonLength, "season_length");
  if (isSalesError(length)) return length;
  const rows = isMatrix(history) ? history : [[history]];
  const values = new Float64Array(cellCount(history));
  let filled = 0;
  let index = 0;
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell === "number") {
        values[index++] = cell;
        filled = index;
      } else if (isEmpty(cell)) {
        values[index++] = 0;
      } else {
        const value = numberAt(cell, index);
        if (isSalesError(value)) return value;
        values[index++] = value;
        filled = index;
      }
    }
  }
  const indices = seasonIndex(values.subarray(0, filled), length ?? 12);
  return isSalesError(indices) ? indices : indices.map((i) => [i]);
}
