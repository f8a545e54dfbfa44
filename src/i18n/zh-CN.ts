import type { PaneStrings } from "./en-US";
import { importZhCN } from "./features/import";
import { goalsZhCN } from "./features/goals";
import { pipelineZhCN } from "./features/pipeline";
import { customersZhCN } from "./features/customers";
import { setupZhCN } from "./features/setup";
import { performanceZhCN } from "./features/performance";
import { teamZhCN } from "./features/team";

/** Chinese strings of the task pane, key for key the same as en-US.ts. */
export const zhCN: PaneStrings = {
  app: {
    name: "SalesGrid",
    tagline: "工作簿里的销售管理",
  },
  language: {
    label: "语言",
    "en-US": "English",
    "zh-CN": "中文",
  },
  nav: {
    label: "SalesGrid 功能区",
  },
  areas: {
    workbook: "工作簿",
  },
  workbook: {
    title: "工作簿状态",
    intro: "SalesGrid 的数据保存在以下 Excel 表格中。",
    refresh: "刷新",
    loading: "正在读取工作簿…",
    summary: "已找到 {{present}} / {{total}} 个 SalesGrid 表格",
    caption: "此工作簿中的 SalesGrid 表格",
    columns: {
      table: "表格",
      sheet: "工作表",
      rows: "行数",
      status: "状态",
    },
    present: "已存在",
    missing: "缺失",
    missingColumns: "缺少列：{{columns}}",
    notInWorkbook: "—",
    schemaVersion: "已由 SalesGrid 设置（架构版本 {{version}}）",
    notSetUp: "SalesGrid 尚未设置此工作簿。",
    workbookLanguage: "工作簿语言：{{language}}",
    recording: {
      title: "商机变更记录",
      label: "记录商机变更（打开此工作簿时加载 SalesGrid）",
      hint: "商机的阶段、金额或预计成交日期变更时，会记录到“商机变更记录”工作表，并填写进入阶段日期和成交日期。由记录器填写的成交日期仍可编辑：直接改写即可。",
      running: "此 Excel 正在记录。",
      stopped: "此 Excel 未在记录。",
      unsupported: "此 Excel 无法随工作簿加载 SalesGrid（不支持共享运行时）。",
      historyRows: "变更记录 {{count}} 行",
      withoutId: "{{count}} 个商机没有商机编号，不会被记录。",
    },
    tables: {
      Stages: "销售阶段",
      Customers: "客户档案",
      Deals: "销售管道",
      Activities: "跟进记录",
      Team: "销售团队",
      Targets: "目标",
      ActionPlan: "行动计划",
      Scorecard: "绩效考核",
      Cadences: "回访周期",
      KpiWeights: "KPI 权重",
      RatingBands: "评级区间",
      CommissionTiers: "提成阶梯",
      PoolRules: "公海规则",
      DealHistory: "商机变更记录",
      DealSnapshot: "记录器状态",
    },
  },
  lists: {
    filters: "筛选{{list}}",
    pages: "{{list}}翻页",
    range: "第 {{from}}–{{to}} 项，共 {{total}} 项",
    previous: "上一页",
    next: "下一页",
    all: "全部",
    none: "无",
    noMatch: "没有符合筛选条件的项。",
    owner: "负责人",
    tier: "等级",
  },
  missingColumns: {
    title: "缺少列",
    message: "{{table}}表缺少 {{column}} 列",
    hint: "请在 Excel 中把表头改回（或添加该列），然后刷新。",
    tables: {
      Stages: "销售阶段",
      Cadences: "回访周期",
      Customers: "客户档案",
      Deals: "销售管道",
      Activities: "跟进记录",
      Team: "销售团队",
      Targets: "目标",
      ActionPlan: "行动计划",
      Scorecard: "绩效考核",
      KpiWeights: "考核权重",
      RatingBands: "评级区间",
      CommissionTiers: "提成阶梯",
      PoolRules: "公海规则",
      DealHistory: "商机变更记录",
      DealSnapshot: "记录器状态",
    },
  },
  errors: {
    title: {
      "busy-editing": "请先完成单元格编辑",
      "not-found": "在工作簿中未找到",
      invalid: "Excel 拒绝了此更改",
      "too-large": "单次请求的数据量过大",
      office: "Excel 报告了错误",
    },
    code: "错误代码：{{code}}",
  },
  areaCrash: {
    title: "{{area}}出错停止",
    writing: "当时正在修改工作簿（{{calls}}）：它会自行完成或失败。再次运行前请先检查工作表。",
    reading: "当时正在读取工作簿（{{calls}}），没有写入任何内容。",
    idle: "当时没有读取或写入：工作簿保持原样。",
    rest: "其他功能区不受影响，可以继续使用。",
    reload: "重新加载{{area}}",
  },
  setup: setupZhCN,
  goals: goalsZhCN,
  pipeline: pipelineZhCN,
  customers: customersZhCN,
  team: teamZhCN,
  performance: performanceZhCN,
  import: importZhCN,
};
