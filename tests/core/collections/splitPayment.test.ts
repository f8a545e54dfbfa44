import fc from "fast-check";
import { allocatePayment, splitPayment, type InstallmentState } from "@core/collections/splitPayment";
import { toCents } from "@core/collections/cents";

const open = (amountDue: number): InstallmentState => ({ amountDue, received: 0, receivedOn: null });
const sum = (rows: readonly InstallmentState[], key: "amountDue" | "received") =>
  rows.reduce((s, r) => s + toCents(r[key]), 0);

describe("splitPayment", () => {
  it("a partial payment splits the installment: a paid row and the remainder still due", () => {
    expect(splitPayment(open(1000), 400, 46100)).toEqual({
      rows: [
        { amountDue: 400, received: 400, receivedOn: 46100 },
        { amountDue: 600, received: 0, receivedOn: null },
      ],
      applied: 400,
      excess: 0,
    });
  });
  it("paying the amount due pays it in one row", () => {
    expect(splitPayment(open(1000), 1000, 46100)).toEqual({
      rows: [{ amountDue: 1000, received: 1000, receivedOn: 46100 }],
      applied: 1000,
      excess: 0,
    });
  });
  it("paying more pays it and leaves the excess", () => {
    expect(splitPayment(open(1000), 1200.5, 46100)).toEqual({
      rows: [{ amountDue: 1000, received: 1000, receivedOn: 46100 }],
      applied: 1000,
      excess: 200.5,
    });
  });
  it("keeps an earlier received amount on its own date", () => {
    expect(splitPayment({ amountDue: 1000, received: 300, receivedOn: 46000 }, 200, 46100)).toEqual({
      rows: [
        { amountDue: 300, received: 300, receivedOn: 46000 },
        { amountDue: 200, received: 200, receivedOn: 46100 },
        { amountDue: 500, received: 0, receivedOn: null },
      ],
      applied: 200,
      excess: 0,
    });
  });
  it("leaves a paid installment and a zero payment alone", () => {
    const paid = { amountDue: 100, received: 100, receivedOn: 46000 };
    expect(splitPayment(paid, 50, 46100)).toEqual({ rows: [paid], applied: 0, excess: 50 });
    expect(splitPayment(open(100), 0, 46100)).toEqual({ rows: [open(100)], applied: 0, excess: 0 });
  });
  it("works in cents: 0.1 + 0.2 of 0.3", () => {
    const first = splitPayment(open(0.3), 0.1, 1);
    expect(first.rows.map((r) => r.amountDue)).toEqual([0.1, 0.2]);
  });
  it("rejects a negative payment", () => {
    expect(() => splitPayment(open(100), -1, 1)).toThrow(RangeError);
  });
  it("property: nothing is lost", () => {
    const cents = fc.integer({ min: 0, max: 1e11 });
    fc.assert(
      fc.property(cents, cents, cents, (dueC, hadC, payC) => {
        const had = Math.min(hadC, dueC);
        const before: InstallmentState = {
          amountDue: dueC / 100,
          received: had / 100,
          receivedOn: had > 0 ? 45000 : null,
        };
        const { rows, applied, excess } = splitPayment(before, payC / 100, 46000);
        expect(sum(rows, "amountDue")).toBe(dueC);
        expect(sum(rows, "received")).toBe(had + toCents(applied));
        expect(toCents(applied) + toCents(excess)).toBe(payC);
        expect(toCents(applied)).toBe(Math.min(payC, dueC - had));
        expect(rows.length).toBeGreaterThanOrEqual(1);
        expect(rows.length).toBeLessThanOrEqual(3);
        // Every row is either fully received or not received at all, except an untouched input.
        if (applied > 0) rows.forEach((r) => expect(r.received === 0 || r.received === r.amountDue).toBe(true));
      }),
    );
  });
});

describe("allocatePayment", () => {
  it("pays the oldest installment first and splits the last one reached", () => {
    const result = allocatePayment(
      [
        { dueDate: 46100, ...open(500) },
        { dueDate: 46000, ...open(300) },
        { dueDate: 46200, ...open(200) },
      ],
      400,
      46120,
    );
    expect(result.splits.map((s) => s.applied)).toEqual([100, 300, 0]);
    expect(result.splits[0].rows).toEqual([
      { amountDue: 100, received: 100, receivedOn: 46120 },
      { amountDue: 400, received: 0, receivedOn: null },
    ]);
    expect(result.excess).toBe(0);
  });
  it("returns what no installment owed", () => {
    expect(allocatePayment([{ dueDate: 1, ...open(50) }], 80, 2).excess).toBe(30);
  });
  it("property: the payment is applied in full or all debts are paid", () => {
    const cents = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 50 }), due: cents }), { maxLength: 12 }),
        cents,
        (xs, payC) => {
          const installments = xs.map((x) => ({ dueDate: x.d, ...open(x.due / 100) }));
          const { splits, excess } = allocatePayment(installments, payC / 100, 60);
          const applied = splits.reduce((s, x) => s + toCents(x.applied), 0);
          const owed = xs.reduce((s, x) => s + x.due, 0);
          expect(applied + toCents(excess)).toBe(payC);
          expect(applied).toBe(Math.min(payC, owed));
          splits.forEach((s, i) => expect(sum(s.rows, "amountDue")).toBe(xs[i].due));
        },
      ),
    );
  });
});
