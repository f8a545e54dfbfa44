import { fromCents, toCents } from "@core/collections/cents";
import { allocatePayment } from "@core/collections/splitPayment";
import {
  recordPaymentRows,
  isPaymentProblem,
  checkPaymentInput,
  outstandingCents,
  type PaymentProblem,
  type PaymentRecord,
  type RecordedPayment,
} from "./paymentRecords";

/** Who pays one sum over several installments: a deal (by DealID) or a customer (by name). */
export type Payer = { readonly kind: "deal" | "customer"; readonly key: string };

/** A deal or customer with something outstanding, as the payment form lists them. */
export type PayerChoice = Payer & {
  /** The customer of a deal, or the customer itself. */
  readonly customer: string;
  /** Σ outstanding over the payer's open installments. */
  readonly outstanding: number;
  /** How many installments are open. */
  readonly installments: number;
};

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Whether an installment can take a payment: something outstanding and a due date to order it by. */
const isOpen = (record: PaymentRecord) => record.dueDate !== null && outstandingCents(record) > 0;

/**
 * The open installments of a deal or customer (something outstanding and a due date), in the
 * order of the Payments table. Deal ids and customer names are compared trimmed and case-blind.
 *
 * @param records - the Payments records
 * @param payer - the deal or customer
 * @returns the payer's open installments
 * @example
 * openInstallmentsOf(records, { kind: "deal", key: "D-0001" }).length //=> 2
 */
export function openInstallmentsOf(records: readonly PaymentRecord[], payer: Payer): PaymentRecord[] {
  if (payer.key.trim() === "") return [];
  return records.filter(
    (record) => isOpen(record) && same(payer.kind === "deal" ? record.dealId : record.customer, payer.key),
  );
}

/**
 * The deals and the customers with something outstanding, each with its total and count of open
 * installments, ordered by name (deal ids as numbers run: D-2 before D-10).
 *
 * @param records - the Payments records
 * @returns the deals and the customers a spread payment can be recorded on
 * @example
 * payerChoices(records).customers[0] //=> { kind: "customer", key: "Acme", customer: "Acme", outstanding: 1500, installments: 3 }
 */
export function payerChoices(records: readonly PaymentRecord[]): {
  readonly deals: PayerChoice[];
  readonly customers: PayerChoice[];
} {
  const group = (kind: Payer["kind"]) => {
    const byKey = new Map<string, { key: string; customer: string; cents: number; count: number }>();
    for (const record of records) {
      const key = kind === "deal" ? record.dealId : record.customer;
      if (!isOpen(record) || key === "") continue;
      const id = key.toLowerCase();
      const entry = byKey.get(id) ?? { key, customer: record.customer, cents: 0, count: 0 };
      entry.cents += outstandingCents(record);
      entry.count += 1;
      byKey.set(id, entry);
    }
    return [...byKey.values()]
      .sort((a, b) => a.key.localeCompare(b.key, undefined, { numeric: true }))
      .map((entry): PayerChoice => ({
        kind,
        key: entry.key,
        customer: entry.customer,
        outstanding: fromCents(entry.cents),
        installments: entry.count,
      }));
  };
  return { deals: group("deal"), customers: group("customer") };
}

/** One installment's part of a spread payment. */
export type SpreadLine = {
  readonly record: PaymentRecord;
  /** What of the payment goes to this installment (0 for one the payment does not reach). */
  readonly applied: number;
  /** What is still outstanding on it once the payment is recorded. */
  readonly left: number;
};

/** A spread payment ready to write: each installment's part, and the rows to write for those it reaches. */
export type SpreadPayment = {
  /** The payer's open installments, oldest due first (ties in table order), with their parts. */
  readonly lines: readonly SpreadLine[];
  /** Per installment the payment reaches: its row rewritten in place and the rows added after it. */
  readonly writes: readonly (RecordedPayment & { readonly record: PaymentRecord })[];
};

/**
 * Spreads one payment over a deal's or customer's open installments (allocatePayment): the oldest
 * due first, each paid in full, the last one reached split as a payment on one installment is —
 * its row becomes the received part and a new row keeps the remainder due on the same date. More
 * than the payer owes in all is refused (`moreThanOutstanding` with the total): Payments holds
 * installments, not credit, so an over-payment is for the manager to sort out (another contract
 * or installment first), never silently kept.
 *
 * @param installments - the payer's open installments (openInstallmentsOf)
 * @param amount - the amount received
 * @param on - the date received (serial)
 * @param method - how it was paid, in the workbook's language
 * @returns the allocation and the rows to write, or the problem
 * @example
 * spreadPayment([{ …, dueDate: 46000, amountDue: 300 }, { …, dueDate: 46100, amountDue: 500 }], 400, 46120, "WeChat")
 *   .lines.map((l) => l.applied) //=> [300, 100]
 */
export function spreadPayment(
  installments: readonly PaymentRecord[],
  amount: number,
  on: number | null,
  method: string,
): SpreadPayment | PaymentProblem {
  const input = checkPaymentInput(amount, on);
  if ("code" in input) return input;
  const open = installments.filter(isOpen);
  const owed = open.reduce((sum, record) => sum + outstandingCents(record), 0);
  if (toCents(amount) > owed) return { code: "moreThanOutstanding", outstanding: fromCents(owed) };
  const { splits } = allocatePayment(
    open.map((record) => ({
      dueDate: record.dueDate ?? 0,
      amountDue: record.amountDue,
      received: record.received,
      receivedOn: record.receivedOn,
    })),
    amount,
    input.on,
  );
  const order = open.map((_, i) => i).sort((a, b) => (open[a].dueDate ?? 0) - (open[b].dueDate ?? 0) || a - b);
  const lines = order.map((i): SpreadLine => {
    const applied = splits[i].applied;
    return { record: open[i], applied, left: fromCents(outstandingCents(open[i]) - toCents(applied)) };
  });
  const writes = lines
    .filter((line) => line.applied > 0)
    .map((line) => {
      const rows = recordPaymentRows(line.record, line.applied, input.on, method);
      // Cannot happen: each part is > 0 and at most what the installment owes.
      if (isPaymentProblem(rows)) throw new Error(`Unexpected payment problem ${rows.code}`);
      return { record: line.record, ...rows };
    });
  return { lines, writes };
}

/**
 * Whether {@link spreadPayment} answered with a problem.
 *
 * @example
 * isSpreadProblem({ code: "noDate" }) //=> true
 */
export function isSpreadProblem(value: SpreadPayment | PaymentProblem): value is PaymentProblem {
  return "code" in value;
}

/**
 * Whether two reads of a payer's open installments are the same rows holding the same
 * installments (row, contract, deal, installment, due date, amount due and received): a spread
 * payment is written only over what the pane showed.
 *
 * @example
 * sameInstallments(read, read) //=> true
 */
export function sameInstallments(a: readonly PaymentRecord[], b: readonly PaymentRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        x.row === y.row &&
        x.contractId === y.contractId &&
        x.dealId === y.dealId &&
        x.installment === y.installment &&
        x.dueDate === y.dueDate &&
        toCents(x.amountDue) === toCents(y.amountDue) &&
        toCents(x.received) === toCents(y.received)
      );
    })
  );
}
