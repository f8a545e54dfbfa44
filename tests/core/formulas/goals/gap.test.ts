import { gap } from "@core/formulas/goals/gap";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("gap", () => {
  it("is Σtarget − Σactual", () => {
    expect(gap(250000, 235000)).toBe(15000);
    expect(gap(col(100, 200), col(50, 25, 25))).toBe(200);
  });
  it("is negative when ahead of target", () => {
    expect(gap(100, col(80, 70))).toBe(-50);
  });
  it("skips empty cells and reads text numbers", () => {
    expect(gap(col("¥1,000", null), col("１００", " ", "50%"))).toBe(899.5);
  });
  it("names the row of a bad cell in either argument", () => {
    const t = gap(col(1, "n/a"), 0);
    expect(isSalesError(t) && t.message).toBe('row 2: "n/a" is not a number');
    const a = gap(0, col(false));
    expect(isSalesError(a) && a.kind).toBe("invalid-value");
  });
  it("of nothing against nothing is 0", () => {
    expect(gap(col(null), col(""))).toBe(0);
  });
});
