import { serialFromDate } from "@core/cells/parseDate";
import { applyStageMapping } from "@core/import/applyStageMapping";
import { suggestStageMapping } from "@core/import/suggestStageMapping";
import { validateRows, type ImportContext } from "@core/import/validateRows";

const zhStages = ["线索开发", "需求分析", "方案报价", "商务谈判", "合同签订", "赢单", "输单"];
const enStages = ["Prospecting", "Needs analysis", "Proposal", "Negotiation", "Contract", "Won", "Lost"];
const context: ImportContext = { knownStages: zhStages };

describe("validateRows: conversion", () => {
  it("converts dates per column and numbers stored as text, reporting both kinds of change", () => {
    const rows = [
      ["华瑞科技", "¥1,200", "25/1/2024", 45000, true],
      ["北辰贸易", 800, "3/2/2024", "2024年3月1日", false],
      ["东方电子", "abc", "32/1/2024", "soon", null],
    ];
    const result = validateRows(rows, ["Customer", "Amount", "Created", "ExpectedClose", null], "Deals", context);
    expect(result.dateFormats.Created).toEqual({ order: "dmy", certain: true });
    expect(result.rows[0].values).toEqual({
      Customer: "华瑞科技",
      Amount: 1200,
      Created: serialFromDate(2024, 1, 25),
      ExpectedClose: 45000,
    });
    expect(result.rows[1].values.Created).toBe(serialFromDate(2024, 2, 3));
    expect(result.rows[1].values.ExpectedClose).toBe(serialFromDate(2024, 3, 1));
    expect(result.rows[2].values).toEqual({
      Customer: "东方电子",
      Amount: "abc",
      Created: "32/1/2024",
      ExpectedClose: "soon",
    });
    expect(result.rows.map((r) => r.extras)).toEqual([[true], [false], [null]]);
    expect(result.problems.map((p) => [p.row, p.column, p.kind, p.severity])).toEqual([
      [2, "Amount", "money-text", "info"],
      [4, "Amount", "bad-number", "warning"],
      [4, "Created", "bad-date", "warning"],
      [4, "ExpectedClose", "bad-date", "warning"],
    ]);
    expect(result.problems[2].message).toEqual({
      en: 'row 4: "32/1/2024" is not a date',
      zh: "第 4 行：“32/1/2024”不是日期",
    });
  });
  it("lets the user choose a column's date order", () => {
    const result = validateRows([["A", "1/3/2024"]], ["Customer", "Created"], "Deals", {
      ...context,
      dateOrders: { Created: "dmy" },
    });
    expect(result.rows[0].values.Created).toBe(serialFromDate(2024, 3, 1));
  });
  it("does not report numbers from a CSV file, and turns plain numbers in extra columns into numbers", () => {
    const rows = [["华瑞", "1200", "42", "007", "-5", "1e3"]];
    const result = validateRows(rows, ["Customer", "Amount", null, null, null, null], "Deals", {
      ...context,
      source: "csv",
    });
    expect(result.rows[0].values.Amount).toBe(1200);
    expect(result.rows[0].extras).toEqual([42, "007", -5, "1e3"]);
    expect(result.problems).toEqual([]);
  });
  it("writes choice values in the workbook's language", () => {
    const rows = [
      ["2024-03-01", "华瑞", "电话"],
      ["2024-03-02", "华瑞", "visit"],
      ["2024-03-03", "华瑞", "Fax"],
    ];
    const result = validateRows(rows, ["Date", "Customer", "Method"], "Activities", {
      knownStages: [],
      language: "en-US",
    });
    expect(result.rows.map((r) => r.values.Method)).toEqual(["Call", "Visit", "Fax"]);
    const zh = validateRows(rows, ["Date", "Customer", "Method"], "Activities", { knownStages: [], language: "zh-CN" });
    expect(zh.rows.map((r) => r.values.Method)).toEqual(["电话", "拜访", "Fax"]);
  });
  it("keeps phone numbers and IDs typed as numbers as text", () => {
    const result = validateRows([[13800138000, 17, 2.5]], ["Phone", "CustomerID", "Satisfaction"], "Customers", {
      knownStages: [],
    });
    expect(result.rows[0].values).toEqual({ Phone: "13800138000", CustomerID: "17", Satisfaction: 2.5 });
  });
  it("skips blank rows but keeps source row numbers, from firstRow", () => {
    const rows = [
      ["A", 1],
      [null, "  "],
      ["B", 2],
    ];
    const result = validateRows(rows, ["Customer", "Amount"], "Deals", { ...context, firstRow: 5 });
    expect(result.rows.map((r) => r.sourceRow)).toEqual([5, 7]);
  });
  it("keeps cells beyond the mapping, and a column mapped twice, as extras", () => {
    const result = validateRows([["A", "B", "C", "D"]], ["Customer", "Customer"], "Deals", context);
    expect(result.columns).toEqual(["Customer"]);
    expect(result.extraColumns).toEqual([1, 2, 3]);
    expect(result.rows[0].extras).toEqual(["B", "C", "D"]);
  });
});

