import type { Cell } from "@core/cells/cell";
import {
  installmentPayments,
  isContractProblem,
  isPaymentProblem,
  planContract,
  paymentRecords,
  recordPaymentRows,
  type ContractDraft,
  type ContractProblem,
  type PaymentProblem,
  type PaymentRecord,
  type RecordedPayment,
} from "@core/receivables/paymentRecords";
import {
  isSpreadProblem,
  openInstallmentsOf,
  sameInstallments,
  spreadPayment,
  type Payer,
} from "@core/receivables/spreadPayment";
import { columnFormula } from "@core/setup/formulaColumns";
import { headerLookup } from "@core/setup/planSetup";
import { tableSpec, type TableName } from "@core/workbook/schema";
import { literalText } from "@core/workbook/literalText";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";
import { readTablesIn, type TableData } from "../tables/readTables";
import { appendOverBlank } from "../write/appendOverBlank";
import type { SelectedRange } from "../selection";

/** What writing a contract did. */
export type ContractWriteOutcome =
  | { readonly kind: "written"; readonly contractId: string; readonly installments: number }
  | { readonly kind: "invalid"; readonly problem: ContractProblem }
  /** The deal is no longer in Deals (deleted or renumbered since the pane read it). */
  | { readonly kind: "no-deal" }
  | { readonly kind: "missing"; readonly what: readonly TableName[] };

/** What recording a payment did. */
export type PaymentWriteOutcome =
  | { readonly kind: "written"; readonly split: boolean }
  | { readonly kind: "invalid"; readonly problem: PaymentProblem }
  /** The installment's row no longer says what the pane read: nothing written, read again. */
  | { readonly kind: "rows-changed" }
  | { readonly kind: "missing"; readonly what: readonly TableName[] };

const lookupOf = (tables: readonly TableData[]) =>
  headerLookup(Object.fromEntries(tables.map((t) => [t.name, { name: t.name, headers: [...t.headers] }])));

/** A record by column key as a row of the table as it stands; formula columns get null (their formula goes in). */
function rowOf(table: TableData, record: Readonly<Record<string, Cell>>): Cell[] {
  const row: Cell[] = table.headers.map(() => "");
  for (const column of tableSpec(table.name).columns) {
    const at = table.columns[column.key];
    if (at < 0) continue;
    if (column.formula) {
      row[at] = null;
      continue;
    }
    const value = record[column.key] ?? "";
    // Text a person typed (a customer or note starting with =) stays text.
    row[at] =
      typeof value === "string" && column.kind !== "text" && column.kind !== "idText" ? literalText(value) : value;
  }
  return row;
}

/** Each column's formula of a table (null for a value column), from the headers as they stand. */
function formulasOf(table: TableData, lookup: ReturnType<typeof headerLookup>): (string | null)[] {
  const formulas: (string | null)[] = table.headers.map(() => null);
  for (const column of tableSpec(table.name).columns) {
    const at = table.columns[column.key];
    if (column.formula && at >= 0) formulas[at] = columnFormula(table.name, column.key, lookup) ?? null;
  }
  return formulas;
}

/**
 * Writes what recording a payment does to Payments, in one request: each installment's own row
 * takes its received part in place (AmountDue, Received, ReceivedOn, Method; queued cell by cell,
 * no sync between them), and the rows a split adds (the remainder still due) follow with the
 * table's formulas, over set-up's empty row if that is all the table holds (appendOverBlank).
 * The caller has checked the rows are still those the pane read.
 *
 * @param context - the request context the tables were read in
 * @param payments - the Payments table as read
 * @param related - Contracts and Deals as read (Payments' formulas name them), or undefined
 * @param writes - per installment reached, its 0-based data row and its recorded rows
 * @returns how many rows were added
 * @example
 * await writePaymentRows(context, payments, [contracts, deals], [{ row: 4, ...recordPaymentRows(record, 400, 46100, "WeChat") }]) //=> 1
 */
async function writePaymentRows(
  context: Excel.RequestContext,
  payments: TableData,
  related: readonly (TableData | undefined)[],
  writes: readonly (RecordedPayment & { readonly row: number })[],
): Promise<number> {
  const table = context.workbook.tables.getItem(payments.name);
  const body = table.getDataBodyRange();
  for (const write of writes) {
    for (const [key, value] of Object.entries(write.inPlace)) {
      const at = payments.columns[key];
      if (at >= 0) body.getCell(write.row, at).values = [[value as string | number]];
    }
  }
  const added = writes.flatMap((write) => write.added.map((payment) => rowOf(payments, payment)));
  if (added.length > 0) {
    const lookup = lookupOf([payments, ...related.filter((t): t is TableData => t !== undefined)]);
    await appendOverBlank(context, table, payments.name, payments.rows, added, {
      formulas: formulasOf(payments, lookup),
    });
  } else {
    await context.sync();
  }
  return added.length;
}

