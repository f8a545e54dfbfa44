import { isSalesError } from "@core/errors";
import { buildPlans, historySummary, type BreakdownData } from "@core/goals/breakdown/buildPlans";
import { targetRowCount } from "@core/goals/breakdown/targetRowCount";
import { initialChoices } from "@core/goals/breakdown/wizardChoices";
import { ok, yearOfDeals } from "./fixtures";

const data: BreakdownData = {
  deals: [...yearOfDeals("Li", 2025, 1, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]), ...yearOfDeals("Wang", 2025, 1, [1])],
  reps: [
    { name: "Li", team: "North", capacity: 1 },
    { name: "Wang", team: "South", capacity: 1 },
  ],
};
const choices = { ...initialChoices(2026), annualTarget: "120000", timeMethod: "equal" as const };

describe("buildPlans", () => {
  it("builds a plan per chosen metric from the history before the plan year", () => {
    const built = ok(buildPlans({ ...choices, metric: "both", collectedTarget: "60000" }, data, 0));
    expect(built.map((b) => [b.metric, b.plan.total])).toEqual([
      ["signed", 120_000],
      ["collected", 60_000],
    ]);
    expect(historySummary(choices, data, 0).months).toBe(built[0].history.coveredMonths);
  });

  it("answers the first error, and no history for a year that cannot be read", () => {
    const noCapacity = { ...data, reps: data.reps.map((rep) => ({ ...rep, capacity: null })) };
    const failed = buildPlans({ ...choices, peopleMethod: "capacity" }, noCapacity, 0);
    expect(isSalesError(failed) && failed.code).toBe("planMissingCapacity");
    expect(historySummary({ ...choices, fiscalYear: "next" }, data, 0).months).toBe(0);
  });

  it("counts the Targets rows at company, team and rep level for the levels of time written", () => {
    const built = ok(buildPlans(choices, data, 0));
    // 17 periods (year, 4 quarters, 12 months) × (company + 2 teams + 2 reps)
    expect(targetRowCount(built, "en-US", ["year", "quarter", "month"])).toBe(17 * 5);
  });
});
