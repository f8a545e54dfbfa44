import { scorecardLines } from "@core/performance/scorecardLines";
import { repKpis } from "@core/performance/repKpis";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { data, labels, plan } from "./performanceFixture";

const q2 = scorecardPeriods({ kind: "quarter", year: 2026, quarter: 2 })[0];

describe("repKpis (hand-computed)", () => {
  it("computes Ann's Q1: won deals closed in the quarter, the exact-period target, follow-ups, new customers", () => {
    const ann = repKpis(data, "Ann", plan.periods[0], labels, plan.commission);
    expect(ann).toMatchObject({ revenue: 150000, target: 120000, attainment: 1.25, avgDeal: 75000, cycle: 45 });
    expect(ann.winRate).toBeCloseTo(2 / 3, 12);
    expect(ann).toMatchObject({ activities: 3, satisfaction: 4.5, newCustomers: 2 });
    // Carry: nothing sold earlier in 2026 (the December deal is last year); quota = Q1 only
    // (the month rows are another length of period and are not added).
    expect(ann).toMatchObject({ commissionBase: 150000, carried: 0, quota: 120000 });
  });

  it("matches owners and stages case-insensitively and leaves out what cannot be computed", () => {
    const bob = repKpis(data, "Bob", plan.periods[0], labels, plan.commission);
    expect(bob).toMatchObject({ revenue: 20000, target: 80000, attainment: 0.25, avgDeal: 20000, cycle: null });
    expect(bob.winRate).toBeCloseTo(1 / 3, 12);
    const cai = repKpis(data, "Cai", plan.periods[0], labels, plan.commission);
    expect(cai).toMatchObject({ revenue: 0, target: 0, attainment: null, winRate: null, avgDeal: null });
    expect(cai).toMatchObject({ activities: 0, satisfaction: null, newCustomers: 0 });
  });

  it("carries the year's earlier sales and quota into Q2; without carry only the period counts", () => {
    expect(repKpis(data, "Ann", q2, labels, { basis: "signed", carry: true })).toMatchObject({
      commissionBase: 40000,
      carried: 150000,
      quota: 220000,
    });
    expect(repKpis(data, "Ann", q2, labels, { basis: "signed", carry: false })).toMatchObject({
      carried: 0,
      quota: 100000,
    });
  });

  it("uses collected amounts and the Collected targets on the collected basis", () => {
    expect(repKpis(data, "Ann", plan.periods[0], labels, { basis: "collected", carry: true })).toMatchObject({
      commissionBase: 130000,
      quota: 0,
    });
  });
});

describe("scorecardLines (hand-computed scores, ratings, commission)", () => {
  const lines = scorecardLines(data, plan, labels);

  it("scores Ann: Σ wᵢ × min(ratioᵢ, 1.5) ÷ Σ w", () => {
    // 40×1.25 + 15×(2/3 ÷ 0.5) + 10×1.5 + 10×(60/45) + 10×0.5 + 5×(4.5/4) + 10×1 = 118.958333… of 100
    expect(lines[0].score).toBeCloseTo(1.1895833333, 9);
    expect(lines[0].rating).toBe("A");
    expect(lines[0].team).toBe("East");
  });

  it("leaves a KPI without value out of Bob's score (cycle), with its weight", () => {
    // (10 + 10 + 4 + 10/3 + 3.75 + 0) ÷ 90
    expect(lines[1].score).toBeCloseTo(31.0833333333 / 90, 9);
    expect(lines[1].rating).toBe("D");
    expect(lines[2].score).toBe(0);
  });

  it("pays Ann's Q1 marginally with the 1.5× accelerator above 100 % of quota", () => {
    // 100000 × 4 % + 50000 × 6 % = 7000; above 120000: 30000 × 6 % = 1800, × 0.5 more = 900
    expect(lines[0].commission).toBeCloseTo(7900, 9);
  });

  it("pays whole (全额累进) the same way: the total at the rate reached", () => {
    const whole = scorecardLines(data, { ...plan, commission: { ...plan.commission, mode: "whole" } }, labels);
    // 150000 × 6 % = 9000; above the line: 150000 × 6 % − 120000 × 6 % = 1800, × 0.5 = 900
    expect(whole[0].commission).toBeCloseTo(9900, 9);
  });

  it("carries Q1 into Q2: the tier reached and the quota both continue", () => {
    const q2Plan = { ...plan, periods: [q2], reps: ["Ann"] };
    // 40000 × 6 % (150000 sold already); 190000 stays below the 220000 year-to-date quota
    expect(scorecardLines(data, q2Plan, labels)[0].commission).toBeCloseTo(2400, 9);
    const noCarry = { ...q2Plan, commission: { ...plan.commission, carry: false } };
    // 40000 × 4 %, below the quarter's 100000 quota
    expect(scorecardLines(data, noCarry, labels)[0].commission).toBeCloseTo(1600, 9);
  });

  it("has no accelerator without a quota", () => {
    const collected = { ...plan, commission: { ...plan.commission, basis: "collected" as const } };
    // 100000 × 4 % + 30000 × 6 %
    expect(scorecardLines(data, collected, labels)[0].commission).toBeCloseTo(5800, 9);
  });
});
