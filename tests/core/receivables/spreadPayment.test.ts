import fc from "fast-check";
import { toCents } from "@core/collections/cents";
import { checkPaymentInput, recordPaymentRows, type PaymentRecord } from "@core/receivables/paymentRecords";
import {
  isSpreadProblem,
  openInstallmentsOf,
  payerChoices,
  sameInstallments,
  spreadPayment,
  type SpreadPayment,
} from "@core/receivables/spreadPayment";
import { d, paymentRecord as record } from "./paymentFixture";

const records: PaymentRecord[] = [
  record({ row: 0, installment: 1, dueDate: d(4, 1), amountDue: 500 }),
  record({ row: 1, installment: 2, dueDate: d(5, 1), amountDue: 500 }),
  record({ row: 2, contractId: "HT-0002", dealId: "D-0002", installment: 1, dueDate: d(3, 15), amountDue: 300 }),
  record({ row: 3, contractId: "HT-0003", dealId: "D-0003", customer: "Birch", dueDate: d(3, 1), amountDue: 200 }),
  // Paid: not open.
  record({ row: 4, contractId: "HT-0002", dealId: "D-0002", installment: 2, amountDue: 100, received: 100 }),
  // Partly paid in the grid: 150 outstanding.
  record({ row: 5, contractId: "HT-0002", dealId: "D-0002", installment: 3, dueDate: d(6, 1), amountDue: 250 }),
];
records[5] = { ...records[5], received: 100, receivedOn: d(3, 2), method: "Cash" };

const plan = (value: ReturnType<typeof spreadPayment>): SpreadPayment => {
  if (isSpreadProblem(value)) throw new Error(value.code);
  return value;
};

describe("openInstallmentsOf and payerChoices", () => {
  it("finds a deal's or a customer's open installments, case and spaces ignored", () => {
    expect(openInstallmentsOf(records, { kind: "deal", key: " d-0002 " }).map((r) => r.row)).toEqual([2, 5]);
    expect(openInstallmentsOf(records, { kind: "customer", key: "ACME" }).map((r) => r.row)).toEqual([0, 1, 2, 5]);
    expect(openInstallmentsOf(records, { kind: "customer", key: "" })).toEqual([]);
  });

  it("lists the deals and customers with something outstanding and how much", () => {
    const { deals, customers } = payerChoices(records);
    expect(deals.map((p) => [p.key, p.outstanding, p.installments])).toEqual([
      ["D-0001", 1000, 2],
      ["D-0002", 450, 2],
      ["D-0003", 200, 1],
    ]);
    expect(customers.map((p) => [p.key, p.outstanding, p.installments])).toEqual([
      ["Acme", 1450, 4],
      ["Birch", 200, 1],
    ]);
  });
});

