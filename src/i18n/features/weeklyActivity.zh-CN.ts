import type { Strings } from "../strings";
import type { weeklyActivityEnUS } from "./weeklyActivity";

/** Chinese strings of the Weekly area's Activity tab. */
export const weeklyActivityZhCN: Strings<typeof weeklyActivityEnUS> = {
  tab: "跟进",
  title: "{{week}}跟进情况",
  summary: "完成跟进{{done}}次，目标{{target}}次；触达客户{{touched}}个；截至{{asOf}}逾期{{overdue}}个。",
  targetRule: "每人每周跟进目标：{{target}}次，即KPI权重表中月度跟进目标×12÷52（一个月约4.3周，而非4周）。",
  noReps: "此范围内没有销售代表：请先在销售团队表中添加，然后刷新。",
  noKpiWeights: "工作簿中没有KPI权重表：按计分卡默认的每月20次跟进计算。",
  table: {
    caption: "各销售代表按方式统计的跟进",
    rep: "销售代表",
    done: "完成/目标",
    doneValue: "{{done}}/{{target}}",
    touched: "触达客户",
    overdue: "逾期",
    total: "合计",
  },
  methods: {
    call: "电话",
    wechat: "微信",
    visit: "拜访",
    email: "邮件",
    other: "其他",
  },
  chart: {
    title: "最近{{count}}周",
    label: "{{from}}至{{to}}每周跟进次数：{{points}}。每周目标{{target}}次；{{count}}周中有{{met}}周达标。",
    point: "{{week}}：{{done}}",
    bar: "{{week}}：跟进{{done}}次，目标{{target}}次",
    legendDone: "完成跟进",
    legendTarget: "目标（{{target}}）",
  },
};
