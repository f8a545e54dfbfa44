import fc from "fast-check";
import { largestRemainder, split } from "@core/formulas/goals/split";
import { seasonIndexOfCells } from "@core/formulas/goals/seasonIndex";
import { isSalesError } from "@core/errors";

const col = (xs: unknown[]) => xs.map((x) => [x]) as never;
const toUnits = (x: number, d: number) => Math.round(x * 10 ** d);

describe("largestRemainder", () => {
  it("worked value: 100 over {1;1;1} → 34, 33, 33 (ties to the earlier position)", () => {
    expect(largestRemainder(100, [1, 1, 1], 0)).toEqual([34, 33, 33]);
  });
  it("gives leftover units to the largest remainders", () => {
    // Shares 14.29, 28.57, 57.14 → floors 14, 28, 57 (99); the leftover goes to 28.57.
    expect(largestRemainder(100, [1, 2, 4], 0)).toEqual([14, 29, 57]);
  });
  it("rounds to decimals and keeps the sum exact", () => {
    expect(largestRemainder(100, [1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
    expect(largestRemainder(10, [1, 1, 1, 1, 1, 1], 1)).toEqual([1.7, 1.7, 1.7, 1.7, 1.6, 1.6]);
  });
  it("rounds the total first, as ROUND does (1.005 → 1.01)", () => {
    expect(largestRemainder(1.005, [1], 2)).toEqual([1.01]);
    expect(largestRemainder(99.6, [1, 1], 0)).toEqual([50, 50]);
  });
  it("does not lose a unit to binary noise in the shares", () => {
    expect(largestRemainder(100, [0.1, 0.2, 0.7], 0)).toEqual([10, 20, 70]);
    expect(largestRemainder(3, [0.1, 0.1, 0.1], 0)).toEqual([1, 1, 1]);
  });
  it("treats remainders equal up to float noise as ties, going to the earlier position", () => {
    // 0.1 + 0.2 is 0.30000000000000004: without a tolerance the later part would win the unit.
    expect(largestRemainder(1, [0.3, 0.1 + 0.2], 0)).toEqual([1, 0]);
  });
  it("keeps the sum exact where float shares of a huge total round up", () => {
    // Near 2^53 a float share can land above the true one, so the floors over-give by a unit.
    const total = 9007199254739770;
    expect(Math.floor(total / 7) + Math.floor((total * 6) / 7)).toBe(total + 1);
    const parts = largestRemainder(total, [1, 6], 0);
    expect(parts[0] + parts[1]).toBe(total);
    expect(Math.abs(parts[1] - (total * 6) / 7)).toBeLessThanOrEqual(1);
  });
  it("rounds to thousands with negative decimals", () => {
    expect(largestRemainder(1234567, [1, 2, 3], -3)).toEqual([206000, 412000, 617000]);
  });
  it("gives 0 to a zero weight", () => {
    expect(largestRemainder(10, [0, 1, 0, 1], 0)).toEqual([0, 5, 0, 5]);
  });
  it("throws RangeError when a precondition is broken", () => {
    expect(() => largestRemainder(-1, [1], 0)).toThrow(RangeError);
    expect(() => largestRemainder(1, [0, 0], 0)).toThrow(RangeError);
    expect(() => largestRemainder(1, [1, -1, 1], 0)).toThrow(RangeError);
    expect(() => largestRemainder(1, [1], 0.5)).toThrow(RangeError);
  });
  it("parts add up exactly to the rounded total and each is within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 2 }),
        (total, weights, decimals) => {
          const sum = weights.reduce((s, w) => s + w, 0);
          fc.pre(sum > 0);
          const parts = largestRemainder(total, weights, decimals);
          expect(parts).toHaveLength(weights.length);
          const units = Math.round(Number((total * 10 ** decimals).toPrecision(15)));
          expect(parts.reduce((s, p) => s + toUnits(p, decimals), 0)).toBe(units);
          weights.forEach((w, i) => {
            expect(parts[i]).toBeGreaterThanOrEqual(0);
            expect(toUnits(parts[i], decimals) / 10 ** decimals).toBe(parts[i]);
            const exact = (units * w) / sum;
            expect(Math.abs(toUnits(parts[i], decimals) - exact)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe("split", () => {
  it("worked value: SPLIT(100, {1;1;1}) → {34;33;33}", () => {
    expect(split(100, col([1, 1, 1]))).toEqual([[34], [33], [33]]);
    expect(split([[100]], col([1, 1, 1]), null)).toEqual([[34], [33], [33]]);
  });
  it("worked value: SPLIT(1200000, SEASONINDEX(…)) adds up to exactly 1200000", () => {
    const months = [80, 75, 95, 100, 110, 105, 90, 85, 120, 130, 140, 170];
    const history = [...months, ...months.map((x) => x * 1.1), ...months.map((x) => x * 1.2), 90, 80];
    const index = seasonIndexOfCells(col(history)) as number[][];
    const parts = split(1200000, index) as number[][];
    expect(parts).toHaveLength(12);
    expect(parts.reduce((s, [p]) => s + p, 0)).toBe(1200000);
    expect(parts.every(([p]) => Number.isInteger(p))).toBe(true);
    expect(parts[11][0]).toBeGreaterThan(parts[1][0]);
  });
  it("spills in the shape of weights: a row gives a row, a block a block", () => {
    expect(split(60, [[1, 2, 3]])).toEqual([[10, 20, 30]]);
    expect(
      split(
        100,
        [
          [1, 1],
          [1, 1],
        ],
        1,
      ),
    ).toEqual([
      [25, 25],
      [25, 25],
    ]);
  });
  it("treats an empty weight as 0 and reads text numbers", () => {
    expect(split("¥1,000", col([null, "1", "", "３"]))).toEqual([[0], [250], [0], [750]]);
    expect(split(100, col(["25%", "75%"]))).toEqual([[25], [75]]);
  });
  it("takes whole decimals, negative ones too, and answers #NUM! for a fractional one", () => {
    expect(split(100, col([1, 1, 1]), 2)).toEqual([[33.34], [33.33], [33.33]]);
    const fractional = split(100, col([1, 1, 1]), 2.7);
    expect(isSalesError(fractional) && fractional.message).toBe(
      "decimals is out of range (a whole number from -10 to 10)",
    );
    expect(split(25000, col([1, 1, 1]), -3)).toEqual([[9000], [8000], [8000]]);
  });
  it("answers #NUM! for a negative weight, a negative total or decimals out of range", () => {
    for (const r of [split(100, col([1, -1])), split(-100, col([1, 1])), split(100, col([1]), 11)]) {
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #NUM! when the total has too many digits for the decimals", () => {
    const r = split(1e15, col([1, 1]), 2);
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #DIV/0! when Σweights = 0", () => {
    for (const weights of [col([0, 0]), col([null, ""])]) {
      const r = split(100, weights);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #VALUE! naming the row of a weight that is no number", () => {
    const r = split(100, col([1, "lots"]));
    expect(isSalesError(r) && r.message).toBe('row 2: "lots" is not a number');
  });
  it("gives zeros for a total of 0 or empty", () => {
    expect(split(null, col([1, 2]))).toEqual([[0], [0]]);
  });
});

describe("split on magnitudes near Excel's largest number", () => {
  it("splits weights whose products overflow but whose sum fits", () => {
    expect(split(100, col([1e307, 1e307]))).toEqual([[50], [50]]);
    expect(split(1e15, col([1e300, 1e300]))).toEqual([[5e14], [5e14]]);
    expect(largestRemainder(100, [1e308, 3e307], 0)).toEqual([77, 23]);
  });
  it("answers #NUM! naming Σweights when the weights add up beyond the largest number", () => {
    const r = split(100, col([1e308, 1e308]));
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
    expect(isSalesError(r) && r.message).toBe("Σweights is out of range (up to 1.8E+308, Excel's largest number)");
    expect(() => largestRemainder(100, [1e308, 1e308], 0)).toThrow(RangeError);
  });
  it("ends, with parts adding up, for any magnitudes from 1e-300 to 1e308", () => {
    const magnitude = fc
      .tuple(fc.integer({ min: -300, max: 307 }), fc.double({ min: 1, max: 9.99, noNaN: true }))
      .map(([exponent, mantissa]) => mantissa * 10 ** exponent);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(magnitude, { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const r = split(total, col(weights));
          if (isSalesError(r)) {
            expect(r.kind).toBe("out-of-range");
            return;
          }
          expect(r.reduce((sum, [part]) => sum + part, 0)).toBe(total);
        },
      ),
    );
  });
});
