import { importPlanInput } from "@core/import/importPlanInput";
import { csvSource } from "@core/import/importSource";
import { planImport, type ImportTableContents } from "@core/import/planImport";
import { plannedWrite } from "@core/import/plannedWrite";
import { unknownValues } from "@core/import/unknownValues";
import { validateRows } from "@core/import/validateRows";
import {
  ADD_VALUE,
  LEAVE_VALUE,
  addableFields,
  addedValues,
  addedValuesOf,
  knownFieldValues,
  proposeValueChoices,
  suggestValueMapping,
  valueMappingOf,
} from "@core/import/valueChoices";

const team: ImportTableContents = {
  headers: ["销售代表", "团队", "主管", "入职日期", "离职日期", "产能", "邮箱"],
  columns: { Rep: 0, Team: 1, Manager: 2, StartDate: 3, EndDate: 4, Capacity: 5, Email: 6 },
  rows: [["王芳"], ["Li Na"], [""], ["王芳"]],
};
const cadences: ImportTableContents = {
  headers: ["客户等级", "回访间隔天数"],
  columns: { Tier: 0, Days: 1 },
  rows: [["A"], ["B"], ["C"]],
};

describe("the workbook's lists", () => {
  it("knows reps from Team, tiers from Cadences, methods from the method list; no table, no check", () => {
    expect(knownFieldValues("Owner", { Team: team }, "zh-CN")).toEqual(["王芳", "Li Na"]);
    expect(knownFieldValues("Tier", { Cadences: cadences }, "zh-CN")).toEqual(["A", "B", "C"]);
    expect(knownFieldValues("Method", {}, "zh-CN")).toEqual(["电话", "微信", "拜访", "邮件", "其他"]);
    expect(knownFieldValues("Owner", {}, "en-US")).toBeUndefined();
    expect(knownFieldValues("Tier", {}, "en-US")).toBeUndefined();
  });

  it("suggests the known value an unknown one means, and leaves the rest", () => {
    expect(suggestValueMapping("Owner", ["li na", "Na, Li", "Zhao Lei"], ["王芳", "Li Na"])).toEqual({
      "li na": "Li Na",
      "Na, Li": "Li Na",
    });
    expect(suggestValueMapping("Tier", ["A级", "B类客户", "Tier C", "VIP"], ["A", "B", "C"])).toEqual({
      A级: "A",
      B类客户: "B",
      "Tier C": "C",
    });
    expect(
      suggestValueMapping(
        "Method",
        ["Phone call", "上门拜访", "Meeting", "Fax", "Other"],
        ["电话", "微信", "拜访", "邮件", "其他"],
      ),
    ).toEqual({
      "Phone call": "电话",
      上门拜访: "拜访",
      Meeting: "拜访",
      Other: "其他",
    });
    expect(proposeValueChoices("Owner", ["li na", "Zhao Lei"], ["Li Na"])).toEqual({
      "li na": "Li Na",
      "Zhao Lei": LEAVE_VALUE,
    });
    expect(proposeValueChoices("Stage", ["Closed Won", "Pilot"], ["Lead", "Won"])).toEqual({
      "Closed Won": "Won",
      Pilot: ADD_VALUE,
    });
    const choices = { a: "A", b: ADD_VALUE, c: LEAVE_VALUE };
    expect(valueMappingOf(choices)).toEqual({ a: "A" });
    expect(addedValues(choices)).toEqual(["b"]);
    // Only stages and reps are ever added: tiers are fixed A/B/C and methods the schema's list.
    expect([...addableFields]).toEqual(["Stage", "Owner"]);
    expect(addedValuesOf("Owner", choices)).toEqual(["b"]);
    expect(addedValuesOf("Tier", choices)).toEqual([]);
    expect(addedValuesOf("Method", choices)).toEqual([]);
  });
});

