import { growth } from "@core/formulas/goals/growth";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("growth", () => {
  it("is (Σcurrent − Σprior) ÷ |Σprior|", () => {
    expect(growth(120, 100)).toBeCloseTo(0.2, 12);
    expect(growth(col(60, 60), col(50, 50, null))).toBeCloseTo(0.2, 12);
    expect(growth(80, 100)).toBeCloseTo(-0.2, 12);
  });
  it("divides by |Σprior| so a smaller loss is positive growth", () => {
    expect(growth(-50, -100)).toBe(0.5);
  });
  it("reads text numbers", () => {
    expect(growth(col("¥1,100"), col("1,000"))).toBeCloseTo(0.1, 12);
  });
  it("answers #DIV/0! when Σprior = 0", () => {
    const r = growth(100, col(null, 0));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
  it("answers #VALUE! for text that is no number", () => {
    const r = growth(col("abc"), 100);
    expect(isSalesError(r) && r.message).toBe('row 1: "abc" is not a number');
  });
});

describe("growth over a prior that cancels out", () => {
  it("is #DIV/0! when Σprior is zero up to rounding", () => {
    const r = growth(10, col(0.1, 0.2, -0.3));
    expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
});
