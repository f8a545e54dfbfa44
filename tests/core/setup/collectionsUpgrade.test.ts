import fc from "fast-check";
import {
  collectionsUpgradeNeeded,
  migratedDealIds,
  migratedNotes,
  paymentRow,
  planCollectionsUpgrade,
  type CollectedDeal,
} from "@core/setup/collectionsUpgrade";
import { columnFormula } from "@core/setup/formulaColumns";
import { headerLookup } from "@core/setup/planSetup";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";

const deal = (over: Partial<CollectedDeal>): CollectedDeal => ({
  dealId: "D-0001",
  customer: "Acme",
  owner: "Li",
  closedOn: 46100,
  collected: "",
  ...over,
});

describe("planCollectionsUpgrade", () => {
  it("moves each typed amount to one received payment dated the deal's ClosedOn", () => {
    const plan = planCollectionsUpgrade(
      [deal({ collected: 5000 }), deal({ dealId: "D-0002", collected: "", customer: "Beta" })],
      46200,
      "en-US",
    );
    expect(plan.payments).toEqual([
      {
        ContractID: "",
        DealID: "D-0001",
        Customer: "Acme",
        Owner: "Li",
        Installment: 1,
        DueDate: 46100,
        AmountDue: 5000,
        Received: 5000,
        ReceivedOn: 46100,
        Method: "",
        Notes: migratedNotes["en-US"].closed,
      },
    ]);
    expect([plan.rows, plan.total, plan.datedToday, plan.blocked]).toEqual([[0], 5000, 0, []]);
  });

  it("dates a deal without ClosedOn today and says so in the workbook's language", () => {
    const plan = planCollectionsUpgrade([deal({ closedOn: "", collected: "¥1,200.50" })], 46200, "zh-CN");
    expect(plan.payments[0]).toMatchObject({ DueDate: 46200, ReceivedOn: 46200, Received: 1200.5 });
    expect(plan.payments[0].Notes).toBe("由商机的回款金额迁移（无成交日期，日期为升级当天）");
    expect(plan.datedToday).toBe(1);
  });

  it("leaves formulas, blanks, zeros and already migrated deals alone (running it again adds nothing)", () => {
    const plan = planCollectionsUpgrade(
      [
        deal({ collected: '=IF([@DealID]="","",SUMIFS(Payments[Received],Payments[DealID],[@DealID]))' }),
        deal({ collected: 0 }),
        deal({ collected: "  " }),
        deal({ dealId: "d-0009 ", collected: 10 }),
      ],
      46200,
      "en-US",
      migratedDealIds([["D-0009", migratedNotes["zh-CN"].closed]]),
    );
    expect(plan.payments).toEqual([]);
    expect(plan.blocked).toEqual([]);
  });

  it("moves the value of a formula of the manager's own, which the live sum would replace", () => {
    const plan = planCollectionsUpgrade([deal({ collected: "=600*2", value: 1200 })], 46200, "en-US");
    expect(plan.payments.map((p) => p.Received)).toEqual([1200]);
  });

  it("blocks on an amount without a DealID or a text that is no amount", () => {
    const plan = planCollectionsUpgrade(
      [deal({ dealId: "", collected: 10 }), deal({ collected: "about half" }), deal({ collected: 3 })],
      46200,
      "en-US",
    );
    expect(plan.blocked).toEqual([
      { row: 0, reason: "no-id" },
      { row: 1, reason: "not-a-number" },
    ]);
    expect(plan.rows).toEqual([2]);
  });

  it("loses nothing: per deal, the payments add up to the typed amount (property)", () => {
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(fc.array(fc.option(cents, { nil: null }), { maxLength: 40 }), (amounts) => {
        const deals = amounts.map((amount, i) => deal({ dealId: `D-${i}`, collected: amount ?? "" }));
        const plan = planCollectionsUpgrade(deals, 46200, "en-US");
        const byDeal = new Map<string, number>();
        for (const p of plan.payments)
          byDeal.set(String(p.DealID), (byDeal.get(String(p.DealID)) ?? 0) + Number(p.Received));
        amounts.forEach((amount, i) => expect(byDeal.get(`D-${i}`) ?? 0).toBe(amount ?? 0));
        const expected = amounts.reduce<number>((sum, a) => sum + Math.round((a ?? 0) * 100), 0) / 100;
        expect(plan.total).toBe(expected);
      }),
    );
  });

  it("lays a payment out in the table's own column order, the Status formula left to Excel", () => {
    const headers = ["Notes", "DealID", "Mine", "Status", "Received"];
    const row = paymentRow(
      { DealID: "D-1", Received: 5, Notes: "n", Status: "x" },
      columnIndex("Payments", headers),
      5,
    );
    expect(row).toEqual(["n", "D-1", null, null, 5]);
  });
});

describe("collectionsUpgradeNeeded", () => {
  const deals = (hasCollected: boolean, collectedIsFormula: boolean) => ({
    deals: { present: true, hasCollected, collectedIsFormula },
  });
  it("asks while Collected holds values or the recorded version is older", () => {
    expect(collectionsUpgradeNeeded(deals(true, false), 4)).toBe(true);
    expect(collectionsUpgradeNeeded(deals(true, true), 3)).toBe(true);
    expect(collectionsUpgradeNeeded(deals(true, true), 4)).toBe(false);
    expect(collectionsUpgradeNeeded(deals(true, true), null)).toBe(false);
    expect(collectionsUpgradeNeeded(deals(false, false), 3)).toBe(false);
    expect(
      collectionsUpgradeNeeded({ deals: { present: false, hasCollected: false, collectedIsFormula: false } }, 3),
    ).toBe(false);
  });
});

describe("collections formula columns", () => {
  const lookupIn = (language: "en-US" | "zh-CN", names: TableName[] = ["Deals", "Contracts", "Payments"]) =>
    headerLookup(Object.fromEntries(names.map((name) => [name, { name, headers: tableHeaders(name, language) }])));

  it("Deals[Collected] and Contracts[Received] sum Payments[Received] by their key", () => {
    expect(columnFormula("Deals", "Collected", lookupIn("en-US"))).toBe(
      '=IF([@DealID]="","",SUMIFS(Payments[Received],Payments[DealID],[@DealID]))',
    );
    expect(columnFormula("Contracts", "Received", lookupIn("zh-CN"))).toBe(
      '=IF([@合同编号]="","",SUMIFS(Payments[回款金额],Payments[合同编号],[@合同编号]))',
    );
    expect(columnFormula("Contracts", "Outstanding", lookupIn("en-US"))).toBe(
      '=IF([@Amount]="","",[@Amount]-N([@Received]))',
    );
  });

  it("Payments[Status] in the language of the Payments headers", () => {
    expect(columnFormula("Payments", "Status", lookupIn("en-US"))).toBe(
      '=IF([@AmountDue]="","",IF(N([@Received])>=[@AmountDue],"Paid",IF(AND([@DueDate]<>"",N([@DueDate])<TODAY()),"Overdue",IF(N([@Received])>0,"Partly paid","Due"))))',
    );
    const zh = columnFormula("Payments", "Status", lookupIn("zh-CN"));
    expect(zh).toContain('"已回款"');
    expect(zh).toContain('"逾期"');
    expect(zh).toContain("[@应收金额]");
  });

  it("are left out without a Payments table (Excel refuses a formula naming a missing table)", () => {
    expect(columnFormula("Deals", "Collected", lookupIn("en-US", ["Deals"]))).toBeUndefined();
    expect(columnFormula("Contracts", "Received", lookupIn("en-US", ["Contracts"]))).toBeUndefined();
  });
});
