import { excelCall } from "./excelCall";
import {
  avgDealFn,
  conversionFn,
  coverageFn,
  cycleFn,
  forecastFn,
  funnelFn,
  velocityFn,
  weightedFn,
  winRateFn,
} from "@functions/functions";
import { serialFromDate } from "@core/cells/parseDate";

describe("SALES.CONVERSION and SALES.WINRATE called as Excel calls them", () => {
  it("CONVERSION with the optional argument omitted (null)", () => {
    expect(excelCall(conversionFn, [["Won"], ["Lost"], [null], ["赢单"]], null)).toEqual({ value: 2 / 3 });
  });
  it("CONVERSION of an empty range is #DIV/0!", () => {
    expect(excelCall(conversionFn, [[null], [""]], null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("CONVERSION and WINRATE pass on an error value held as text instead of counting it as open", () => {
    const outcomes = [["Won"], ["#N/A"], ["Lost"]];
    expect(excelCall(conversionFn, outcomes, null)).toEqual({
      error: "#N/A",
      message: "row 2 holds the error #N/A, not an outcome",
    });
    expect(excelCall(winRateFn, [["won"], ["lost"], [" #ref! "]], null, null, null)).toEqual({
      error: "#VALUE!",
      message: "row 3 holds the error #ref!, not an outcome",
    });
    expect(excelCall(winRateFn, [["won"], ["#DIV/0!"]], null, null, null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("WINRATE worked value through the wrapper", () => {
    const outcomes = [...Array(45).fill(["won"]), ...Array(135).fill(["lost"]), ...Array(80).fill(["Proposal"])];
    expect(excelCall(winRateFn, outcomes, null, null, null)).toEqual({ value: 0.25 });
  });
  it("WINRATE with mismatched ranges is #VALUE! with a message", () => {
    expect(excelCall(winRateFn, [["won"], ["lost"]], [[1]], null, null)).toEqual({
      error: "#VALUE!",
      message: "ranges must be the same size",
    });
  });
  it("shows messages in Chinese when Excel runs in Chinese", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(excelCall(winRateFn, [["won"]], [["abc"]], null, null)).toEqual({
        error: "#VALUE!",
        message: "第 1 行：“abc”不是数字",
      });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});

describe("Sales-process functions called as Excel calls them", () => {
  it("FUNNEL spills stages × 3 with a per-cell #DIV/0!", () => {
    const r = excelCall(funnelFn, [["Lead"], ["Lead"]], [["Lead"], ["Proposal"], ["Contract"]], null) as {
      value: unknown[][];
    };
    expect(r.value.map((row) => row.slice(0, 1))).toEqual([[2], [0], [0]]);
    expect(r.value[0]).toEqual([2, 1, 1]);
    expect(r.value[1]).toEqual([0, 0, 0]);
    const cell = r.value[2][1];
    expect(cell).toBeInstanceOf(CustomFunctions.Error);
    expect((cell as CustomFunctions.Error).code).toBe("#DIV/0!");
  });
  it("FUNNEL with 赢单/输单 and lost_at", () => {
    const r = excelCall(
      funnelFn,
      [["赢单"], ["输单"], ["需求分析"]],
      [["线索开发", "需求分析", "方案报价"]],
      [[null], ["需求分析"], [null]],
    );
    expect(r).toEqual({
      value: [
        [3, 1, 1],
        [3, 1, 1],
        [1, 1 / 3, 1 / 3],
      ],
    });
  });
  it("FUNNEL with an unknown stage is #VALUE! naming the row", () => {
    expect(excelCall(funnelFn, [["Lead"], ["Demo"]], [["Lead"]], null)).toEqual({
      error: "#VALUE!",
      message: 'row 2: unknown stage "Demo"',
    });
  });
  it("CYCLE with the optional arguments omitted (null)", () => {
    const d = (day: number) => serialFromDate(2024, 1, day);
    expect(excelCall(cycleFn, [[d(1)], [d(5)]], [[d(11)], [d(25)]], null, null)).toEqual({ value: 15 });
    expect(excelCall(cycleFn, [[d(5)]], [[d(1)]], null, null)).toEqual({
      error: "#VALUE!",
      message: "row 1: closed before created",
    });
  });
  it("AVGDEAL of won deals", () => {
    expect(excelCall(avgDealFn, [[1000], [3000], [9000]], [["won"], ["赢单"], ["lost"]], null)).toEqual({
      value: 2000,
    });
    expect(excelCall(avgDealFn, [[null]], null, null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("WEIGHTED worked value and with a stage table", () => {
    expect(excelCall(weightedFn, [[3800], [22500]], [[0.9], [0.2]], null)).toEqual({ value: 7920 });
    expect(
      excelCall(
        weightedFn,
        [[1000], [5000]],
        [["方案报价"], ["赢单"]],
        [
          ["方案报价", 0.5],
          ["赢单", 1],
        ],
      ),
    ).toEqual({ value: 500 });
    expect(excelCall(weightedFn, [[1000]], [["Demo"]], [["Proposal", 0.5]])).toEqual({
      error: "#VALUE!",
      message: 'row 1: unknown stage "Demo"',
    });
  });
  it("FORECAST with Chinese labels and an unknown category", () => {
    const amounts = [[1], [10], [100], [1000], [10000]];
    const labels = [["管道"], ["最佳情况"], ["承诺"], ["已成交"], ["忽略"]];
    expect(excelCall(forecastFn, amounts, labels, "commit")).toEqual({ value: 1100 });
    expect(excelCall(forecastFn, amounts, labels, "最佳情况")).toEqual({ value: 1110 });
    expect(excelCall(forecastFn, amounts, labels, "upside")).toMatchObject({ error: "#VALUE!" });
  });
  it("COVERAGE worked value and quota already met", () => {
    expect(excelCall(coverageFn, [[7500000]], [[2000000]])).toEqual({ value: 3.75 });
    expect(excelCall(coverageFn, [[7500000]], [[0]])).toEqual({ error: "#N/A", message: "quota already met" });
  });
  it("VELOCITY worked value with 25% as Excel passes it (0.25)", () => {
    const r = excelCall(velocityFn, 40, 0.25, 25000, 90) as { value: number };
    expect(r.value.toFixed(2)).toBe("2777.78");
    expect(excelCall(velocityFn, 40, 0.25, 25000, 0)).toMatchObject({ error: "#DIV/0!" });
    expect(excelCall(velocityFn, -40, 0.25, 25000, 90)).toMatchObject({ error: "#NUM!" });
  });
});
