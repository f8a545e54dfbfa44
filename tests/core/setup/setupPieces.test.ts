import { columnLetters } from "@core/workbook/columnLetters";
import { columnWidth } from "@core/setup/columnWidth";
import { columnNumberFormat } from "@core/workbook/numberFormat";
import { conditionalFormatRules } from "@core/setup/conditionalFormatRules";
import { columnFormula, tableColumnFormulas } from "@core/setup/formulaColumns";
import { headerLookup } from "@core/setup/planSetup";
import { rangeBounds } from "@core/setup/rangeBounds";
import { recognizeTables } from "@core/setup/recognizeTables";
import { resumeOffset } from "@core/setup/resumeOffset";
import { readSetupRecord, setupSettings } from "@core/setup/setupRecord";
import { columnIndex } from "@core/workbook/columnIndex";
import { columnRef, thisRowRef } from "@core/workbook/structuredRef";
import { fixedRows, sampleRows } from "@core/setup/tableRows";
import { validationRules } from "@core/setup/validationRules";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import { tableHeaders, tableSpec } from "@core/workbook/schema";

const lookupIn = (language: "en-US" | "zh-CN") =>
  headerLookup({
    Stages: { name: "Stages", headers: tableHeaders("Stages", language) },
    Cadences: { name: "Cadences", headers: tableHeaders("Cadences", language) },
    Deals: { name: "Deals", headers: tableHeaders("Deals", language) },
    Customers: { name: "Customers", headers: tableHeaders("Customers", language) },
    Service: { name: "Service", headers: tableHeaders("Service", language) },
    ServiceLevels: { name: "ServiceLevels", headers: tableHeaders("ServiceLevels", language) },
  });

describe("formula columns", () => {
  it("are built from the headers as written, in either language", () => {
    expect(columnFormula("Deals", "Probability", lookupIn("en-US"))).toBe(
      '=IFERROR(INDEX(Stages[Probability],MATCH([@Stage],Stages[Stage],0)),"")',
    );
    expect(columnFormula("Deals", "Weighted", lookupIn("zh-CN"))).toBe(
      '=IF(OR([@金额]="",[@赢单概率]=""),"",[@金额]*[@赢单概率])',
    );
    expect(columnFormula("Customers", "NextContact", lookupIn("zh-CN"))).toBe(
      "=SALES.NEXTVISIT([@最近联系],[@客户等级],Cadences)",
    );
  });

  it("derive the forecast category from the stage, a manager's override winning for open stages only", () => {
    const own = 'INDEX(Stages[ForecastCategory],MATCH([@Stage],Stages[Stage],0))&""';
    expect(columnFormula("Deals", "ForecastCategory", lookupIn("en-US"))).toBe(
      `=IFERROR(IF(OR([@ForecastOverride]="",ISNUMBER(SEARCH("|"&${own}&"|","|Closed|已成交|Omitted|忽略|"))),${own},LEFT(${own},0)&[@ForecastOverride]),"")`,
    );
    expect(columnFormula("Deals", "ForecastCategory", lookupIn("zh-CN"))).toContain(
      "INDEX(Stages[预测类别],MATCH([@阶段],Stages[阶段],0))",
    );
    expect(columnFormula("Deals", "ForecastCategory", lookupIn("zh-CN"))).toContain('[@手动预测类别]=""');
    // A Deals table without the override column (not yet upgraded) gets the stage's category alone.
    const noOverride = headerLookup({
      Stages: { name: "Stages", headers: tableHeaders("Stages", "en-US") },
      Deals: { name: "Deals", headers: ["DealID", "Stage", "ForecastCategory"] },
    });
    expect(columnFormula("Deals", "ForecastCategory", noOverride)).toBe(`=IFERROR(${own},"")`);
    expect(
      columnFormula("Deals", "ForecastCategory", headerLookup({ Deals: { name: "Deals", headers: ["Stage"] } })),
    ).toBeUndefined();
  });

  it("are left out when a table or column they need is missing, and for the wizards' columns", () => {
    expect(
      columnFormula("Customers", "NextContact", headerLookup({ Customers: { name: "Customers", headers: ["Tier"] } })),
    ).toBeUndefined();
    expect(columnFormula("Targets", "Actual", lookupIn("en-US"))).toBeUndefined();
  });

  it("give Service[DueBy] the ticket's opening day plus its service level, in either language", () => {
    expect(columnFormula("Service", "DueBy", lookupIn("en-US"))).toBe(
      '=IF(OR(NOT(ISNUMBER([@OpenedOn])),[@Type]="",[@Priority]=""),"",' +
        'IF(COUNTIFS(ServiceLevels[Type],[@Type],ServiceLevels[Priority],[@Priority],ServiceLevels[Days],">=0")=0,"",' +
        '[@OpenedOn]+MINIFS(ServiceLevels[Days],ServiceLevels[Type],[@Type],ServiceLevels[Priority],[@Priority],ServiceLevels[Days],">=0")))',
    );
    const zh = columnFormula("Service", "DueBy", lookupIn("zh-CN"));
    expect(zh).toContain("[@创建日期]+MINIFS(ServiceLevels[处理时限天数],ServiceLevels[工单类型],[@工单类型]");
    expect(
      columnFormula(
        "Service",
        "DueBy",
        headerLookup({ Service: { name: "Service", headers: tableHeaders("Service", "en-US") } }),
      ),
    ).toBeUndefined();
  });

  it("are listed per column for the rows set-up adds, since Excel may not fill them", () => {
    const next = columnIndex("Customers", tableHeaders("Customers", "zh-CN")).NextContact;
    const formulas = tableColumnFormulas("Customers", lookupIn("zh-CN"));
    expect(formulas[next]).toBe("=SALES.NEXTVISIT([@最近联系],[@客户等级],Cadences)");
    // Value columns are null, so the write leaves them as the rows have them.
    expect(formulas.filter((_, i) => i !== next).every((formula) => formula === null)).toBe(true);
    // A formula that cannot be built (no Cadences table) is null too.
    const noCadences = headerLookup({ Customers: { name: "Customers", headers: tableHeaders("Customers", "zh-CN") } });
    expect(tableColumnFormulas("Customers", noCadences)[next]).toBeNull();
  });

  it("escape special characters in structured references", () => {
    expect(columnRef("T", "a[1]#'x")).toBe("T[a'[1']'#''x]");
    expect(thisRowRef("Next step")).toBe("[@[Next step]]");
    expect(thisRowRef("金额")).toBe("[@金额]");
  });
});

