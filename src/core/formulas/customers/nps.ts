import type { CellOrMatrix } from "@core/cells/cell";
import { flatten } from "@core/cells/flatten";
import { isEmpty } from "@core/cells/isEmpty";
import { parseNumber } from "@core/cells/parseNumber";
import { showCell } from "@core/cells/readCell";
import { salesError, type Result } from "@core/errors";

/**
 * Net Promoter Score: the percentage of promoters (9–10) minus the percentage of detractors (0–6),
 * a number from −100 to 100 (not a fraction: NPS is quoted as "+10", not "10 %"). Empty cells are
 * skipped; text that reads as a whole number ("9", "１０") counts.
 *
 * @param scores - answers to "how likely are you to recommend us", 0–10
 * @returns the score; #VALUE! naming the row of a score that is not a whole number 0–10; #DIV/0! when there is no score
 *
 * @example
 * nps([[10], [9], [9], [8], [7], [7], [7], [5], [3], [8]]) //=> 10
 */
export function nps(scores: CellOrMatrix): Result<number> {
  let promoters = 0;
  let detractors = 0;
  let n = 0;
  const cells = flatten(scores);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isEmpty(cell)) continue;
    const score = parseNumber(cell);
    if (
      score === undefined ||
      !Number.isInteger(score) ||
      score < 0 ||
      score > 10 ||
      (typeof cell === "string" && /[%％]/.test(cell))
    ) {
      return salesError("invalid-value", "notAWholeScore", { row: i + 1, value: showCell(cell), min: 0, max: 10 });
    }
    n++;
    if (score >= 9) promoters++;
    else if (score <= 6) detractors++;
  }
  if (n === 0) return salesError("div-by-zero", "noCells");
  return (100 * (promoters - detractors)) / n;
}
