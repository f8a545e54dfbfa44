import { attainment } from "@core/formulas/goals/attainment";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("attainment", () => {
  it("worked value: 235000 against 250000 → 0.94", () => {
    expect(attainment(235000, 250000)).toBe(0.94);
    expect(attainment([[235000]], [[250000]])).toBe(0.94);
  });
  it("is Σactual ÷ Σtarget for a team, not a mean of percentages", () => {
    // Mean of 50 % and 150 % would be 1; the team made 110 of 200.
    expect(attainment(col(50, 60), col(100, 100))).toBe(0.55);
    expect(attainment(col(10, 150), col(20, 100))).toBeCloseTo(160 / 120, 12);
  });
  it("sums each argument on its own, so sizes may differ (deals against one target)", () => {
    expect(attainment(col(100, 200, 700), 2000)).toBe(0.5);
  });
  it("skips empty cells and reads text numbers (¥1,200 / 12% / full-width)", () => {
    expect(attainment(col("¥1,200", null, "", "  ", "８００"), col("2,000"))).toBe(1);
    expect(attainment(col("12%"), 0.24)).toBe(0.5);
  });
  it("names the row of text that is no number, and rejects booleans", () => {
    const r = attainment(col(1, 2, "abc"), 10);
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'row 3: "abc" is not a number']);
    const b = attainment(10, col(true));
    expect(isSalesError(b) && b.kind).toBe("invalid-value");
  });
  it("reads a 2-D range row-major when naming the row", () => {
    const r = attainment(
      [
        [1, 2],
        ["x", 4],
      ],
      10,
    );
    expect(isSalesError(r) && r.message).toBe('row 3: "x" is not a number');
  });
  it("answers #DIV/0! when Σtarget = 0 (including an empty target range)", () => {
    for (const target of [0, col(null, ""), col(5, -5)]) {
      const r = attainment(100, target);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #NUM! when Σtarget < 0", () => {
    const r = attainment(100, col(-50, 10));
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("allows negative actuals (refunds) and goes above 1 when ahead", () => {
    expect(attainment(col(300, -100), 100)).toBe(2);
  });
});

describe("attainment over a target that cancels out", () => {
  it("is #DIV/0! when Σtarget is zero up to rounding (0.1 + 0.2 − 0.3), not 1.8e16", () => {
    const r = attainment(10, col(0.1, 0.2, -0.3));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    expect(isSalesError(r) && r.message).toBe("Σtarget is zero");
  });
  it("keeps a tiny target that is no cancellation", () => {
    expect(attainment(3e-20, 1e-20)).toBeCloseTo(3, 12);
    expect(attainment(1, col(1e-9, 1e-9))).toBeCloseTo(5e8, 0);
  });
});
