import { toCents } from "@core/collections/cents";
import { outstandingCents, type Receivable } from "@core/collections/receivable";

/** The default DSO window: a quarter, the period DSO is most often quoted over. */
export const DEFAULT_DSO_DAYS = 90;

/**
 * Days sales outstanding (DSO, 应收账款周转天数) in its standard period form,
 * DSO = receivables at the end of the period ÷ credit sales in the period × days in the period,
 * read from installments:
 * - receivables = what is still owed (due − received, never below 0) on installments due on or
 *   before `asOf`: an installment becomes a receivable when it falls due (is billed); the later
 *   installments of a signed contract are not yet owed, and counting them would make every long
 *   contract look slow to pay;
 * - credit sales = Σ amount due over installments due in the last `days` days, i.e. with a due
 *   date in (asOf − days, asOf];
 * - DSO = receivables ÷ credit sales × days.
 * So a team that collects everything on its due date has DSO 0, and one whose installments of the
 * last 90 days are all unpaid (and nothing older is owed) has DSO 90. Money is added in cents.
 *
 * @param rows - the installments
 * @param asOf - the date serial the period ends on (inclusive)
 * @param days - the period length N in days, a whole number > 0 (default 90)
 * @returns DSO in days, or null when nothing fell due in the period (no sales, no DSO)
 * @throws RangeError when days is not a whole number above 0 (a caller's bug)
 *
 * @example
 * dso(
 *   [
 *     { dueDate: 45150, amountDue: 1000, received: 1000 },
 *     { dueDate: 45180, amountDue: 2000, received: 500 },
 *     { dueDate: 45300, amountDue: 900, received: 0 },
 *   ],
 *   45210,
 * ) //=> 45 (1500 owed ÷ 3000 due in the 90 days × 90)
 */
export function dso(rows: readonly Receivable[], asOf: number, days: number = DEFAULT_DSO_DAYS): number | null {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError("days must be a whole number above 0");
  let owed = 0;
  let sales = 0;
  for (const row of rows) {
    if (row.dueDate > asOf) continue;
    owed += outstandingCents(row);
    if (row.dueDate > asOf - days) sales += Math.max(0, toCents(row.amountDue));
  }
  return sales === 0 ? null : (owed / sales) * days;
}
