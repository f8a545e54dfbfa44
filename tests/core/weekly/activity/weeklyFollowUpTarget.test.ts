import { defaultKpis, KPI_KEYS } from "@core/performance/kpis";
import { kpiNames } from "@core/performance/performanceTables";
import { weeklyFollowUpTarget } from "@core/weekly/activity/weeklyFollowUpTarget";
import { table } from "./activityTables";

function kpiWeights(length: string, activities: number, language: "en-US" | "zh-CN" = "en-US") {
  return table(
    "KpiWeights",
    defaultKpis("month").map((kpi, i) => ({
      PeriodLength: length,
      KPI: kpiNames[KPI_KEYS[i]][language],
      Weight: kpi.weight,
      Target: kpi.key === "activities" ? activities : kpi.target,
      LowerIsBetter: kpi.lowerIsBetter,
    })),
    language,
  );
}

describe("weeklyFollowUpTarget", () => {
  it("is the monthly plan's follow-up target × 12 / 52, to one decimal", () => {
    expect(weeklyFollowUpTarget(kpiWeights("Month", 26))).toBe(6);
    expect(weeklyFollowUpTarget(kpiWeights("月度", 30, "zh-CN"))).toBe(6.9);
  });

  it("without KpiWeights, or without a monthly plan in it, is the default 20 a month × 12 / 52", () => {
    expect(weeklyFollowUpTarget(undefined)).toBe(4.6);
    expect(weeklyFollowUpTarget(kpiWeights("Quarter", 90))).toBe(4.6);
  });
});
