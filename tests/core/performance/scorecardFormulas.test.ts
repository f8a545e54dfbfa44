import { columnIndex } from "@core/workbook/columnIndex";
import { scorecardFormulas } from "@core/performance/scorecardFormulas";
import { ownLengthTest } from "@core/performance/kpiPlans";
import { performanceLabels } from "@core/performance/performanceLabels";
import { DEFAULT_COMMISSION_PLAN } from "@core/performance/commissionPlan";
import { scorecardPeriods } from "@core/performance/scorecardPeriods";
import { scorecardWrite } from "@core/performance/scorecardWrite";
import { tableHeaders, tableSpec, scorecardTable } from "@core/workbook/schema";

describe("scorecardFormulas", () => {
  const en = scorecardFormulas({
    language: "en-US",
    labels: performanceLabels("en-US", []),
    cap: 1.5,
    commission: DEFAULT_COMMISSION_PLAN,
  });

  it("builds every figure from SUMIFS/COUNTIFS over the tables and SALES.* functions", () => {
    expect(en.Revenue).toBe(
      '=SUMIFS(Deals[Amount],Deals[Owner],[@Rep],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won")',
    );
    expect(en.Target).toContain('Targets[Level],"Rep",Targets[Name],[@Rep],Targets[Metric],"Signed"');
    // The row's own period length's KPI plan (per-period plans, issue #16).
    const own = ownLengthTest("KpiWeights[PeriodLength]", "[@PeriodStart]", "[@PeriodEnd]");
    expect(en.Score).toBe(
      `=SALES.SCORE([@[Attainment]:[CollectionRate]],FILTER(KpiWeights[Target],${own}),FILTER(KpiWeights[Weight],${own}),1.5,FILTER(KpiWeights[LowerIsBetter],${own}))`,
    );
    expect(en.Rating).toBe("=SALES.RATING([@Score],RatingBands[[Minimum]:[Label]])");
    expect(en.Commission).toBe(
      '=SALES.COMMISSION([@CommissionBase],CommissionTiers[[Threshold]:[Rate]],"marginal",[@CarriedYTD])' +
        "+0.5*IF([@QuotaYTD]>0,SALES.COMMISSION(MAX(0,[@CarriedYTD]+[@CommissionBase]-MAX([@CarriedYTD],1*[@QuotaYTD]))," +
        'CommissionTiers[[Threshold]:[Rate]],"marginal",MAX([@CarriedYTD],1*[@QuotaYTD])),0)',
    );
  });

  it("counts follow-ups only: the pool's bookkeeping rows are left out by their Summary prefix, in both languages", () => {
    const followUps =
      'Activities[Owner],[@Rep],Activities[Date],">="&[@PeriodStart],Activities[Date],"<="&[@PeriodEnd]' +
      ',Activities[Summary],"<>Pool: claimed*",Activities[Summary],"<>公海：领取*"' +
      ',Activities[Summary],"<>Pool: released*",Activities[Summary],"<>公海：释放*"' +
      ',Activities[Summary],"<>Pool: reassigned*",Activities[Summary],"<>公海：转交*"';
    expect(en.Activities).toBe(`=COUNTIFS(${followUps})`);
    expect(en.Satisfaction).toBe(
      `=IFERROR(SUMIFS(Activities[Satisfaction],${followUps})/COUNTIFS(${followUps},Activities[Satisfaction],"<>"),"")`,
    );
    const zh = scorecardFormulas({
      language: "zh-CN",
      labels: performanceLabels("zh-CN", []),
      cap: 1.5,
      commission: DEFAULT_COMMISSION_PLAN,
      headers: { Activities: ["日期", "负责人", "跟进内容"] },
    });
    expect(zh.Activities).toContain('Activities[跟进内容],"<>公海：领取*",Activities[跟进内容],"<>Pool: released*"');
    // Without a Summary column there is nothing to tell them by, and naming it would break the formula.
    const noSummary = scorecardFormulas({
      language: "en-US",
      labels: performanceLabels("en-US", []),
      cap: 1.5,
      commission: DEFAULT_COMMISSION_PLAN,
      headers: { Activities: ["Date", "Owner"] },
    });
    expect(noSummary.Activities).toBe(
      '=COUNTIFS(Activities[Owner],[@Rep],Activities[Date],">="&[@PeriodStart],Activities[Date],"<="&[@PeriodEnd])',
    );
  });

  it("measures the collection rate by SALES.COLLECTRATE over the rep's Payments rows due in the period", () => {
    const withPayments = scorecardFormulas({
      language: "zh-CN",
      labels: performanceLabels("zh-CN", []),
      cap: 1.5,
      commission: DEFAULT_COMMISSION_PLAN,
      headers: { Payments: tableHeaders("Payments", "zh-CN") },
    });
    const due = "(Payments[负责人]=[@销售代表])*(Payments[应收日期]>=[@开始日期])*(Payments[应收日期]<=[@结束日期])";
    expect(withPayments.CollectionRate).toBe(
      `=IFERROR(SALES.COLLECTRATE(FILTER(Payments[应收金额],${due}),FILTER(Payments[回款金额],${due}),FILTER(Payments[应收日期],${due}),[@结束日期]),"")`,
    );
  });

  it("never names Payments in a workbook without it (Excel refuses a reference to a missing table)", () => {
    expect(en.CollectionRate).toBe('=""');
    expect(Object.values(en).some((formula) => formula.includes("Payments"))).toBe(false);
  });

  it("reads a KpiWeights from before per-period plans (no PeriodLength) whole, as its Score always did", () => {
    const legacy = scorecardFormulas({
      language: "en-US",
      labels: performanceLabels("en-US", []),
      cap: 1.5,
      commission: DEFAULT_COMMISSION_PLAN,
      headers: { KpiWeights: ["KPI", "Weight", "Target", "LowerIsBetter"] },
    });
    expect(legacy.Score).toBe(
      "=SALES.SCORE([@[Attainment]:[CollectionRate]],KpiWeights[Target],KpiWeights[Weight],1.5,KpiWeights[LowerIsBetter])",
    );
  });

  it("tells a row's period length by its days: a month under 45, a quarter under 200, else a year", () => {
    const test = ownLengthTest("K[L]", "[@S]", "[@E]");
    expect(test).toBe(
      '(K[L]=IF([@E]-[@S]<45,"Month",IF([@E]-[@S]<200,"Quarter","Year")))+(K[L]=IF([@E]-[@S]<45,"月度",IF([@E]-[@S]<200,"季度","年度")))',
    );
  });

  it("names the headers as written: Chinese workbook, one header retyped", () => {
    const zh = scorecardFormulas({
      language: "zh-CN",
      labels: performanceLabels("zh-CN", [{ stage: "成交" }]),
      cap: 2,
      commission: { ...DEFAULT_COMMISSION_PLAN, mode: "whole", accelerator: null, carry: false, basis: "collected" },
      headers: { Deals: ["负责人", " amount ", "阶段", "成交日期", "回款金额"] },
    });
    expect(zh.Revenue).toContain("SUMIFS(Deals[amount],Deals[负责人],[@销售代表]");
    expect(zh.Revenue).toContain('Deals[阶段],"赢单")+SUMIFS(');
    expect(zh.Revenue).toContain('Deals[阶段],"成交")');
    const own = ownLengthTest("KpiWeights[周期类型]", "[@开始日期]", "[@结束日期]");
    expect(zh.Score).toBe(
      `=SALES.SCORE([@[达成率]:[回款率]],FILTER(KpiWeights[目标值],${own}),FILTER(KpiWeights[权重],${own}),2,FILTER(KpiWeights[越低越好],${own}))`,
    );
    expect(zh.Commission).toBe(
      '=SALES.COMMISSION([@提成基数],CommissionTiers[[起点金额]:[提成比例]],"whole",[@年内前期累计])',
    );
    expect(zh.CarriedYTD).toBe("=0");
    expect(zh.QuotaYTD).toContain('Targets[指标],"回款额"');
  });

  it("lays out the Scorecard with the KPI block contiguous for SALES.SCORE", () => {
    const keys = scorecardTable.columns.map((c) => c.key);
    expect(keys.slice(keys.indexOf("Attainment"), keys.indexOf("NewCustomers") + 1)).toEqual([
      "Attainment",
      "WinRate",
      "AvgDeal",
      "Cycle",
      "Activities",
      "Satisfaction",
      "NewCustomers",
    ]);
    expect(columnIndex(scorecardTable, ["销售代表", "period", "反馈"])).toMatchObject({
      Rep: 0,
      Period: 1,
      Feedback: 2,
      Score: -1,
    });
  });
});

