import type { CellOrMatrix } from "@core/cells/cell";
import { cellCount, isMatrix } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt, scalarNumber } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/** Widest decimals accepted: beyond it a split of a typical total runs out of exact integers. */
const MAX_DECIMALS = 10;

/** Remainders closer than this are a tie: float noise must not decide which part gets a unit. */
const TIE = 1e-9;

/**
 * The total in whole units of 10^-decimals, rounded like Excel's ROUND: to 15 significant digits
 * first, so that 1.005 at 2 decimals (100.49999… units in binary) becomes 101 units as the user
 * reading "1.005" expects. Scaling multiplies for decimals ≥ 0 and divides for negative ones,
 * each exact where the other would not be (0.001 is not a binary fraction).
 */
function unitsOf(total: number, decimals: number): number {
  const scaled = decimals >= 0 ? total * 10 ** decimals : total / 10 ** -decimals;
  return Math.round(Number(scaled.toPrecision(15)));
}

/** A count of units back in the total's scale. */
function fromUnits(units: number, decimals: number): number {
  return decimals >= 0 ? units / 10 ** decimals : units * 10 ** -decimals;
}

/**
 * The k-th smallest value (0-based) of a scratch array, which it reorders (quickselect). On a
 * 10^6-row split this is a small fraction of a full sort.
 */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k];
  }
  return values[k];
}

/**
 * Adds one unit to each of the `count` parts with the largest remainders, ties (within float
 * noise) to the earlier position.
 */
function giveToLargest(parts: Float64Array, remainders: Float64Array, count: number): void {
  const n = parts.length;
  // Every remainder is below 1, so count < n; guard anyway so the sum stays exact.
  const rounds = Math.floor(count / n);
  if (rounds > 0) for (let i = 0; i < n; i++) parts[i] += rounds;
  let rest = count - rounds * n;
  if (rest === 0) return;
  const cutoff = kthSmallest(remainders.slice(), n - rest);
  for (let i = 0; i < n; i++) {
    if (remainders[i] > cutoff + TIE) {
      parts[i]++;
      rest--;
    }
  }
  for (let i = 0; i < n && rest > 0; i++) {
    if (Math.abs(remainders[i] - cutoff) <= TIE) {
      parts[i]++;
      rest--;
    }
  }
}

/**
 * Takes `count` units back, one at a time from the parts with the smallest remainders. Only float
 * rounding of huge totals can make the floors over-give, by fewer units than there are parts;
 * this keeps the sum exact even then. The walk is bounded: it visits every part at most
 * `count` times over, and a count no parts can give back is a programming error, not a hang.
 */
function takeFromSmallest(parts: Float64Array, remainders: Float64Array, count: number): void {
  const order = Array.from(parts.keys()).sort((a, b) => remainders[a] - remainders[b] || b - a);
  const limit = order.length * (count + 1);
  for (let k = 0; count > 0; k++) {
    if (k >= limit || !Number.isFinite(count)) throw new RangeError("the parts cannot give back the leftover units");
    const i = order[k % order.length];
    if (parts[i] > 0) {
      parts[i]--;
      count--;
    }
  }
}

/**
 * The largest-remainder split of a whole number of units; weights are non-negative with a
 * positive, finite sum. A share is units × weight ÷ Σweights; where the product would overflow
 * (weights near 1e308) it is units × (weight ÷ Σweights) instead, which cannot.
 */
function splitUnits(units: number, weights: ArrayLike<number>, weightSum: number): Float64Array {
  const n = weights.length;
  const parts = new Float64Array(n);
  const remainders = new Float64Array(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = units * weights[i];
    const share = product < Infinity ? product / weightSum : units * (weights[i] / weightSum);
    const floor = Math.floor(share);
    parts[i] = floor;
    remainders[i] = share - floor;
    given += floor;
  }
  const leftover = units - given;
  if (leftover > 0) giveToLargest(parts, remainders, leftover);
  else if (leftover < 0) takeFromSmallest(parts, remainders, -leftover);
  return parts;
}

/**
 * Splits a total into parts proportional to weights, rounded to `decimals` places, so that the
 * parts add up exactly to the total rounded to the same places (largest-remainder method).
 *
 * Works in whole units of 10^-decimals so no float drift creeps in: the total is rounded to
 * units, each part gets the floor of its exact share, and the leftover units go one each to the
 * parts with the largest fractional remainders, ties to the earlier position. Remainders within
 * 1e-9 of each other are ties, so binary noise (0.1 + 0.2 ≠ 0.3) never hands a unit to a later
 * part that should go to an earlier one; a share computed as 69.999… has a remainder near 1 and
 * so gets its unit back first. Negative decimals round to tens, hundreds …
 *
 * Pure and total over valid input; the preconditions below are the caller's to check (SPLIT and
 * the goal-breakdown wizard check them first and answer with an error value).
 *
 * @param total - the amount to split, ≥ 0
 * @param weights - non-negative weights with a positive sum
 * @param decimals - places to round to, a whole number from −10 to 10
 * @returns the parts, one per weight, adding up to round(total, decimals)
 * @throws RangeError when a precondition is broken (a programming error, not a user's input)
 *
 * @example
 * largestRemainder(100, [1, 1, 1], 0) //=> [34, 33, 33]
 */
