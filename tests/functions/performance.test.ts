import { excelCall } from "./excelCall";
import { commissionFn, ratingFn, scoreFn, trendFn } from "@functions/functions";

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const TIERS = [
  [0, "4%"],
  [150000, "6%"],
  [250000, "8%"],
];

describe("team and performance functions called as Excel calls them", () => {
  it('COMMISSION worked value: (20000, tiers, "marginal", 145000) → 1100', () => {
    const r = excelCall(commissionFn, 20000, TIERS, "marginal", 145000) as { value: number };
    expect(r.value).toBeCloseTo(1100, 9);
  });
  it("COMMISSION with mode and prior omitted (null), and a bad table", () => {
    const r = excelCall(commissionFn, 100000, TIERS, null, null) as { value: number };
    expect(r.value).toBeCloseTo(4000, 9);
    expect(excelCall(commissionFn, 1, [[10, 0.1]], null, null)).toEqual({
      error: "#VALUE!",
      message: "bad tier table: the first threshold must be 0",
    });
    expect(excelCall(commissionFn, -1, TIERS, null, null)).toMatchObject({ error: "#NUM!" });
  });
  it("SCORE with cap and lower_is_better omitted (null)", () => {
    const r = excelCall(scoreFn, col(120, 0.3), col(100, 0.25), col(1, 1), null, null) as { value: number };
    expect(r.value).toBeCloseTo(1.2, 12);
    expect(excelCall(scoreFn, col(1, 2), col(1, 2), col(1), null, null)).toEqual({
      error: "#VALUE!",
      message: "ranges must be the same size",
    });
    expect(excelCall(scoreFn, col(1), col(0), col(1), null, null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("SCORE with lower_is_better as Excel booleans", () => {
    const r = excelCall(scoreFn, col(45, 100), col(30, 100), col(1, 1), 1.5, col(true, false)) as { value: number };
    expect(r.value).toBeCloseTo((30 / 45 + 1) / 2, 12);
  });
  it("RATING spills grades, default and custom bands", () => {
    expect(
      excelCall(
        ratingFn,
        [
          [1.25, 0.5],
          [null, 1],
        ],
        null,
      ),
    ).toEqual({
      value: [
        ["S", "D"],
        ["", "A"],
      ],
    });
    const r = excelCall(ratingFn, col(0.2, 1), [
      [1, "达标"],
      [0.5, "待改进"],
    ]) as { value: unknown[][] };
    expect(r.value[0][0]).toMatchObject({ code: "#N/A" });
    expect(r.value[1][0]).toBe("达标");
  });
  it("TREND and its #N/A", () => {
    const r = excelCall(trendFn, col(100, 110, 120)) as { value: number };
    expect(r.value).toBeCloseTo(10 / 110, 12);
    expect(excelCall(trendFn, col(5, null))).toEqual({ error: "#N/A", message: "needs at least 2 values" });
  });
});
