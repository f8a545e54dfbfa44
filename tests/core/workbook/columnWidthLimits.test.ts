import { MAX_FITTED_WIDTH, fittedWidth, headerWidth, widthLimits } from "@core/workbook/columnWidthLimits";

describe("column width limits", () => {
  it("a header needs room for its text, and a table header for its filter button", () => {
    expect(headerWidth("Amount", true)).toBe(63.2);
    expect(headerWidth("Amount", false)).toBeLessThan(headerWidth("Amount", true));
    // Chinese characters count double.
    expect(headerWidth("金额", false)).toBe(headerWidth("Amnt", false));
  });

  it("keeps an autofitted width between the header and the maximum", () => {
    const limits = widthLimits("Amount", { filterButton: true });
    expect(fittedWidth(40, limits)).toBe(63.2);
    expect(fittedWidth(120, limits)).toBe(120);
    expect(fittedWidth(900, limits)).toBe(MAX_FITTED_WIDTH);
    expect(fittedWidth(null, limits)).toBe(63.2);
  });

  it("a writer's larger minimum wins; a header wider than the maximum raises it", () => {
    expect(widthLimits("Notes", { filterButton: true, min: 160 })).toEqual({ min: 160, max: MAX_FITTED_WIDTH });
    const long = "x".repeat(60);
    expect(widthLimits(long, { filterButton: false }).max).toBe(headerWidth(long, false));
  });
});
