import { serialFromDate } from "@core/cells/parseDate";
import type { PaymentRecord } from "@core/receivables/paymentRecords";

/** A day of 2026 as a serial: d(3, 1) is 2026-03-01. */
export const d = (month: number, day: number): number => serialFromDate(2026, month, day);

/**
 * An installment as paymentRecords reads it: Acme's first installment of contract HT-0001 (deal
 * D-0001, owner Li), 1,000 due on 2026-03-01, nothing received; `over` changes what a test needs.
 */
export const paymentRecord = (over: Partial<PaymentRecord> = {}): PaymentRecord => ({
  row: 0,
  contractId: "HT-0001",
  dealId: "D-0001",
  customer: "Acme",
  owner: "Li",
  installment: 1,
  dueDate: d(3, 1),
  amountDue: 1000,
  received: 0,
  receivedOn: null,
  method: "",
  notes: "",
  ...over,
});
