import fc from "fast-check";
import { columnLetters, columnOfLetters } from "@core/workbook/columnLetters";

describe("columnLetters / columnOfLetters", () => {
  it("round-trips past column Z", () => {
    for (const index of [0, 25, 26, 27, 701, 702, 16_383]) expect(columnOfLetters(columnLetters(index))).toBe(index);
    expect(columnOfLetters("XFD")).toBe(16_383);
  });

  // Issue #14: Infinity never reaches 0 by dividing by 26, so its letters would never end.
  it('answers an index that is no column with "" and ends for any magnitude up to 1e308', () => {
    for (const index of [Infinity, -Infinity, NaN, -1]) expect(columnLetters(index)).toBe("");
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 308 }), (exponent) => {
        expect(columnLetters(10 ** exponent).length).toBeLessThan(250);
      }),
    );
  });
});
