import {
  allTableNames,
  defaultStages,
  defaultTierCadenceDays,
  findTableName,
  schemaVersion,
  settingKeys,
  tableHeaders,
  tableNames,
  tables,
  tableSpec,
  workbookLanguages,
} from "@core/workbook/schema";

describe("SalesGrid workbook schema", () => {
  it("lists the eight tables of WORKBOOK.md, then contracts, collections and service, in layout order", () => {
    expect(tableNames).toEqual([
      "Stages",
      "Customers",
      "Deals",
      "Activities",
      "Team",
      "Targets",
      "ActionPlan",
      "Scorecard",
      "Contracts",
      "Payments",
      "Service",
    ]);
  });

  it("gives every table its English and Chinese sheet", () => {
    expect(tableSpec("Stages").sheet).toEqual({ "en-US": "Setup", "zh-CN": "设置" });
    expect(tableSpec("Customers").sheet).toEqual({ "en-US": "Customers", "zh-CN": "客户档案" });
    expect(tableSpec("Deals").sheet).toEqual({ "en-US": "Pipeline", "zh-CN": "销售管道" });
    expect(tableSpec("Activities").sheet).toEqual({ "en-US": "Follow-ups", "zh-CN": "跟进记录" });
    expect(tableSpec("Team").sheet).toEqual({ "en-US": "Team", "zh-CN": "销售团队" });
    expect(tableSpec("Targets").sheet).toEqual({ "en-US": "Targets", "zh-CN": "目标" });
    expect(tableSpec("ActionPlan").sheet).toEqual({ "en-US": "Action plan", "zh-CN": "行动计划" });
    expect(tableSpec("Scorecard").sheet).toEqual({ "en-US": "Scorecard", "zh-CN": "绩效考核" });
  });

  it("keeps the documented column order", () => {
    expect(tableSpec("Deals").columns.map((c) => c.key)).toEqual([
      "DealID",
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "Probability",
      "Weighted",
      "Created",
      "ExpectedClose",
      "ClosedOn",
      "StageSince",
      "LastActivity",
      "ForecastCategory",
      "ForecastOverride",
      "Collected",
      "LostAt",
      "LostReason",
      "NextStep",
    ]);
    expect(tableSpec("Customers").columns.map((c) => c.key)).toHaveLength(17);
    expect(tableSpec("Activities").columns.map((c) => c.key)).toEqual([
      "Date",
      "Customer",
      "DealID",
      "Owner",
      "Method",
      "Summary",
      "NextContact",
      "Satisfaction",
    ]);
    expect(tableSpec("Scorecard").columns).toHaveLength(14);
  });

  it("marks exactly the ƒ columns as formulas", () => {
    const formulaColumns = tables.flatMap((t) => t.columns.filter((c) => c.formula).map((c) => `${t.name}.${c.key}`));
    expect(formulaColumns).toEqual([
      "Customers.NextContact",
      "Deals.Probability",
      "Deals.Weighted",
      "Deals.ForecastCategory",
      "Deals.Collected",
      "Targets.Actual",
      "Targets.Attainment",
      "Targets.Gap",
      "Targets.Pace",
      "Scorecard.Revenue",
      "Scorecard.Target",
      "Scorecard.Attainment",
      "Scorecard.WinRate",
      "Scorecard.AvgDeal",
      "Scorecard.Cycle",
      "Scorecard.Activities",
      "Scorecard.Satisfaction",
      "Scorecard.Score",
      "Scorecard.Rating",
      "Contracts.Received",
      "Contracts.Outstanding",
      "Payments.Status",
      "Service.DueBy",
    ]);
  });

  it("translates headers, e.g. the Customers and Deals tables", () => {
    expect(tableHeaders("Customers", "zh-CN").slice(0, 3)).toEqual(["客户编号", "联系人", "公司名称"]);
    expect(tableHeaders("Deals", "zh-CN")).toContain("加权金额");
    expect(tableHeaders("Deals", "en-US")[0]).toBe("DealID");
    expect(tableHeaders("Stages", "zh-CN")).toEqual(["阶段", "顺序", "赢单概率", "预测类别", "停滞天数"]);
  });

  it("has unique, non-empty headers per table and language (Excel requires unique headers)", () => {
    for (const table of tables) {
      for (const language of workbookLanguages) {
        const headers = tableHeaders(table.name, language);
        expect(headers.every((h) => h.trim().length > 0)).toBe(true);
        expect(new Set(headers.map((h) => h.toLowerCase())).size).toBe(headers.length);
      }
      expect(new Set(table.columns.map((c) => c.key)).size).toBe(table.columns.length);
    }
  });

  it("uses valid Excel sheet names (≤ 31 characters, none of : \\ / ? * [ ])", () => {
    for (const table of tables) {
      for (const language of workbookLanguages) {
        const sheet = table.sheet[language];
        expect(sheet.length).toBeGreaterThan(0);
        expect(sheet.length).toBeLessThanOrEqual(31);
        expect(sheet).not.toMatch(/[:\\/?*[\]]/);
      }
    }
  });

  it("gives money, percent and date kinds to the columns that need number formats", () => {
    const kindOf = (table: "Deals" | "Targets" | "Stages", key: string) =>
      tableSpec(table).columns.find((c) => c.key === key)?.kind;
    expect(kindOf("Deals", "Amount")).toBe("money");
    expect(kindOf("Deals", "Probability")).toBe("percent");
    expect(kindOf("Deals", "Created")).toBe("date");
    expect(kindOf("Targets", "Attainment")).toBe("percent");
    expect(kindOf("Stages", "Order")).toBe("count");
    expect(kindOf("Deals", "DealID")).toBe("idText");
  });

  it("lists the bilingual choices of fixed-list columns", () => {
    const method = tableSpec("Activities").columns.find((c) => c.key === "Method");
    expect(method?.choices?.map((c) => c["zh-CN"])).toEqual(["电话", "微信", "拜访", "邮件", "其他"]);
    const status = tableSpec("Customers").columns.find((c) => c.key === "Status");
    expect(status?.choices).toContainEqual({ "en-US": "Pool", "zh-CN": "公海" });
  });

  it("seeds the seven default stages with probability, forecast category and stale days", () => {
    expect(
      defaultStages.map((s) => [s.name["zh-CN"], s.name["en-US"], s.probability, s.forecastCategory, s.staleDays]),
    ).toEqual([
      ["线索开发", "Prospecting", 0.1, "Pipeline", 14],
      ["需求分析", "Needs analysis", 0.25, "Pipeline", 21],
      ["方案报价", "Proposal", 0.5, "Best case", 21],
      ["商务谈判", "Negotiation", 0.75, "Commit", 14],
      ["合同签订", "Contract", 0.9, "Commit", 14],
      ["赢单", "Won", 1, "Closed", null],
      ["输单", "Lost", 0, "Omitted", null],
    ]);
    expect(defaultStages.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("records the tier cadence, schema version and settings keys", () => {
    expect(defaultTierCadenceDays).toEqual({ A: 14, B: 30, C: 90 });
    expect(schemaVersion).toBe(4);
    expect(settingKeys).toEqual({
      schemaVersion: "salesgrid.schemaVersion",
      language: "salesgrid.language",
      dealSnapshot: "salesgrid.dealSnapshot",
      weeklyForecast: "salesgrid.weeklyForecast",
    });
  });

  it("finds a table name case-insensitively and rejects others", () => {
    expect(findTableName("deals")).toBe("Deals");
    expect(findTableName("ACTIONPLAN")).toBe("ActionPlan");
    expect(findTableName("Table1")).toBeUndefined();
  });

  it("holds the configuration tables beside the core ones, with set-up creating Cadences and ServiceLevels only", () => {
    expect(allTableNames.slice(tableNames.length + 1)).toEqual([
      "ServiceLevels",
      "KpiWeights",
      "RatingBands",
      "CommissionTiers",
      "PoolRules",
      "Goals",
      "DealHistory",
      "DealSnapshot",
      "ForecastHistory",
    ]);
    expect(tables.filter((t) => t.group === "history").map((t) => t.name)).toEqual([
      "DealHistory",
      "DealSnapshot",
      "ForecastHistory",
    ]);
    expect(tableSpec("ForecastHistory").sheet).toEqual({ "en-US": "Forecast history", "zh-CN": "预测记录" });
    expect(tableHeaders("ForecastHistory", "en-US")).toEqual([
      "RecordedOn",
      "Week",
      "Period",
      "PeriodStart",
      "PeriodEnd",
      "Rep",
      "Team",
      "Closed",
      "Commit",
      "Best case",
      "Pipeline",
      "Weighted",
      "Target",
      "Automatic",
    ]);
    expect(tables.filter((t) => t.hidden).map((t) => t.name)).toEqual(["DealSnapshot"]);
    expect(tableHeaders("DealHistory", "zh-CN")).toEqual([
      "商机编号",
      "字段",
      "原值",
      "新值",
      "变更日期",
      "当时金额",
      "日期确切",
    ]);
    expect(tableSpec("DealHistory").sheet["zh-CN"]).toBe("商机变更记录");
    expect(tables.filter((t) => t.setUp).map((t) => t.name)).toEqual([
      "Stages",
      "Cadences",
      ...tableNames.slice(1),
      "ServiceLevels",
    ]);
    expect(tableHeaders("Cadences", "zh-CN")).toEqual(["客户等级", "回访间隔天数"]);
    expect(tableHeaders("PoolRules", "zh-CN")).toEqual(["Key", "规则", "值"]);
    expect(tableSpec("PoolRules").sheet).toEqual({ "en-US": "Pool rules", "zh-CN": "公海规则" });
    expect(tableSpec("KpiWeights").columns.map((c) => c.kind)).toEqual(["text", "text", "number", "number", "flag"]);
    expect(findTableName("cadences")).toBe("Cadences");
    expect(findTableName("cadences", tableNames)).toBeUndefined();
  });
});
