import fc from "fast-check";
import { seasonIndex, seasonIndexOfCells } from "@core/formulas/goals/seasonIndex";
import { isSalesError } from "@core/errors";

const col = (xs: unknown[]) => xs.map((x) => [x]) as never;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe("seasonIndex", () => {
  it("1–2 full seasons: each season ÷ its mean, averaged per position", () => {
    expect(seasonIndex([10, 30, 10, 30], 2)).toEqual([0.5, 1.5]);
    // Seasons [1,2] and [3,4]: ratios [2/3, 4/3] and [6/7, 8/7].
    const r = seasonIndex([1, 2, 3, 4], 2) as number[];
    expect(r[0]).toBeCloseTo((2 / 3 + 6 / 7) / 2, 12);
    expect(r[1]).toBeCloseTo((4 / 3 + 8 / 7) / 2, 12);
  });
  it("1–2 full seasons: ignores a trailing partial season", () => {
    expect(seasonIndex([10, 30, 10, 30, 999], 2)).toEqual([0.5, 1.5]);
    expect(seasonIndex([20, 60, 1000], 2)).toEqual([0.5, 1.5]);
  });
  it("1–2 full seasons: leaves out a season whose mean is 0", () => {
    expect(seasonIndex([0, 0, 10, 30], 2)).toEqual([0.5, 1.5]);
  });
  it("3+ full seasons, even length: centred moving average with weights ½,1,…,1,½", () => {
    expect(seasonIndex([1, 3, 1, 3, 1, 3], 2)).toEqual([0.5, 1.5]);
    // CMAs 2.5, 3, 2.5, 2 at t = 1…4 → ratios pos1: 0.8, 0.8; pos0: 4/3, 1 → scaled.
    const r = seasonIndex([2, 2, 4, 2, 2, 2], 2) as number[];
    const raw = [(4 / 3 + 1) / 2, 0.8];
    expect(r[0]).toBeCloseTo((raw[0] * 2) / (raw[0] + raw[1]), 12);
    expect(r[1]).toBeCloseTo((raw[1] * 2) / (raw[0] + raw[1]), 12);
  });
  it("3+ full seasons, odd length: plain m-value mean", () => {
    const r = seasonIndex([2, 4, 6, 2, 4, 6, 2, 4, 6], 3) as number[];
    expect(r[0]).toBeCloseTo(0.5, 12);
    expect(r[1]).toBeCloseTo(1, 12);
    expect(r[2]).toBeCloseTo(1.5, 12);
  });
  it("3+ full seasons: removes a linear trend that the short method would mistake for season", () => {
    const trend = Array.from({ length: 12 }, (_, i) => i + 1);
    for (const x of seasonIndex(trend, 4) as number[]) expect(x).toBeCloseTo(1, 12);
  });
  it("3+ full seasons: uses a trailing partial season too (its positions are known)", () => {
    // 3 seasons of [1,3] plus one extra value: t = 5 now has a CMA, (½·1 + 3 + ½·5) ÷ 2 = 3,
    // giving pos1 a third ratio 3 ÷ 3 = 1: pos1 = (1.5 + 1.5 + 1) ÷ 3 = 4/3, pos0 = 0.5.
    const r = seasonIndex([1, 3, 1, 3, 1, 3, 5], 2) as number[];
    expect(r[0]).toBeCloseTo(6 / 11, 12);
    expect(r[1]).toBeCloseTo(16 / 11, 12);
  });
  it("3+ full seasons: a position whose CMA is always 0 gets index 0", () => {
    const r = seasonIndex([0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0], 3) as number[];
    expect(mean(r)).toBeCloseTo(1, 12);
    expect(r[1]).toBe(0);
  });
  it("season length 1 gives [1]", () => {
    expect(seasonIndex([5, 7, 9], 1)).toEqual([1]);
  });
  it("answers #N/A with fewer than season_length values", () => {
    const r = seasonIndex([1, 2, 3], 4);
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["not-available", "needs at least 4 values"]);
  });
  it("answers #NUM! for a negative value or a bad season length", () => {
    for (const r of [seasonIndex([1, -2, 3, 4], 2), seasonIndex([1, 2], 0), seasonIndex([1, 2], 1.5)]) {
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
    }
  });
  it("answers #DIV/0! when everything is 0", () => {
    for (const history of [
      [0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 0, 0],
    ]) {
      const r = seasonIndex(history, 2);
      expect(isSalesError(r) && r.kind).toBe("div-by-zero");
    }
  });
  it("averages exactly 1 (to 1e-9) for any non-negative history of 1–5 seasons", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 13 })
          .chain((m) =>
            fc.tuple(
              fc.constant(m),
              fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: m, maxLength: 5 * m + m - 1 }),
            ),
          ),
        ([m, history]) => {
          const r = seasonIndex(history, m);
          if (isSalesError(r)) {
            expect(r.kind).toBe("div-by-zero");
            return;
          }
          expect(r).toHaveLength(m);
          expect(Math.abs(mean(r) - 1)).toBeLessThan(1e-9);
          for (const x of r) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe("seasonIndexOfCells", () => {
  it("returns a column of season_length rows, 12 by default", () => {
    const months = Array.from({ length: 24 }, (_, i) => 100 + (i % 12) * 10);
    const r = seasonIndexOfCells(col(months)) as number[][];
    expect(r).toHaveLength(12);
    expect(r.every((row) => row.length === 1)).toBe(true);
    expect(mean(r.map((x) => x[0]))).toBeCloseTo(1, 12);
    expect(r[11][0]).toBeGreaterThan(r[0][0]);
  });
  it("reads a row as well as a column, and text numbers", () => {
    expect(seasonIndexOfCells([[10, "30", "¥10", "３０"]], 2)).toEqual([[0.5], [1.5]]);
  });
  it("ignores empty cells after the data and counts earlier empty cells as 0", () => {
    expect(seasonIndexOfCells(col([10, 30, 10, 30, null, "", " "]), 2)).toEqual([[0.5], [1.5]]);
    expect(seasonIndexOfCells(col([null, 40, 0, 40]), 2)).toEqual([[0], [2]]);
  });
  it("answers #N/A when the filled history is shorter than a season", () => {
    const r = seasonIndexOfCells(col([1, 2, 3, null, null, null]), 4);
    expect(isSalesError(r) && r.kind).toBe("not-available");
  });
  it("names the row of text that is no number", () => {
    const r = seasonIndexOfCells(col([1, 2, "abc", 4]), 2);
    expect(isSalesError(r) && r.message).toBe('row 3: "abc" is not a number');
  });
  it("answers #VALUE! for a season length that is no number", () => {
    const r = seasonIndexOfCells(col([1, 2]), "month");
    expect(isSalesError(r) && r.kind).toBe("invalid-value");
  });
});
