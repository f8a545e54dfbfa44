import type { CellOrMatrix } from "@core/cells/cell";
import { scalarDate } from "@core/cells/scalarDate";
import { collectionRate } from "@core/collections/collectionRate";
import { receivableRows } from "@core/formulas/customers/receivableRows";
import { isSalesError, salesError, type Result } from "@core/errors";

/**
 * SALES.COLLECTRATE: the collection rate (回款率) up to a date, Σ received ÷ Σ due over the rows
 * due on or before as_of, each row's received capped at its amount due. Rows with an empty due
 * date or amount due are skipped; an empty amount received is 0. The pane's per-rep and team
 * rates use the same core ({@link collectionRate}).
 *
 * @param amountsDue - amounts due
 * @param amountsReceived - amounts received so far (same size)
 * @param dueDates - due dates (same size)
 * @param asOf - the date (the wrapper passes today when omitted)
 * @returns a fraction in [0, 1]; #DIV/0! when nothing was due yet; #NUM! for a negative amount
 *
 * @example
 * collectRate([[100], [200], [300]], [[100], [50], [0]], [[45000], [45100], [45300]], 45210) //=> 0.5
 */
export function collectRate(
  amountsDue: CellOrMatrix,
  amountsReceived: CellOrMatrix,
  dueDates: CellOrMatrix,
  asOf: CellOrMatrix,
): Result<number> {
  const rows = receivableRows(dueDates, amountsDue, amountsReceived);
  if (isSalesError(rows)) return rows;
  const date = scalarDate(asOf, "as_of");
  if (isSalesError(date)) return date;
  const { rate } = collectionRate(rows, date);
  return rate ?? salesError("div-by-zero", "zeroDenominator", { what: "amount due to date" });
}