describe("formats, lists and conditional formats", () => {
  it("format columns by kind, text as Text except formula columns", () => {
    const kinds = tableSpec("Deals").columns.map((column) => [column.key, columnNumberFormat(column)]);
    expect(Object.fromEntries(kinds)).toMatchObject({
      DealID: "@",
      Amount: "#,##0.00",
      Probability: "0%",
      Created: "yyyy-mm-dd",
    });
    expect(
      columnNumberFormat({
        key: "Rating",
        header: { "en-US": "Rating", "zh-CN": "评级" },
        kind: "text",
        formula: true,
      }),
    ).toBe("General");
    expect(
      columnNumberFormat({
        key: "Order",
        header: { "en-US": "Order", "zh-CN": "顺序" },
        kind: "count",
        formula: false,
      }),
    ).toBe("0");
  });

  it("size columns by kind and header", () => {
    const amount = tableSpec("Deals").columns[4];
    expect(columnWidth(amount, "Amount")).toBe(90);
    expect(columnWidth(amount, "A very long header indeed for money")).toBeGreaterThan(90);
    expect(columnWidth(tableSpec("Customers").columns[2], "Company")).toBe(160);
  });

  it("give Stage and Owner lists through names, fixed choices in the workbook's language", () => {
    const names = ["SalesGrid_Stages", "SalesGrid_Reps"];
    expect(validationRules("Deals", "zh-CN", names)).toEqual([
      { key: "Owner", source: "=SalesGrid_Reps", alert: "Warning" },
      { key: "Stage", source: "=SalesGrid_Stages", alert: "Stop" },
      // The category is a formula (no list over it); the manager chooses an override instead.
      { key: "ForecastOverride", source: "管道,最佳情况,承诺,已成交,忽略", alert: "Stop" },
      { key: "LostAt", source: "=SalesGrid_Stages", alert: "Stop" },
    ]);
    expect(validationRules("Activities", "en-US", []).map((r) => [r.key, r.source])).toEqual([
      ["Method", "Call,WeChat,Visit,Email,Other"],
    ]);
    expect(validationRules("Cadences", "en-US", names)).toEqual([{ key: "Tier", source: "A,B,C", alert: "Stop" }]);
  });

  it("mark stale deals and overdue follow-ups with A1 formulas at the table's place", () => {
    const deals = tableHeaders("Deals", "en-US");
    const placement = (headers: string[], firstColumn = 0) => ({
      headerRow: 0,
      firstColumn,
      width: headers.length,
      column: (key: string) => headers.indexOf(key),
    });
    const [stale] = conditionalFormatRules("Deals", placement(deals), ["SalesGrid_Stages", "SalesGrid_StaleDays"]);
    expect(stale).toMatchObject({ purpose: "stale-deal", key: null });
    expect(stale.formula).toContain("TODAY()-$K2>N(INDEX(SalesGrid_StaleDays,MATCH($D2,SalesGrid_Stages,0)))");
    expect(conditionalFormatRules("Deals", placement(deals), [])).toEqual([]);
    const [overdue] = conditionalFormatRules("Customers", placement(tableHeaders("Customers", "en-US"), 2), []);
    expect(overdue).toMatchObject({ key: "NextContact", formula: "=AND(ISNUMBER($O2),$O2<TODAY())" });
    const [late] = conditionalFormatRules("Service", placement(tableHeaders("Service", "en-US")), []);
    expect(late).toMatchObject({
      purpose: "late-ticket",
      key: null,
      formula: '=AND(ISNUMBER($L2),$L2<TODAY(),$I2="",$H2<>"Closed",$H2<>"已关闭")',
    });
    expect(conditionalFormatRules("Service", placement(["TicketID", "DueBy"]), [])[0].formula).toBe(
      "=AND(ISNUMBER($B2),$B2<TODAY())",
    );
  });
});

