import fc from "fast-check";
import {
  defaultPlanLines,
  installmentPayments,
  isContractProblem,
  isPaymentProblem,
  nextContractId,
  outstandingCents,
  outstandingOf,
  paymentRecords,
  planContract,
  recordPaymentRows,
  type ContractDraft,
} from "@core/receivables/paymentRecords";
import { receivablesSummary } from "@core/receivables/receivablesSummary";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import { d, paymentRecord as record } from "./paymentFixture";

const draft = (over: Partial<ContractDraft> = {}): ContractDraft => ({
  contractId: "HT-0001",
  dealId: "D-0001",
  customer: "Acme",
  owner: "Li",
  signedOn: d(3, 1),
  amount: 1000,
  terms: "3 monthly",
  lines: defaultPlanLines({ kind: "monthly", count: 3 }, d(3, 1)),
  notes: "",
  ...over,
});

describe("contracts", () => {
  it("defaults: deposit on signing and the balance 30 days later, or equal monthly installments", () => {
    expect(defaultPlanLines({ kind: "depositBalance", deposit: 0.3 }, 46100)).toEqual([
      { share: 0.3, dueDate: 46100 },
      { share: 0.7, dueDate: 46130 },
    ]);
    expect(defaultPlanLines({ kind: "monthly", count: 3 }, d(1, 31)).map((l) => l.dueDate)).toEqual([
      d(2, 28),
      d(3, 31),
      d(4, 30),
    ]);
  });

  it("plans a contract whose installments add up exactly to its amount", () => {
    const plan = planContract(draft(), []);
    if (isContractProblem(plan)) throw new Error(plan.code);
    expect(plan.installments.map((i) => i.amount)).toEqual([333.34, 333.33, 333.33]);
    expect(plan.contract).toMatchObject({ ContractID: "HT-0001", Amount: 1000, Installments: 3 });
    expect(installmentPayments(plan)[2]).toMatchObject({
      Installment: 3,
      DueDate: d(6, 1),
      AmountDue: 333.33,
      Received: "",
    });
  });

  it("property: any amount in cents and any count of monthly installments adds up exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_00 }), fc.integer({ min: 1, max: 36 }), (cents, count) => {
        const plan = planContract(
          draft({ amount: cents / 100, lines: defaultPlanLines({ kind: "monthly", count }, d(3, 1)) }),
          [],
        );
        if (isContractProblem(plan)) throw new Error(plan.code);
        expect(plan.installments.reduce((sum, i) => sum + Math.round(i.amount * 100), 0)).toBe(cents);
      }),
    );
  });

  it("validates before anything is written", () => {
    expect(planContract(draft({ contractId: " " }), [])).toEqual({ code: "noContractId" });
    expect(planContract(draft(), ["ht-0001"])).toEqual({ code: "contractIdTaken" });
    expect(planContract(draft({ dealId: "" }), [])).toEqual({ code: "noDeal" });
    expect(planContract(draft({ signedOn: null }), [])).toEqual({ code: "noSignedOn" });
    expect(planContract(draft({ amount: 0 }), [])).toEqual({ code: "amountNotPositive" });
    expect(planContract(draft({ lines: [{ share: 0.5, dueDate: d(3, 1) }] }), [])).toEqual({
      code: "sharesNotWhole",
      total: 0.5,
    });
    expect(nextContractId(["HT-0007", ""])).toBe("HT-0008");
    expect(nextContractId([])).toBe("HT-0001");
  });
});

describe("recording a payment", () => {
  it("a partial payment splits the installment: the received part, and the rest still due on the same date", () => {
    const rows = recordPaymentRows(record({}), 400, d(3, 5), "WeChat");
    if (isPaymentProblem(rows)) throw new Error(rows.code);
    expect(rows.inPlace).toEqual({ AmountDue: 400, Received: 400, ReceivedOn: d(3, 5), Method: "WeChat" });
    expect(rows.added).toEqual([
      {
        ContractID: "HT-0001",
        DealID: "D-0001",
        Customer: "Acme",
        Owner: "Li",
        Installment: 1,
        DueDate: d(3, 1),
        Notes: "",
        AmountDue: 600,
        Received: "",
        ReceivedOn: "",
        Method: "",
      },
    ]);
  });

  it("a full payment marks the row received, and too much or nothing is refused", () => {
    const rows = recordPaymentRows(record({}), 1000, d(3, 5), "Cash");
    expect(!isPaymentProblem(rows) && [rows.inPlace, rows.added]).toEqual([
      { AmountDue: 1000, Received: 1000, ReceivedOn: d(3, 5), Method: "Cash" },
      [],
    ]);
    expect(recordPaymentRows(record({ received: 300 }), 800, d(3, 5), "")).toEqual({
      code: "moreThanOutstanding",
      outstanding: 700,
    });
    expect(recordPaymentRows(record({}), 0, d(3, 5), "")).toEqual({ code: "amountNotPositive" });
    expect(recordPaymentRows(record({}), 5, null, "")).toEqual({ code: "noDate" });
  });
});

