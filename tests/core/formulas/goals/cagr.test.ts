import { cagr } from "@core/formulas/goals/cagr";
import { isSalesError } from "@core/errors";

describe("cagr", () => {
  it("is (end ÷ begin)^(1 ÷ years) − 1", () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 12);
    expect(cagr(1000, 1331, 3)).toBeCloseTo(0.1, 12);
    expect(cagr(100, 50, 1)).toBeCloseTo(-0.5, 12);
  });
  it("accepts fractional years and text numbers", () => {
    expect(cagr("¥100", "1,000", 0.5)).toBeCloseTo(99, 9);
    expect(cagr([[100]], [["１４４"]], [[2]])).toBeCloseTo(0.2, 12);
  });
  it("gives −100 % for an end of 0", () => {
    expect(cagr(100, 0, 3)).toBe(-1);
  });
  it("answers #NUM! when begin ≤ 0, end < 0 or years ≤ 0", () => {
    for (const args of [
      [0, 100, 1],
      [-5, 100, 1],
      [100, -1, 1],
      [100, 120, 0],
      [100, 120, -2],
      [null, 100, 1],
      [100, 120, null],
    ]) {
      const r = cagr(args[0], args[1], args[2]);
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #VALUE! for text that is no number", () => {
    const r = cagr("abc", 100, 1);
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
  });
});
