import type { Cell, CellOrMatrix } from "../cells/cell";
import { flatten, reshape, shapeOf } from "../cells/flatten";
import { isEmpty } from "../cells/isEmpty";
import { parseProbability } from "../cells/parseProbability";
import { numberAt, showCell } from "../cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "../errors";

/** An ABC class; "" for an empty cell. */
export type AbcClass = "A" | "B" | "C" | "";

/** Count of values in an ascending array that are strictly greater than `value`. */
function countGreater(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/**
 * Decides, in sheet order, whether an item ranks within the first `size` places of the
 * high-to-low order (ties keep sheet order). Only the value at the boundary needs a counter: every
 * larger value ranks inside, every smaller one outside, and of the values equal to the boundary
 * the first `quota` in sheet order are inside.
 */
function topRanks(sorted: Float64Array, size: number): (value: number) => boolean {
  if (size === 0) return () => false;
  const boundary = sorted[sorted.length - size];
  const quota = size - countGreater(sorted, boundary);
  let tiesSeen = 0;
  return (value) => {
    if (value !== boundary) return value > boundary;
    return tiesSeen++ < quota;
  };
}

/**
 * ABC classes of numbers (Pareto analysis). Positive values are ranked high to low, ties keeping
 * their order in the list; an item is "A" while the cumulative share of the total before it is
 * below `aShare` (so the item that crosses the line is still A), "B" while it is below `bShare`,
 * else "C". Zero and negative values are "C" and not part of the total; `null` gives "".
 *
 * Runs in O(n log n) on a native numeric sort: the classes only depend on rank, so it finds how
 * many ranks are A and B and then walks the list once in order, which handles 10^6 rows quickly.
 *
 * @param values - the values, `null` for an empty cell
 * @param aShare - the cumulative share that closes class A, 0 < aShare < bShare
 * @param bShare - the cumulative share that closes class B, bShare ≤ 1
 * @returns one class per value; #NUM! unless 0 < aShare < bShare ≤ 1; #DIV/0! when no value is positive
 *
 * @example
 * abcClasses([50, 30, null, 12, 5, 3, 0], 0.8, 0.95) //=> ["A", "A", "", "B", "B", "C", "C"]
 */
export function abcClasses(values: readonly (number | null)[], aShare = 0.8, bShare = 0.95): Result<AbcClass[]> {
  if (!(aShare > 0 && aShare < bShare && bShare <= 1)) {
    return salesError("out-of-range", "outOfRange", { what: "a_share / b_share", range: "0 < a_share < b_share ≤ 1" });
  }
  let positives = 0;
  for (const v of values) if (v !== null && v > 0) positives++;
  if (positives === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σ positive values" });

  const sorted = new Float64Array(positives);
  let k = 0;
  for (const v of values) if (v !== null && v > 0) sorted[k++] = v;
  sorted.sort();

  // Sum high to low, the same order as the cumulative shares, so the last share is exactly 1.
  let total = 0;
  for (let i = positives - 1; i >= 0; i--) total += sorted[i];
  let aRanks = 0;
  let bRanks = 0;
  let before = 0;
  for (let i = positives - 1; i >= 0; i--) {
    const share = before / total;
    if (share < aShare) aRanks++;
    if (share < bShare) bRanks++;
    else break;
    before += sorted[i];
  }

  const inA = topRanks(sorted, aRanks);
  const inB = topRanks(sorted, bRanks);
  const out: AbcClass[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) {
      out[i] = "";
      continue;
    }
    if (!(v > 0)) {
      out[i] = "C";
      continue;
    }
    // Both tests must run for every positive value: each keeps its own count of ties seen.
    const a = inA(v);
    const b = inB(v);
    out[i] = a ? "A" : b ? "B" : "C";
  }
  return out;
}

/** A share argument: omitted or empty → the default; 80 or "80%" read as a percent. */
function shareArg(arg: Cell, fallback: number, what: string): Result<number> {
  if (isEmpty(arg)) return fallback;
  const share = parseProbability(arg);
  if (share === undefined) return salesError("invalid-value", "argNotANumber", { what, value: showCell(arg) });
  return Number.isNaN(share) ? salesError("out-of-range", "outOfRange", { what, range: "0–1 or 0–100 %" }) : share;
}

/**
 * SALES.ABC: ABC classes of a range, spilled in its shape. Shares are read like rates
 * (0.8, 80 or "80%"). A cell that is neither empty nor a number is #VALUE! in that cell only and
 * takes no part in the ranking.
 *
 * @param values - the values (revenue per customer, per product …)
 * @param aShare - cumulative share that closes class A; null for 0.8
 * @param bShare - cumulative share that closes class B; null for 0.95
 * @returns "A" / "B" / "C" / "" (or a per-cell error) in the shape of values
 *
 * @example
 * abc([[50], [30], [12], [5], [3]]) //=> [["A"], ["A"], ["B"], ["B"], ["C"]]
 */
export function abc(
  values: CellOrMatrix,
  aShare: Cell = null,
  bShare: Cell = null,
): Result<(AbcClass | SalesError)[][]> {
  const a = shareArg(aShare, 0.8, "a_share");
  if (isSalesError(a)) return a;
  const b = shareArg(bShare, 0.95, "b_share");
  if (isSalesError(b)) return b;
  const cells = flatten(values);
  const numbers: (number | null)[] = new Array(cells.length);
  const errors = new Map<number, SalesError>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "number" && Number.isFinite(cell)) numbers[i] = cell;
    else if (isEmpty(cell)) numbers[i] = null;
    else {
      const parsed = numberAt(cell, i);
      if (isSalesError(parsed)) {
        errors.set(i, parsed);
        numbers[i] = null;
      } else numbers[i] = parsed;
    }
  }
  const classes = abcClasses(numbers, a, b);
  if (isSalesError(classes)) return classes;
  const out: (AbcClass | SalesError)[] = classes;
  for (const [i, error] of errors) out[i] = error;
  return reshape(out, shapeOf(values));
}
