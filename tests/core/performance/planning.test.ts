import { acceleratedCommission, DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { defaultKpis, KPI_KEYS } from "@core/performance/kpis";
import { leaderboard } from "@core/performance/leaderboard";
import { ratingOf } from "@core/formulas/performance/rating";
import { DEFAULT_BANDS, ratingBands } from "@core/formulas/performance/ratingBands";
import { scorecardLines } from "@core/performance/scorecardLines";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { planProblems } from "@core/performance/scorecardPlan";
import { teamRollup } from "@core/performance/teamRollup";
import { teamBaselines } from "@core/performance/teamBaselines";
import { isSalesError } from "@core/errors";
import { data, labels, plan, Q1 } from "./performanceFixture";

describe("scorecardPeriods", () => {
  it("gives a month, a quarter, a year or every month of a year with the Targets labels", () => {
    expect(scorecardPeriods({ kind: "quarter", year: 2026, quarter: 1 })).toEqual([
      {
        key: "FY2026-Q1",
        label: { en: "2026 Q1", zh: "2026年第1季度" },
        start: Q1.start,
        end: Q1.end,
        granularity: "quarter",
      },
    ]);
    const march = scorecardPeriods({ kind: "month", year: 2026, month: 3 });
    expect(march).toMatchObject([{ label: { en: "Mar 2026", zh: "2026年3月" }, start: 46082, end: 46112 }]);
    expect(scorecardPeriods({ kind: "year", year: 2026 })).toMatchObject([{ start: 46023, end: 46387 }]);
    const months = scorecardPeriods({ kind: "months", year: 2026 });
    expect(months).toHaveLength(12);
    expect(months[11]).toMatchObject({ start: 46357, end: 46387, granularity: "month" });
    expect(scorecardPeriods({ kind: "month", year: 2026, month: 13 })).toEqual([]);
  });
});

describe("defaultKpis", () => {
  it("weighs seven KPIs to 100 with per-period count targets and the team's own baselines", () => {
    const month = defaultKpis("month");
    expect(month.map((k) => k.key)).toEqual(KPI_KEYS);
    expect(month.reduce((sum, k) => sum + k.weight, 0)).toBe(100);
    expect(month.find((k) => k.key === "cycle")).toEqual({ key: "cycle", weight: 10, target: 60, lowerIsBetter: true });
    const year = defaultKpis("year", { avgDeal: 48321, cycle: 37.6 });
    expect(year.find((k) => k.key === "activities")?.target).toBe(240);
    expect(year.find((k) => k.key === "newCustomers")?.target).toBe(24);
    expect(year.find((k) => k.key === "avgDeal")?.target).toBe(48000);
    expect(year.find((k) => k.key === "cycle")?.target).toBe(38);
  });
});

describe("ratings at the band edges", () => {
  it("puts a score equal to a minimum in that band, and just below it in the next", () => {
    expect([1.2, 1.1999999, 1.0, 0.9999999, 0.8, 0.6, 0.5999999, 0].map((s) => ratingOf(s, DEFAULT_BANDS))).toEqual([
      "S",
      "A",
      "A",
      "B",
      "B",
      "C",
      "D",
      "D",
    ]);
  });
  it("grades with edited bands as the RatingBands table holds them", () => {
    const bands = ratingBands([
      [0, "Needs work"],
      [0.9, "On target"],
      [1.1, "Outstanding"],
    ]);
    if (isSalesError(bands)) throw new Error(bands.message);
    expect([1.1, 1.0999, 0.9, 0.8999, 0].map((s) => ratingOf(s, bands))).toEqual([
      "Outstanding",
      "On target",
      "On target",
      "Needs work",
      "Needs work",
    ]);
    const lines = scorecardLines(data, { ...plan, bands }, labels);
    expect(lines.map((l) => l.rating)).toEqual(["Outstanding", "Needs work", "Needs work"]);
  });
});

describe("acceleratedCommission", () => {
  const flat = { ...DEFAULT_COMMISSION_PLAN, tiers: [{ threshold: 0, rate: 0.04 }] };
  it("accelerates only the part above the line, where the line falls inside the period", () => {
    // 4 % of 100000 = 4000; above 120000: 30000 × 4 % × 0.5 = 600
    expect(acceleratedCommission({ amount: 100000, prior: 50000, quota: 120000 }, flat)).toBeCloseTo(4600, 9);
  });
  it("accelerates the whole period once the carried total is past the line", () => {
    expect(acceleratedCommission({ amount: 10000, prior: 130000, quota: 120000 }, flat)).toBeCloseTo(600, 9);
  });
  it("pays exactly at the line without acceleration, and honours a 120 % line and 2× multiplier", () => {
    expect(acceleratedCommission({ amount: 120000, prior: 0, quota: 120000 }, flat)).toBeCloseTo(4800, 9);
    const steep = { ...flat, accelerator: { from: 1.2, multiplier: 2 } };
    // line 120000: 24000 × 4 % more
    expect(acceleratedCommission({ amount: 144000, prior: 0, quota: 100000 }, steep)).toBeCloseTo(5760 + 960, 9);
  });
  it("has no accelerator when the plan has none, and refuses a negative amount", () => {
    expect(acceleratedCommission({ amount: 200000, prior: 0, quota: 100 }, { ...flat, accelerator: null })).toBeCloseTo(
      8000,
      9,
    );
    expect(isSalesError(acceleratedCommission({ amount: -1, prior: 0, quota: 1 }, flat))).toBe(true);
  });
});

describe("planProblems", () => {
  it("accepts the fixture plan", () => expect(planProblems(plan)).toEqual([]));
  it("names every defect", () => {
    const bad = {
      ...plan,
      periods: [],
      reps: [],
      kpis: plan.kpis.map((k) =>
        k.key === "winRate"
          ? { ...k, weight: -1 }
          : k.key === "avgDeal"
            ? { ...k, target: 0 }
            : k.key === "cycle"
              ? { ...k, target: 0 }
              : k,
      ),
      cap: 0,
      bands: [
        { minimum: 1, label: "A" },
        { minimum: 1, label: "B" },
        { minimum: Number.NaN, label: "C" },
      ],
      commission: {
        ...plan.commission,
        tiers: [
          { threshold: 10, rate: 0.04 },
          { threshold: 5, rate: 0.06 },
          { threshold: 50, rate: 1.5 },
        ],
        accelerator: { from: 1, multiplier: 0.5 },
      },
    };
    expect(planProblems(bad)).toEqual([
      { code: "noPeriod" },
      { code: "noRep" },
      { code: "badWeight", kpi: "winRate" },
      { code: "badTarget", kpi: "avgDeal" },
      { code: "badCap" },
      { code: "duplicateBand", row: 2 },
      { code: "badBand", row: 3 },
      { code: "tierOrder", row: 1 },
      { code: "tierOrder", row: 2 },
      { code: "badTier", row: 3 },
      { code: "badAccelerator" },
    ]);
    expect(planProblems({ ...plan, kpis: plan.kpis.map((k) => ({ ...k, weight: 0 })) })).toEqual([
      { code: "weightsZero" },
    ]);
  });
});

describe("leaderboard and team roll-up", () => {
  const lines = scorecardLines(data, plan, labels);
  it("ranks by revenue, attainment or score; lines without the figure come last, unranked", () => {
    expect(leaderboard(lines, "revenue").map((r) => [r.line.rep, r.rank])).toEqual([
      ["Ann", 1],
      ["Bob", 2],
      ["Cai", 3],
    ]);
    expect(leaderboard(lines, "attainment").map((r) => [r.line.rep, r.rank])).toEqual([
      ["Ann", 1],
      ["Bob", 2],
      ["Cai", null],
    ]);
    expect(leaderboard(lines, "score").map((r) => r.line.rep)).toEqual(["Ann", "Bob", "Cai"]);
  });
  it("ranks by the collection rate (回款率); reps with no installment due in the period come last", () => {
    // Q1: Ann has received 40 % of what fell due; Bob and Cai have no installment due.
    expect(leaderboard(lines, "collectionRate").map((r) => [r.line.rep, r.rank])).toEqual([
      ["Ann", 1],
      ["Bob", null],
      ["Cai", null],
    ]);
    const better = lines.map((l) => (l.rep === "Cai" ? { ...l, kpis: { ...l.kpis, collectionRate: 0.9 } } : l));
    expect(leaderboard(better, "collectionRate").map((r) => [r.line.rep, r.rank])).toEqual([
      ["Cai", 1],
      ["Ann", 2],
      ["Bob", null],
    ]);
  });
  it("gives equal figures the same rank", () => {
    const tie = lines.map((l) => (l.rep === "Cai" ? { ...l, kpis: { ...l.kpis, revenue: 20000 } } : l));
    expect(leaderboard(tie, "revenue").map((r) => r.rank)).toEqual([1, 2, 2]);
  });
  it("rolls up Σ revenue ÷ Σ target, never a mean of percentages", () => {
    const [east, west, all] = teamRollup(lines);
    // (150000 + 20000) ÷ (120000 + 80000) = 0.85, where the mean of 125 % and 25 % would be 75 %
    expect(east).toMatchObject({ team: "East", reps: 2, revenue: 170000, target: 200000, attainment: 0.85 });
    expect(west).toMatchObject({ team: "West", reps: 1, attainment: null });
    expect(all).toMatchObject({ team: null, reps: 3, revenue: 170000, attainment: 0.85 });
    expect(all.commission).toBeCloseTo(
      (lines[0].commission ?? 0) + (lines[1].commission ?? 0) + (lines[2].commission ?? 0),
      9,
    );
  });
});

describe("teamBaselines", () => {
  it("averages every won deal's amount and the cycle of those with both dates", () => {
    // Ann 100000, 50000, 30000, 40000 and Bob 20000 won; cycles 30, 60, 90, 30 (Bob's has no Created)
    expect(teamBaselines(data, labels)).toEqual({ avgDeal: 48000, cycle: 52.5 });
    expect(teamBaselines({ ...data, deals: [] }, labels)).toEqual({});
  });
});
