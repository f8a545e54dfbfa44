import type { PaneStrings } from "./en-US";
import { importZhCN } from "./features/import.zh-CN";
import { goalsZhCN } from "./features/goals.zh-CN";
import { pipelineZhCN } from "./features/pipeline.zh-CN";
import { pipelineReviewZhCN } from "./features/pipelineReview.zh-CN";
import { customersZhCN } from "./features/customers.zh-CN";
import { setupZhCN } from "./features/setup.zh-CN";
import { performanceZhCN } from "./features/performance.zh-CN";
import { weeklySheetZhCN } from "./features/weeklySheet.zh-CN";
import { teamZhCN } from "./features/team.zh-CN";
import { ribbonZhCN } from "./features/ribbon.zh-CN";
import { weeklyActivityZhCN } from "./features/weeklyActivity.zh-CN";
import { weeklyZhCN } from "./features/weekly.zh-CN";
import { serviceZhCN } from "./features/service.zh-CN";
import { undoZhCN } from "./features/undo.zh-CN";
import { collectionsZhCN } from "./features/collections.zh-CN";

/**
 * Each table's name in words, in Chinese: the Workbook status, Set up and the missing-column
 * message all name a table so (in English the message uses the Excel table name instead).
 */
const tableNames: PaneStrings["tables"] = {
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
  Goals: "目标清单",
  DealHistory: "商机变更记录",
  DealSnapshot: "记录器状态",
  ForecastHistory: "预测记录",
  Contracts: "合同",
  Payments: "回款计划",
  Service: "售后工单",
  ServiceLevels: "服务时限",
};

