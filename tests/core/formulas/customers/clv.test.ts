import { clv } from "@core/formulas/customers/clv";
import { isSalesError } from "@core/errors";

describe("clv", () => {
  it("multiplies avg order, purchases per year, years and margin", () => {
    expect(clv(500, 4, 3, 0.4)).toBeCloseTo(2400, 9);
  });
  it("uses margin 1 when it is omitted or empty", () => {
    expect(clv(500, 4, 3)).toBe(6000);
    expect(clv(500, 4, 3, "  ")).toBe(6000);
  });
  it("reads margin as a rate: 0.4, 40 and '40%' agree", () => {
    expect(clv(500, 4, 3, 40)).toBeCloseTo(2400, 9);
    expect(clv(500, 4, 3, "40%")).toBeCloseTo(2400, 9);
  });
  it("reads text numbers and one-cell ranges", () => {
    expect(clv("¥1,000", [["2"]], "1.5", [[1]])).toBe(3000);
  });
  it("counts an empty argument as 0", () => {
    expect(clv(null, 4, 3)).toBe(0);
  });
  it.each([
    [-1, 4, 3, null],
    [500, -4, 3, null],
    [500, 4, -3, null],
    [500, 4, 3, -0.1],
    [500, 4, 3, 120],
  ])("answers #NUM! for a negative input or margin above 100 %%: %p %p %p %p", (a, p, y, m) => {
    const r = clv(a, p, y, m);
    expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  it("answers #VALUE! for text that is no number or a multi-cell range", () => {
    const text = clv("lots", 4, 3);
    expect(isSalesError(text) && text.kind).toBe("invalid-value");
    const margin = clv(1, 1, 1, "high");
    expect(isSalesError(margin) && margin.message).toBe('margin: "high" is not a number');
    const range = clv([[1], [2]], 4, 3);
    expect(isSalesError(range) && range.kind).toBe("invalid-value");
  });
});
