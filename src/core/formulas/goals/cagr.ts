import type { CellOrMatrix } from "@core/cells/cell";
import { scalarNumber } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Compound annual growth rate: (end ÷ begin)^(1 ÷ years) − 1. years may be fractional
 * (18 months = 1.5). An empty argument counts 0, as in an Excel formula.
 *
 * @param begin - the value at the start (> 0)
 * @param end - the value at the end (≥ 0; 0 gives −100 %)
 * @param years - the span in years (> 0)
 * @returns a fraction per year; #NUM! when begin ≤ 0, end < 0 or years ≤ 0
 *
 * @example
 * cagr(100, 121, 2) //=> 0.1 (to float precision)
 */
export function cagr(begin: CellOrMatrix, end: CellOrMatrix, years: CellOrMatrix): Result<number> {
  const b = scalarNumber(begin, "begin");
  if (isSalesError(b)) return b;
  const e = scalarNumber(end, "end");
  if (isSalesError(e)) return e;
  const y = scalarNumber(years, "years");
  if (isSalesError(y)) return y;
  const [first, last, span] = [b ?? 0, e ?? 0, y ?? 0];
  if (first <= 0) return salesError("out-of-range", "outOfRange", { what: "begin", range: "> 0" });
  if (last < 0) return salesError("out-of-range", "negative", { what: "end" });
  if (span <= 0) return salesError("out-of-range", "outOfRange", { what: "years", range: "> 0" });
  return Math.pow(last / first, 1 / span) - 1;
}
