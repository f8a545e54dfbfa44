import { serialFromDate } from "@core/cells/parseDate";
import { teamData } from "@core/team/teamData";
import { tableOf, dealColumns, stageColumns } from "./teamTables";

describe("teamData", () => {
  it("keeps only follow-ups: the pool's claims, releases and reassignments are bookkeeping", () => {
    const data = teamData({
      Activities: {
        headers: ["日期", "客户", "负责人", "跟进方式", "跟进内容"],
        rows: [
          [46000, "Acme", "王伟", "电话", "续约"],
          [46000, "Beta", "王伟", "其他", "公海：领取"],
          [46000, "Gamma", "王伟", "Other", "Pool: reassigned — 李娜 → 王伟"],
          [46000, "Delta", "李娜", "其他", "公海：释放 — 李娜"],
        ],
      },
    });
    expect(data.activities).toEqual([{ owner: "王伟", date: 46000, satisfaction: null }]);
  });

  it("reads a Chinese workbook: headers, Rep/个人 levels, 合同额 metrics and date text", () => {
    const data = teamData({
      Team: {
        headers: ["销售代表", "团队", "主管", "入职日期", "产能"],
        rows: [["王伟", "华东", "李娜", "2024年3月1日", 1]],
      },
      Targets: {
        headers: ["周期", "开始日期", "结束日期", "层级", "名称", "指标", "目标值", "实际完成"],
        rows: [["2026-03", 46082, 46112, "个人", "王伟", "合同额", 40000, ""]],
      },
    });
    expect(data.members).toEqual([
      { row: 0, rep: "王伟", team: "华东", manager: "李娜", startDate: serialFromDate(2024, 3, 1), capacity: 1 },
    ]);
    expect(data.targets[0]).toMatchObject({ level: "rep", metric: "signed", target: 40000, actual: null });
    expect([...data.present].sort()).toEqual(["Targets", "Team"]);
  });

  it("classifies deals by stage, including the user's own closed stages, and weights open ones", () => {
    const data = teamData({
      Stages: tableOf(stageColumns, [
        { Stage: "Prospecting", Probability: 0.1, ForecastCategory: "Pipeline" },
        { Stage: "Signed off", Probability: 1, ForecastCategory: "Closed" },
        { Stage: "Dropped", Probability: 0, ForecastCategory: "忽略" },
      ]),
      Deals: tableOf(dealColumns, [
        { Owner: "Ann", Stage: "Signed off", Amount: 100 },
        { Owner: "Ann", Stage: "dropped", Amount: 100 },
        { Owner: "Ann", Stage: "赢单", Amount: 100 },
        { Owner: "Ann", Stage: "Prospecting", Amount: 1000 },
        { Owner: "Ann", Stage: "Proposal", Amount: 1000, Probability: 0.5 },
        { Owner: "Ann", Stage: "Proposal", Amount: 1000, Probability: 0.5, Weighted: 450 },
        { Owner: "Ann", Stage: "", Amount: 1000 },
      ]),
    });
    expect(data.deals.map((deal) => deal.outcome)).toEqual(["won", "lost", "won", "open", "open", "open"]);
    expect(data.deals.slice(3).map((deal) => deal.weighted)).toEqual([100, 500, 450]);
  });
});
