import { ratingOf } from "@core/formulas/performance/rating";
import { DEFAULT_BANDS } from "@core/formulas/performance/ratingBands";
import { shownScore } from "@core/performance/shownScore";

describe("shownScore", () => {
  it("shows two decimals where rounding keeps the rating", () => {
    expect(shownScore(1.0543, DEFAULT_BANDS)).toEqual({ value: 1.05, digits: 2 });
    expect(shownScore(0.5, DEFAULT_BANDS)).toEqual({ value: 0.5, digits: 2 });
  });

  it("shows more decimals where two would round across a band's minimum", () => {
    // The case: 0.997 is rated B, and "1.00" would read as an A.
    expect(shownScore(0.997, DEFAULT_BANDS)).toEqual({ value: 0.997, digits: 3 });
    expect(shownScore(1.19996, DEFAULT_BANDS)).toEqual({ value: 1.19996, digits: 5 });
  });

  it("cuts a score closer to a minimum than six decimals, keeping it below", () => {
    expect(shownScore(0.99999999, DEFAULT_BANDS)).toEqual({ value: 0.999999, digits: 6 });
  });

  it("never shows a figure rated otherwise than the score", () => {
    const bands = [
      { minimum: 0.95, label: "Top" },
      { minimum: 0.5, label: "Mid" },
    ];
    for (let i = 0; i <= 2000; i++) {
      const score = i / 1000 - 0.0004;
      const { value } = shownScore(score, bands);
      expect(ratingOf(value, bands)).toBe(ratingOf(score, bands));
    }
  });
});
