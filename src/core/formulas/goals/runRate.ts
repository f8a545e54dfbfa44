import type { CellOrMatrix } from "@core/cells/cell";
import { scalarNumber } from "@core/cells/readCell";
import { sumCells } from "@core/cells/sumCells";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Run rate: what the whole period yields if the pace so far holds, actual ÷ elapsed × total.
 * actual_to_date may be a range (it is summed). periods may be fractional (2.5 months); an empty
 * periods_elapsed counts 0, as it would in an Excel formula, and so gives #DIV/0!.
 *
 * @param actualToDate - results so far, a range or a number
 * @param periodsElapsed - periods elapsed so far
 * @param periodsTotal - periods in the whole span; null for 12 (months of a year)
 * @returns the projected total; #DIV/0! when elapsed = 0; #NUM! when elapsed < 0 or > total
 *
 * @example
 * runRate(300000, 3) //=> 1200000
 */
export function runRate(
  actualToDate: CellOrMatrix,
  periodsElapsed: CellOrMatrix,
  periodsTotal: CellOrMatrix = null,
): Result<number> {
  const actual = sumCells(actualToDate);
  if (isSalesError(actual)) return actual;
  const elapsed = scalarNumber(periodsElapsed, "periods_elapsed");
  if (isSalesError(elapsed)) return elapsed;
  const total = scalarNumber(periodsTotal, "periods_total");
  if (isSalesError(total)) return total;
  const e = elapsed ?? 0;
  const t = total ?? 12;
  if (e < 0) return salesError("out-of-range", "negative", { what: "periods_elapsed" });
  if (e > t) return salesError("out-of-range", "outOfRange", { what: "periods_elapsed", range: `0–${t}` });
  if (e === 0) return salesError("div-by-zero", "zeroDenominator", { what: "periods_elapsed" });
  return (actual / e) * t;
}
