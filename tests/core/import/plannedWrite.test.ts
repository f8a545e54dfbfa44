import { importPlanInput, type ImportFacts } from "@core/import/importPlanInput";
import type { ImportSource } from "@core/import/importSource";
import { planImport } from "@core/import/planImport";
import { plannedWrite } from "@core/import/plannedWrite";
import { ADD_STAGE } from "@core/import/stageChoices";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

const stagesHeaders = tableHeaders("Stages", "zh-CN");
const stages = {
  headers: stagesHeaders,
  columns: columnIndex("Stages", stagesHeaders),
  rows: [["赢单", 6, 1, "已成交", ""]],
};
const dealsHeaders = tableHeaders("Deals", "zh-CN");
const deals = { headers: dealsHeaders, columns: columnIndex("Deals", dealsHeaders), rows: [[], []] };
const facts: ImportFacts = {
  tables: { Stages: stages, Deals: deals },
  cadences: true,
  textColumns: { Deals: dealsHeaders.map((_, i) => i === 0) },
};
const source: ImportSource = {
  kind: "sheet",
  name: "Sheet1!A1:C3",
  sheet: "Sheet1",
  values: [
    ["Account Name", "Stage", "Amount"],
    ["Acme", "Closed Won", "1,200"],
    ["Contoso", "Pilot", "300"],
  ],
  formulas: [],
  numberFormats: [],
  top: 4,
  left: 1,
};
const choices = {
  headerRow: 0,
  target: "Deals" as const,
  mapping: ["Customer", "Stage", "Amount"],
  mode: "append" as const,
  stageMapping: { "Closed Won": "赢单" },
};

describe("importPlanInput", () => {
  it("plans from the source's cells, the user's choices and the workbook's tables", () => {
    const input = importPlanInput(source, choices, facts, "zh-CN");
    expect(input).toMatchObject({
      source: { values: source.values, top: 4, left: 1, kind: "range" },
      headerRow: 0,
      mapping: choices.mapping,
      target: "Deals",
      mode: "append",
      language: "zh-CN",
      stageMapping: { "Closed Won": "赢单" },
      stages,
      cadences: true,
      table: { ...deals, textColumns: facts.textColumns.Deals },
    });
    expect(input.customers).toBeUndefined();
  });

  it("reads a file's rows as a file's", () => {
    expect(importPlanInput({ ...source, kind: "csv" }, choices, facts, "zh-CN").source.kind).toBe("csv");
  });

  it("has no table to append to when the workbook lacks the target", () => {
    expect(importPlanInput(source, { ...choices, target: "Customers" }, facts, "zh-CN").table).toBeUndefined();
  });
});

describe("plannedWrite", () => {
  const layout = planImport(importPlanInput(source, choices, facts, "zh-CN")).layout;

  it("names the new sheet in the workbook's language, keeps the source sheet and the table's rows", () => {
    const write = plannedWrite({
      target: "Deals",
      layout,
      language: "zh-CN",
      sourceSheet: "Sheet1",
      tables: facts.tables,
      stageChoices: { "Closed Won": "赢单" },
    });
    expect(write).toEqual({
      target: "Deals",
      layout,
      sheetName: "销售管道",
      sourceSheet: "Sheet1",
      baseRows: 2,
      newStages: undefined,
    });
  });

  it("adds the stage names the user chose to add after the highest order", () => {
    const write = plannedWrite({
      target: "Deals",
      layout,
      language: "zh-CN",
      tables: facts.tables,
      stageChoices: { "Closed Won": "赢单", Pilot: ADD_STAGE },
    });
    expect(write.newStages).toEqual([["Pilot", 7, "", "管道", ""]]);
  });

  it("adds no stages without a Stages table", () => {
    const write = plannedWrite({
      target: "Customers",
      layout,
      language: "en-US",
      tables: {},
      stageChoices: { Pilot: ADD_STAGE },
    });
    expect(write).toMatchObject({ sheetName: "Customers", baseRows: undefined, newStages: undefined });
  });
});