describe("rows, record and helpers", () => {
  it("seed the default stages and cadence in the workbook's language", () => {
    expect(fixedRows("Stages", "zh-CN")[2]).toEqual(["方案报价", 3, 0.5, "最佳情况", 21]);
    expect(fixedRows("Stages", "en-US")[5]).toEqual(["Won", 6, 1, "Closed", ""]);
    expect(fixedRows("Cadences", "en-US")).toEqual([
      ["A", 14],
      ["B", 30],
      ["C", 90],
    ]);
    expect(fixedRows("Deals", "en-US")).toEqual([]);
  });

  it("seed a service level for every ticket type and priority, in the workbook's language", () => {
    const zh = fixedRows("ServiceLevels", "zh-CN");
    expect(zh).toHaveLength(15);
    expect(zh.slice(0, 3)).toEqual([
      ["安装", "高", 2],
      ["安装", "中", 5],
      ["安装", "低", 10],
    ]);
    expect(fixedRows("ServiceLevels", "en-US")).toContainEqual(["Complaint", "High", 1]);
    // Within a type, a lower priority never gets less time than a higher one.
    for (let at = 0; at < 15; at += 3) {
      const [high, medium, low] = zh.slice(at, at + 3).map((row) => row[2] as number);
      expect(high).toBeLessThanOrEqual(medium);
      expect(medium).toBeLessThanOrEqual(low);
    }
  });

  it("lay sample rows out in column order with formula columns left null", () => {
    const sample = generateSampleWorkbook({ seed: 3, language: "en", today: 45_000, customers: 20 });
    const [first] = sampleRows("Deals", sample);
    const headers = tableHeaders("Deals", "en-US");
    expect(first).toHaveLength(headers.length);
    expect(first[headers.indexOf("Probability")]).toBeNull();
    expect(first[headers.indexOf("Weighted")]).toBeNull();
    // The category follows the stage by formula; the sample leaves the override to the manager.
    expect(first[headers.indexOf("ForecastCategory")]).toBeNull();
    expect(first[headers.indexOf("ForecastOverride")]).toBe("");
    expect(first[0]).toBe(sample.deals[0].DealID);
    expect(sampleRows("Targets", sample)).toEqual([]);
  });

  it("resume only after a prefix of the sample", () => {
    const rows = [["C1"], ["C2"], ["C3"]];
    expect(resumeOffset(rows, 2, "C2")).toBe(2);
    expect(resumeOffset(rows, 2, "X")).toBeUndefined();
    expect(resumeOffset(rows, 4, "C3")).toBeUndefined();
    expect(resumeOffset([["'007"]], 1, "007")).toBe(1);
  });

  it("read back what they write and tolerate junk", () => {
    const written = Object.fromEntries(
      setupSettings(
        "zh-CN",
        { Deals: { id: "3", sheet: "销售管道", complete: true } },
        { seed: 1, today: 2, customers: 3 },
      ),
    );
    expect(readSetupRecord(written)).toEqual({
      schemaVersion: 4,
      language: "zh-CN",
      tables: { Deals: { id: "3", sheet: "销售管道", complete: true } },
      sample: { seed: 1, today: 2, customers: 3 },
    });
    expect(
      readSetupRecord({ "salesgrid.tables": "x", "salesgrid.sample": { seed: "1" }, "salesgrid.language": "fr" }),
    ).toEqual({
      schemaVersion: null,
      language: null,
      tables: {},
      sample: null,
    });
  });

  it("recognise tables by recorded id first, then by name", () => {
    const record = readSetupRecord({ "salesgrid.tables": { Deals: { id: "7", sheet: "P", complete: true } } });
    expect(
      recognizeTables(
        [
          { name: "deals", id: "1" },
          { name: "MyDeals", id: "7" },
          { name: "Other", id: "2" },
        ],
        record,
      ),
    ).toEqual({
      Deals: { name: "MyDeals", id: "7" },
    });
    expect(recognizeTables([{ name: "CADENCES", id: "4" }], readSetupRecord({}))).toEqual({
      Cadences: { name: "CADENCES", id: "4" },
    });
  });

  it("index Cadences columns in either language and parse addresses and letters", () => {
    expect(columnIndex("Cadences", ["回访间隔天数", " tier "])).toEqual({ Tier: 1, Days: 0 });
    expect(columnIndex("Team", ["销售代表"]).Rep).toBe(0);
    expect(rangeBounds("'My sheet'!B2:AA10")).toEqual({ top: 1, left: 1, bottom: 9, right: 26 });
    expect(rangeBounds("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(rangeBounds("nope")).toBeUndefined();
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });
});
