import fc from "fast-check";
import { commission, commissionOf } from "@core/formulas/performance/commission";
import { commissionTiers, type CommissionTier } from "@core/formulas/performance/commissionTiers";
import { isSalesError } from "@core/errors";

const TABLE = [
  [0, "4%"],
  [150000, "6%"],
  [250000, "8%"],
];
const TIERS: CommissionTier[] = [
  { threshold: 0, rate: 0.04 },
  { threshold: 150000, rate: 0.06 },
  { threshold: 250000, rate: 0.08 },
];
const value = (r: unknown) => (isSalesError(r) ? NaN : (r as number));

describe("commission (numbers)", () => {
  it('worked value: COMMISSION(20000, {0,4%;150000,6%;250000,8%}, "marginal", 145000) → 1100', () => {
    expect(value(commission(20000, TIERS, "marginal", 145000))).toBeCloseTo(1100, 9);
  });
  it("pays each marginal slice at its own tier's rate, across several tiers", () => {
    // 150000 × 4 % + 100000 × 6 % + 50000 × 8 %
    expect(value(commission(300000, TIERS, "marginal"))).toBeCloseTo(6000 + 6000 + 4000, 9);
  });
  it("pays the whole running total at the rate reached, minus what prior already earned", () => {
    // 165000 × 6 % − 145000 × 4 %
    expect(value(commission(20000, TIERS, "whole", 145000))).toBeCloseTo(9900 - 5800, 9);
    expect(value(commission(100000, TIERS, "whole"))).toBeCloseTo(4000, 9);
  });
  it("treats a value equal to a threshold as having reached that tier", () => {
    expect(value(commission(150000, TIERS, "whole"))).toBeCloseTo(9000, 9);
    expect(value(commission(149999, TIERS, "whole"))).toBeCloseTo(5999.96, 6);
  });
  it("pays nothing on a zero amount", () => {
    expect(commission(0, TIERS, "marginal", 500000)).toBe(0);
    expect(commission(0, TIERS, "whole", 500000)).toBe(0);
  });
  it("answers #NUM! for a negative amount or prior", () => {
    for (const r of [commission(-1, TIERS), commission(1, TIERS, "whole", -1)])
      expect(isSalesError(r) && r.kind).toBe("out-of-range");
  });
  const rates = fc.array(fc.double({ min: 0, max: 0.3, noNaN: true }), { minLength: 1, maxLength: 5 });
  const tierList = fc
    .tuple(rates, fc.array(fc.integer({ min: 1, max: 100000 }), { minLength: 4, maxLength: 4 }))
    .map(([rs, gaps]) => {
      let t = 0;
      return rs.map((rate, k) => {
        if (k > 0) t += gaps[k - 1];
        return { threshold: t, rate };
      });
    });
  it("marginal is continuous and non-decreasing in the amount", () => {
    fc.assert(
      fc.property(
        tierList,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (tiers, prior, amount, step) => {
          const before = value(commission(amount, tiers, "marginal", prior));
          const after = value(commission(amount + step, tiers, "marginal", prior));
          const maxRate = Math.max(...tiers.map((t) => t.rate));
          const slack = 1e-9 * (1 + Math.abs(before));
          expect(after - before).toBeGreaterThanOrEqual(-slack);
          expect(after - before).toBeLessThanOrEqual(maxRate * step + slack);
        },
      ),
    );
  });
  it("marginal equals whole when there is one tier", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (rate, amount, prior) => {
          const tiers = [{ threshold: 0, rate }];
          expect(value(commission(amount, tiers, "marginal", prior))).toBeCloseTo(
            value(commission(amount, tiers, "whole", prior)),
            3,
          );
        },
      ),
    );
  });
});

describe("commissionTiers", () => {
  it("reads fractions, percents and percent text; skips empty rows", () => {
    expect(
      commissionTiers([
        [0, 0.04],
        ["150,000", 6],
        [null, null],
        [250000, "8%"],
      ]),
    ).toEqual(TIERS);
  });
  it.each([
    [[[0, 0.04, 1]], "it needs 2 columns (threshold, rate)"],
    [[[100, 0.04]], "the first threshold must be 0"],
    [
      [
        [0, 0.04],
        [100, 0.05],
        [100, 0.06],
      ],
      "row 3: thresholds must ascend",
    ],
    [
      [
        [0, 0.04],
        [100, 0.05],
        [50, 0.06],
      ],
      "row 3: thresholds must ascend",
    ],
    [[[0, "n/a"]], 'row 1: rate "n/a" is not 0–100 %'],
    [[[0, 150]], 'row 1: rate "150" is not 0–100 %'],
    [[["zero", 0.1]], 'row 1: threshold "zero" is not a number'],
    [[[null, null]], "it has no tier"],
  ])("answers #VALUE! 'bad tier table' for %j", (table, why) => {
    const r = commissionTiers(table as never);
    expect(isSalesError(r) && [r.kind, r.message]).toEqual(["invalid-value", `bad tier table: ${why}`]);
  });
});

describe("commissionOf (cells)", () => {
  it("computes the worked value from cells, with text numbers", () => {
    expect(value(commissionOf("20,000", TABLE as never, "marginal", "145000"))).toBeCloseTo(1100, 9);
  });
  it("defaults to marginal with prior 0", () => {
    expect(value(commissionOf(200000, TABLE as never))).toBeCloseTo(6000 + 3000, 9);
  });
  it("accepts the Chinese mode names and any case", () => {
    expect(value(commissionOf(20000, TABLE as never, "超额累进", 145000))).toBeCloseTo(1100, 9);
    expect(value(commissionOf(20000, TABLE as never, "全额累进", 145000))).toBeCloseTo(4100, 9);
    expect(value(commissionOf(20000, TABLE as never, " WHOLE ", 145000))).toBeCloseTo(4100, 9);
  });
  it("answers #VALUE! for an unknown mode or a bad table, #NUM! for a negative amount", () => {
    const mode = commissionOf(1, TABLE as never, "progressive");
    expect(isSalesError(mode) && mode.kind).toBe("invalid-value");
    const table = commissionOf(1, [[5, 0.1]]);
    expect(isSalesError(table) && table.kind).toBe("invalid-value");
    const negative = commissionOf(-5, TABLE as never);
    expect(isSalesError(negative) && negative.kind).toBe("out-of-range");
  });
});
