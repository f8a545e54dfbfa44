import { actualFormula, criterionText, columnName, wonStage } from "@core/goals/breakdown/actualFormula";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import { targetRows, targetTable } from "@core/goals/breakdown/targetRows";
import { serialFromDate } from "@core/cells/parseDate";
import { tableHeaders } from "@core/workbook/schema";
import { ok } from "./fixtures";

const plan = ok(
  buildPlan({
    fiscalYear: 2026,
    startMonth: 4,
    annualTarget: 1200,
    decimals: 2,
    timeSplit: { method: "equal" },
    peopleSplit: { method: "capacity" },
    reps: [
      { name: "Li", team: "North", capacity: 1 },
      { name: "Sun", team: "", capacity: 1 },
      { name: "Wang", team: "North", capacity: 1 },
      { name: "Zhao", team: "South", capacity: 1 },
    ],
  }),
);

describe("actualFormula", () => {
  const repEn = (column: string) =>
    `SUMIFS(Deals[${column}],Deals[Owner],[@Name],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won")`;
  const companyEn = (column: string) =>
    `SUMIFS(Deals[${column}],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won")`;
  const teamEn = (column: string) =>
    `SUMPRODUCT((SUMIFS(Deals[${column}],Deals[Owner],Team[Rep],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won"))*(Team[Team]=[@Name]))`;

  const received = (owner: string) =>
    `SUMIFS(Payments[Received]${owner},Payments[ReceivedOn],">="&[@PeriodStart],Payments[ReceivedOn],"<="&[@PeriodEnd])`;

  it("one formula for every row: branches on Metric, then Level (Company, Team from the Team table, Rep)", () => {
    const byLevel = (column: string) =>
      `IF([@Level]="Company",${companyEn(column)},IF([@Level]="Team",${teamEn(column)},${repEn(column)}))`;
    const collected =
      `IF([@Level]="Company",${received("")},IF([@Level]="Team",` +
      `SUMPRODUCT((${received(",Payments[Owner],Team[Rep]")})*(Team[Team]=[@Name])),${received(",Payments[Owner],[@Name]")}))`;
    expect(actualFormula("en-US")).toBe(`=IF([@Metric]="Collected",${collected},${byLevel("Amount")})`);
  });
  it("a Collected row measures Payments[Received] by date received, by Payments[Owner] for a rep", () => {
    const f = actualFormula("zh-CN", { teamTable: false });
    expect(f).toContain(
      'SUMIFS(Payments[回款金额],Payments[负责人],[@名称],Payments[回款日期],">="&[@开始日期],Payments[回款日期],"<="&[@结束日期])',
    );
    expect(f).not.toContain("Deals[回款金额]");
  });
  it("without a Payments table a Collected row sums Deals[Collected] of the won deals, as before", () => {
    const f = actualFormula("en-US", { teamTable: false, paymentsTable: false });
    expect(f).toBe(
      `=IF([@Metric]="Collected",IF([@Level]="Company",${companyEn("Collected")},${repEn("Collected")}),IF([@Level]="Company",${companyEn("Amount")},${repEn("Amount")}))`,
    );
    expect(f).not.toContain("Team[");
  });
  it("Chinese workbook: the Chinese headers, level and metric texts and won stage", () => {
    const f = actualFormula("zh-CN", { paymentsTable: false });
    expect(
      f.startsWith('=IF([@指标]="回款额",IF([@层级]="公司",SUMIFS(Deals[回款金额],Deals[成交日期],">="&[@开始日期]'),
    ).toBe(true);
    expect(f).toContain('IF([@层级]="团队",SUMPRODUCT((SUMIFS(Deals[金额],Deals[负责人],Team[销售代表],');
    expect(f).toContain("*(Team[团队]=[@名称]))");
    expect(f).toContain('Deals[阶段],"赢单")');
  });
  it("adds one SUMIFS per won label when several are given", () => {
    const f = actualFormula("en-US", { wonLabels: ["Won", "赢单"], teamTable: false, paymentsTable: false });
    expect(f.match(/SUMIFS\(/g)).toHaveLength(8);
    expect(f).toContain('Deals[Stage],"Won")+SUMIFS(');
    expect(f).toContain('Deals[Stage],"赢单")');
  });
  it("escapes criteria and header names", () => {
    expect(criterionText('A*"B"?')).toBe('"A~*""B""~?"');
    expect(criterionText("<VIP>")).toBe('"=<VIP>"');
    expect(wonStage("en-US")).toBe("Won");
    expect(columnName("Targets", "PeriodStart", "zh-CN")).toBe("开始日期");
    expect(() => columnName("Deals", "Nope", "en-US")).toThrow(RangeError);
  });
});

describe("targetRows", () => {
  it("writes Company, then each team followed by its reps, then reps without a team, per period", () => {
    const rows = targetRows(plan, {
      metric: "signed",
      language: "en-US",
      levels: ["Company", "Team", "Rep"],
      granularities: ["month"],
    });
    expect(rows).toHaveLength(12 * 7);
    expect(rows.slice(0, 7).map((r) => [r.Level, r.Name, r.Target])).toEqual([
      ["Company", "Company", 100],
      ["Team", "North", 50],
      ["Rep", "Li", 25],
      ["Rep", "Wang", 25],
      ["Team", "South", 25],
      ["Rep", "Zhao", 25],
      ["Rep", "Sun", 25],
    ]);
    const first = rows[0];
    expect(first).toMatchObject({
      periodKey: "FY2026-M04",
      granularity: "month",
      level: "Company",
      Period: "Apr 2026",
      PeriodStart: serialFromDate(2026, 4, 1),
      PeriodEnd: serialFromDate(2026, 4, 30),
      Metric: "Signed",
      Attainment: "=SALES.ATTAINMENT([@Actual],[@Target])",
      Gap: "=SALES.GAP([@Target],[@Actual])",
      Pace: '=IFERROR(SALES.PACE([@Actual],[@Target],[@PeriodStart],[@PeriodEnd]),"")',
    });
    // One Actual formula on every row, whatever its level.
    expect(new Set(rows.map((r) => r.Actual))).toEqual(new Set([actualFormula("en-US")]));
  });

  it("in a Chinese workbook: Chinese labels, level and metric names, headers in the formulas", () => {
    const rows = targetRows(plan, {
      metric: "collected",
      language: "zh-CN",
      levels: ["Company", "Rep"],
      granularities: ["year", "quarter"],
      companyName: "华东销售部",
    });
    expect(rows).toHaveLength(5 * 5);
    expect(rows[0]).toMatchObject({
      Period: "2026财年",
      Level: "公司",
      Name: "华东销售部",
      Metric: "回款额",
      Target: 1200,
    });
    expect(rows[0].Actual).toContain("Payments[回款金额]");
    expect(rows[0].Attainment).toBe("=SALES.ATTAINMENT([@实际完成],[@目标值])");
    expect(rows[0].Gap).toBe("=SALES.GAP([@目标值],[@实际完成])");
    expect(rows[0].Pace).toBe('=IFERROR(SALES.PACE([@实际完成],[@目标值],[@开始日期],[@结束日期]),"")');
    expect(rows[5]).toMatchObject({ Period: "2026财年第1季度", Level: "公司", Target: 300 });
    expect(rows[6]).toMatchObject({ Level: "个人", Name: "Li", Target: 75 });
  });

  it("Targets in money at the plan's decimals, adding up per level", () => {
    const rows = targetRows(plan, { metric: "signed", language: "en-US", levels: ["Rep"], granularities: ["week"] });
    const cents = rows.reduce((s, r) => s + Math.round(r.Target * 100), 0);
    expect(cents).toBe(120_000);
    expect(
      rows.every(
        (r) =>
          Math.round(r.Target * 100) === r.Target * 100 || Math.abs(r.Target * 100 - Math.round(r.Target * 100)) < 1e-6,
      ),
    ).toBe(true);
  });

  it("targetTable orders the values by the Targets columns of the language", () => {
    const rows = targetRows(plan, {
      metric: "signed",
      language: "zh-CN",
      levels: ["Company"],
      granularities: ["year"],
    });
    const table = targetTable(rows, "zh-CN");
    expect(table.headers).toEqual(tableHeaders("Targets", "zh-CN"));
    expect(table.values[0].slice(0, 7)).toEqual([
      "2026财年",
      serialFromDate(2026, 4, 1),
      serialFromDate(2027, 3, 31),
      "公司",
      "公司",
      "合同额",
      1200,
    ]);
    expect(
      String(table.values[0][7]).startsWith('=IF([@指标]="回款额",IF([@层级]="公司",SUMIFS(Payments[回款金额]'),
    ).toBe(true);
  });
});

describe("formulas and values follow the headers as written", () => {
  it("columnName and actualFormula use a retyped header, or the schema's when a column is missing", () => {
    const written = { Deals: ["DealID", "Owner ", "Stage", "Amount", "Close date"], Targets: ["周期", "名称"] };
    expect(columnName("Deals", "Owner", "en-US", written)).toBe("Owner");
    const f = actualFormula("en-US", { wonLabels: ["Won"], written });
    expect(f).toContain(
      'SUMIFS(Deals[Amount],Deals[Owner],[@名称],Deals[ClosedOn],">="&[@PeriodStart],Deals[ClosedOn],"<="&[@PeriodEnd],Deals[Stage],"Won")',
    );
    expect(f).toContain("(Team[Team]=[@名称])");
    expect(columnName("Targets", "Name", "en-US", { Targets: ["Na[me]"] })).toBe("Name");
    expect(columnName("Targets", "Name", "en-US", { Targets: ["Name#1", "name"] })).toBe("name");
  });

  it("targetTable follows an existing header row, leaving the user's own columns empty", () => {
    const rows = targetRows(plan, {
      metric: "signed",
      language: "en-US",
      levels: ["Company"],
      granularities: ["year"],
    });
    const table = targetTable(rows, "en-US", ["Target", "My note", "周期"]);
    expect(table.headers).toEqual(["Target", "My note", "周期"]);
    expect(table.values).toEqual([[1200, "", "FY2026"]]);
  });
});
