import type { CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { parseNumber } from "@core/cells/parseNumber";
import { scalarNumber, showCell } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Customer satisfaction (CSAT): the share of scores in the top boxes, i.e. ≥ scale − top_boxes + 1
 * (4 or 5 on the default 5-point scale). Empty cells are skipped; text that reads as a whole number
 * counts. scale must be a whole number ≥ 2 and top_boxes a whole number 1 … scale, else #NUM!.
 *
 * @param scores - satisfaction scores, whole numbers 1 … scale
 * @param scale - the highest score; null for 5
 * @param topBoxes - how many of the highest scores count as satisfied; null for 2
 * @returns a fraction in [0, 1]; #VALUE! naming the row of a score that is not a whole number 1 … scale; #DIV/0! when there is no score
 *
 * @example
 * csat([[5], [4], [3], [5]]) //=> 0.75
 */
export function csat(scores: CellOrMatrix, scale: CellOrMatrix = null, topBoxes: CellOrMatrix = null): Result<number> {
  const s = scalarNumber(scale, "scale");
  if (isSalesError(s)) return s;
  const t = scalarNumber(topBoxes, "top_boxes");
  if (isSalesError(t)) return t;
  const max = s ?? 5;
  const boxes = t ?? 2;
  if (!Number.isInteger(max) || max < 2)
    return salesError("out-of-range", "outOfRange", { what: "scale", range: "a whole number ≥ 2" });
  if (!Number.isInteger(boxes) || boxes < 1 || boxes > max) {
    return salesError("out-of-range", "outOfRange", { what: "top_boxes", range: `a whole number 1–${max}` });
  }
  const threshold = max - boxes + 1;
  let satisfied = 0;
  let n = 0;
  const cells = flatten(scores);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isEmpty(cell)) continue;
    const score = parseNumber(cell);
    if (
      score === undefined ||
      !Number.isInteger(score) ||
      score < 1 ||
      score > max ||
      (typeof cell === "string" && /[%％]/.test(cell))
    ) {
      return salesError("invalid-value", "notAWholeScore", { row: i + 1, value: showCell(cell), min: 1, max });
    }
    n++;
    if (score >= threshold) satisfied++;
  }
  if (n === 0) return salesError("div-by-zero", "noCells");
  return satisfied / n;
}
