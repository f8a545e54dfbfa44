import fc from "fast-check";
import { collectionRate } from "@core/collections/collectionRate";

const row = (dueDate: number, amountDue: number, received: number) => ({ dueDate, amountDue, received });

describe("collectionRate", () => {
  it("worked value: 150 received of 300 due by the date is 0.5; later installments are left out", () => {
    expect(collectionRate([row(45000, 100, 100), row(45100, 200, 50), row(45300, 300, 0)], 45210)).toEqual({
      due: 300,
      received: 150,
      rate: 0.5,
    });
  });
  it("caps received at due per row, so an over-payment does not hide an unpaid installment", () => {
    expect(collectionRate([row(10, 100, 250), row(10, 100, 0)], 10).rate).toBe(0.5);
  });
  it("counts an installment due on the date, and leaves out one paid early but due later", () => {
    expect(collectionRate([row(10, 100, 0), row(11, 100, 100)], 10)).toEqual({ due: 100, received: 0, rate: 0 });
  });
  it("has no rate when nothing was due yet", () => {
    expect(collectionRate([row(20, 100, 100)], 10)).toEqual({ due: 0, received: 0, rate: null });
    expect(collectionRate([], 10).rate).toBeNull();
  });
  it("hand-computed team case: Σ ÷ Σ, not a mean of the reps' rates", () => {
    // Rep A: 900 of 1000; rep B: 0 of 100 → team 900 ÷ 1100, not (0.9 + 0) ÷ 2.
    expect(collectionRate([row(1, 1000, 900), row(1, 100, 0)], 5).rate).toBeCloseTo(900 / 1100, 12);
  });
  it("property: the rate lies in [0, 1] and received never exceeds due", () => {
    const cents = fc.integer({ min: 0, max: 1_000_000 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 100 }), due: cents, got: cents })),
        fc.integer({ min: 0, max: 100 }),
        (rows, asOf) => {
          const r = collectionRate(
            rows.map((x) => row(x.d, x.due / 100, x.got / 100)),
            asOf,
          );
          expect(r.received).toBeLessThanOrEqual(r.due);
          if (r.rate !== null) expect(r.rate >= 0 && r.rate <= 1).toBe(true);
          else expect(r.due).toBe(0);
        },
      ),
    );
  });
});
