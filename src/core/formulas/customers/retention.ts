import type { CellOrMatrix } from "@core/cells/cell";
import { scalarNumber } from "@core/cells/readCell";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * Customer retention rate: (customers_end − new_customers) ÷ customers_start, the share of the
 * customers at the start who are still there at the end. An empty argument counts 0, as in an
 * Excel formula. More retained customers than there were at the start cannot happen, so it is
 * #NUM! like a negative count (the mirror of CHURN's lost > start rule).
 *
 * @param customersStart - customers at the start of the period
 * @param customersEnd - customers at the end of the period
 * @param newCustomers - customers gained during the period
 * @returns a fraction in [0, 1]; #DIV/0! when start is 0; #NUM! when a count is negative, end − new < 0 or end − new > start
 *
 * @example
 * retention(200, 220, 40) //=> 0.9
 */
export function retention(
  customersStart: CellOrMatrix,
  customersEnd: CellOrMatrix,
  newCustomers: CellOrMatrix,
): Result<number> {
  const counts: number[] = [];
  for (const [arg, what] of [
    [customersStart, "customers_start"],
    [customersEnd, "customers_end"],
    [newCustomers, "new_customers"],
  ] as const) {
    const value = scalarNumber(arg, what);
    if (isSalesError(value)) return value;
    if ((value ?? 0) < 0) return salesError("out-of-range", "negative", { what });
    counts.push(value ?? 0);
  }
  const [start, end, gained] = counts;
  if (start === 0) return salesError("div-by-zero", "zeroDenominator", { what: "customers_start" });
  const kept = end - gained;
  if (kept < 0) return salesError("out-of-range", "negative", { what: "customers_end − new_customers" });
  if (kept > start)
    return salesError("out-of-range", "outOfRange", {
      what: "customers_end − new_customers",
      range: "≤ customers_start",
    });
  return kept / start;
}
