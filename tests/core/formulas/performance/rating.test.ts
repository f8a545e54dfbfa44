import fc from "fast-check";
import { rating, ratingOf } from "@core/formulas/performance/rating";
import { DEFAULT_BANDS, ratingBands } from "@core/formulas/performance/ratingBands";
import { isSalesError } from "@core/errors";

const col = (...xs: unknown[]) => xs.map((x) => [x]) as never;
const ORDER = ["S", "A", "B", "C", "D"];

describe("ratingOf", () => {
  it.each([
    [1.5, "S"],
    [1.2, "S"],
    [1.19, "A"],
    [1.0, "A"],
    [0.8, "B"],
    [0.6, "C"],
    [0.59, "D"],
    [-3, "D"],
  ])("grades %p as %p with the default bands", (s, label) => {
    expect(ratingOf(s, DEFAULT_BANDS)).toBe(label);
  });
  it("never gives a higher score a lower grade", () => {
    fc.assert(
      fc.property(fc.double({ min: -2, max: 3, noNaN: true }), fc.double({ min: -2, max: 3, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ORDER.indexOf(ratingOf(hi) as string)).toBeLessThanOrEqual(ORDER.indexOf(ratingOf(lo) as string));
      }),
    );
  });
  it("is monotone for custom bands in any order too", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 250 }),
        fc.integer({ min: 0, max: 250 }),
        (minimums, a, b) => {
          const bands = ratingBands(minimums.map((m) => [m, m]));
          if (isSalesError(bands)) throw new Error("unexpected");
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const gradeHi = ratingOf(hi, bands);
          const gradeLo = ratingOf(lo, bands);
          // Labels are the minimums themselves, so a better grade is a larger label.
          if (gradeLo !== undefined) expect(gradeHi as number).toBeGreaterThanOrEqual(gradeLo as number);
        },
      ),
    );
  });
});

describe("rating (cells)", () => {
  it("spills in the shape of the scores; empty gives ''", () => {
    expect(
      rating([
        [1.25, 0.95],
        [null, "0.3"],
      ]),
    ).toEqual([
      ["S", "B"],
      ["", "D"],
    ]);
  });
  it("grades a single score", () => {
    expect(rating(1)).toEqual([["A"]]);
  });
  it("uses custom bands given in any order, with Chinese labels", () => {
    const bands = [
      [0.9, "良好"],
      [1.1, "优秀"],
      [0, "待改进"],
    ];
    expect(rating(col(1.2, 1, 0.5, "110%"), bands as never)).toEqual([["优秀"], ["良好"], ["待改进"], ["优秀"]]);
  });
  it("answers #N/A in the cell of a score below every custom band", () => {
    const r = rating(col(0.4, 0.8), [[0.5, "pass"]]) as unknown[][];
    expect(isSalesError(r[0][0]) && [r[0][0].kind, r[0][0].message]).toEqual([
      "not-available",
      "row 1: 0.4 is below every band",
    ]);
    expect(r[1][0]).toBe("pass");
  });
  it("answers #VALUE! in the cell of text that is no number", () => {
    const r = rating(col("great", 1.3)) as unknown[][];
    expect(isSalesError(r[0][0]) && r[0][0].kind).toBe("invalid-value");
    expect(r[1][0]).toBe("S");
  });
  it.each([
    [[[1, "A", "x"]], "it needs 2 columns (minimum, label)"],
    [[["high", "A"]], 'row 1: minimum "high" is not a number'],
    [[[1, null]], "row 1 has no label"],
    [
      [
        [1, "A"],
        [1, "B"],
      ],
      "row 2: minimum 1 is listed twice",
    ],
    [[[null, null]], "it has no band"],
  ])("answers #VALUE! 'bad bands table' for %j", (table, why) => {
    const r = rating(1, table as never);
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", `bad bands table: ${why}`]);
  });
});
