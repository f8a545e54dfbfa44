import { forecast } from "@core/formulas/process/forecast";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
// 1 pipeline, 10 best case, 100 commit, 1000 closed, 10000 omitted.
const amounts = col(1, 10, 100, 1000, 10000);
const categories = col("Pipeline", "Best case", "Commit", "Closed", "Omitted");
const chinese = col("管道", "最佳情况", "承诺", "已成交", "忽略");

describe("forecast", () => {
  it("is cumulative: closed, commit + closed, best case + commit + closed, open pipeline", () => {
    expect(forecast(amounts, categories, "closed")).toBe(1000);
    expect(forecast(amounts, categories, "commit")).toBe(1100);
    expect(forecast(amounts, categories, "bestcase")).toBe(1110);
    expect(forecast(amounts, categories, "pipeline")).toBe(111);
  });
  it("reads Chinese labels in data and in the category argument", () => {
    expect(forecast(amounts, chinese, "已成交")).toBe(1000);
    expect(forecast(amounts, chinese, "承诺")).toBe(1100);
    expect(forecast(amounts, chinese, "最佳情况")).toBe(1110);
    expect(forecast(amounts, chinese, "管道")).toBe(111);
  });
  it("compares labels without case, spaces or underscores", () => {
    const data = col(5, 7, 11);
    const labels = col(" BEST CASE ", "bestcase", "Best_Case");
    for (const category of ["best case", "best_case", "BestCase", [["bestcase"]]])
      expect(forecast(data, labels, category as never)).toBe(23);
  });
  it("skips rows with an empty category, counts empty amounts 0 and reads text amounts", () => {
    expect(forecast(col(100, "¥1,000", null, "２"), col(null, "Closed", "Closed", "closed"), "closed")).toBe(1002);
  });
  it("answers #VALUE! naming the row of an unknown label in the data", () => {
    const r = forecast(col(1, 2), col("Commit", "Maybe"), "commit");
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", 'row 2: unknown label "Maybe"']);
  });
  it("answers #VALUE! for an unknown or missing category", () => {
    const unknown = forecast(amounts, categories, "omitted");
    expect(isSalesError(unknown) && unknown.message).toBe(
      'unknown category "omitted"; use closed, commit, bestcase, pipeline',
    );
    const missing = forecast(amounts, categories, null);
    expect(isSalesError(missing) && missing.message).toBe("category is missing");
  });
  it("answers #VALUE! when ranges differ in size", () => {
    const r = forecast(col(1, 2), col("Commit"), "commit");
    expect(isSalesError(r) && r.message).toBe("ranges must be the same size");
  });
  it("answers #NUM! for a negative amount", () => {
    const r = forecast(col(-1), col("Commit"), "commit");
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
});
