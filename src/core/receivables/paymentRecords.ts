import type { Cell } from "@core/cells/cell";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { fromCents, toCents } from "@core/collections/cents";
import {
  addMonths,
  installmentSchedule,
  isScheduleProblem,
  type Installment,
} from "@core/collections/installmentSchedule";
import type { ScheduleProblem } from "@core/collections/installmentSchedule";
import { splitPayment } from "@core/collections/splitPayment";
import { nextIds } from "@core/workbook/recordIds";
import type { ColumnIndex } from "@core/workbook/columnIndex";

/** One Payments row as the Collections area reads it (blank money read as 0, a blank date as null). */
export type PaymentRecord = {
  /** 0-based data row in Payments. */
  readonly row: number;
  readonly contractId: string;
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly installment: number | null;
  readonly dueDate: number | null;
  readonly amountDue: number;
  readonly received: number;
  readonly receivedOn: number | null;
  readonly method: string;
  readonly notes: string;
};

const text = (cell: Cell) => (cell === null || cell === undefined ? "" : String(cell).trim());
const money = (cell: Cell) => parseNumber(cell ?? "") ?? 0;

/**
 * The Payments rows as records; a row without an amount due and without anything received (an
 * empty row) is left out.
 *
 * @param rows - the data rows as read
 * @param at - where each Payments column is (-1 when missing)
 * @returns the records, each with its data row
 * @example
 * paymentRecords([["HT-1", "D-1", "Acme", "Li", 1, 46100, 500, 200, 46090, "WeChat", "", ""]], at)[0].received //=> 200
 */
export function paymentRecords(rows: readonly (readonly Cell[])[], at: ColumnIndex): PaymentRecord[] {
  const cell = (row: readonly Cell[], key: string) => (at[key] >= 0 ? row[at[key]] : "");
  const out: PaymentRecord[] = [];
  rows.forEach((row, index) => {
    const amountDue = money(cell(row, "AmountDue"));
    const received = money(cell(row, "Received"));
    if (amountDue === 0 && received === 0) return;
    const installment = parseNumber(cell(row, "Installment") ?? "");
    out.push({
      row: index,
      contractId: text(cell(row, "ContractID")),
      dealId: text(cell(row, "DealID")),
      customer: text(cell(row, "Customer")),
      owner: text(cell(row, "Owner")),
      installment: installment === undefined ? null : installment,
      dueDate: parseDate(cell(row, "DueDate")) ?? null,
      amountDue,
      received,
      receivedOn: parseDate(cell(row, "ReceivedOn")) ?? null,
      method: text(cell(row, "Method")),
      notes: text(cell(row, "Notes")),
    });
  });
  return out;
}

/** The terms a contract form starts from, both editable into a list of shares and due dates. */
export type TermsChoice =
  { readonly kind: "depositBalance"; readonly deposit: number } | { readonly kind: "monthly"; readonly count: number };

/** One line of the editable installment list: its share of the contract and its due date. */
export type PlanLine = { readonly share: number; readonly dueDate: number };

/**
 * The default installment lines of a choice of terms: a deposit (default 30 %) due on signing and
 * the balance on delivery 30 days later, or `count` equal monthly installments, the first a month
 * after signing.
 *
 * @param choice - the terms chosen
 * @param signedOn - the signing date serial
 * @example
 * defaultPlanLines({ kind: "depositBalance", deposit: 0.3 }, 46100) //=> [{ share: 0.3, dueDate: 46100 }, { share: 0.7, dueDate: 46130 }]
 */
export function defaultPlanLines(choice: TermsChoice, signedOn: number): PlanLine[] {
  if (choice.kind === "depositBalance") {
    return [
      { share: choice.deposit, dueDate: signedOn },
      { share: 1 - choice.deposit, dueDate: signedOn + 30 },
    ];
  }
  const count = Math.max(1, Math.floor(choice.count));
  return Array.from({ length: count }, (_, i) => ({ share: 1 / count, dueDate: addMonths(signedOn, i + 1) }));
}

/** A contract as the form gives it. */
export type ContractDraft = {
  readonly contractId: string;
  readonly dealId: string;
  readonly customer: string;
  readonly owner: string;
  readonly signedOn: number | null;
  readonly amount: number | null;
  /** The terms in words, as Contracts[Terms] keeps them. */
  readonly terms: string;
  readonly lines: readonly PlanLine[];
  readonly notes: string;
};