describe("spreadPayment", () => {
  it("pays a customer's oldest installments in full and splits the last one reached", () => {
    const acme = openInstallmentsOf(records, { kind: "customer", key: "Acme" });
    const result = plan(spreadPayment(acme, 1000, d(7, 1), "WeChat"));
    // Due 3-15 (300), 4-1 (500), 5-1 (500), 6-1 (150 left): 300 + 500 + 200.
    expect(result.lines.map((l) => [l.record.row, l.applied, l.left])).toEqual([
      [2, 300, 0],
      [0, 500, 0],
      [1, 200, 300],
      [5, 0, 150],
    ]);
    expect(result.writes.map((w) => w.record.row)).toEqual([2, 0, 1]);
    expect(result.writes[0]).toMatchObject({
      inPlace: { AmountDue: 300, Received: 300, ReceivedOn: d(7, 1), Method: "WeChat" },
      added: [],
    });
    expect(result.writes[2].inPlace).toEqual({ AmountDue: 200, Received: 200, ReceivedOn: d(7, 1), Method: "WeChat" });
    expect(result.writes[2].added).toEqual([
      expect.objectContaining({ Installment: 2, DueDate: d(5, 1), AmountDue: 300, Received: "", ReceivedOn: "" }),
    ]);
  });

  it("keeps what was received before on its own date when it reaches a partly paid installment", () => {
    const deal = openInstallmentsOf(records, { kind: "deal", key: "D-0002" });
    const result = plan(spreadPayment(deal, 400, d(7, 1), "Alipay"));
    expect(result.lines.map((l) => l.applied)).toEqual([300, 100]);
    expect(result.writes[1].inPlace).toEqual({ AmountDue: 100, Received: 100, ReceivedOn: d(3, 2), Method: "Cash" });
    expect(result.writes[1].added).toEqual([
      expect.objectContaining({ AmountDue: 100, Received: 100, ReceivedOn: d(7, 1), Method: "Alipay" }),
      expect.objectContaining({ AmountDue: 50, Received: "", ReceivedOn: "", Method: "" }),
    ]);
  });

  it("refuses more than everything outstanding, nothing, and a missing date", () => {
    const deal = openInstallmentsOf(records, { kind: "deal", key: "D-0002" });
    expect(spreadPayment(deal, 450.01, d(7, 1), "Cash")).toEqual({ code: "moreThanOutstanding", outstanding: 450 });
    expect(isSpreadProblem(spreadPayment(deal, 450, d(7, 1), "Cash"))).toBe(false);
    expect(spreadPayment(deal, 0, d(7, 1), "Cash")).toEqual({ code: "amountNotPositive" });
    expect(spreadPayment(deal, 10, null, "Cash")).toEqual({ code: "noDate" });
    expect(spreadPayment([], 10, d(7, 1), "Cash")).toEqual({ code: "moreThanOutstanding", outstanding: 0 });
  });

  it("compares two reads of the installments row by row", () => {
    const acme = openInstallmentsOf(records, { kind: "customer", key: "Acme" });
    expect(
      sameInstallments(
        acme,
        acme.map((r) => ({ ...r })),
      ),
    ).toBe(true);
    expect(sameInstallments(acme, acme.slice(1))).toBe(false);
    expect(
      sameInstallments(
        acme,
        acme.map((r, i) => (i === 1 ? { ...r, received: 1 } : r)),
      ),
    ).toBe(false);
    expect(
      sameInstallments(
        acme,
        acme.map((r, i) => (i === 0 ? { ...r, row: 9 } : r)),
      ),
    ).toBe(false);
  });

  const installments = fc
    .array(
      fc.record({
        due: fc.integer({ min: 1, max: 60 }),
        amountC: fc.integer({ min: 1, max: 1e8 }),
        receivedShare: fc.constantFrom(0, 0, 0.25, 0.5),
      }),
      { minLength: 1, maxLength: 10 },
    )
    .map((xs) =>
      xs.map((x, i) =>
        record({
          row: i,
          installment: i + 1,
          dueDate: d(1, 1) + x.due,
          amountDue: x.amountC / 100,
          received: Math.floor(x.amountC * x.receivedShare) / 100,
          receivedOn: x.receivedShare > 0 ? d(1, 1) : null,
        }),
      ),
    );
  const owedCents = (rs: readonly PaymentRecord[]) =>
    rs.reduce((sum, r) => sum + toCents(r.amountDue) - toCents(r.received), 0);

  it("property: nothing is lost, no row takes more than it owes, the oldest due are paid first", () => {
    fc.assert(
      fc.property(installments, fc.double({ min: 0, max: 1, noNaN: true }), (rs, fraction) => {
        const owed = owedCents(rs);
        const payC = Math.max(1, Math.round(owed * fraction));
        const result = plan(spreadPayment(rs, payC / 100, d(7, 1), "Cash"));
        // Σ applied = amount, in cents.
        expect(result.lines.reduce((sum, l) => sum + toCents(l.applied), 0)).toBe(payC);
        for (const line of result.lines) {
          const open = toCents(line.record.amountDue) - toCents(line.record.received);
          expect(toCents(line.applied)).toBeGreaterThanOrEqual(0);
          expect(toCents(line.applied)).toBeLessThanOrEqual(open);
          expect(toCents(line.applied) + toCents(line.left)).toBe(open);
        }
        // Ordered by due date, and a line reached means every earlier-due line is paid in full.
        result.lines.forEach((line, i) => {
          if (i > 0) expect(line.record.dueDate!).toBeGreaterThanOrEqual(result.lines[i - 1].record.dueDate!);
          if (line.applied > 0)
            result.lines
              .filter((other) => other.record.dueDate! < line.record.dueDate!)
              .forEach((other) => expect(other.left).toBe(0));
        });
        // The rows written keep every installment's amount due and add up what was received.
        for (const write of result.writes) {
          const rows = [write.inPlace, ...write.added];
          expect(rows.reduce((sum, r) => sum + toCents(Number(r.AmountDue)), 0)).toBe(toCents(write.record.amountDue));
          const received = rows.reduce((sum, r) => sum + toCents(Number(r.Received || 0)), 0);
          const line = result.lines.find((l) => l.record.row === write.record.row)!;
          expect(received).toBe(toCents(write.record.received) + toCents(line.applied));
        }
      }),
    );
  });

  it("property: more than is outstanding is refused with the total", () => {
    fc.assert(
      fc.property(installments, fc.integer({ min: 1, max: 1e6 }), (rs, overC) => {
        const owed = owedCents(rs);
        expect(spreadPayment(rs, (owed + overC) / 100, d(7, 1), "Cash")).toEqual({
          code: "moreThanOutstanding",
          outstanding: owed / 100,
        });
      }),
    );
  });

  it("property: a payment's amount and date are refused alike on one installment and spread (checkPaymentInput)", () => {
    const amount = fc.oneof(fc.double({ min: -10, max: 2000 }), fc.constantFrom(0, 0.004, 0.005, NaN, Infinity));
    const on = fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 50000 }), fc.double({ min: 0, max: 50000 }));
    fc.assert(
      fc.property(amount, on, (paid, date) => {
        const input = checkPaymentInput(paid, date);
        if (!("code" in input)) {
          expect(input.on).toBe(date);
          return;
        }
        expect(recordPaymentRows(record({ amountDue: 5000 }), paid, date, "Cash")).toEqual(input);
        expect(spreadPayment([record({ amountDue: 5000 })], paid, date, "Cash")).toEqual(input);
      }),
    );
  });
});
