import type { PaneStrings } from "./en-US";
import { importZhCN } from "./features/import";
import { goalsZhCN } from "./features/goals";
import { pipelineZhCN } from "./features/pipeline";
import { pipelineReviewZhCN } from "./features/pipelineReview";
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
    upgrade: {
      title: "预测类别可随阶段自动更新",
      body: "此工作簿的“销售管道”表设置时预测类别是手动填写的，所以转为赢单的商机仍计入“承诺”。升级后预测类别改为按阶段计算的公式（赢单计为已成交，输单计为忽略），并新增“手动预测类别”列，供您为在途商机指定类别。",
      start: "升级…",
      confirmTitle: "升级“销售管道”表？",
      confirmBody:
        "SalesGrid 将在“预测类别”后新增“手动预测类别”列，把您填写的与阶段默认值不同的类别移到该列（不会丢失），然后在“预测类别”列写入公式。",
      confirm: "升级",
      cancel: "取消",
      working: "正在升级“销售管道”表…",
      done: "已升级：预测类别随阶段更新。您填写的与阶段默认值不同的类别已保留在“手动预测类别”列：{{count}} 个。",
      missing: "升级需要以下表格或列：{{what}}。",
      rowsChanged: "升级过程中有商机被移动或删除（{{deals}}）；它们的类别保持原样，公式未写入。请刷新后再次升级。",
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
  pipelineReview: pipelineReviewZhCN,
  customers: customersZhCN,
  team: teamZhCN,
  performance: performanceZhCN,
  import: importZhCN,
};
