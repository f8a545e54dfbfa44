import { kpiChange, kpiFigure, kpiIds, kpiSpecs, kpiTargetText } from "@core/goals/breakdown/kpiTargets";

describe("kpiTargets", () => {
  it("names every KPI in both languages and says which way is better", () => {
    expect(kpiIds).toHaveLength(5);
    for (const id of kpiIds) expect(kpiSpecs[id].name["zh-CN"]).not.toBe("");
    expect(kpiTargetText("conversionRate", 0.3, "en-US")).toBe("Conversion rate ≥ 30%");
    expect(kpiTargetText("avgCycleDays", 40, "zh-CN")).toBe("平均销售周期 ≤ 40 天");
    expect(kpiTargetText("avgOrderValue", 25000.5, "en-US")).toBe("Average order value ≥ 25,000.5");
  });
  it("formats figures and the change over last year", () => {
    expect(kpiFigure("avgCycleDays", 41.25, "en-US")).toBe("41.3 days");
    expect(kpiFigure("followUps", 1234, "zh-CN")).toBe("1,234");
    expect(kpiChange(0.3, 0.25)).toBeCloseTo(0.2, 12);
    expect(kpiChange(5, 0)).toBeNull();
    expect(kpiChange(5, null)).toBeNull();
  });
});
