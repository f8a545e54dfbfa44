import type { CellOrMatrix } from "@core/cells/cell";
import { flatten, reshape, shapeOf } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { numberAt, showCell } from "@core/cells/readCell";
import { isSalesError, salesError, type Result, type SalesError } from "@core/errors";
import { DEFAULT_BANDS, ratingBands, type RatingBand } from "@core/formulas/performance/ratingBands";

/**
 * The label of the highest band whose minimum the score reaches (a score equal to a minimum is in
 * that band), or undefined when it is below every band.
 *
 * @param score - the score
 * @param bands - bands, highest minimum first
 * @returns the label, or undefined
 *
 * @example
 * ratingOf(1.05, DEFAULT_BANDS) //=> "A"
 */
export function ratingOf(score: number, bands: readonly RatingBand[] = DEFAULT_BANDS): string | number | undefined {
  for (const band of bands) if (score >= band.minimum) return band.label;
  return undefined;
}

/**
 * SALES.RATING: grades for scores, spilled in the shape of score. Default bands ≥ 1.2 S, ≥ 1.0 A,
 * ≥ 0.8 B, ≥ 0.6 C, else D. With custom bands a score below the lowest minimum has no grade:
 * #N/A in that cell, as an approximate VLOOKUP answers (add a band with a low minimum for a floor).
 * Per cell: empty → ""; text that is no number → #VALUE!.
 *
 * @param score - scores (as SALES.SCORE returns them), a range or one cell
 * @param bands - 2 columns (minimum, label) in any order; null for the default bands
 * @returns labels in the shape of score
 *
 * @example
 * rating([[1.25], [0.95], [0.3]]) //=> [["S"], ["B"], ["D"]]
 */
export function rating(score: CellOrMatrix, bands: CellOrMatrix = null): Result<(string | number | SalesError)[][]> {
  const table = bands === null || bands === undefined ? DEFAULT_BANDS : ratingBands(bands);
  if (isSalesError(table)) return table;
  const labels = flatten(score).map((cell, i): string | number | SalesError => {
    if (isEmpty(cell)) return "";
    const value = numberAt(cell, i);
    if (isSalesError(value)) return value;
    return ratingOf(value, table) ?? salesError("not-available", "belowBands", { row: i + 1, value: showCell(cell) });
  });
  return reshape(labels, shapeOf(score));
}
