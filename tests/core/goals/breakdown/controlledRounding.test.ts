import fc from "fast-check";
import { controlledRounding } from "@core/goals/breakdown/controlledRounding";
import { hierarchicalSplit } from "@core/goals/breakdown/hierarchicalSplit";
import { largestRemainder } from "@core/formulas/goals/split";
import { sum } from "./fixtures";

describe("controlledRounding", () => {
  it("rounds 50/50 × 34/33/33 to floors and ceilings with both totals exact", () => {
    expect(controlledRounding([50, 50], [34, 33, 33])).toEqual([
      [17, 17, 16],
      [17, 16, 17],
    ]);
  });
  it("keeps whole proportional values as they are", () => {
    expect(controlledRounding([100, 200, 300], [300, 300])).toEqual([
      [50, 50],
      [100, 100],
      [150, 150],
    ]);
  });
  it("gives zeros for a zero total", () => {
    expect(controlledRounding([0, 0], [0])).toEqual([[0], [0]]);
  });
  it("throws on totals that do not match (a programming error)", () => {
    expect(() => controlledRounding([1], [2])).toThrow(RangeError);
  });
  it("always meets both sets of totals with floor-or-ceiling cells (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 14 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 12 }),
        (total, rw, cw) => {
          const rows = sum(rw) === 0 ? rw.map(() => 0) : largestRemainder(total, rw, 0);
          const cols =
            sum(cw) === 0 || sum(rows) === 0
              ? cw.map((_, j) => (j === 0 ? sum(rows) : 0))
              : largestRemainder(sum(rows), cw, 0);
          const cells = controlledRounding(rows, cols);
          cells.forEach((row, i) => expect(sum(row)).toBe(rows[i]));
          cols.forEach((c, j) => expect(sum(cells.map((row) => row[j]))).toBe(c));
          const t = sum(rows);
          cells.forEach((row, i) =>
            row.forEach((x, j) => {
              const exact = t === 0 ? 0 : (rows[i] * cols[j]) / t;
              expect(x).toBeGreaterThanOrEqual(Math.floor(exact - 1e-6));
              expect(x).toBeLessThanOrEqual(Math.ceil(exact + 1e-6));
            }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("hierarchicalSplit", () => {
  it("splits over teams by Σ of their reps, then over reps", () => {
    // Capacity 3, 2 in North and 1 in South: North 500, South 100; Li 300, Wang 200, Zhao 100.
    expect(hierarchicalSplit(600, ["North", "North", "South"], [3, 2, 1])).toEqual([300, 200, 100]);
  });
  it("1,200,000 equally over 7 reps in teams of 3, 2, 2", () => {
    const parts = hierarchicalSplit(1_200_000, ["A", "A", "A", "B", "B", "C", "C"], [1, 1, 1, 1, 1, 1, 1]);
    // Teams 514,286 / 342,857 / 342,857; then 171,429 171,429 171,428 / 171,429 171,428 / same.
    expect(parts).toEqual([171429, 171429, 171428, 171429, 171428, 171429, 171428]);
    expect(sum(parts)).toBe(1_200_000);
  });
  it("treats reps without a team as one group and gives a team of zero weights nothing", () => {
    expect(hierarchicalSplit(10, ["", "X", ""], [1, 0, 1])).toEqual([5, 0, 5]);
  });
});