export function largestRemainder(total: number, weights: readonly number[], decimals: number): number[] {
  if (!(total >= 0) || !Number.isFinite(total)) throw new RangeError("total must be a finite number ≥ 0");
  if (!Number.isInteger(decimals) || Math.abs(decimals) > MAX_DECIMALS)
    throw new RangeError("decimals must be a whole number from -10 to 10");
  let weightSum = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i];
    if (!(w >= 0 && w < Infinity)) throw new RangeError("weights must be finite numbers ≥ 0");
    weightSum += w;
  }
  if (!(weightSum > 0)) throw new RangeError("weights must have a positive sum");
  if (!Number.isFinite(weightSum)) throw new RangeError("weights add up beyond the largest number");
  const units = unitsOf(total, decimals);
  if (!Number.isSafeInteger(units)) throw new RangeError("total has too many digits for these decimals");
  const parts = splitUnits(units, weights, weightSum);
  const out: number[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) out[i] = fromUnits(parts[i], decimals);
  return out;
}

/**
 * SPLIT over cells: splits total in proportion to the weights range and spills the parts in the
 * shape of weights (so a column of weights gives a column of parts). An empty weight is 0 and
 * its part is 0. One bad weight makes the whole split meaningless (every part depends on
 * Σweights), so it is an error for the whole result rather than for its cell alone. decimals
 * must be a whole number (2.7 places is no count); an empty total counts 0. Weights as large as
 * 1e307 split as any others; weights whose sum is beyond the largest number are #NUM!.
 *
 * @param total - the amount to split, ≥ 0
 * @param weights - a range of non-negative weights (a SEASONINDEX column, head counts, last year's sales …)
 * @param decimals - places to round to; null for 0
 * @returns the parts in the shape of weights; #NUM! for a negative weight or total, decimals
 *   not a whole number from −10 to 10, a total with too many digits for the decimals, or
 *   weights adding up beyond Excel's largest number; #DIV/0! when
 *   Σweights = 0; #VALUE! for a weight that is no number
 *
 * @example
 * split(100, [[1], [1], [1]]) //=> [[34], [33], [33]]
 */
export function split(total: CellOrMatrix, weights: CellOrMatrix, decimals: CellOrMatrix = null): Result<number[][]> {
  const amount = scalarNumber(total, "total");
  if (isSalesError(amount)) return amount;
  const places = scalarNumber(decimals, "decimals");
  if (isSalesError(places)) return places;
  const t = amount ?? 0;
  const d = places ?? 0;
  if (t < 0) return salesError("out-of-range", "negative", { what: "total" });
  if (!Number.isInteger(d) || Math.abs(d) > MAX_DECIMALS)
    return salesError("out-of-range", "outOfRange", {
      what: "decimals",
      range: `a whole number from -${MAX_DECIMALS} to ${MAX_DECIMALS}`,
    });
  const units = unitsOf(t, d);
  if (!Number.isSafeInteger(units))
    return salesError("out-of-range", "outOfRange", { what: "total", range: "too many digits for these decimals" });

  const rows = isMatrix(weights) ? weights : [[weights]];
  const values = new Float64Array(cellCount(rows));
  let sum = 0;
  let k = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      let w: number;
      if (typeof cell === "number") w = cell;
      else if (isEmpty(cell)) w = 0;
      else {
        const parsed = numberAt(cell, k);
        if (isSalesError(parsed)) return parsed;
        w = parsed;
      }
      if (w < 0) return salesError("out-of-range", "negative", { what: `weight (row ${k + 1})` });
      values[k++] = w;
      sum += w;
    }
  }
  if (k === 0 || sum === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σweights" });
  if (sum === Infinity)
    return salesError("out-of-range", "outOfRange", {
      what: "Σweights",
      range: "up to 1.8E+308, Excel's largest number",
    });
  const parts = splitUnits(units, values, sum);
  // Plain loops: Array.prototype.map over 10^6 one-cell rows costs more than the split itself.
  const out: number[][] = new Array(rows.length);
  k = 0;
  for (let r = 0; r < rows.length; r++) {
    const width = rows[r].length;
    const row: number[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = fromUnits(parts[k++], d);
    out[r] = row;
  }
  return out;
}