/**
 * Writes a contract for a won deal: validates the draft against the Contracts numbers as they are
 * now and checks the deal is still in Deals (nothing is written otherwise), then adds the
 * Contracts row (its Received and Outstanding formulas) and one Payments row per installment
 * (its Status formula), each over set-up's empty row when the table has only that
 * (appendOverBlank). Text columns take the text as typed; a note starting with = stays text.
 *
 * @param draft - the contract from the form
 * @returns what was written, the problem, or the Office failure
 * @example
 * await writeContract({ contractId: "HT-0001", dealId: "D-0042", …, lines: [...] })
 * //=> { ok: true, value: { kind: "written", contractId: "HT-0001", installments: 3 } }
 */
export function writeContract(draft: ContractDraft): Promise<ExcelResult<ContractWriteOutcome>> {
  return runExcel(async (context): Promise<ContractWriteOutcome> => {
    const read = await readTablesIn(context, ["Contracts", "Payments", "Deals"], {
      Contracts: ["ContractID"],
      Deals: ["DealID"],
    });
    const { Contracts: contracts, Payments: payments, Deals: deals } = read;
    const missing = (["Contracts", "Payments", "Deals"] as const).filter((name) => !read[name]);
    if (!contracts || !payments || !deals) return { kind: "missing", what: missing };
    const ids = contracts.columns.ContractID >= 0 ? contracts.rows.map((row) => row[contracts.columns.ContractID]) : [];
    const plan = planContract(draft, ids);
    if (isContractProblem(plan)) return { kind: "invalid", problem: plan };
    const wanted = draft.dealId.trim().toLowerCase();
    const dealAt = deals.columns.DealID;
    if (
      dealAt < 0 ||
      !deals.rows.some(
        (row) =>
          String(row[dealAt] ?? "")
            .trim()
            .toLowerCase() === wanted,
      )
    ) {
      return { kind: "no-deal" };
    }
    const lookup = lookupOf([contracts, payments, deals]);
    const contractsTable = context.workbook.tables.getItem(contracts.name);
    const paymentsTable = context.workbook.tables.getItem(payments.name);
    await appendOverBlank(context, contractsTable, contracts.name, contracts.rows, [rowOf(contracts, plan.contract)], {
      formulas: formulasOf(contracts, lookup),
    });
    const rows = installmentPayments(plan).map((payment) => rowOf(payments, payment));
    await appendOverBlank(context, paymentsTable, payments.name, payments.rows, rows, {
      formulas: formulasOf(payments, lookup),
    });
    return { kind: "written", contractId: String(plan.contract.ContractID), installments: plan.installments.length };
  });
}

/** What recording one payment over a deal's or customer's installments did. */
export type SpreadWriteOutcome =
  | {
      readonly kind: "written";
      /** How many installments the payment reached. */
      readonly installments: number;
      /** Whether the last one reached was split (its rest stays due). */
      readonly split: boolean;
    }
  | { readonly kind: "invalid"; readonly problem: PaymentProblem }
  /** The payer's open installments are no longer what the pane read: nothing written, read again. */
  | { readonly kind: "rows-changed" }
  | { readonly kind: "missing"; readonly what: readonly TableName[] };

/**
 * Records one payment of a deal or customer over its open installments, oldest due first
 * (spreadPayment): each one reached is paid in full, the last may be split (its row becomes the
 * received part, a new row keeps the rest due on the same date). The payer's open installments
 * are read again and must be exactly those the pane showed (same rows, amounts due and received),
 * else nothing is written; more than the payer owes in all is refused. The rows' cells are then
 * queued without a sync between them and go with the rows a split adds (appendOverBlank: over
 * set-up's empty row if that is all the table holds). Deals[Collected], Contracts[Received] and the Collected targets
 * follow through their formulas.
 *
 * @param payer - the deal or customer
 * @param shown - the payer's open installments as the pane read them (openInstallmentsOf)
 * @param amount - the amount received
 * @param on - the date received
 * @param method - the method, in the workbook's language
 * @returns what was written, the problem, or the Office failure
 * @example
 * await recordSpreadPayment({ kind: "customer", key: "Acme" }, shown, 1000, 46200, "WeChat")
 * //=> { ok: true, value: { kind: "written", installments: 3, split: true } }
 */
