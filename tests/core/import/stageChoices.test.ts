import { knownStageNames } from "@core/import/knownStageNames";
import { ADD_STAGE, addedStages, proposeStageChoices, stageMappingOf } from "@core/import/stageChoices";
import { unknownStages } from "@core/import/unknownStages";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

const headers = tableHeaders("Stages", "zh-CN");
const stages = {
  headers,
  columns: columnIndex("Stages", headers),
  rows: [
    ["方案报价", 3, 0.5, "最佳情况", 21],
    ["", 4, 0.7, "最佳情况", 21],
    ["赢单", 6, 1, "已成交", ""],
    ["输单", 7, 0, "已失败", ""],
  ],
};
const deals = {
  kind: "csv" as const,
  values: [
    ["Account Name", "Stage", "Lost at", "Amount"],
    ["Acme", "Closed Won", "", "1,200"],
    ["Contoso", "Pilot", "", "300"],
    ["Fabrikam", "Closed Lost", "POC", "50"],
    ["Northwind", "方案报价", "", "10"],
  ],
  top: 0,
  left: 0,
};

describe("knownStageNames", () => {
  it("lists the filled stage names of the Stages table in order", () => {
    expect(knownStageNames(stages)).toEqual(["方案报价", "赢单", "输单"]);
  });

  it("knows none without the table or its Stage column", () => {
    expect(knownStageNames(undefined)).toEqual([]);
    expect(knownStageNames({ columns: { Stage: -1 }, rows: [["Won"]] })).toEqual([]);
  });
});

describe("unknownStages", () => {
  it("lists the stage and lost-at names the Stages table does not know, ignoring the other columns", () => {
    expect(
      unknownStages({
        source: deals,
        headerRow: 0,
        mapping: ["Customer", "Stage", "LostAt", "Amount"],
        stages,
        language: "zh-CN",
      }),
    ).toEqual(["Closed Won", "Pilot", "Closed Lost", "POC"]);
  });

  it("finds none when no stage column is mapped", () => {
    expect(
      unknownStages({
        source: deals,
        headerRow: 0,
        mapping: ["Customer", null, null, "Amount"],
        stages,
        language: "en-US",
      }),
    ).toEqual([]);
  });
});

describe("stage choices", () => {
  it("proposes the known stage a CRM's name stands for, else adding the name", () => {
    expect(proposeStageChoices(["Closed Won", "Pilot", "Closed Lost"], knownStageNames(stages))).toEqual({
      "Closed Won": "赢单",
      Pilot: ADD_STAGE,
      "Closed Lost": "输单",
    });
  });

  it("maps the names chosen onto known stages and adds the others, in order", () => {
    const choices = { "Closed Won": "赢单", Pilot: ADD_STAGE, POC: ADD_STAGE };
    expect(stageMappingOf(choices)).toEqual({ "Closed Won": "赢单" });
    expect(addedStages(choices)).toEqual(["Pilot", "POC"]);
  });
});
