import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { checkSameSize, numberAt, scalarNumber, showCell } from "@core/cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";

/** One line of a scorecard. */
export type ScoreItem = {
  readonly value: number;
  readonly target: number;
  readonly weight: number;
  /** True for a measure where less is better (cost, cycle days, complaints). */
  readonly lowerIsBetter: boolean;
};

/**
 * A weighted scorecard: Σ wᵢ × min(ratioᵢ, cap) ÷ Σ wᵢ, ratioᵢ = value ÷ target, or target ÷ value
 * where lower is better (a value of 0 then counts as cap: nothing is the best possible result).
 * Where lower is better the target is the numerator, so a target of 0 is allowed there (a
 * "zero complaints" goal scores 0 against any complaint, cap against none); #DIV/0! for a zero
 * target applies where it divides. Negative values or targets have no meaning as ratios → #NUM!.
 * This is the core the scorecard view reuses.
 *
 * @param items - the scorecard lines
 * @param cap - the highest ratio any line may contribute, > 0
 * @returns the score (1 = every target met exactly); #DIV/0! for a zero target or Σ weights = 0; #NUM! for a negative weight, value or target, or cap ≤ 0
 *
 * @example
 * weightedScore([{ value: 120, target: 100, weight: 2, lowerIsBetter: false }, { value: 40, target: 30, weight: 1, lowerIsBetter: true }], 1.5) //=> 1.05
 */
export function weightedScore(items: readonly ScoreItem[], cap = 1.5): Result<number> {
  if (!(cap > 0)) return salesError("out-of-range", "outOfRange", { what: "cap", range: "> 0" });
  let weighted = 0;
  let weights = 0;
  for (let i = 0; i < items.length; i++) {
    const { value, target, weight, lowerIsBetter } = items[i];
    if (weight < 0) return salesError("out-of-range", "negative", { what: `weight (item ${i + 1})` });
    if (value < 0) return salesError("out-of-range", "negative", { what: `value (item ${i + 1})` });
    if (target < 0) return salesError("out-of-range", "negative", { what: `target (item ${i + 1})` });
    let ratio: number;
    if (lowerIsBetter) ratio = value === 0 ? cap : target / value;
    else if (target === 0) return salesError("div-by-zero", "zeroDenominator", { what: `target (item ${i + 1})` });
    else ratio = value / target;
    weighted += weight * Math.min(ratio, cap);
    weights += weight;
  }
  if (weights === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σ weights" });
  return weighted / weights;
}

const TRUE_TEXT = new Set(["true", "1", "是"]);
const FALSE_TEXT = new Set(["false", "0", "否"]);

/**
 * A lower_is_better cell: TRUE/FALSE, the numbers 1/0, or the texts "TRUE"/"FALSE", "1"/"0",
 * 是/否 in any case (a column typed by hand or imported from CSV holds text). Empty is FALSE.
 */
function flagAt(cell: Cell, index: number): boolean | SalesError {
  if (typeof cell === "boolean") return cell;
  if (isEmpty(cell)) return false;
  if (cell === 1 || cell === 0) return cell === 1;
  const text = normalizeLabel(cell);
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  return salesError("invalid-value", "notBoolean", { row: index + 1, value: showCell(cell) });
}

/** A number cell where empty counts 0. */
function numberOrZero(cell: Cell, index: number): number | SalesError {
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  return isEmpty(cell) ? 0 : numberAt(cell, index);
}

/**
 * SALES.SCORE on cells. A row whose value is empty is left out (a measure not reported yet); in
 * the other rows an empty target counts 0 (so #DIV/0! where it divides) and an empty weight 0.
 * Any other cell that is no number → #VALUE! naming its row.
 *
 * @param values - actual results
 * @param targets - targets, the same size
 * @param weights - weights, the same size
 * @param cap - the highest ratio per line; null for 1.5
 * @param lowerIsBetter - TRUE where less is better, the same size; null for all FALSE
 * @returns the weighted score
 *
 * @example
 * score([[120], [40]], [[100], [30]], [[2], [1]], null, [[false], [true]]) //=> 1.05
 */
export function score(
  values: CellOrMatrix,
  targets: CellOrMatrix,
  weights: CellOrMatrix,
  cap: CellOrMatrix = null,
  lowerIsBetter: CellOrMatrix = null,
): Result<number> {
  const sizeError = checkSameSize(values, targets, weights, lowerIsBetter);
  if (sizeError) return sizeError;
  const capValue = scalarNumber(cap, "cap");
  if (isSalesError(capValue)) return capValue;
  const v = flatten(values);
  const t = flatten(targets);
  const w = flatten(weights);
  const lower = lowerIsBetter === null || lowerIsBetter === undefined ? null : flatten(lowerIsBetter);
  const items: ScoreItem[] = [];
  for (let i = 0; i < v.length; i++) {
    const weight = numberOrZero(w[i], i);
    if (isSalesError(weight)) return weight;
    if (weight < 0) return salesError("out-of-range", "negative", { what: `weight (row ${i + 1})` });
    if (isEmpty(v[i])) continue;
    const value = numberAt(v[i], i);
    if (isSalesError(value)) return value;
    const target = numberOrZero(t[i], i);
    if (isSalesError(target)) return target;
    const flag = lower ? flagAt(lower[i], i) : false;
    if (isSalesError(flag)) return flag;
    // Checked here too so that errors name the sheet row, not the position among filled rows.
    if (value < 0) return salesError("out-of-range", "negative", { what: `value (row ${i + 1})` });
    if (target < 0) return salesError("out-of-range", "negative", { what: `target (row ${i + 1})` });
    if (target === 0 && !flag) return salesError("div-by-zero", "zeroDenominator", { what: `target (row ${i + 1})` });
    items.push({ value, target, weight, lowerIsBetter: flag });
  }
  return weightedScore(items, capValue ?? 1.5);
}
