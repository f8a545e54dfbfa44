import type { CellOrMatrix } from "@core/cells/cell";
import { scalarDate } from "@core/cells/scalarDate";
import { divisorSum, sumCells } from "@core/cells/sumCells";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Pace: attainment measured against the share of the period already gone,
 * actual ÷ (target × elapsed) with elapsed = (as_of − start + 1) ÷ (end − start + 1) in whole
 * days, capped at 1 (after the period, pace equals attainment). Both start and as_of count as
 * days gone, so on the first day elapsed is 1 ÷ days. 1 means on pace. actual and target may be
 * ranges (each is summed). Dates are serials or text dates; a time of day is dropped.
 *
 * Core takes as_of explicitly: "today" is the wrapper's business, which keeps this function pure.
 *
 * @param actual - results so far, a range or a number
 * @param target - the target for the whole period, a range or a number
 * @param start - first day of the period
 * @param end - last day of the period
 * @param asOf - the day to measure on
 * @returns a fraction (1 = on pace); #N/A "period has not started" when as_of < start;
 *   #VALUE! when end < start; #DIV/0! when Σtarget = 0; #NUM! when Σtarget < 0
 *
 * @example
 * pace(10000, 31000, "2024-01-01", "2024-01-31", "2024-01-10") //=> 1
 */
export function pace(
  actual: CellOrMatrix,
  target: CellOrMatrix,
  start: CellOrMatrix,
  end: CellOrMatrix,
  asOf: CellOrMatrix,
): Result<number> {
  const a = sumCells(actual);
  if (isSalesError(a)) return a;
  const t = divisorSum(target);
  if (isSalesError(t)) return t;
  const first = scalarDate(start, "start");
  if (isSalesError(first)) return first;
  const last = scalarDate(end, "end");
  if (isSalesError(last)) return last;
  const day = scalarDate(asOf, "as_of");
  if (isSalesError(day)) return day;
  if (last < first) return salesError("invalid-value", "endBeforeStart");
  if (day < first) return salesError("not-available", "notStarted");
  if (t === 0) return salesError("div-by-zero", "zeroDenominator", { what: "Σtarget" });
  if (t < 0) return salesError("out-of-range", "negative", { what: "Σtarget" });
  const elapsed = Math.min(1, (day - first + 1) / (last - first + 1));
  return a / (t * elapsed);
}
