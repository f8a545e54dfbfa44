import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { asColumn, sameSizeColumns } from "@core/cells/asColumn";
import { isEmpty } from "@core/cells/isEmpty";
import { dateAt, numberAt } from "@core/cells/readCell";
import type { Receivable } from "@core/collections/receivable";
import { isSalesError, salesError, type Result } from "@core/errors";

function amountAt(cell: Cell, index: number, what: string): Result<number> {
  const value = numberAt(cell, index);
  if (isSalesError(value)) return value;
  if (value < 0) return salesError("out-of-range", "negative", { what: `row ${index + 1}: ${what}` });
  return value;
}

/**
 * The installments SALES.AGING and SALES.COLLECTRATE read from three ranges of the same size:
 * a row whose due date or amount due is empty is skipped, an empty amount received is 0. A due
 * date that is no date, or an amount that is no number, is #VALUE! naming the row; a negative
 * amount is #NUM! (an aggregate over the rows, so one bad row is an error for the whole result).
 *
 * @param dueDates - due dates (serials or text dates)
 * @param amountsDue - amounts due, ≥ 0
 * @param amountsReceived - amounts received so far, ≥ 0
 * @returns the installments, or the first problem
 *
 * @example
 * receivableRows([[45000], [null]], [[100], [50]], [[20], [null]])
 * //=> [{ dueDate: 45000, amountDue: 100, received: 20 }]
 */
export function receivableRows(
  dueDates: CellOrMatrix,
  amountsDue: CellOrMatrix,
  amountsReceived: CellOrMatrix,
): Result<Receivable[]> {
  const dates = asColumn(dueDates);
  const due = asColumn(amountsDue);
  const received = asColumn(amountsReceived);
  const sizeError = sameSizeColumns(dates, due, received);
  if (sizeError) return sizeError;
  const rows: Receivable[] = [];
  for (let i = 0; i < dates.length; i++) {
    const dateCell = dates[i][0];
    const dueCell = due[i][0];
    const receivedCell = received[i][0];
    if (isEmpty(dateCell) || isEmpty(dueCell)) {
      // A skipped row must still hold readable figures: a typo is not a blank.
      if (!isEmpty(receivedCell)) {
        const r = amountAt(receivedCell, i, "amount received");
        if (isSalesError(r)) return r;
      }
      continue;
    }
    const dueDate = dateAt(dateCell, i);
    if (isSalesError(dueDate)) return dueDate;
    const amountDue = amountAt(dueCell, i, "amount due");
    if (isSalesError(amountDue)) return amountDue;
    const got = isEmpty(receivedCell) ? 0 : amountAt(receivedCell, i, "amount received");
    if (isSalesError(got)) return got;
    rows.push({ dueDate, amountDue, received: got });
  }
  return rows;
}
