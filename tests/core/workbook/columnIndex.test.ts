import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";

describe("columnIndex", () => {
  it("finds every column of a table set up in English or Chinese", () => {
    for (const language of ["en-US", "zh-CN"] as const) {
      const headers = tableHeaders("Deals", language);
      const index = columnIndex("Deals", headers);
      headers.forEach((_, position) => expect(Object.values(index)).toContain(position));
      expect(index.Amount).toBe(4);
    }
  });

  it("ignores case and spaces, skips user columns and marks removed ones -1", () => {
    expect(columnIndex("Team", [" rep ", "我的备注", "团队", "CAPACITY"])).toEqual({
      Rep: 0,
      Team: 2,
      Manager: -1,
      StartDate: -1,
      EndDate: -1,
      Capacity: 3,
      Email: -1,
    });
  });

  it("takes the first of two matching headers and tolerates empty or non-text headers", () => {
    expect(columnIndex("Stages", [null, 3, "Stage", "阶段"]).Stage).toBe(2);
  });
});
