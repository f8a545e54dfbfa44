import { excelCall } from "./excelCall";
import { conversionFn, winRateFn } from "@functions/functions";

describe("SALES.CONVERSION and SALES.WINRATE called as Excel calls them", () => {
  it("CONVERSION with the optional argument omitted (null)", () => {
    expect(excelCall(conversionFn, [["Won"], ["Lost"], [null], ["赢单"]], null)).toEqual({ value: 2 / 3 });
  });
  it("CONVERSION of an empty range is #DIV/0!", () => {
    expect(excelCall(conversionFn, [[null], [""]], null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("WINRATE worked value through the wrapper", () => {
    const outcomes = [...Array(45).fill(["won"]), ...Array(135).fill(["lost"]), ...Array(80).fill(["Proposal"])];
    expect(excelCall(winRateFn, outcomes, null, null, null)).toEqual({ value: 0.25 });
  });
  it("WINRATE with mismatched ranges is #VALUE! with a message", () => {
    expect(excelCall(winRateFn, [["won"], ["lost"]], [[1]], null, null)).toEqual({ error: "#VALUE!", message: "ranges must be the same size" });
  });
  it("shows messages in Chinese when Excel runs in Chinese", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(excelCall(winRateFn, [["won"]], [["abc"]], null, null)).toEqual({ error: "#VALUE!", message: "第 1 行：“abc”不是数字" });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});
