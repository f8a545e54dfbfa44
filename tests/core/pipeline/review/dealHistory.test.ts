import { dealHistory } from "@core/pipeline/review/dealHistory";
import { plainTable } from "../pipelineFixture";
import { d, historyTable } from "./reviewFixture";

describe("dealHistory", () => {
  it("is null without a table: recording is off", () => {
    expect(dealHistory(undefined)).toBeNull();
  });

  it("groups the rows by deal, oldest first, whatever order they were written in", () => {
    const history = dealHistory(historyTable)!;
    expect(history.rows).toBe(17);
    expect(history.byDeal.get("R1")?.map((change) => change.to)).toEqual(["Prospecting", "Proposal", "Won"]);
    expect(history.byDeal.get("R4")?.every((change) => !change.exact)).toBe(true);
  });

  it("reads Chinese headers and fields, text flags, and leaves out rows it cannot place", () => {
    const table = plainTable(
      "DealHistory",
      ["商机编号", "字段", "原值", "新值", "变更日期", "当时金额", "日期确切"],
      [
        ["D1", "阶段", "", "线索开发", d(1, 5), 100, "TRUE"],
        ["D1", "阶段", "线索开发", "需求分析", d(1, 9), 100, "FALSE"],
        ["D1", "备注", "", "x", d(1, 9), 100, true],
        ["", "阶段", "", "线索开发", d(1, 9), 100, true],
        ["D2", "阶段", "", "线索开发", "not a date", 100, true],
      ],
    );
    const history = dealHistory(table)!;
    expect(history.unreadable).toBe(3);
    expect(history.byDeal.get("D1")?.map((change) => [change.field, change.exact])).toEqual([
      ["stage", true],
      ["stage", false],
    ]);
  });
});
