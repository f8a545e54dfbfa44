import type { Cell } from "@core/cells/cell";
import { actualFormula } from "@core/goals/breakdown/actualFormula";
import { defaultPlanLines } from "@core/receivables/paymentRecords";
import { columnIndex } from "@core/workbook/columnIndex";
import {
  paymentMethodChoices,
  paymentStatusChoices,
  targetLevelChoices,
  targetMetricChoices,
  type WorkbookLanguage,
} from "@core/workbook/schema";
import { readCollectionsWorkbook } from "@excel/collections/collectionsWorkbook";
import { openInstallmentsOf } from "@core/receivables/spreadPayment";
import {
  recordPayment,
  recordSpreadPayment,
  selectPaymentRow,
  writeContract,
} from "@excel/collections/writeCollections";
import { emptyCollections } from "./emptyCollections";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(120_000);

type Read = { headers: string[]; values: Cell[][] };

async function readTable(name: string): Promise<Read> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItem(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    return { headers: header.values[0] as string[], values: body.values as Cell[][] };
  });
}

/** A Collected target of the owner for the 60 days around today, Actual the live formula. */
async function addCollectedTarget(language: WorkbookLanguage, owner: string): Promise<void> {
  await Excel.run(async (context) => {
    const targets = context.workbook.tables.getItem("Targets");
    const header = targets.getHeaderRowRange().load("values");
    await context.sync();
    const headers = header.values[0] as string[];
    const t = columnIndex("Targets", headers);
    const row: (string | number | null)[] = headers.map(() => "");
    row[t.Period] = "P";
    row[t.PeriodStart] = sampleToday - 30;
    row[t.PeriodEnd] = sampleToday + 30;
    row[t.Level] = targetLevelChoices[2][language];
    row[t.Name] = owner;
    row[t.Metric] = targetMetricChoices[1][language];
    row[t.Target] = 10000;
    row[t.Actual] = null;
    for (const key of ["Attainment", "Gap", "Pace"]) row[t[key]] = null;
    targets.getDataBodyRange().values = [row] as (string | number)[][];
    targets.columns.getItemAt(t.Actual).getDataBodyRange().formulas = [
      [actualFormula(language, { written: { Targets: headers } })],
    ];
    await context.sync();
  });
}

