import { serialFromDate } from "@core/cells/parseDate";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { lastYearByMonth, monthlyHistory, type DealRow } from "@core/goals/breakdown/monthlyHistory";
import { repLastYear } from "@core/goals/breakdown/peopleWeights";
import { timeWeights } from "@core/goals/breakdown/timeWeights";
import { ok, sum, wonDeal } from "./fixtures";

/** One won deal of `amount` on the 2nd of every month from (y, m) for `count` months. */
function monthly(owner: string, y: number, m: number, count: number, amount: number): DealRow[] {
  return Array.from({ length: count }, (_, k) => {
    const zero = m - 1 + k;
    return wonDeal(owner, y + Math.floor(zero / 12), (zero % 12) + 1, 2, amount);
  });
}

describe("monthlyHistory: complete months only", () => {
  // 2024-01 to 2026-11 at 100 a month, and December 2026 five days old with one deal of 30.
  const deals = [...monthly("Li", 2024, 1, 35, 100), wonDeal("Li", 2026, 12, 3, 30)];
  const today = serialFromDate(2026, 12, 5);

  it("leaves the month in progress out when today is the 5th of the month", () => {
    const h = ok(monthlyHistory(deals, "signed", 2027, 1, 3, undefined, today));
    expect(h.months).toHaveLength(35);
    expect(h.months[h.months.length - 1].key).toBe("FY2026-M11");
    expect(sum(h.total)).toBe(3500);
    expect(h.coveredMonths).toBe(35);
    // Every complete month sold alike, so the seasonal split is flat: December is not 70 % low.
    const twoYears = ok(monthlyHistory(deals, "signed", 2027, 1, 2, undefined, today));
    const seasonal = timeWeights(twoYears, { method: "seasonal" });
    expect(seasonal.used).toBe("seasonal");
    seasonal.weights.forEach((w) => expect(w).toBeCloseTo(1, 9));
    // Without today the five-day-old month reads as a month of poor sales.
    const naive = timeWeights(ok(monthlyHistory(deals, "signed", 2027, 1, 2)), { method: "seasonal" });
    expect(naive.weights[11]).toBeLessThan(0.8);
  });

  it("counts real months of data, never months still to come", () => {
    // Planning 2027 in March 2026: the 2026 months from March on have not happened.
    const h = ok(monthlyHistory(deals, "signed", 2027, 1, 3, undefined, serialFromDate(2026, 3, 5)));
    expect(h.coveredMonths).toBe(26);
    expect(ok(monthlyHistory(deals, "signed", 2027, 1, 3)).coveredMonths).toBe(36);
  });

  it("means the last complete fiscal year by last year, not the one in progress", () => {
    // April fiscal years; December 2026 is in FY2026, whose January to March have not happened.
    const ramp = [
      ...monthly("Li", 2025, 4, 12, 100),
      ...monthly("Li", 2026, 4, 8, 500),
      wonDeal("Li", 2026, 12, 2, 10),
    ];
    const h = ok(monthlyHistory(ramp, "signed", 2027, 4, 3, undefined, today));
    expect(h.lastYear?.kind).toBe("fiscalYear");
    expect(h.lastYear?.label).toEqual({ en: "FY2025", zh: "2025财年" });
    expect(lastYearByMonth(h, h.total)).toEqual(new Array(12).fill(100));
    // Last year's share gives January to March their share, not 0.
    const plan = ok(
      buildPlan({
        fiscalYear: 2027,
        startMonth: 4,
        annualTarget: 1200,
        timeSplit: { method: "lastYear" },
        peopleSplit: { method: "equal" },
        reps: [{ name: "Li" }],
        history: h,
      }),
    );
    expect(plan.periodTotals).toEqual(new Array(12).fill(100));
    expect(repLastYear(h, [{ name: "Li" }])).toEqual([1200]);
  });

  it("falls back to the last twelve complete months when no fiscal year is complete, and says which", () => {
    // Data from July 2025: FY2025 (from April 2025) is not covered whole, FY2026 not over.
    const recent = [...monthly("Li", 2025, 7, 17, 100), wonDeal("Li", 2026, 12, 2, 10)];
    const h = ok(monthlyHistory(recent, "signed", 2027, 4, 3, undefined, today));
    expect(h.coveredMonths).toBe(17);
    expect(h.lastYear?.kind).toBe("trailing");
    expect(h.lastYear?.label).toEqual({ en: "Dec 2025 – Nov 2026", zh: "2025年12月 – 2026年11月" });
    expect(sum(lastYearByMonth(h, h.total) ?? [])).toBe(1200);
    expect(timeWeights(h, { method: "lastYear" }).used).toBe("lastYear");
  });

  it("has no last year under twelve complete months", () => {
    const h = ok(monthlyHistory(monthly("Li", 2026, 1, 12, 100), "signed", 2027, 1, 3, undefined, today));
    expect(h.coveredMonths).toBe(11);
    expect(h.lastYear).toBeNull();
    expect(timeWeights(h, { method: "lastYear" }).warning?.kind).toBe("thin-history");
    expect(repLastYear(h, [{ name: "Li" }])).toEqual([null]);
  });
});
