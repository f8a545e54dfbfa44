import { excelCall } from "./excelCall";
import { abcFn, churnFn, clvFn, csatFn, nextVisitFn, npsFn, retentionFn, rfmFn, segmentFn } from "@functions/functions";
import { serialFromDate, serialFromLocalTime } from "@core/cells/parseDate";

const col = (...xs: unknown[]) => xs.map((x) => [x]);

describe("customer functions called as Excel calls them", () => {
  it("ABC spills classes with the shares omitted (null)", () => {
    expect(excelCall(abcFn, col(50, 30, null, 12, 5, 3), null, null)).toEqual({
      value: [["A"], ["A"], [""], ["B"], ["B"], ["C"]],
    });
  });
  it("ABC shows a bad cell as #VALUE! in that cell only, and bad shares as #NUM!", () => {
    const r = excelCall(abcFn, col(50, "n/a"), null, null) as { value: unknown[][] };
    expect(r.value[0][0]).toBe("A");
    expect(r.value[1][0]).toMatchObject({ code: "#VALUE!", message: 'row 2: "n/a" is not a number' });
    expect(excelCall(abcFn, col(1), 0.9, 0.8)).toMatchObject({ error: "#NUM!" });
    expect(excelCall(abcFn, col(0, null), null, null)).toMatchObject({ error: "#DIV/0!" });
  });
  it("RFM spills codes and defaults as_of to today", () => {
    const today = serialFromLocalTime(new Date());
    expect(excelCall(rfmFn, col(today - 1, today - 100), col(8, 2), col(5000, 100), null, null)).toEqual({
      value: [["333"], ["111"]],
    });
    // A blank as_of that an older desktop build sends as 0 means today too, not 1900-01-00.
    expect(excelCall(rfmFn, col(today - 1, today - 100), col(8, 2), col(5000, 100), 0, null)).toEqual({
      value: [["333"], ["111"]],
    });
    expect(
      excelCall(rfmFn, col(serialFromDate(2024, 1, 1)), col(1), col(1), serialFromDate(2024, 6, 1), 10),
    ).toMatchObject({ error: "#NUM!" });
  });
  it("SEGMENT names segments in English and Chinese", () => {
    expect(excelCall(segmentFn, col("545", "155", null), null)).toEqual({
      value: [["Champions"], ["Can't lose"], [""]],
    });
    expect(excelCall(segmentFn, [["545", "311"]], "zh")).toEqual({ value: [["冠军客户", "将沉睡"]] });
    const bad = excelCall(segmentFn, col("999"), null) as { value: unknown[][] };
    expect(bad.value[0][0]).toMatchObject({ code: "#VALUE!" });
  });
  it("NEXTVISIT spills dates and #N/A for an unknown tier in that cell", () => {
    const d = serialFromDate(2024, 3, 1);
    const r = excelCall(nextVisitFn, col(d, d, null), col("A", "X", "B"), null) as { value: unknown[][] };
    expect(r.value[0][0]).toBe(d + 14);
    expect(r.value[1][0]).toMatchObject({ code: "#N/A", message: 'row 2: no cadence for tier "X"' });
    expect(r.value[2][0]).toBe("");
    expect(excelCall(nextVisitFn, col(d), col("VIP"), [["VIP", 7]])).toEqual({ value: [[d + 7]] });
  });
  it("CLV with margin omitted and given", () => {
    expect(excelCall(clvFn, 500, 4, 3, null)).toEqual({ value: 6000 });
    expect(excelCall(clvFn, 500, 4, -3, null)).toMatchObject({ error: "#NUM!" });
  });
  it("RETENTION worked value and #DIV/0!", () => {
    expect(excelCall(retentionFn, 200, 220, 40)).toEqual({ value: 0.9 });
    expect(excelCall(retentionFn, 0, 220, 40)).toMatchObject({ error: "#DIV/0!" });
  });
  it("CHURN and its errors", () => {
    expect(excelCall(churnFn, 200, 30)).toEqual({ value: 0.15 });
    expect(excelCall(churnFn, 200, 300)).toMatchObject({ error: "#NUM!" });
  });
  it("NPS worked value: 30 % promoters, 20 % detractors → 10", () => {
    expect(excelCall(npsFn, col(10, 9, 9, 8, 7, 7, 7, 5, 3, 8))).toEqual({ value: 10 });
    expect(excelCall(npsFn, col(10, 11))).toEqual({
      error: "#VALUE!",
      message: "row 2: 11 is not a whole score from 0 to 10",
    });
  });
  it("CSAT with the defaults omitted (null) and a message in Chinese", () => {
    expect(excelCall(csatFn, col(5, 4, 3, 5), null, null)).toEqual({ value: 0.75 });
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    try {
      expect(excelCall(csatFn, col(5, 9), null, null)).toEqual({
        error: "#VALUE!",
        message: "第 2 行：9 不是 1 到 5 的整数评分",
      });
    } finally {
      delete (globalThis as Record<string, unknown>).Office;
    }
  });
});