/** Why a contract cannot be written; the pane shows a message per code. */
export type ContractProblem =
  | { readonly code: "noContractId" }
  | { readonly code: "contractIdTaken" }
  | { readonly code: "noDeal" }
  | { readonly code: "noSignedOn" }
  | ScheduleProblem;

/** A contract ready to write: its Contracts record and its installments. */
export type ContractPlan = { readonly contract: Readonly<Record<string, Cell>>; readonly installments: Installment[] };

/**
 * Validates a contract draft and lays out what to write: one Contracts row and one Payments row
 * per installment, whose amounts add up exactly to the contract amount in cents
 * (installmentSchedule over the lines as custom shares). Nothing is written while a problem is left.
 *
 * @param draft - the form's contract
 * @param takenIds - the ContractIDs already in Contracts (compared case-insensitively)
 * @returns the plan, or the first problem
 * @example
 * planContract({ contractId: "HT-0001", dealId: "D-1", customer: "Acme", owner: "Li", signedOn: 46100, amount: 900,
 *   terms: "3 monthly", lines: [{ share: 1/3, dueDate: 46131 }, …], notes: "" }, []).installments.length //=> 3
 */
export function planContract(draft: ContractDraft, takenIds: readonly Cell[]): ContractPlan | ContractProblem {
  const id = draft.contractId.trim();
  if (id === "") return { code: "noContractId" };
  if (takenIds.some((taken) => text(taken).toLowerCase() === id.toLowerCase())) return { code: "contractIdTaken" };
  if (draft.dealId.trim() === "") return { code: "noDeal" };
  if (draft.signedOn === null || !Number.isInteger(draft.signedOn) || draft.signedOn <= 0)
    return { code: "noSignedOn" };
  const amount = draft.amount ?? Number.NaN;
  const schedule = installmentSchedule(amount, { kind: "custom", parts: draft.lines });
  if (isScheduleProblem(schedule)) return schedule;
  return {
    contract: {
      ContractID: id,
      DealID: draft.dealId.trim(),
      Customer: draft.customer,
      Owner: draft.owner,
      SignedOn: draft.signedOn,
      Amount: toCents(amount) / 100,
      Terms: draft.terms,
      Installments: schedule.length,
      Notes: draft.notes,
    },
    installments: schedule,
  };
}

/**
 * Whether {@link planContract} answered with a problem.
 *
 * @example
 * isContractProblem({ code: "noDeal" }) //=> true
 */
export function isContractProblem(value: ContractPlan | ContractProblem): value is ContractProblem {
  return "code" in value;
}

/**
 * The Payments records of a planned contract: one per installment, nothing received yet.
 *
 * @example
 * installmentPayments(plan)[0] //=> { ContractID: "HT-0001", DealID: "D-1", …, Installment: 1, DueDate: 46131, AmountDue: 300, Received: "", … }
 */
export function installmentPayments(plan: ContractPlan): Record<string, Cell>[] {
  const c = plan.contract;
  return plan.installments.map((installment) => ({
    ContractID: c.ContractID,
    DealID: c.DealID,
    Customer: c.Customer,
    Owner: c.Owner,
    Installment: installment.number,
    DueDate: installment.dueDate,
    AmountDue: installment.amount,
    Received: "",
    ReceivedOn: "",
    Method: "",
    Notes: "",
  }));
}

/**
 * The next contract number after those in Contracts, continuing their pattern (HT-0001 …).
 *
 * @example
 * nextContractId(["HT-0007"]) //=> "HT-0008"
 */
export function nextContractId(taken: readonly Cell[]): string {
  return nextIds(taken, 1, "HT-")[0];
}

/** Why a payment cannot be recorded. */
export type PaymentProblem =
  | { readonly code: "amountNotPositive" }
  | { readonly code: "moreThanOutstanding"; readonly outstanding: number }
  | { readonly code: "noDate" };

/**
 * What an installment still owes, in whole cents: AmountDue less Received, each rounded to cents
 * as Excel's ROUND does, never below zero. The one rule the pane's form, recording a payment and
 * spreading one use.
 *
 * @param record - the installment (its AmountDue and Received)
 * @returns the cents outstanding
 * @example
 * outstandingCents({ amountDue: 1.005, received: 0 }) //=> 101
 * outstandingCents({ amountDue: 100, received: 120 }) //=> 0
 */
