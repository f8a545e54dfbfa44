import type { Strings } from "../strings";
import type { weeklyEnUS } from "./weekly";

/** Chinese strings of the Weekly area. */
export const weeklyZhCN: Strings<typeof weeklyEnUS> = {
  area: "周报",
  title: "周报",
  intro:
    "为周一例会准备的一周销售情况：每位销售的新商机和新客户、阶段变化、赢单与输单、跟进和下周安排，团队汇总在最上面。",
  loading: "正在读取商机、客户、跟进记录、商机变更记录、销售团队和目标…",
  week: {
    label: "周",
    option: "{{week}} · {{from}}–{{to}}",
    thisWeek: "{{option}}（本周）",
    day: "{{month}}月{{day}}日",
  },
  scope: {
    label: "范围",
    everyone: "全部",
  },
  tabs: {
    label: "周报视图",
    report: "报告",
  },
  summary: {
    everyone: "全部",
    team: "{{team}}团队",
  },
  rep: {
    notInTeam: "不在销售团队表中",
    quiet: "{{rep}}：本周无动态",
    quietDetail: "本周没有新商机、新客户、阶段变化或跟进。",
  },
  figures: {
    caption: "{{name}}在{{week}}的数据",
    figure: "指标",
    value: "数值",
    newDeals: "新商机",
    newCustomers: "新客户",
    won: "赢单",
    lost: "输单",
    stageMoves: "阶段变化",
    followUps: "已跟进 / 应跟进",
    overdue: "逾期跟进",
    expectedNextWeek: "下周预计成交",
    dueNextWeek: "下周应跟进",
    month: "本月至今",
    quarter: "本季度至今",
    deals: "{{count}} · {{amount}}",
    doneOfDue: "{{done}} / {{due}}",
    attainment: "{{attainment}}，目标{{target}}",
    pace: "进度{{pace}}",
    noTarget: "无目标",
    unavailable: "缺少列",
    notRecorded: "未记录",
  },
  notes: {
    noHistory: "工作簿中没有商机变更记录表，阶段变化未被记录，因此不计入。",
    noColumns: "这些数据需要上方列出的列。",
  },
  lists: {
    won: "赢单",
    lost: "输单",
    moves: "阶段变化",
    deal: "{{deal}} {{customer}} · {{amount}}",
    reason: "{{deal}} · {{reason}}",
    move: "{{deal}} {{customer}}：{{from}} → {{to}}（{{day}}）",
    noStage: "（无）",
  },
};
