import { forecastUpgradeNeeded, planForecastUpgrade } from "@core/setup/forecastUpgrade";

const stageCategories = [
  ["Proposal", "Best case"],
  ["Negotiation", "Commit"],
  ["Won", "Closed"],
  ["Lost", "Omitted"],
] as const;

describe("planForecastUpgrade", () => {
  it("moves a typed category that differs from the stage's default into the override, and only those", () => {
    const plan = planForecastUpgrade({
      stages: ["Proposal", "Negotiation", "proposal", "Won", "Pilot", "Negotiation", "Lost"],
      categories: ["Commit", "Commit", "best case", "Commit", "Pipeline", "", "忽略"],
      overrides: null,
      stageCategories,
    });
    // Proposal typed Commit: the manager's call. Negotiation = Commit and "best case" = Best case:
    // the default. A won deal typed Commit is kept too (the formula ignores it). A stage missing from
    // Stages has no default, so its category is kept. Empty stays empty; 忽略 is Omitted.
    expect(plan.overrides).toEqual(["Commit", "", "", "Commit", "Pipeline", "", ""]);
    expect(plan.changedRows).toEqual([0, 3, 4]);
  });

  it("never replaces an override already there, so running it again changes nothing", () => {
    const plan = planForecastUpgrade({
      stages: ["Proposal", "Proposal"],
      categories: ["Commit", "Pipeline"],
      overrides: ["Pipeline", ""],
      stageCategories,
    });
    expect(plan.overrides).toEqual(["Pipeline", "Pipeline"]);
    expect(plan.changedRows).toEqual([1]);
  });

  it("compares categories across languages and unknown labels as text", () => {
    const plan = planForecastUpgrade({
      stages: ["方案报价", "方案报价", "方案报价"],
      categories: ["Best Case", "Upside", "最佳情况"],
      overrides: null,
      stageCategories: [["方案报价", "最佳情况"]],
    });
    expect(plan.changedRows).toEqual([1]);
  });
});

describe("forecastUpgradeNeeded", () => {
  it("asks for the upgrade while Deals lacks ForecastOverride or was recorded at version 1", () => {
    expect(forecastUpgradeNeeded({ present: true, hasOverride: false }, 1)).toBe(true);
    expect(forecastUpgradeNeeded({ present: true, hasOverride: false }, null)).toBe(true);
    expect(forecastUpgradeNeeded({ present: true, hasOverride: true }, 1)).toBe(true);
    expect(forecastUpgradeNeeded({ present: true, hasOverride: true }, 2)).toBe(false);
    expect(forecastUpgradeNeeded({ present: true, hasOverride: true }, null)).toBe(false);
    expect(forecastUpgradeNeeded({ present: false, hasOverride: false }, 1)).toBe(false);
  });
});