describe("validateRows: stages", () => {
  it("matches known stages loosely and collects unknown ones once each", () => {
    const rows = [
      ["A", " 方案报价 "],
      ["B", "Closed Won"],
      ["C", "closed won"],
      ["D", "Pilot"],
      ["E", null],
    ];
    const result = validateRows(rows, ["Customer", "Stage"], "Deals", context);
    expect(result.rows.map((r) => r.values.Stage)).toEqual(["方案报价", "Closed Won", "closed won", "Pilot", null]);
    expect(result.unknownStages).toEqual(["Closed Won", "Pilot"]);
    expect(result.problems.filter((p) => p.kind === "unknown-stage").map((p) => p.row)).toEqual([3, 4, 5]);
  });
  it("applies the user's stage mapping, also to the stage a deal was lost at", () => {
    const rows = [
      ["A", "Closed Won", null],
      ["B", "Closed Lost", "proposal/price quote"],
    ];
    const mapping = { "Closed Won": "赢单", "Closed Lost": "输单", "Proposal/Price Quote": "方案报价" };
    const result = validateRows(rows, ["Customer", "Stage", "LostAt"], "Deals", { ...context, stageMapping: mapping });
    expect(result.rows.map((r) => [r.values.Stage, r.values.LostAt])).toEqual([
      ["赢单", null],
      ["输单", "方案报价"],
    ]);
    expect(result.unknownStages).toEqual([]);
    expect(result.problems).toEqual([]);
  });
  it("maps one label", () => {
    expect(applyStageMapping(" closed  WON", { "Closed Won": "Won" })).toBe("Won");
    expect(applyStageMapping("Pilot", { "Closed Won": "Won" })).toBe("Pilot");
    expect(applyStageMapping(3, { "3": "Won" })).toBe(3);
  });
  it("suggests known stages for CRM stage names", () => {
    const unknown = ["Closed Won", "closedlost", "Proposal/Price Quote", "qualifiedtobuy", "Pilot", "成交"];
    expect(suggestStageMapping(unknown, zhStages)).toEqual({
      "Closed Won": "赢单",
      closedlost: "输单",
      "Proposal/Price Quote": "方案报价",
      qualifiedtobuy: "需求分析",
      成交: "赢单",
    });
    expect(suggestStageMapping(["Negotiation/Review", "Closed Lost"], enStages)).toEqual({
      "Negotiation/Review": "Negotiation",
      "Closed Lost": "Lost",
    });
    expect(suggestStageMapping(["Closed Won"], ["Open"])).toEqual({});
  });
});

describe("validateRows: required values and duplicates", () => {
  it("reports rows missing a required column, naming it in both languages", () => {
    const rows = [
      [null, "王伟", "x"],
      [null, null, "only a note"],
    ];
    const result = validateRows(rows, ["Company", "Name", "Notes"], "Customers", { knownStages: [] });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      row: 3,
      column: "Company / Name",
      kind: "missing-required",
      severity: "error",
    });
    expect(result.problems[0].message.en).toBe("row 3: Company / Name is empty");
    expect(result.problems[0].message.zh).toBe("第 3 行：公司名称 / 联系人为空");
  });
  it("finds duplicate customers by company (or name) and phone, within the import and against the workbook", () => {
    const rows = [
      ["上海华瑞科技有限公司", "王伟", "138-0013-8000"],
      ["上海华瑞科技", "李娜", "13900139000"],
      [null, "张敏", "+86 13900139000"],
      [null, "张敏", null],
      ["Northwind Traders, Inc.", "Emma", "(020) 8765 4321"],
    ];
    const existing = { names: ["NORTHWIND TRADERS"], phones: ["13800138000"] };
    const result = validateRows(rows, ["Company", "Name", "Phone"], "Customers", { knownStages: [], existing });
    const dupes = result.problems.map((p) => [p.row, p.kind, p.column]);
    expect(dupes).toEqual([
      [2, "duplicate-phone", "Phone"],
      [3, "duplicate-name", "Company"],
      [4, "duplicate-phone", "Phone"],
      [5, "duplicate-name", "Name"],
      [6, "duplicate-name", "Company"],
    ]);
    expect(result.problems[1].message.en).toBe('row 3: customer "上海华瑞科技" repeats row 2');
    expect(result.problems[0].message.zh).toBe("第 2 行：电话“138-0013-8000”已存在于工作簿中");
    expect(result.rows).toHaveLength(5);
  });
  it("does not check duplicates in deals", () => {
    const rows = [
      ["华瑞", 1],
      ["华瑞", 2],
    ];
    expect(validateRows(rows, ["Customer", "Amount"], "Deals", context).problems).toEqual([]);
  });
});

describe("validateRows: formula text", () => {
  it("reports text that starts like a formula in mapped and extra columns, not signed numbers or phones", () => {
    const rows = [['=HYPERLINK("http://evil")', "@cmd", "-5", "-", "+86 138 0013 8000"]];
    const result = validateRows(rows, ["Company", null, "Notes", "Name", "Phone"], "Customers", {
      knownStages: [],
      headers: ["Account", "Memo", "Notes", "Name", "Phone"],
    });
    expect(result.problems.map((p) => [p.column, p.kind])).toEqual([
      ["Company", "formula-text"],
      ["Memo", "formula-text"],
    ]);
    expect(result.rows[0].values.Company).toBe('=HYPERLINK("http://evil")');
  });
});
