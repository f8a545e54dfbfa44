import type { CellOrMatrix } from "../cells/cell";
import { isMatrix } from "../cells/flatten";
import { isEmpty } from "../cells/isEmpty";
import { numberAt, scalarNumber } from "../cells/readCell";
import { isSalesError, salesError, type Result } from "../errors";

/** Widest decimals accepted: beyond it a split of a typical total runs out of exact integers. */
const MAX_DECIMALS = 10;

/**
 * Rounds like Excel's ROUND: to 15 significant digits first, so that 1.005 × 100 (which is
 * 100.49999… in binary) rounds to 101 as the user reading "1.005" expects.
 */
function roundUnits(value: number): number {
  return Math.round(Number(value.toPrecision(15)));
}

/**
 * Splits a total into parts proportional to weights, rounded to `decimals` places, so that the
 * parts add up exactly to the total rounded to the same places (largest-remainder method).
 *
 * Works in whole units of 10^-decimals so no float drift creeps in: the total is rounded to
 * units, each part gets the floor of its exact share, and the leftover units go one each to the
 * parts with the largest fractional remainders, ties to the earlier position. A share within
 * float noise of a whole number (33.999999999 for 34) counts as that number, so equal weights
 * never lose a unit to binary rounding. Negative decimals round to tens, hundreds …
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
  if (!Number.isInteger(decimals) || Math.abs(decimals) > MAX_DECIMALS) throw new RangeError("decimals must be a whole number from -10 to 10");
  let weightSum = 0;
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError("weights must be finite numbers ≥ 0");
    weightSum += w;
  }
  if (!(weightSum > 0)) throw new RangeError("weights must have a positive sum");

  // Scaling by a power of ten: multiply for decimals ≥ 0, divide for negative ones, each exact
  // where the other would not be (0.001 is not a binary fraction).
  const toUnits = (x: number) => (decimals >= 0 ? x * 10 ** decimals : x / 10 ** -decimals);
  const fromUnits = (u: number) => (decimals >= 0 ? u / 10 ** decimals : u * 10 ** -decimals);
  const units = roundUnits(toUnits(total));
  if (!Number.isSafeInteger(units)) throw new RangeError("total has too many digits for these decimals");

  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i++) {
    const share = (units * weights[i]) / weightSum;
    const nearest = Math.round(share);
    const floor = Math.abs(share - nearest) <= 1e-9 * Math.max(1, share) ? nearest : Math.floor(share);
    parts[i] = floor;
    remainders[i] = share - floor;
    given += floor;
  }
  let leftover = units - given;
  if (leftover !== 0) {
    // Largest remainder first, ties to the earlier position.
    const order = weights.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
    // Snapping shares to whole numbers can, in theory, over-give by a unit; take it back from the
    // smallest remainders so the sum stays exact.
    for (let k = 0; leftover > 0; k++, leftover--) parts[order[k % order.length]]++;
    for (let k = order.length - 1; leftover < 0; k = (k - 1 + order.length) % order.length) {
      if (parts[order[k]] > 0) {
        parts[order[k]]--;
        leftover++;
      }
    }
  }
  return parts.map(fromUnits);
}

/**
 * SPLIT over cells: splits total in proportion to the weights range and spills the parts in the
 * shape of weights (so a column of weights gives a column of parts). An empty weight is 0 and
 * its part is 0. One bad weight makes the whole split meaningless (every part depends on
 * Σweights), so it is an error for the whole result rather than for its cell alone. decimals
 * is truncated to a whole number as ROUND does; an empty total counts 0.
 *
 * @param total - the amount to split, ≥ 0
 * @param weights - a range of non-negative weights (a SEASONINDEX column, head counts, last year's sales …)
 * @param decimals - places to round to; null for 0
 * @returns the parts in the shape of weights; #NUM! for a negative weight or total, or decimals
 *   outside −10 to 10; #DIV/0! when Σweights = 0; #VALUE! for a weight that is no number
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
  const d = Math.trunc(places ?? 0);
  if (t < 0) return salesError("out-of-range", "negative", { what: "total" });
  if (Math.abs(d) > MAX_DECIMALS) return salesError("out-of-range", "outOfRange", { what: "decimals", range: `-${MAX_DECIMALS}–${MAX_DECIMALS}` });

  const rows = isMatrix(weights) ? weights : [[weights]];
  const flat: number[] = [];
  let sum = 0;
  for (const row of rows) {
    for (const cell of row) {
      let w: number;
      if (typeof cell === "number") w = cell;
      else if (isEmpty(cell)) w = 0;
      else {
        const parsed = numberAt(cell, flat.length);
        if (isSalesError(parsed)) return parsed;
        w = parsed;
      }
      if (w < 0) return salesError("out-of-range", "negative", { what: `weight (row ${flat.length + 1})` });
      flat.push(w);
      sum += w;
    }
  }
  if (flat.length === 0 || sum === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σweights" });
  if (!Number.isSafeInteger(roundUnits(d >= 0 ? t * 10 ** d : t / 10 ** -d))) {
    return salesError("out-of-range", "outOfRange", { what: "total", range: "too many digits for these decimals" });
  }
  const parts = largestRemainder(t, flat, d);
  let k = 0;
  return rows.map((row) => row.map(() => parts[k++]));
}