export function recordSpreadPayment(
  payer: Payer,
  shown: readonly PaymentRecord[],
  amount: number,
  on: number | null,
  method: string,
): Promise<ExcelResult<SpreadWriteOutcome>> {
  return runExcel(async (context): Promise<SpreadWriteOutcome> => {
    const checked = spreadPayment(shown, amount, on, method);
    if (isSpreadProblem(checked)) return { kind: "invalid", problem: checked };
    const read = await readTablesIn(context, ["Payments", "Contracts", "Deals"], { Contracts: [], Deals: [] });
    const payments = read.Payments;
    if (!payments) return { kind: "missing", what: ["Payments"] };
    const now = openInstallmentsOf(paymentRecords(payments.rows, payments.columns), payer);
    if (!sameInstallments(now, shown)) return { kind: "rows-changed" };
    const planned = spreadPayment(now, amount, on, method);
    if (isSpreadProblem(planned)) return { kind: "invalid", problem: planned };

    const added = await writePaymentRows(
      context,
      payments,
      [read.Contracts, read.Deals],
      planned.writes.map((write) => ({ row: write.record.row, ...write })),
    );
    return { kind: "written", installments: planned.writes.length, split: added > 0 };
  });
}

/** The cells that identify an installment's row: what the pane read must still be there. */
const KEY = ["ContractID", "DealID", "Installment", "DueDate", "AmountDue", "Received"] as const;

const same = (a: Cell, b: Cell) => String(a ?? "").trim() === String(b ?? "").trim();

/**
 * Records a payment on one installment (recordPaymentRows): the installment's row, found where the
 * pane read it and checked to still hold the same contract, deal, installment, due date, amount
 * due and received (else nothing is written), takes the received part (AmountDue, Received,
 * ReceivedOn, Method); a partial payment adds the remainder, still due on the same date, as a new
 * row below the table. Deals[Collected], Contracts[Received] and the Collected targets follow
 * through their formulas.
 *
 * @param record - the installment as the pane read it
 * @param amount - the amount received
 * @param on - the date received
 * @param method - the method, in the workbook's language
 * @returns what was written, the problem, or the Office failure
 * @example
 * await recordPayment(record, 400, 46100, "WeChat") //=> { ok: true, value: { kind: "written", split: true } }
 */
export function recordPayment(
  record: PaymentRecord,
  amount: number,
  on: number | null,
  method: string,
): Promise<ExcelResult<PaymentWriteOutcome>> {
  return runExcel(async (context): Promise<PaymentWriteOutcome> => {
    const planned = recordPaymentRows(record, amount, on, method);
    if (isPaymentProblem(planned)) return { kind: "invalid", problem: planned };
    const read = await readTablesIn(context, ["Payments", "Contracts", "Deals"], { Contracts: [], Deals: [] });
    const payments = read.Payments;
    if (!payments) return { kind: "missing", what: ["Payments"] };
    const row = payments.rows[record.row];
    const expected: Record<(typeof KEY)[number], Cell> = {
      ContractID: record.contractId,
      DealID: record.dealId,
      Installment: record.installment ?? "",
      DueDate: record.dueDate ?? "",
      AmountDue: record.amountDue,
      Received: record.received === 0 ? "" : record.received,
    };
    const cellAt = (key: string) => (payments.columns[key] >= 0 && row ? row[payments.columns[key]] : "");
    const matches =
      row !== undefined &&
      KEY.every((key) =>
        key === "Received" ? Number(cellAt(key) || 0) === record.received : same(cellAt(key), expected[key]),
      );
    if (!matches) return { kind: "rows-changed" };

    const added = await writePaymentRows(
      context,
      payments,
      [read.Contracts, read.Deals],
      [{ row: record.row, ...planned }],
    );
    return { kind: "written", split: added > 0 };
  });
}

/**
 * Selects an installment's row of the Payments table (activating its sheet), as the receivables
 * view's click does.
 *
 * @param row - the 0-based data row
 * @returns where the row was selected, or the Office failure
 * @example
 * await selectPaymentRow(4) //=> { ok: true, value: { sheet: "Collections", address: "A6:L6" } }
 */
export function selectPaymentRow(row: number): Promise<ExcelResult<SelectedRange>> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItem("Payments");
    const target = table.getDataBodyRange().getRow(row);
    target.select();
    target.load("address");
    const sheet = table.worksheet.load("name");
    await context.sync();
    return { sheet: sheet.name, address: target.address.slice(target.address.lastIndexOf("!") + 1) };
  });
}