/** Chinese strings of the task pane, key for key the same as en-US.ts. */
export const zhCN: PaneStrings = {
  app: {
    name: "SalesGrid",
    tagline: "工作簿里的销售管理",
    loadingArea: "正在打开{{area}}…",
  },
  language: {
    label: "语言",
    "en-US": "English",
    "zh-CN": "中文",
  },
  nav: {
    label: "SalesGrid 功能区",
  },
  common: {
    refresh: "刷新",
    cancel: "取消",
    confirm: "确认",
    back: "上一步",
    next: "下一步",
  },
  tables: tableNames,
  areas: {
    workbook: "工作簿",
  },
  workbook: {
    title: "工作簿状态",
    intro: "SalesGrid 的数据保存在以下 Excel 表格中。",
    getStarted: {
      title: "快速开始",
      intro: "此工作簿还没有 SalesGrid 表格。初始化即可创建这些表格，也可以加入示例数据先试用。",
      setUp: "初始化",
      areasTitle: "各功能区的用途",
      separator: "：",
      areas: {
        workbook: "查看此工作簿有哪些 SalesGrid 表格，并记录商机变更。",
        setup: "在此工作簿中创建 SalesGrid 表格，可选择加入示例数据。",
        import: "把客户清单、CRM 导出数据或 CSV 文件转换为 SalesGrid 表格。",
        goals: "把年度目标拆成按月、按人的目标，用 SMART 检查并制定行动计划。",
        pipeline: "管道里有什么、何时成交、哪些商机停滞。",
        customers: "客户档案、待跟进事项、客户分级、满意度和公海客户。",
        collections: "谁欠多少、欠了多久：账龄、回款率、合同和回款登记。",
        service: "按负责人查看售后工单是否超出处理时限，以及处理时长和满意度。",
        team: "每位销售代表的达成率、销售管道和跟进情况，按团队汇总。",
        performance: "含评级和提成的绩效考核表、排行榜和面谈表。",
        weekly: "周一例会用的周报：每位销售的商机、阶段变化、赢单与输单、跟进和进度。",
      },
    },
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
    schemaVersion: "已由 SalesGrid 初始化（架构版本 {{version}}）",
    notSetUp: "SalesGrid 尚未初始化此工作簿。",
    workbookLanguage: "工作簿语言：{{language}}",
    upgrade: {
      title: "预测类别可随阶段自动更新",
      body: "此工作簿的“销售管道”表初始化时预测类别是手动填写的，所以转为赢单的商机仍计入“承诺”。升级后预测类别改为按阶段计算的公式（赢单计为已成交，输单计为忽略），并新增“手动预测类别”列，供您为在途商机指定类别。",
      start: "升级…",
      confirmTitle: "升级“销售管道”表？",
      confirmBody:
        "SalesGrid 将在“预测类别”后新增“手动预测类别”列，把您填写的与阶段默认值不同的类别移到该列（不会丢失），然后在“预测类别”列写入公式。",
      confirm: "升级",
      working: "正在升级“销售管道”表…",
      done: "已升级：预测类别随阶段更新。您填写的与阶段默认值不同的类别已保留在“手动预测类别”列：{{count}} 个。",
      missing: "升级需要以下表格或列：{{what}}。",
      rowsChanged: "升级过程中有商机被移动或删除（{{deals}}）；它们的类别保持原样，公式未写入。请刷新后再次升级。",
    },
    periodPlans: {
      title: "各周期可有各自的考核指标",
      body: "此工作簿的所有考核共用一套指标目标，写入月度考核会改变上季度的得分；其“目标”表也没有进度列。升级后月度、季度、年度考核各有自己的指标目标（均复制自现有指标，得分不变），并在“目标”表新增实时的“进度”列，落后时标红。",
      start: "升级…",
      confirmTitle: "升级考核指标、绩效考核和目标表？",
      confirmBody:
        "SalesGrid 将在考核指标表新增“周期类型”列并为季度和年度复制其各行，使每行考核按自己的周期类型读取指标，并在“目标”表的“差距”后新增“进度”列。您填写的内容不会改变。",
      confirm: "升级",
      working: "正在升级…",
      done: "已升级：为季度和年度复制了 {{rows}} 行指标，{{scores}} 行得分改为读取本周期的指标{{pace}}。",
      paceAdded: "，“目标”表已新增进度列",
    },
    collections: {
      title: "回款金额改为实际回款之和",
      body: "此工作簿的每个商机只有一个手工填写的回款金额。升级会把每个填写的金额作为一笔已回款记录移入“回款计划”表，再把商机的回款金额改为该商机已回款记录的实时合计，并让回款额目标按回款日期统计实际到账。",
      start: "查看将写入的内容…",
      confirmTitle: "把手工填写的回款金额移入回款计划？",
      willWrite:
        "SalesGrid 将在回款计划中新增 {{rows}} 笔已回款记录，合计 {{total}}：每个填写了回款金额的商机一笔，日期为其成交日期。",
      nothingTyped: "没有商机填写了回款金额，不新增回款记录。",
      datedToday: "{{undated}} 个商机没有成交日期：其回款记录日期为今天，备注中已注明。",
      confirmBody:
        "随后商机的回款金额改为公式，合同和回款计划表写入公式列，目标表的回款额按回款日期统计。每个商机的金额保持不变。",
      noPayments: "此工作簿还没有回款计划表。请再次运行“初始化”（会补建缺少的表并保留现有表），然后升级。",
      blocked:
        "部分回款金额无法迁移：商机没有商机编号，或金额不是数字（商机第 {{deals}} 行）。请修正后再升级；未写入任何内容。",
      missing: "未写入任何内容：此工作簿缺少 {{what}}。",
      rowsChanged: "写入回款记录时商机有变动，回款金额保持原样。请再次升级：已迁移的回款不会重复写入。",
      confirm: "升级",
      working: "正在处理…",
      done: "已升级：{{rows}} 笔回款（{{total}}）已移入回款计划；{{targets}} 行目标改为统计实际回款。",
    },
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
    tables: tableNames,
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
  collections: collectionsZhCN,
  team: teamZhCN,
  ribbon: ribbonZhCN,
  weeklySheet: weeklySheetZhCN,
  performance: performanceZhCN,
  import: importZhCN,
  weeklyActivity: weeklyActivityZhCN,
  weekly: weeklyZhCN,
  undo: undoZhCN,
  service: serviceZhCN,
};
