/**
 * The workbench page's own words, in the two languages of the pane. The page follows the language
 * the task pane shows (see paneLanguage.ts), so the preview reads as one product.
 */

import type { PaneLanguage } from "@i18n/paneLanguage";

/** The page's languages: the pane's. */
export type WorkbenchLanguage = PaneLanguage;

const enUS = {
  previewTitle: "Preview",
  preview: "SalesGrid running in the workbench, not in Excel. To use it in Excel:",
  previewHow: "npm run start:desktop (Windows/macOS) or upload manifest.xml in Excel on the web.",
  platform: "Excel platform the workbench behaves as",
  platforms: { web: "Excel on the web", desktop: "Excel on Windows/Mac" },
  reset: "Reset workbook",
  resetTitle: "Reset the workbook?",
  resetBody: "Everything in this workbook is deleted and the workbench starts again with one empty sheet.",
  resetConfirm: "Reset",
  cancel: "Cancel",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  grid: "Sheet {sheet}",
  sheets: "Sheets",
  newSheet: "New sheet",
  pane: "SalesGrid task pane",
  entryRefused: "The cell was not changed: {message}",
  addressUnknown: "{address} is not a cell or range address.",
  dismiss: "Dismiss",
  bootFailed: "The workbench could not start",
  ribbon: "Ribbon: the add-in's {tab} tab",
  commandFailed: "{command} failed: {message}",
  problems: {
    unreadable: "The browser refused to read the saved workbook ({detail}). This session starts empty.",
    damaged: "The saved workbook is damaged ({detail}). This session starts empty.",
    "old-format": "The saved workbook is in a format this workbench no longer reads. This session starts empty.",
    "restore-failed": "The saved workbook could not be opened ({detail}). This session starts empty.",
    quota: "The workbook is too large for this browser's storage: changes since the last save are lost on reload.",
    "save-failed": "The workbook could not be saved in the browser ({detail}).",
  },
};

export type WorkbenchStrings = typeof enUS;

const zhCN: WorkbenchStrings = {
  previewTitle: "预览",
  preview: "SalesGrid 正运行在工作台中，而不是 Excel 里。要在 Excel 中使用：",
  previewHow: "npm run start:desktop（Windows/macOS），或在 Excel 网页版中上传 manifest.xml。",
  platform: "工作台模拟的 Excel 平台",
  platforms: { web: "Excel 网页版", desktop: "Windows/Mac 版 Excel" },
  reset: "重置工作簿",
  resetTitle: "重置工作簿？",
  resetBody: "此工作簿中的全部内容将被删除，工作台将以一个空工作表重新开始。",
  resetConfirm: "重置",
  cancel: "取消",
  nameBox: "名称框",
  formulaBar: "编辑栏",
  grid: "工作表 {sheet}",
  sheets: "工作表",
  newSheet: "新建工作表",
  pane: "SalesGrid 任务窗格",
  entryRefused: "单元格未更改：{message}",
  addressUnknown: "{address} 不是单元格或区域地址。",
  dismiss: "关闭",
  bootFailed: "工作台无法启动",
  ribbon: "功能区：加载项的“{tab}”选项卡",
  commandFailed: "“{command}”执行失败：{message}",
  problems: {
    unreadable: "浏览器拒绝读取已保存的工作簿（{detail}）。本次从空工作簿开始。",
    damaged: "已保存的工作簿已损坏（{detail}）。本次从空工作簿开始。",
    "old-format": "已保存的工作簿格式过旧，此工作台无法读取。本次从空工作簿开始。",
    "restore-failed": "无法打开已保存的工作簿（{detail}）。本次从空工作簿开始。",
    quota: "工作簿太大，浏览器存储放不下：上次保存之后的更改在重新加载后会丢失。",
    "save-failed": "无法在浏览器中保存工作簿（{detail}）。",
  },
};

/** The strings of a language. */
export function workbenchStrings(language: WorkbenchLanguage): WorkbenchStrings {
  return language === "zh-CN" ? zhCN : enUS;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
