import { activityRows, customerRows, dealRows, teamReps } from "@core/goals/breakdown/goalTableRows";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { tableHeaders } from "@core/workbook/schema";

describe("goalTableRows", () => {
  it("reads Deals in either language, leniently, whatever the column order", () => {
    const headers = ["成交日期", "负责人", "阶段", "金额", "回款金额", "创建日期", "我的备注"];
    const rows = [
      [46000, " 王芳 ", "赢单", "¥1,200", 1000, "2025-12-01", "x"],
      ["", "", "方案报价", "", "", "", ""],
    ];
    expect(dealRows({ headers, rows })).toEqual([
      { owner: "王芳", stage: "赢单", closedOn: 46000, amount: 1200, collected: 1000, created: 45992 },
      { owner: null, stage: "方案报价", closedOn: null, amount: null, collected: null, created: null },
    ]);
  });

  it("reads the team, skipping unnamed and repeated reps; a missing column reads as empty", () => {
    const reps = teamReps({
      headers: ["Rep", "Team", "Capacity"],
      rows: [
        ["Li", "East", 2],
        ["", "East", 1],
        ["li", "West", 3],
        ["Wang", "", "n/a"],
      ],
    });
    expect(reps).toEqual([
      { name: "Li", team: "East", capacity: 2 },
      { name: "Wang", team: "", capacity: null },
    ]);
    expect(teamReps({ headers: ["Rep"], rows: [["Zhao"]] })).toEqual([{ name: "Zhao", team: "", capacity: null }]);
  });

  it("reads activity and customer dates for the KPI baselines", () => {
    expect(activityRows({ headers: ["日期"], rows: [[46000], [""], ["2026/1/2"]] })).toEqual([
      { date: 46000 },
      { date: null },
      { date: 46024 },
    ]);
    expect(customerRows({ headers: ["FirstPurchase"], rows: [[45000]] })).toEqual([{ firstPurchase: 45000 }]);
  });

  it("leaves the pool's claims, releases and reassignments out of the follow-ups, in either language", () => {
    const rows = [
      [46000, "Called"],
      [46001, "Pool: claimed"],
      [46002, "公海：释放 — 王芳"],
      [46003, "Pool: reassigned — Ann → Bob"],
    ];
    expect(activityRows({ headers: ["Date", "Summary"], rows })).toEqual([{ date: 46000 }]);
    expect(activityRows({ headers: ["日期", "跟进内容"], rows })).toEqual([{ date: 46000 }]);
  });

  it("tells the language of a header row", () => {
    expect(headerLanguage("Deals", tableHeaders("Deals", "zh-CN"))).toBe("zh-CN");
    expect(headerLanguage("Deals", tableHeaders("Deals", "en-US"))).toBe("en-US");
    expect(headerLanguage("Team", [])).toBe("en-US");
  });
});
