import { excelCall } from "./excelCall";
import { agingFn, collectRateFn } from "@functions/functions";
import { serialFromLocalTime } from "@core/cells/parseDate";

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("collections functions called as Excel calls them", () => {
  it("AGING worked value: {0;300;0;0;250}", () => {
    expect(excelCall(agingFn, col(45000, 45100, 45200), col(100, 200, 300), col(0, 50, 0), 45210, null)).toEqual({
      value: [[0], [300], [0], [0], [250]],
    });
  });
  it("AGING defaults as_of to today (also when a blank arrives as 0) and reads text dates and money", () => {
    const today = serialFromLocalTime(new Date());
    const args = [col(today + 5, today - 45), col("¥1,000", 500), col(null, "100")] as const;
    const expected = { value: [[1000], [0], [400], [0], [0]] };
    expect(excelCall(agingFn, ...args, null, null)).toEqual(expected);
    expect(excelCall(agingFn, ...args, 0, null)).toEqual(expected);
    expect(excelCall(agingFn, col("2023-10-01"), col(300), col(null), "2023年10月11日", null)).toEqual({
      value: [[0], [300], [0], [0], [0]],
    });
  });
  it("AGING with custom bucket edges spills one row per bucket", () => {
    expect(excelCall(agingFn, col(100, 50, 10), col(5, 7, 9), col(null, null, null), 110, col(15, 60))).toEqual({
      value: [[0], [5], [7], [9]],
    });
  });
  it("AGING errors: sizes, unreadable cells, negative amounts, bad edges", () => {
    expect(excelCall(agingFn, col(1, 2), col(1), col(0, 0), 10, null)).toEqual({
      error: "#VALUE!",
      message: "ranges must be the same size",
    });
    expect(excelCall(agingFn, col(1, "soon"), col(1, 2), col(0, 0), 10, null)).toEqual({
      error: "#VALUE!",
      message: 'row 2: "soon" is not a date',
    });
    expect(excelCall(agingFn, col(1, 2), col(1, -2), col(0, 0), 10, null)).toMatchObject({ error: "#NUM!" });
    expect(excelCall(agingFn, col(1), col(1), col(-1), 10, null)).toMatchObject({ error: "#NUM!" });
    expect(excelCall(agingFn, col(1), col(1), col(0), 10, col(60, 30))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(agingFn, col(1), col(1), col(0), 10, col(0))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(agingFn, col(1), col(1), col(0), 10, col(7.5))).toMatchObject({ error: "#NUM!" });
    expect(excelCall(agingFn, col(1), col(1), col(0), 10, col("week"))).toMatchObject({ error: "#VALUE!" });
  });
  it("COLLECTRATE worked value: 150 ÷ 300 = 0.5", () => {
    expect(excelCall(collectRateFn, col(100, 200, 300), col(100, 50, 0), col(45000, 45100, 45300), 45210)).toEqual({
      value: 0.5,
    });
  });
  it("COLLECTRATE caps received per row and is #DIV/0! when nothing is due yet", () => {
    expect(excelCall(collectRateFn, col(100, 100), col(300, null), col(10, 10), 10)).toEqual({ value: 0.5 });
    expect(excelCall(collectRateFn, col(100), col(100), col(20), 10)).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(collectRateFn, col(-100), col(0), col(1), 10)).toMatchObject({ error: "#NUM!" });
  });
  it("COLLECTRATE names the row in Chinese when Excel runs in Chinese", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(excelCall(collectRateFn, col(100, "很多"), col(0, 0), col(1, 2), 10)).toEqual({
        error: "#VALUE!",
        message: "第 2 行：“很多”不是数字",
      });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});