describe("scorecardWrite", () => {
  const periods = scorecardPeriods({ kind: "quarter", year: 2026, quarter: 1 });
  const formulas = { Revenue: "=1", Score: "=2" };
  const schema = tableSpec("Scorecard").columns.map((c) => c.header["en-US"]);

  it("inserts its columns, fills the empty row a new table has, then appends, writing names as typed", () => {
    const blank = schema.map(() => "");
    const write = scorecardWrite(
      { headers: [...schema, "Bonus"], rows: [[...blank, ""]] },
      periods,
      ["=Ann", "Bob"],
      formulas,
      "en-US",
    );
    expect(write.insertColumns.map((c) => c.header)).toEqual([
      "NewCustomers",
      "CollectionRate",
      "Commission",
      "PeriodStart",
      "PeriodEnd",
      "CommissionBase",
      "CarriedYTD",
      "QuotaYTD",
    ]);
    expect(write.headers.at(-1)).toBe("Bonus");
    expect(write.updates).toHaveLength(1);
    expect(write.updates[0]).toMatchObject({ row: 0, filled: true });
    expect(write.updates[0].cells.slice(0, 3)).toEqual(["2026 Q1", "=Ann", "=1"]);
    expect(write.appends).toHaveLength(1);
    expect(write.appends[0].at(-1)).toBe("");
  });

  it("rewrites a matching row's formulas but keeps its notes and the user's column", () => {
    const index = (key: string) => schema.indexOf(key);
    const row = schema.map(() => "" as string | number);
    row[index("Period")] = " 2026 q1 ";
    row[index("Rep")] = "BOB";
    row[index("Feedback")] = "Call more";
    const write = scorecardWrite(
      { headers: [...schema, "Bonus"], rows: [[...row, 5]] },
      periods,
      ["Bob"],
      formulas,
      "en-US",
    );
    expect(write.appends).toEqual([]);
    const cells = write.updates[0].cells;
    expect(write.updates[0].filled).toBe(false);
    expect(cells[write.headers.indexOf("Feedback")]).toBeNull();
    expect(cells[write.headers.indexOf("Bonus")]).toBeNull();
    expect(cells[write.headers.indexOf("Revenue")]).toBe("=1");
  });

  it("widens the Score of every other row it wrote when KpiWeights' blocks grow to eight KPIs", () => {
    const index = (key: string) => scorecardTable.columns.findIndex((c) => c.key === key);
    const old = scorecardTable.columns.filter((c) => c.key !== "CollectionRate").map((c) => c.header["en-US"]);
    const at = (key: string) => old.indexOf(scorecardTable.columns[index(key)].header["en-US"]);
    const row = (period: string, rep: string, start: number | string, end: number | string) => {
      const cells: (string | number)[] = old.map(() => "");
      cells[at("Period")] = period;
      cells[at("Rep")] = rep;
      cells[at("PeriodStart")] = start;
      cells[at("PeriodEnd")] = end;
      cells[at("Feedback")] = "kept";
      return cells;
    };
    const rows = [
      row("2025 Q4", "Bob", 45931, 46022), // another quarter: widened
      row("2026 Q1", "Bob", 46023, 46112), // the plan's own row: rewritten whole
      row("Jan 2026", "Bob", 46023, 46053), // a month: widened too (Excel fills a column's formula down)
      row("2025 Q3", "Ann", "", ""), // typed by hand, no period days: kept as typed
      row("", "", "", ""), // blank line
    ];
    const full = { ...formulas, CollectionRate: "=3" };
    const write = scorecardWrite({ headers: old, rows }, periods, ["Bob"], full, "en-US", true);
    expect(write.insertColumns.map((c) => c.header)).toEqual(["CollectionRate"]);
    expect(write.widened.map((w) => w.row)).toEqual([0, 2]);
    const cells = write.widened[0].cells;
    expect(cells[write.headers.indexOf("Score")]).toBe("=2");
    expect(cells[write.headers.indexOf("CollectionRate")]).toBe("=3");
    expect(cells.filter((cell) => cell !== null)).toHaveLength(2);
    expect(write.updates.map((u) => u.row)).toEqual([1]);
    expect(scorecardWrite({ headers: old, rows }, periods, ["Bob"], full, "en-US").widened).toEqual([]);
  });

  it("reports a KPI block broken by a user column", () => {
    const headers = [...schema];
    headers.splice(headers.indexOf("WinRate"), 0, "Mine");
    expect(scorecardWrite({ headers, rows: [] }, periods, ["Bob"], formulas, "en-US").problem).toBe("kpiBlockBroken");
  });
});
