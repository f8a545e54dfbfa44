import fc from "fast-check";
import { score, weightedScore } from "@core/formulas/performance/score";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const value = (r: unknown) => (isSalesError(r) ? NaN : (r as number));

describe("weightedScore", () => {
  it("is Σ w × min(ratio, cap) ÷ Σ w", () => {
    const r = weightedScore([
      { value: 120, target: 100, weight: 2, lowerIsBetter: false },
      { value: 40, target: 30, weight: 1, lowerIsBetter: true },
    ]);
    expect(value(r)).toBeCloseTo((2 * 1.2 + 0.75) / 3, 12);
  });
  it("caps each ratio", () => {
    expect(weightedScore([{ value: 300, target: 100, weight: 1, lowerIsBetter: false }], 1.5)).toBe(1.5);
  });
  it("counts a zero value as cap where lower is better, and allows a zero target there", () => {
    expect(weightedScore([{ value: 0, target: 5, weight: 1, lowerIsBetter: true }], 1.3)).toBe(1.3);
    expect(weightedScore([{ value: 0, target: 0, weight: 1, lowerIsBetter: true }], 1.3)).toBe(1.3);
    expect(weightedScore([{ value: 4, target: 0, weight: 1, lowerIsBetter: true }], 1.3)).toBe(0);
  });
  it("answers #DIV/0! for a zero target where it divides, #NUM! for a negative weight or cap ≤ 0", () => {
    const zero = weightedScore([{ value: 1, target: 0, weight: 1, lowerIsBetter: false }]);
    expect(isSalesError(zero) && zero.kind).toBe("div-by-zero");
    const negative = weightedScore([{ value: 1, target: 1, weight: -1, lowerIsBetter: false }]);
    expect(isSalesError(negative) && negative.kind).toBe("out-of-range");
    const cap = weightedScore([{ value: 1, target: 1, weight: 1, lowerIsBetter: false }], 0);
    expect(isSalesError(cap) && cap.kind).toBe("out-of-range");
  });
  it("stays between 0 and cap", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.double({ min: 0, max: 1e6, noNaN: true }),
            target: fc.double({ min: 1, max: 1e6, noNaN: true }),
            weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
            lowerIsBetter: fc.boolean(),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (items, cap) => {
          const r = value(weightedScore(items, cap));
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(cap * (1 + 1e-12));
        },
      ),
    );
  });
});

describe("score (cells)", () => {
  it("scores a card with the default cap 1.5", () => {
    // revenue 200 % of target → capped 1.5 (weight 3); win rate 0.3 vs 0.25 → 1.2 (weight 1)
    expect(value(score(col(200000, 0.3), col(100000, 0.25), col(3, 1)))).toBeCloseTo((3 * 1.5 + 1.2) / 4, 12);
  });
  it("reads lower_is_better as TRUE/FALSE, 1/0 or their text, 是/否", () => {
    const values = col(45, 45, 45, 45, 45);
    const targets = col(30, 30, 30, 30, 30);
    const weights = col(1, 1, 1, 1, 1);
    const expected = 30 / 45;
    expect(value(score(values, targets, weights, null, col(true, 1, "TRUE", " true ", "是")))).toBeCloseTo(
      expected,
      12,
    );
    expect(value(score(values, targets, weights, null, col(false, 0, "FALSE", "0", "否")))).toBeCloseTo(1.5, 12);
    expect(value(score(values, targets, weights, null, col(null, "", null, null, null)))).toBeCloseTo(1.5, 12);
  });
  it("answers #VALUE! naming the row of a lower_is_better cell that is no TRUE/FALSE", () => {
    const r = score(col(1, 1), col(1, 1), col(1, 1), null, col(false, "yes"));
    expect(isSalesError(r) && r.message).toBe('row 2: "yes" is not TRUE or FALSE');
  });
  it("reads text numbers, percents and a custom cap", () => {
    expect(value(score(col("¥120,000", "30%"), col("100,000", "25%"), col("60%", "40%"), "1.1"))).toBeCloseTo(
      0.6 * 1.1 + 0.4 * 1.1,
      12,
    );
  });
  it("leaves out rows with an empty value; an empty weight counts 0", () => {
    expect(value(score(col(50, null, 100), col(100, 100, 100), col(1, 5, null)))).toBeCloseTo(0.5, 12);
  });
  it("answers #DIV/0! for a zero or empty target (higher is better) and Σ weights = 0", () => {
    for (const r of [
      score(col(5), col(0), col(1)),
      score(col(5), col(null), col(1)),
      score(col(5, 6), col(1, 1), col(0, 0)),
      score(col(null), col(1), col(1)),
    ]) {
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #NUM! for a negative weight, value or target", () => {
    for (const r of [
      score(col(1), col(1), col(-1)),
      score(col(-1), col(1), col(1)),
      score(col(1), col(-1), col(1)),
      score(col(1), col(1), col(1), -2),
    ]) {
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #VALUE! for mismatched sizes and text that is no number", () => {
    const size = score(col(1, 2), col(1, 2), col(1));
    expect(isSalesError(size) && size.message).toBe("ranges must be the same size");
    const flags = score(col(1, 2), col(1, 2), col(1, 1), null, col(true));
    expect(isSalesError(flags) && flags.message).toBe("ranges must be the same size");
    const text = score(col(1, "lots"), col(1, 2), col(1, 1));
    expect(isSalesError(text) && text.message).toBe('row 2: "lots" is not a number');
  });
});