describe("what an installment still owes", () => {
  it("rounds each figure to cents as Excel's ROUND does, never below zero", () => {
    // 1.005 is 100.4999… cents in binary: rounding the difference would say 1.00.
    expect(outstandingOf({ amountDue: 1.005, received: 0 })).toBe(1.01);
    expect(outstandingOf({ amountDue: 0.3, received: 0.1 })).toBe(0.2);
    expect(outstandingOf({ amountDue: 100, received: 120 })).toBe(0);
  });

  it("is exactly what a payment may take: that much is recorded in full, a cent more is refused", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (due, got) => {
        fc.pre(got < due);
        const installment = record({ amountDue: due / 100, received: got / 100 });
        const owed = outstandingOf(installment);
        expect(outstandingCents(installment)).toBe(due - got);
        const full = recordPaymentRows(installment, owed, d(3, 5), "");
        expect(isPaymentProblem(full)).toBe(false);
        expect(recordPaymentRows(installment, owed + 0.01, d(3, 5), "")).toEqual({
          code: "moreThanOutstanding",
          outstanding: owed,
        });
      }),
    );
  });
});

describe("receivablesSummary", () => {
  // asOf 2026-04-15 (a Wednesday): hand-computed ages in days overdue.
  const asOf = d(4, 15);
  const records = [
    record({ row: 0, owner: "Li", customer: "Acme", dueDate: d(4, 1), amountDue: 300, received: 300 }), // paid
    record({ row: 1, owner: "Li", customer: "Acme", dueDate: d(4, 5), amountDue: 500, received: 200 }), // 10 days: 300
    record({ row: 2, owner: "Li", customer: "Beta", dueDate: d(2, 1), amountDue: 400, received: 0 }), // 73 days: 400
    record({ row: 3, owner: "Wang", customer: "Beta", dueDate: d(4, 17), amountDue: 600, received: 0 }), // not due, this week
    record({ row: 4, owner: "Wang", customer: "Cody", dueDate: d(4, 28), amountDue: 100, received: 0 }), // this month
    record({ row: 5, owner: "Wang", customer: "Cody", dueDate: d(1, 1), amountDue: 200, received: 50 }), // 104 days: 150
  ];
  const teams = new Map([
    ["Li", "North"],
    ["Wang", "North"],
  ]);
  const summary = receivablesSummary(records, asOf, (rep) => teams.get(rep));

  it("ages what is outstanding by owner and by customer", () => {
    expect(summary.total.buckets).toEqual([700, 300, 0, 400, 150]);
    expect(summary.byOwner.map((r) => [r.name, r.buckets])).toEqual([
      ["Wang", [700, 0, 0, 0, 150]],
      ["Li", [0, 300, 0, 400, 0]],
    ]);
    expect(summary.byCustomer.map((r) => [r.name, r.outstanding, r.overdue])).toEqual([
      ["Beta", 1000, 400],
      ["Acme", 300, 300],
      ["Cody", 250, 150],
    ]);
    expect(summary.largestOverdue.map((r) => r.name)).toEqual(["Beta", "Acme", "Cody"]);
  });

  it("lists what is due this week and this month, and the collection rate to date by rep and team", () => {
    expect(summary.dueThisWeek.map((r) => r.row)).toEqual([3]);
    expect(summary.dueThisMonth.map((r) => r.row)).toEqual([1, 3, 4]);
    // Due to date: Li 300 + 500 + 400 = 1200, received 500; Wang 200, received 50.
    expect(summary.rateByRep.map((r) => [r.name, r.due, r.received, r.rate])).toEqual([
      ["Li", 1200, 500, 500 / 1200],
      ["Wang", 200, 50, 0.25],
    ]);
    expect(summary.rateByTeam).toEqual([{ name: "North", due: 1400, received: 550, rate: 550 / 1400 }]);
    expect(summary.rate.rate).toBeCloseTo(550 / 1400, 12);
    // DSO: owed on installments due by asOf = 300 + 400 + 150 = 850; due in the last 90 days
    // (after 2026-01-15): 300 + 500 + 400 = 1200 → 850 / 1200 × 90.
    expect(summary.dso).toBeCloseTo((850 / 1200) * 90, 9);
  });

  it("reads the Payments rows, leaving empty rows out", () => {
    const headers = tableHeaders("Payments", "zh-CN");
    const at = columnIndex("Payments", headers);
    const row = headers.map(() => "" as string | number);
    row[at.AmountDue] = 500;
    row[at.Received] = "200";
    row[at.DueDate] = d(4, 5);
    row[at.Customer] = "Acme";
    const read = paymentRecords([headers.map(() => ""), row], at);
    expect(read).toHaveLength(1);
    expect(read[0]).toMatchObject({ row: 1, amountDue: 500, received: 200, dueDate: d(4, 5), receivedOn: null });
  });
});
