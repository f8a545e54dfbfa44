import { fromCents, toCents } from "@core/collections/cents";

/** An installment's money as a payment changes it: amount due, received so far and when. */
export type InstallmentState = {
  readonly amountDue: number;
  readonly received: number;
  /** The date (serial) the received amount came in; null when nothing has been received. */
  readonly receivedOn: number | null;
};

/** An installment with its due date, for allocating one payment over several. */
export type DueInstallment = InstallmentState & { readonly dueDate: number };

/**
 * What recording a payment on one installment makes of it.
 * - `rows`: the installment's rows after the payment, 1 to 3 of them, all on its due date. The
 *   FIRST row replaces the installment's row in place; the others are new rows of the same
 *   installment (same contract, deal, installment number, due date). Every received amount keeps
 *   its own date, so targets measured by date received stay right.
 * - `applied`: how much of the payment went to this installment;
 * - `excess`: what is left of the payment (for the next installment, or to report).
 */
export type PaymentSplit = {
  readonly rows: readonly InstallmentState[];
  readonly applied: number;
  readonly excess: number;
};

function check(amount: number, what: string): void {
  if (!(Number.isFinite(amount) && amount >= 0)) throw new RangeError(`${what} must be a finite number ≥ 0`);
}

/**
 * Records a payment on an installment (部分回款): with D due, e already received and a payment r
 * on date `on`, in cents,
 * - r ≥ D − e pays it: one row of D received (or, when e > 0, a row of e on its old date and a
 *   row of D − e on `on`), and r − (D − e) is the excess;
 * - 0 < r < D − e splits it: [a row of e on its old date,] a paid row of r on `on`, and a row of
 *   D − e − r still due on the same due date with nothing received.
 * Nothing is lost: the rows' amounts due add up to D, their received to e + applied, and
 * applied + excess = r. A payment of 0 leaves the installment as it is. Received beyond D (typed
 * in the grid) is kept as it is and nothing more is applied.
 *
 * @param installment - the installment's amount due, received so far and its date
 * @param payment - the amount paid, ≥ 0
 * @param on - the date serial the payment was received
 * @returns the rows, the applied amount and the excess
 * @throws RangeError for a negative or non-finite amount (the pane validates first)
 *
 * @example
 * splitPayment({ amountDue: 1000, received: 0, receivedOn: null }, 400, 46100)
 * //=> { rows: [{ amountDue: 400, received: 400, receivedOn: 46100 }, { amountDue: 600, received: 0, receivedOn: null }], applied: 400, excess: 0 }
 */
export function splitPayment(installment: InstallmentState, payment: number, on: number): PaymentSplit {
  check(installment.amountDue, "amountDue");
  check(installment.received, "received");
  check(payment, "payment");
  const due = toCents(installment.amountDue);
  const had = toCents(installment.received);
  const paid = toCents(payment);
  const open = Math.max(0, due - had);
  const applied = Math.min(paid, open);
  if (applied === 0) return { rows: [installment], applied: 0, excess: fromCents(paid) };
  const rows: InstallmentState[] = [];
  if (had > 0) rows.push({ amountDue: fromCents(had), received: fromCents(had), receivedOn: installment.receivedOn });
  rows.push({ amountDue: fromCents(applied), received: fromCents(applied), receivedOn: on });
  if (open - applied > 0) rows.push({ amountDue: fromCents(open - applied), received: 0, receivedOn: null });
  return { rows, applied: fromCents(applied), excess: fromCents(paid - applied) };
}

/** One payment spread over installments: a split per installment (in input order) and what is left. */
export type PaymentAllocation = { readonly splits: readonly PaymentSplit[]; readonly excess: number };

/**
 * Records one payment against several installments (a customer paying a lump sum): the oldest
 * due first (ties in input order), each taking what it still owes, as {@link splitPayment} does;
 * the last one reached may be split. Installments already paid are left as they are.
 *
 * @param installments - the candidate installments (a deal's or a customer's)
 * @param payment - the amount paid, ≥ 0
 * @param on - the date serial the payment was received
 * @returns one split per installment, in the order given, and the excess nothing owed absorbed
 *
 * @example
 * allocatePayment(
 *   [
 *     { dueDate: 46100, amountDue: 500, received: 0, receivedOn: null },
 *     { dueDate: 46000, amountDue: 300, received: 0, receivedOn: null },
 *   ],
 *   400,
 *   46120,
 * ).splits.map((s) => s.applied) //=> [100, 300]
 */
export function allocatePayment(
  installments: readonly DueInstallment[],
  payment: number,
  on: number,
): PaymentAllocation {
  check(payment, "payment");
  const order = installments
    .map((_, i) => i)
    .sort((a, b) => installments[a].dueDate - installments[b].dueDate || a - b);
  const splits: PaymentSplit[] = new Array<PaymentSplit>(installments.length);
  let left = toCents(payment);
  for (const i of order) {
    const split = splitPayment(installments[i], fromCents(left), on);
    splits[i] = split;
    left -= toCents(split.applied);
  }
  return { splits, excess: fromCents(left) };
}
