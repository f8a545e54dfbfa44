import type { Strings } from "../strings";
import type { setupEnUS } from "./setup";

/** Chinese strings of the Set up area. */
export const setupZhCN: Strings<typeof setupEnUS> = {
  area: "初始化",
  title: "初始化销售工作簿",
  intro:
    "在此工作簿中创建 SalesGrid 表格：销售阶段、客户档案、销售管道、跟进记录、销售团队、目标、行动计划和绩效考核，并带有公式、下拉列表和格式。已有内容不会被更改。",
  loading: "正在读取工作簿…",
  language: {
    label: "工作簿语言（工作表名称和列标题）",
    locked: "此工作簿已使用{{language}}；新表格将沿用该语言。",
  },
  sample: {
    label: "添加示例数据：8 人销售团队、{{customers}} 个客户、两年的商机和跟进记录，以及售后工单",
    unavailable: "示例数据只会添加到尚无客户、商机、跟进记录或团队表格的工作簿（已找到：{{tables}}）。",
    resume: "上次初始化在添加示例数据时中断，本次将继续完成。",
  },
  preview: {
    caption: "初始化将执行的操作",
    table: "表格",
    sheet: "工作表",
    action: "操作",
    create: "创建",
    createSample: "创建并填入示例数据",
    createFixed: "创建并填入默认值",
    complete: "完成（上次中断）",
    keep: "保持不变",
    keepMissing: "保持不变（缺少 {{columns}}）",
    skip: "跳过：名称已被占用",
    newSheet: "{{sheet}}（新工作表）",
    besideData: "{{sheet}}（位于您的数据右侧，从第 {{column}} 列开始）",
  },
  nothingToDo: "此工作簿已完成初始化：所有 SalesGrid 表格均已就绪。",
  run: "初始化工作簿",
  progress: {
    tables: "正在创建表格…",
    rows: "正在添加示例数据：{{done}} / {{total}}",
    finishing: "正在添加下拉列表和格式…",
  },
  report: {
    caption: "初始化结果",
    rows: "行数",
    rowsOf: "{{written}} / {{planned}}",
    done: "工作簿已初始化。",
    doneSummary: "创建了 {{created}} 个表格，写入 {{rows}} 行。",
    cancelled: "添加示例数据时已取消初始化。",
    cancelledSummary: "已写入的行均已保留，相关表格均已建好。",
    failed: "初始化未能完成。您的数据未受影响；再次运行初始化即可完成剩余工作。",
    unavailable: "未添加示例数据：工作簿中已有数据表格。",
    notResumable: "由于表格已被编辑，示例数据无法续写，已保持原样。",
    again: "返回初始化",
    actions: {
      created: "已创建",
      completed: "已完成",
      kept: "已保留",
      skipped: "已跳过",
      "not-written": "未写入",
    },
    unfinished: "下拉列表和格式尚未应用",
  },
};
