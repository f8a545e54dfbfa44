import { toCents } from "@core/collections/cents";

/**
 * One installment as the collections math reads it (a `Payments` row): when it is due, how much
 * is due and how much of it has been received so far. Dates are Excel serials, money plain
 * numbers (rounded to cents by the functions that add them up).
 */
export type Receivable = {
  readonly dueDate: number;
  readonly amountDue: number;
  readonly received: number;
};

/**
 * What is still owed on an installment, in cents: due − received, never below 0 (an
 * over-payment does not make a receivable negative).
 *
 * @example
 * outstandingCents({ dueDate: 45000, amountDue: 200, received: 50 }) //=> 15000
 */
export function outstandingCents(row: Receivable): number {
  return Math.max(0, toCents(row.amountDue) - toCents(row.received));
}

/**
 * The received part of an installment that counts towards collection, in cents: received capped
 * at the amount due (paying 120 on 100 collects 100 of it, not 120 %).
 *
 * @example
 * collectedCents({ dueDate: 45000, amountDue: 100, received: 120 }) //=> 10000
 */
export function collectedCents(row: Receivable): number {
  return Math.max(0, Math.min(toCents(row.received), toCents(row.amountDue)));
}
