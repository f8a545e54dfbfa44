import { fromCents, toCents } from "@core/collections/cents";
import { collectedCents, type Receivable } from "@core/collections/receivable";

/** The collection rate's parts: what fell due by the date, what of it was received, and their ratio. */
export type CollectionRate = {
  /** Σ amount due over installments due on or before the date. */
  readonly due: number;
  /** Σ received over those installments, each capped at its amount due. */
  readonly received: number;
  /** received ÷ due, or null when nothing was due yet (no rate rather than a made-up 0 or 100 %). */
  readonly rate: number | null;
};

/**
 * Collection rate (回款率) up to a date: Σ received ÷ Σ due over installments due on or before
 * `asOf`, with each installment's received capped at its amount due (an over-payment on one
 * installment does not hide another that is unpaid). Installments due later are left out
 * entirely, also when already paid early: the rate measures what was owed by the date. Sums are
 * exact in cents. A team's rate is Σ ÷ Σ over its reps' installments, never a mean of rates.
 *
 * @param rows - the installments
 * @param asOf - the date serial; installments due after it are not counted
 * @returns due, received and their ratio (null when nothing was due)
 *
 * @example
 * collectionRate(
 *   [
 *     { dueDate: 45000, amountDue: 100, received: 100 },
 *     { dueDate: 45100, amountDue: 200, received: 50 },
 *     { dueDate: 45300, amountDue: 300, received: 0 },
 *   ],
 *   45210,
 * ) //=> { due: 300, received: 150, rate: 0.5 }
 */
export function collectionRate(rows: readonly Receivable[], asOf: number): CollectionRate {
  let due = 0;
  let received = 0;
  for (const row of rows) {
    if (row.dueDate > asOf) continue;
    const d = toCents(row.amountDue);
    if (d <= 0) continue;
    due += d;
    received += collectedCents(row);
  }
  return { due: fromCents(due), received: fromCents(received), rate: due === 0 ? null : received / due };
}
