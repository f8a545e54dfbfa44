import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { targetChartBlock } from "@core/goals/breakdown/targetChartBlock";
import { ok } from "./fixtures";

const plan = ok(
  buildPlan({
    fiscalYear: 2026,
    startMonth: 4,
    annualTarget: 1200,
    timeSplit: { method: "equal" },
    peopleSplit: { method: "equal" },
    reps: [{ name: "Li" }],
  }),
);

describe("targetChartBlock", () => {
  it("one row per fiscal month: label, then the Company row's Target and Actual by SUMIFS", () => {
    const block = targetChartBlock(plan, "signed", "en-US");
    expect(block.title).toBe("FY2026 Signed: target vs actual");
    expect(block.headers).toEqual(["Month", "Target", "Actual"]);
    expect(block.rows).toHaveLength(12);
    expect(block.rows[0]).toEqual([
      "Apr 2026",
      '=SUMIFS(Targets[Target],Targets[Level],"Company",Targets[Metric],"Signed",Targets[PeriodStart],46113,Targets[PeriodEnd],46142)',
      '=SUMIFS(Targets[Actual],Targets[Level],"Company",Targets[Metric],"Signed",Targets[PeriodStart],46113,Targets[PeriodEnd],46142)',
    ]);
  });

  it("names the headers as written in a Chinese workbook", () => {
    const headers = ["周期", "开始日期", "结束日期", "层级", "名称", "指标", " TARGET ", "实际完成", "达成率", "差距"];
    const block = targetChartBlock(plan, "collected", "zh-CN", { Targets: headers });
    expect(block.title).toBe("2026财年回款额：目标与实际");
    expect(block.rows[11][0]).toBe("2027年3月");
    expect(block.rows[0][1]).toContain('Targets[TARGET],Targets[层级],"公司",Targets[指标],"回款额"');
  });
});