export function outstandingCents(record: Pick<PaymentRecord, "amountDue" | "received">): number {
  return Math.max(0, toCents(record.amountDue) - toCents(record.received));
}

/**
 * What an installment still owes, in money: {@link outstandingCents} as an amount.
 *
 * @example
 * outstandingOf({ amountDue: 0.3, received: 0.1 }) //=> 0.2
 */
export function outstandingOf(record: Pick<PaymentRecord, "amountDue" | "received">): number {
  return fromCents(outstandingCents(record));
}

/**
 * A payment's amount and date checked before any installment is looked at: the amount must be a
 * positive number of cents and the date a whole, positive serial. One rule for a payment on one
 * installment (recordPaymentRows) and one spread over several (spreadPayment).
 *
 * @param amount - the amount received
 * @param on - the date received (serial), or null
 * @returns the date, known to be one, or the problem
 * @example
 * checkPaymentInput(400, 46100) //=> { on: 46100 }
 * checkPaymentInput(0.004, 46100) //=> { code: "amountNotPositive" }
 * checkPaymentInput(400, null) //=> { code: "noDate" }
 */
export function checkPaymentInput(amount: number, on: number | null): { readonly on: number } | PaymentProblem {
  if (!(Number.isFinite(amount) && toCents(amount) > 0)) return { code: "amountNotPositive" };
  if (on === null || !Number.isInteger(on) || on <= 0) return { code: "noDate" };
  return { on };
}

/** What recording a payment writes: the installment's row rewritten, and the rows added after it. */
export type RecordedPayment = {
  /** The installment's own row as it becomes (AmountDue, Received, ReceivedOn, Method). */
  readonly inPlace: Readonly<Record<string, Cell>>;
  /** New rows of the same installment (a partial payment's remainder, still due on the same date). */
  readonly added: readonly Readonly<Record<string, Cell>>[];
};

/**
 * Records a payment on one installment (splitPayment): paid in full, it is the row received;
 * partly paid, the row becomes the received part and a new row of the same installment keeps the
 * remainder due on the same date, so every received amount keeps its own date. A payment above
 * what is outstanding is refused (record it on the next installment too).
 *
 * @param record - the installment as read
 * @param amount - the amount received
 * @param on - the date received (serial)
 * @param method - how it was paid, in the workbook's language
 * @returns the rows to write, or the problem
 * @example
 * recordPaymentRows({ …, amountDue: 1000, received: 0 }, 400, 46100, "WeChat")
 * //=> { inPlace: { AmountDue: 400, Received: 400, ReceivedOn: 46100, Method: "WeChat" }, added: [{ …, AmountDue: 600, Received: "" }] }
 */
export function recordPaymentRows(
  record: PaymentRecord,
  amount: number,
  on: number | null,
  method: string,
): RecordedPayment | PaymentProblem {
  const input = checkPaymentInput(amount, on);
  if ("code" in input) return input;
  const owed = outstandingCents(record);
  if (toCents(amount) > owed) return { code: "moreThanOutstanding", outstanding: fromCents(owed) };
  const split = splitPayment(
    { amountDue: record.amountDue, received: record.received, receivedOn: record.receivedOn },
    amount,
    input.on,
  );
  const [first, ...rest] = split.rows;
  const shape = (row: (typeof split.rows)[number]) => ({
    AmountDue: row.amountDue,
    Received: row.received === 0 ? "" : row.received,
    ReceivedOn: row.receivedOn ?? "",
    Method: row.receivedOn === input.on && row.received > 0 ? method : row.received > 0 ? record.method : "",
  });
  const base = {
    ContractID: record.contractId,
    DealID: record.dealId,
    Customer: record.customer,
    Owner: record.owner,
    Installment: record.installment ?? "",
    DueDate: record.dueDate ?? "",
    Notes: "",
  };
  return { inPlace: shape(first), added: rest.map((row) => ({ ...base, ...shape(row) })) };
}

/**
 * Whether {@link recordPaymentRows} answered with a problem.
 *
 * @example
 * isPaymentProblem({ code: "noDate" }) //=> true
 */
export function isPaymentProblem(value: RecordedPayment | PaymentProblem): value is PaymentProblem {
  return "code" in value;
}
