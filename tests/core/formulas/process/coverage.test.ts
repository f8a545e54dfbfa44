import { coverage } from "@core/formulas/process/coverage";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;

describe("coverage", () => {
  it("worked value: 7 500 000 over 2 000 000 → 3.75", () => {
    expect(coverage(7500000, 2000000)).toBe(3.75);
  });
  it("sums a pipeline column against one quota, skipping blanks and reading text numbers", () => {
    expect(coverage(col(1000000, "¥2,000,000", null, "１０００"), 1000)).toBe(3001);
  });
  it('answers #N/A "quota already met" when Σquota_remaining ≤ 0', () => {
    for (const quota of [0, -100, col(null)]) {
      const r = coverage(100, quota);
      expect(isSalesError(r) && [r.kind, r.message]).toEqual(["not-available", "quota already met"]);
    }
  });
  it("answers #VALUE! for text that is no number", () => {
    const r = coverage(col(1, "x"), 5);
    expect(isSalesError(r) && r.message).toBe('row 2: "x" is not a number');
  });
});
