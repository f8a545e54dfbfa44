import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { asColumn } from "@core/cells/asColumn";
import { shapeOf } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { parseProbability } from "@core/cells/parseProbability";
import { numberAt, showCell } from "@core/cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** An ABC class; "" for an empty cell. */
export type AbcClass = "A" | "B" | "C" | "";

/** Class codes of {@link abcCodes}: 0 an empty cell (the zero a Uint8Array starts with), then A, B, C. */
const CLASS_A = 1;
const CLASS_B = 2;
const CLASS_C = 3;
const LETTERS: readonly AbcClass[] = ["", "A", "B", "C"];

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
 * The ABC class code of each value, NaN standing for an empty cell. Only the value at each
 * class boundary needs a counter: every larger value ranks inside, every smaller one outside,
 * and of the values equal to the boundary the first `quota` in sheet order are inside (ties
 * keep sheet order). So the classes take one native numeric sort and one walk in order.
 */
function abcCodes(values: Float64Array, aShare: number, bShare: number): Result<Uint8Array> {
  const n = values.length;
  let positives = 0;
  for (let i = 0; i < n; i++) if (values[i] > 0) positives++;
  if (positives === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σ positive values" });

  const sorted = new Float64Array(positives);
  let k = 0;
  for (let i = 0; i < n; i++) if (values[i] > 0) sorted[k++] = values[i];
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

  // A class with no rank gets an edge no value reaches.
  const aEdge = aRanks === 0 ? Infinity : sorted[positives - aRanks];
  const bEdge = bRanks === 0 ? Infinity : sorted[positives - bRanks];
  let aQuota = aRanks === 0 ? 0 : aRanks - countGreater(sorted, aEdge);
  let bQuota = bRanks === 0 ? 0 : bRanks - countGreater(sorted, bEdge);
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) continue; // NaN: empty, code 0
    if (!(v > 0)) {
      codes[i] = CLASS_C;
      continue;
    }
    // Both tests must run for every positive value: each counts its own ties.
    let inA = v > aEdge;
    if (v === aEdge) inA = aQuota-- > 0;
    let inB = v > bEdge;
    if (v === bEdge) inB = bQuota-- > 0;
    codes[i] = inA ? CLASS_A : inB ? CLASS_B : CLASS_C;
  }
  return codes;
}

function checkShares(aShare: number, bShare: number): SalesError | undefined {
  if (aShare > 0 && aShare < bShare && bShare <= 1) return undefined;
  return salesError("out-of-range", "outOfRange", { what: "a_share / b_share", range: "0 < a_share < b_share ≤ 1" });
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
  const sharesError = checkShares(aShare, bShare);
  if (sharesError) return sharesError;
  const numbers = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // NaN marks an empty cell; a NaN value is no positive number, so it is C, like 0.
    numbers[i] = v === null ? NaN : v !== v ? 0 : v;
  }
  const codes = abcCodes(numbers, aShare, bShare);
  if (isSalesError(codes)) return codes;
  const out: AbcClass[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = LETTERS[codes[i]];
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
  const sharesError = checkShares(a, b);
  if (sharesError) return sharesError;
  const cells = asColumn(values);
  const numbers = new Float64Array(cells.length);
  let errors: Map<number, SalesError> | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i][0];
    if (typeof cell === "number" && Number.isFinite(cell)) numbers[i] = cell;
    else if (isEmpty(cell)) numbers[i] = NaN;
    else {
      const parsed = numberAt(cell, i);
      if (isSalesError(parsed)) {
        (errors ??= new Map()).set(i, parsed);
        numbers[i] = NaN;
      } else numbers[i] = parsed;
    }
  }
  const codes = abcCodes(numbers, a, b);
  if (isSalesError(codes)) return codes;
  const classOf = (i: number): AbcClass | SalesError => errors?.get(i) ?? LETTERS[codes[i]];
  const [height, width] = shapeOf(values);
  const out: (AbcClass | SalesError)[][] = new Array(height);
  if (width === 1 && errors === undefined) {
    // A column without bad cells, the usual call: one row per value, nothing to look up.
    for (let r = 0; r < height; r++) out[r] = [LETTERS[codes[r]]];
    return out;
  }
  for (let r = 0; r < height; r++) {
    const row: (AbcClass | SalesError)[] = new Array(width);
    for (let c = 0; c < width; c++) row[c] = classOf(r * width + c);
    out[r] = row;
  }
  return out;
}
