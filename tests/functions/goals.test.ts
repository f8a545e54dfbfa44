import { excelCall } from "./excelCall";
import { attainmentFn, cagrFn, gapFn, growthFn, paceFn, runRateFn, seasonIndexFn, splitFn } from "@functions/functions";
import { serialFromDate, serialFromLocalTime } from "@core/cells/parseDate";

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("Goals functions called as Excel calls them", () => {
  it("ATTAINMENT worked value with numbers passed as 1 × 1 ranges", () => {
    expect(excelCall(attainmentFn, [[235000]], [[250000]])).toEqual({ value: 0.94 });
  });
  it("ATTAINMENT with Σtarget = 0 is #DIV/0! and with a bad cell #VALUE! naming the row", () => {
    expect(excelCall(attainmentFn, [[1]], [[0]])).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(attainmentFn, col(1, "abc"), [[10]])).toEqual({
      error: "#VALUE!",
      message: 'row 2: "abc" is not a number',
    });
  });
  it("ATTAINMENT and GROWTH over figures that cancel out up to rounding are #DIV/0!, not 1.8E+16", () => {
    expect(excelCall(attainmentFn, [[10]], col(0.1, 0.2, -0.3))).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(growthFn, [[10]], col(0.1, 0.2, -0.3))).toMatchObject({ error: "#DIV/0!" });
    // A tiny target on its own is a target, not noise.
    expect(excelCall(attainmentFn, [[2e-20]], [[1e-20]])).toEqual({ value: 2 });
  });
  it("SPLIT on weights near Excel's largest number ends: a split when Σweights fits, else #NUM!", () => {
    expect(excelCall(splitFn, 100, col(1e307, 1e307), null)).toEqual({ value: [[50], [50]] });
    expect(excelCall(splitFn, 1e15, col(1e300, 1e300), null)).toEqual({ value: [[5e14], [5e14]] });
    // Excel shows a message only on #VALUE! and #N/A; the core's message still names the cause.
    expect(excelCall(splitFn, 100, col(1e308, 1e308), null)).toMatchObject({ error: "#NUM!" });
    expect(excelCall(splitFn, 100, col(1, 1, 1), 2.7)).toMatchObject({ error: "#NUM!" });
  });
  it("GAP of a team against its target", () => {
    expect(excelCall(gapFn, [[250000]], col(100000, "¥135,000", null))).toEqual({ value: 15000 });
  });
  it("PACE with as_of given, and #N/A with a message before the period", () => {
    const jan = (d: number) => serialFromDate(2024, 1, d);
    expect(excelCall(paceFn, [[10000]], [[31000]], jan(1), jan(31), jan(10))).toEqual({ value: 1 });
    expect(excelCall(paceFn, [[0]], [[100]], jan(10), jan(31), jan(1))).toEqual({
      error: "#N/A",
      message: "period has not started",
    });
    expect(excelCall(paceFn, [[0]], [[100]], jan(10), jan(1), jan(10))).toEqual({
      error: "#VALUE!",
      message: "end is before start",
    });
  });
  it("PACE with as_of blank sent as 0 (older desktop builds) or as empty text measures on today too", () => {
    const today = serialFromLocalTime(new Date());
    for (const blank of [0, "", "  "]) {
      expect(excelCall(paceFn, [[50]], [[100]], today - 9, today, blank)).toEqual({ value: 0.5 });
    }
  });
  it("PACE with as_of omitted (null) measures on today", () => {
    const today = serialFromLocalTime(new Date());
    // A period of 10 days ending today: the whole period has elapsed, so pace = attainment.
    expect(excelCall(paceFn, [[50]], [[100]], today - 9, today, null)).toEqual({ value: 0.5 });
    // A period starting tomorrow has not started today.
    expect(excelCall(paceFn, [[50]], [[100]], today + 1, today + 10, null)).toMatchObject({ error: "#N/A" });
  });
  it("RUNRATE with periods_total omitted (null) is 12", () => {
    expect(excelCall(runRateFn, [[300000]], 3, null)).toEqual({ value: 1200000 });
    expect(excelCall(runRateFn, [[300000]], 0, null)).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(runRateFn, [[300000]], 13, null)).toMatchObject({ error: "#NUM!" });
  });
  it("GROWTH and its #DIV/0!", () => {
    expect(excelCall(growthFn, [[150]], [[100]])).toEqual({ value: 0.5 });
    expect(excelCall(growthFn, [[150]], [[null]])).toMatchObject({ error: "#DIV/0!" });
  });
  it("CAGR and its #NUM!", () => {
    const r = excelCall(cagrFn, 1000, 1331, 3) as { value: number };
    expect(r.value).toBeCloseTo(0.1, 12);
    expect(excelCall(cagrFn, 0, 1331, 3)).toMatchObject({ error: "#NUM!" });
  });
  it("SEASONINDEX spills a column, season_length omitted (null) is 12", () => {
    const history = col(...Array.from({ length: 24 }, (_, i) => 100 + (i % 12) * 10));
    const r = excelCall(seasonIndexFn, history, null) as { value: number[][] };
    expect(r.value).toHaveLength(12);
    expect(r.value.reduce((s, [x]) => s + x, 0) / 12).toBeCloseTo(1, 12);
    expect(excelCall(seasonIndexFn, col(10, 30, 10, 30), 2)).toEqual({ value: [[0.5], [1.5]] });
    expect(excelCall(seasonIndexFn, col(1, 2), null)).toEqual({ error: "#N/A", message: "needs at least 12 values" });
  });
  it("SPLIT worked values, decimals omitted (null) is 0", () => {
    expect(excelCall(splitFn, 100, col(1, 1, 1), null)).toEqual({ value: [[34], [33], [33]] });
    const index = (
      excelCall(seasonIndexFn, col(...Array.from({ length: 36 }, (_, i) => 50 + ((i * 7) % 12) * 13 + i)), null) as {
        value: number[][];
      }
    ).value;
    const parts = (excelCall(splitFn, 1200000, index, null) as { value: number[][] }).value;
    expect(parts.reduce((s, [p]) => s + p, 0)).toBe(1200000);
    expect(excelCall(splitFn, 100, col(0, null), null)).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(splitFn, 100, col(1, -1), null)).toMatchObject({ error: "#NUM!" });
  });
});
