import type { CellOrMatrix } from "@core/cells/cell";
import { scalarNumber } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Customer churn rate: customers_lost ÷ customers_start. An empty argument counts 0, as in an
 * Excel formula.
 *
 * @param customersStart - customers at the start of the period
 * @param customersLost - customers lost during the period
 * @returns a fraction in [0, 1]; #DIV/0! when start is 0; #NUM! when start < 0, lost < 0 or lost > start
 *
 * @example
 * churn(200, 30) //=> 0.15
 */
export function churn(customersStart: CellOrMatrix, customersLost: CellOrMatrix): Result<number> {
  const start = scalarNumber(customersStart, "customers_start");
  if (isSalesError(start)) return start;
  const lost = scalarNumber(customersLost, "customers_lost");
  if (isSalesError(lost)) return lost;
  const [s, l] = [start ?? 0, lost ?? 0];
  if (s < 0) return salesError("out-of-range", "negative", { what: "customers_start" });
  if (s === 0) return salesError("div-by-zero", "zeroDenominator", { what: "customers_start" });
  if (l < 0) return salesError("out-of-range", "negative", { what: "customers_lost" });
  if (l > s) return salesError("out-of-range", "outOfRange", { what: "customers_lost", range: "≤ customers_start" });
  return l / s;
}
