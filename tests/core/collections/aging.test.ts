import fc from "fast-check";
import { agingBucketIndex, agingBucketRanges, agingBuckets, validBucketDays } from "@core/collections/aging";
import { outstandingCents } from "@core/collections/receivable";

const row = (dueDate: number, amountDue: number, received: number) => ({ dueDate, amountDue, received });

describe("agingBuckets", () => {
  it("worked value: 10 days overdue is 1–30, 110 and 210 days are over 90", () => {
    expect(agingBuckets([row(45000, 100, 0), row(45100, 200, 50), row(45200, 300, 0)], 45210)).toEqual([
      0, 300, 0, 0, 250,
    ]);
  });
  it("puts each edge day in the lower bucket and due today in not yet due", () => {
    // Overdue 0, 1, 30, 31, 60, 61, 90, 91 days.
    const asOf = 46000;
    const rows = [0, 1, 30, 31, 60, 61, 90, 91].map((d, i) => row(asOf - d, 10 ** i, 0));
    expect(agingBuckets(rows, asOf)).toEqual([1, 10 + 100, 1000 + 10000, 100000 + 1000000, 10000000]);
  });
  it("counts a future installment as not yet due and a paid or over-paid one as 0", () => {
    expect(agingBuckets([row(46100, 500, 0), row(45000, 100, 100), row(45000, 100, 130)], 46000)).toEqual([
      500, 0, 0, 0, 0,
    ]);
  });
  it("adds in cents without float drift", () => {
    expect(agingBuckets([row(1, 0.1, 0), row(1, 0.2, 0)], 10)).toEqual([0, 0.3, 0, 0, 0]);
  });
  it("uses custom edges", () => {
    expect(agingBuckets([row(100, 5, 0), row(50, 7, 0)], 110, [15])).toEqual([0, 5, 7]);
  });
  it("rejects bad edges", () => {
    expect(() => agingBuckets([], 1, [60, 30])).toThrow(RangeError);
    expect(validBucketDays([])).toBe(false);
    expect(validBucketDays([0, 30])).toBe(false);
    expect(validBucketDays([30.5])).toBe(false);
    expect(validBucketDays([30, 30])).toBe(false);
    expect(validBucketDays([7, 14, 365])).toBe(true);
  });
  it("property: the buckets add up to the total outstanding, exactly in cents", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    fc.assert(
      fc.property(
        fc.array(fc.record({ dueDate: fc.integer({ min: 40000, max: 50000 }), due: cents, got: cents })),
        fc.integer({ min: 40000, max: 50000 }),
        (rows, asOf) => {
          const receivables = rows.map((r) => row(r.dueDate, r.due / 100, r.got / 100));
          const total = receivables.reduce((s, r) => s + outstandingCents(r), 0);
          const buckets = agingBuckets(receivables, asOf);
          expect(Math.round(buckets.reduce((s, b) => s + b * 100, 0))).toBe(total);
          expect(buckets.every((b) => b >= 0)).toBe(true);
        },
      ),
    );
  });
});

describe("agingBucketIndex and ranges", () => {
  it("names the ranges the edges make", () => {
    expect(agingBucketRanges()).toEqual([
      { fromDays: 0, toDays: 0 },
      { fromDays: 1, toDays: 30 },
      { fromDays: 31, toDays: 60 },
      { fromDays: 61, toDays: 90 },
      { fromDays: 91, toDays: null },
    ]);
  });
  it("agrees with the ranges for every day", () => {
    const ranges = agingBucketRanges([30, 60, 90]);
    for (let d = -5; d <= 200; d++) {
      const r = ranges[agingBucketIndex(d)];
      expect(Math.max(d, 0)).toBeGreaterThanOrEqual(r.fromDays);
      if (r.toDays !== null) expect(Math.max(d, 0)).toBeLessThanOrEqual(r.toDays);
    }
  });
});
