import { runRate } from "@core/formulas/goals/runRate";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("runRate", () => {
  it("is actual ÷ elapsed × total, total 12 by default", () => {
    expect(runRate(300000, 3)).toBe(1200000);
    expect(runRate(300000, 3, null)).toBe(1200000);
    expect(runRate(50, 1, 4)).toBe(200);
  });
  it("sums a range of actuals and accepts fractional periods and text numbers", () => {
    expect(runRate(col(100, 50, null), 1.5, 6)).toBe(600);
    expect(runRate(col("¥1,000"), "2", "４")).toBe(2000);
  });
  it("equals the actual once every period has elapsed", () => {
    expect(runRate(777, 12)).toBe(777);
  });
  it("answers #DIV/0! when elapsed = 0 or empty", () => {
    for (const elapsed of [0, null, ""]) {
      const r = runRate(100, elapsed);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("answers #NUM! when elapsed < 0 or > total", () => {
    for (const [elapsed, total] of [
      [-1, 12],
      [13, 12],
      [5, 4],
    ]) {
      const r = runRate(100, elapsed, total);
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #VALUE! for a periods argument that is no number", () => {
    const r = runRate(100, "three");
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
  });
});