describe("validateRows: values checked against the workbook", () => {
  it("flags owners not in Team and methods not in the list, and writes mapped ones", () => {
    const rows = [
      ["2024-03-01", "华瑞科技", "王芳", "电话", "报价"],
      ["2024-03-02", "北辰贸易", "Zhao Lei", "Fax", "回访"],
      ["2024-03-03", "东方电子", "li na", "call", "签约"],
    ];
    const result = validateRows(rows, ["Date", "Customer", "Owner", "Method", "Summary"], "Activities", {
      knownStages: [],
      language: "zh-CN",
      checked: {
        Owner: { known: ["王芳", "Li Na"], mapping: { "li na": "Li Na" } },
        Method: { known: ["电话", "微信", "拜访", "邮件", "其他"] },
      },
    });
    expect(result.rows.map((r) => [r.values.Owner, r.values.Method])).toEqual([
      ["王芳", "电话"],
      ["Zhao Lei", "Fax"],
      ["Li Na", "电话"],
    ]);
    expect(result.unknownValues).toEqual({ Owner: ["Zhao Lei"], Method: ["Fax"] });
    const unknown = result.problems.filter((p) => p.kind === "unknown-value");
    expect(unknown.map((p) => [p.row, p.column, p.severity])).toEqual([
      [3, "Owner", "warning"],
      [3, "Method", "warning"],
    ]);
    expect(unknown[0].message).toEqual({
      en: 'row 3: Owner "Zhao Lei" is not in the Team table',
      zh: "第 3 行：负责人“Zhao Lei”不在销售团队表中",
    });
  });

  it("converts currency text in a money column and flags it in an extra column or another currency", () => {
    const rows = [
      ["华瑞科技", "¥1,250,000.00", "￥5,000"],
      ["北辰贸易", "12.5万", "note"],
      ["东方电子", "US$ 3,000", ""],
    ];
    const result = validateRows(rows, ["Customer", "Amount", null], "Deals", {
      knownStages: [],
      headers: ["客户", "金额", "定金"],
      source: "csv",
    });
    expect(result.rows.map((r) => r.values.Amount)).toEqual([1250000, 125000, 3000]);
    expect(result.rows[0].extras).toEqual(["￥5,000"]);
    expect(result.problems.map((p) => [p.row, p.column, p.kind])).toEqual([
      [2, "Amount", "money-text"],
      [2, "定金", "currency-kept"],
      [3, "Amount", "money-text"],
      [4, "Amount", "money-text"],
      [4, "Amount", "currency-mixed"],
    ]);
    expect(result.problems[0].message.en).toBe('row 2: "¥1,250,000.00" is read as the amount 1250000 (CNY)');
  });
});

describe("from the source to the write", () => {
  const source = csvSource({
    name: "hubspot-companies.csv",
    encoding: "utf-8",
    rows: [
      ["Company name", "Company owner", "Tier"],
      ["Acme", "Zhao Lei", "A"],
      ["Globex", "李娜", "D"],
    ],
  });
  const facts = { tables: { Team: team, Cadences: cadences }, cadences: true, textColumns: {} };

  it("finds the unknown owners and tiers before any choice", () => {
    const found = unknownValues({
      source,
      headerRow: 0,
      mapping: ["Company", "Owner", "Tier"],
      target: "Customers",
      tables: facts.tables,
      language: "en-US",
    });
    expect(found).toEqual({ Owner: ["Zhao Lei", "李娜"], Tier: ["D"] });
    expect(
      unknownValues({
        source,
        headerRow: 0,
        mapping: ["Company", null, null],
        target: "Customers",
        tables: facts.tables,
        language: "en-US",
      }),
    ).toEqual({});
  });

  it("adds the reps the user chose to add (no longer flagged, rows for Team), never a tier (fixed A/B/C: an add means leave)", () => {
    const valueChoices = { Owner: { "Zhao Lei": ADD_VALUE, 李娜: LEAVE_VALUE }, Tier: { D: ADD_VALUE } };
    const choices = {
      headerRow: 0,
      target: "Customers" as const,
      mapping: ["Company", "Owner", "Tier"],
      mode: "new-sheet" as const,
      stageMapping: {},
      valueChoices,
    };
    const plan = planImport(importPlanInput(source, choices, facts, "zh-CN"));
    expect(plan.result.problems.filter((p) => p.kind === "unknown-value").map((p) => p.value)).toEqual(["李娜", "D"]);
    const write = plannedWrite({
      target: "Customers",
      layout: plan.layout,
      language: "zh-CN",
      tables: facts.tables,
      stageChoices: {},
      valueChoices,
    });
    expect(write.newRows).toEqual({ Team: [["Zhao Lei", "", "", "", "", "", ""]] });
  });
});