describe.each(["en-US", "zh-CN"] as const)("contracts and payments in the workbook (%s)", (language) => {
  beforeEach(async () => {
    await setUpSampleWorkbook({ language, customers: 20 });
    // The sample's contracts and payment plans out of the way: these tests start from none.
    await emptyCollections();
  });

  it("writes a three-installment contract, then a partial payment moves Collected, the contract and the target", async () => {
    const before = await readCollectionsWorkbook();
    if (!before.ok) throw new Error(before.error.message);
    const deal = before.value.wonDeals.find((d) => !d.hasContract)!;
    expect(deal).toBeDefined();
    await addCollectedTarget(language, deal.owner);

    const written = await writeContract({
      contractId: "HT-0001",
      dealId: deal.dealId,
      customer: deal.customer,
      owner: deal.owner,
      signedOn: sampleToday - 45,
      amount: 9000,
      terms: "3",
      lines: defaultPlanLines({ kind: "monthly", count: 3 }, sampleToday - 45),
      notes: "=not a formula",
    });
    expect(written).toEqual({ ok: true, value: { kind: "written", contractId: "HT-0001", installments: 3 } });

    const after = await readCollectionsWorkbook();
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.contractIds).toEqual(["HT-0001"]);
    expect(after.value.wonDeals.find((d) => d.dealId === deal.dealId)?.hasContract).toBe(true);
    const installments = after.value.payments;
    expect(installments.map((p) => [p.installment, p.amountDue, p.received])).toEqual([
      [1, 3000, 0],
      [2, 3000, 0],
      [3, 3000, 0],
    ]);
    // The first installment fell due 15 days ago: Overdue; the others Due.
    const payments = await readTable("Payments");
    const p = columnIndex("Payments", payments.headers);
    const status = (i: number) => paymentStatusChoices[i][language];
    expect(payments.values.map((row) => row[p.Status])).toEqual([status(3), status(2), status(2)]);
    const contracts = await readTable("Contracts");
    const c = columnIndex("Contracts", contracts.headers);
    expect(contracts.values[0][c.Notes]).toBe("=not a formula");

    // A partial payment of 1200 today on installment 1.
    const method = paymentMethodChoices[1][language];
    const paid = await recordPayment(installments[0], 1200, sampleToday, method);
    expect(paid).toEqual({ ok: true, value: { kind: "written", split: true } });

    const split = await readTable("Payments");
    expect(split.values.map((row) => [row[p.Installment], row[p.AmountDue], row[p.Received], row[p.Status]])).toEqual([
      [1, 1200, 1200, status(0)],
      [2, 3000, "", status(2)],
      [3, 3000, "", status(2)],
      [1, 1800, "", status(3)],
    ]);
    expect(split.values[0][p.Method]).toBe(method);
    expect(split.values[0][p.ReceivedOn]).toBe(sampleToday);

    const deals = await readTable("Deals");
    const d = columnIndex("Deals", deals.headers);
    expect(deals.values.find((row) => row[d.DealID] === deal.dealId)?.[d.Collected]).toBe(1200);
    const contractsAfter = await readTable("Contracts");
    expect([contractsAfter.values[0][c.Received], contractsAfter.values[0][c.Outstanding]]).toEqual([1200, 7800]);
    const targets = await readTable("Targets");
    expect(targets.values[0][columnIndex("Targets", targets.headers).Actual]).toBe(1200);

    // The pane's copy of the row is stale now: a second payment on it is refused, nothing written.
    const stale = await recordPayment(installments[0], 100, sampleToday, method);
    expect(stale).toEqual({ ok: true, value: { kind: "rows-changed" } });

    const selected = await selectPaymentRow(3);
    expect(selected.ok && selected.value.address).toMatch(/^A5:L5$/);
  });

  it("spreads one payment of a deal over its installments, oldest first, and Deals[Collected] moves by the amount", async () => {
    const before = await readCollectionsWorkbook();
    if (!before.ok) throw new Error(before.error.message);
    const deal = before.value.wonDeals.find((d) => !d.hasContract)!;
    await addCollectedTarget(language, deal.owner);
    const deals = await readTable("Deals");
    const d = columnIndex("Deals", deals.headers);
    const collected = async () => {
      const now = await readTable("Deals");
      return now.values.find((row) => row[d.DealID] === deal.dealId)?.[d.Collected];
    };
    expect(await collected()).toBe(0);
    // Installments due 45, 15 days ago and in 15 days, written in that order.
    await writeContract({
      contractId: "HT-0001",
      dealId: deal.dealId,
      customer: deal.customer,
      owner: deal.owner,
      signedOn: sampleToday - 75,
      amount: 9000,
      terms: "3",
      lines: defaultPlanLines({ kind: "monthly", count: 3 }, sampleToday - 75),
      notes: "",
    });
    const read = await readCollectionsWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    const payer = { kind: "deal" as const, key: deal.dealId };
    const shown = openInstallmentsOf(read.value.payments, payer);
    expect(shown.map((p) => p.amountDue)).toEqual([3000, 3000, 3000]);
    const method = paymentMethodChoices[0][language];

    // More than the deal owes in all: refused, nothing written.
    expect(await recordSpreadPayment(payer, shown, 9000.01, sampleToday, method)).toEqual({
      ok: true,
      value: { kind: "invalid", problem: { code: "moreThanOutstanding", outstanding: 9000 } },
    });
    expect(await collected()).toBe(0);

    // 4000: installment 1 paid, installment 2 split 1000 received / 2000 still due.
    expect(await recordSpreadPayment(payer, shown, 4000, sampleToday, method)).toEqual({
      ok: true,
      value: { kind: "written", installments: 2, split: true },
    });
    const payments = await readTable("Payments");
    const p = columnIndex("Payments", payments.headers);
    const status = (i: number) => paymentStatusChoices[i][language];
    expect(
      payments.values.map((row) => [row[p.Installment], row[p.AmountDue], row[p.Received], row[p.Status]]),
    ).toEqual([
      [1, 3000, 3000, status(0)],
      [2, 1000, 1000, status(0)],
      [3, 3000, "", status(2)],
      [2, 2000, "", status(3)],
    ]);
    expect(payments.values.slice(0, 2).map((row) => [row[p.ReceivedOn], row[p.Method]])).toEqual([
      [sampleToday, method],
      [sampleToday, method],
    ]);
    expect(await collected()).toBe(4000);
    const targets = await readTable("Targets");
    expect(targets.values[0][columnIndex("Targets", targets.headers).Actual]).toBe(4000);

    // The pane's read is stale now: the same payment again is refused, nothing written.
    expect(await recordSpreadPayment(payer, shown, 1000, sampleToday, method)).toEqual({
      ok: true,
      value: { kind: "rows-changed" },
    });
    expect(await collected()).toBe(4000);
  });

  it("validates before the first write: shares not adding up, or a deal no longer in Deals, write nothing", async () => {
    const read = await readCollectionsWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    const deal = read.value.wonDeals[0];
    const draft = {
      contractId: "HT-0001",
      dealId: deal.dealId,
      customer: deal.customer,
      owner: deal.owner,
      signedOn: sampleToday,
      amount: 1000,
      terms: "",
      lines: [{ share: 0.5, dueDate: sampleToday }],
      notes: "",
    };
    expect(await writeContract(draft)).toEqual({
      ok: true,
      value: { kind: "invalid", problem: { code: "sharesNotWhole", total: 0.5 } },
    });
    expect(await writeContract({ ...draft, dealId: "NOPE", lines: [{ share: 1, dueDate: sampleToday }] })).toEqual({
      ok: true,
      value: { kind: "no-deal" },
    });
    const payments = await readTable("Payments");
    expect(payments.values.flat().every((cell) => cell === "")).toBe(true);
  });
});
