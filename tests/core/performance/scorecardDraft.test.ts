import { existingScorecardRows } from "@core/performance/existingScorecardRows";
import { draftPlan, initialDraft, kpiDrafts, parseField, periodChoice } from "@core/performance/scorecardDraft";
import { noKpiPlans } from "@core/performance/kpiPlans";
import { kpis, plan } from "./performanceFixture";

const source = { kpis: { ...noKpiPlans, quarter: kpis }, bands: null, tiers: null, baselines: {} };

describe("scorecardDraft", () => {
  it("starts at this quarter with the workbook's KPIs, percent KPIs shown × 100", () => {
    const draft = initialDraft(source, new Date(2026, 1, 15));
    expect([draft.kind, draft.year, draft.quarter, draft.month]).toEqual(["quarter", "2026", "1", "2"]);
    const winRate = kpiDrafts(kpis).find((kpi) => kpi.key === "winRate");
    expect(draft.kpis).toEqual(kpiDrafts(kpis));
    expect(Number(winRate?.target)).toBe((kpis.find((kpi) => kpi.key === "winRate")?.target ?? 0) * 100);
  });

  it("parses typed numbers leniently and leaves the rest NaN for the plan's problems", () => {
    expect(parseField(" 1,200 ")).toBe(1200);
    expect(parseField("")).toBeNaN();
    expect(parseField("abc")).toBeNaN();
  });

  it("reads the period and the plan of a draft, percents back to fractions", () => {
    const draft = { ...initialDraft(source, new Date(2026, 1, 15)), kind: "month" as const, month: "3" };
    expect(periodChoice(draft)).toEqual({ kind: "month", year: 2026, month: 3 });
    const made = draftPlan(draft, ["Ann"]);
    expect(made.periods.map((p) => p.key)).toHaveLength(1);
    expect(made.reps).toEqual(["Ann"]);
    expect(made.commission.tiers[0].rate).toBeCloseTo(Number(draft.tiers[0].rate) / 100, 12);
  });
});

describe("existingScorecardRows", () => {
  it("counts the Scorecard rows of the plan's periods and reps, without case, in the workbook's language", () => {
    const period = plan.periods[0];
    const rep = plan.reps[0];
    const rows = [
      { period: period.label.en.toUpperCase(), rep: rep.toLowerCase() },
      { period: period.label.en, rep: "Nobody" },
      { period: period.label.zh, rep },
    ];
    expect(existingScorecardRows(plan, rows, "en-US")).toBe(1);
    expect(existingScorecardRows(plan, rows, "zh-CN")).toBe(1);
    expect(existingScorecardRows(plan, [], "en-US")).toBe(0);
  });
});
