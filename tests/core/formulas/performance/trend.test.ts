import { trend } from "@core/formulas/performance/trend";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const value = (r: unknown) => (isSalesError(r) ? NaN : (r as number));

describe("trend", () => {
  it("is the least-squares slope over the mean", () => {
    expect(value(trend(col(100, 110, 120)))).toBeCloseTo(10 / 110, 12);
    // slope of 2, 4, 3, 7 against 1..4 is 1.4; mean 4
    expect(value(trend(col(2, 4, 3, 7)))).toBeCloseTo(1.4 / 4, 12);
  });
  it("is 0 for a flat series and negative for a falling one", () => {
    expect(trend(col(5, 5, 5))).toBe(0);
    expect(value(trend(col(120, 110, 100)))).toBeCloseTo(-10 / 110, 12);
  });
  it("skips empty cells: positions are the order of the non-empty values", () => {
    expect(value(trend(col(100, null, 110, "  ", 120)))).toBeCloseTo(10 / 110, 12);
  });
  it("reads a row and text numbers", () => {
    expect(value(trend([["¥100", "1,100"]]))).toBeCloseTo(1000 / 600, 12);
  });
  it("divides by the mean as it is, sign included", () => {
    expect(value(trend(col(-100, -110, -120)))).toBeCloseTo(10 / 110, 12);
  });
  it("answers #N/A with fewer than 2 values", () => {
    for (const r of [trend(col(5)), trend(col(null, 5, "")), trend(col())])
      expect(isSalesError(r) && r.kind).toBe("not-available");
  });
  it("answers #DIV/0! when the mean is 0, also within rounding", () => {
    for (const r of [trend(col(-1, 1)), trend(col(0.1, 0.2, -0.3))])
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
  });
  it("answers #VALUE! naming the row of text that is no number", () => {
    const r = trend(col(1, "up"));
    expect(isSalesError(r) && r.message).toBe('row 2: "up" is not a number');
  });
});
