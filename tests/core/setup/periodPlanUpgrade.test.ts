import fc from "fast-check";
import { ownLengthTest } from "@core/performance/kpiPlans";
import { perPeriodScoreFormula, periodPlanUpgradeNeeded, planKpiWeightsUpgrade } from "@core/setup/periodPlanUpgrade";

describe("periodPlanUpgradeNeeded", () => {
  const none = { present: false, hasPeriodLength: false };
  it("asks for the upgrade when KpiWeights lacks PeriodLength or Targets lacks Pace, and only then", () => {
    const targets = (hasPace: boolean) => ({ present: true, hasPace });
    expect(
      periodPlanUpgradeNeeded({ kpiWeights: { present: true, hasPeriodLength: false }, targets: targets(true) }),
    ).toBe(true);
    expect(periodPlanUpgradeNeeded({ kpiWeights: none, targets: targets(false) })).toBe(true);
    expect(
      periodPlanUpgradeNeeded({ kpiWeights: { present: true, hasPeriodLength: true }, targets: targets(true) }),
    ).toBe(false);
    expect(periodPlanUpgradeNeeded({ kpiWeights: none, targets: { present: false, hasPace: false } })).toBe(false);
  });
});

describe("planKpiWeightsUpgrade", () => {
  it("makes the rows the monthly block and copies them, cell for cell, as the quarterly and yearly ones", () => {
    const rows = [
      ["业绩达成率", 40, 1, false, "my note"],
      ["", "", "", "", ""],
      ["销售周期（天）", 10, 60, true, ""],
    ];
    const plan = planKpiWeightsUpgrade(rows, "zh-CN");
    expect(plan.lengths).toEqual(["月度", "", "月度"]);
    expect(plan.appended).toEqual([
      ["季度", ...rows[0]],
      ["季度", ...rows[2]],
      ["年度", ...rows[0]],
      ["年度", ...rows[2]],
    ]);
  });

  it("keeps every figure: each length's block equals the old table (any rows)", () => {
    const cell = fc.oneof(fc.integer(), fc.string({ minLength: 1 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { maxLength: 10 }), (rows) => {
        const plan = planKpiWeightsUpgrade(rows, "en-US");
        const all = [...rows.map((row, i) => [plan.lengths[i], ...row]), ...plan.appended];
        for (const length of ["Month", "Quarter", "Year"])
          expect(all.filter((row) => row[0] === length).map((row) => row.slice(1))).toEqual(rows);
      }),
    );
  });
});

describe("perPeriodScoreFormula", () => {
  const own = ownLengthTest("KpiWeights[PeriodLength]", "[@PeriodStart]", "[@PeriodEnd]");
  const old =
    "=SALES.SCORE([@[Attainment]:[NewCustomers]],KpiWeights[Target],KpiWeights[Weight],1.5,KpiWeights[LowerIsBetter])";

  it("filters every KpiWeights column by the row's own period length, keeping the cap and the rest", () => {
    expect(perPeriodScoreFormula(old, own)).toBe(
      `=SALES.SCORE([@[Attainment]:[NewCustomers]],FILTER(KpiWeights[Target],${own}),FILTER(KpiWeights[Weight],${own}),1.5,FILTER(KpiWeights[LowerIsBetter],${own}))`,
    );
  });

  it("reads escaped and Chinese headers, and leaves an upgraded formula as it is", () => {
    const zh = "=SALES.SCORE([@[达成率]:[新客户数]],KpiWeights[目标'[值']],KpiWeights[权重],2,kpiweights[越低越好])";
    const once = perPeriodScoreFormula(zh, "t");
    expect(once).toBe(
      "=SALES.SCORE([@[达成率]:[新客户数]],FILTER(KpiWeights[目标'[值']],t),FILTER(KpiWeights[权重],t),2,FILTER(kpiweights[越低越好],t))",
    );
    expect(perPeriodScoreFormula(once, "t")).toBe(once);
    expect(perPeriodScoreFormula("=1+2", "t")).toBe("=1+2");
  });
});
