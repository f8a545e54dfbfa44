import type { Strings } from "../strings";

/** English strings of "Undo last SalesGrid change". */
export const undoEnUS = {
  title: "Undo last SalesGrid change",
  button: "Undo last SalesGrid change",
  undoing: "Putting back what SalesGrid overwrote…",
  none: "No SalesGrid change to undo.",
  last: "Last change: {{command}}, {{count}} rows of {{tables}}, at {{time}}.",
  interrupted:
    "The last SalesGrid change ({{command}}) was interrupted before it was fully recorded, so SalesGrid cannot undo it. Run it again from its area, or change the rows by hand.",
  refused:
    "Not undone: {{count}} rows changed since {{command}} wrote them (edited, deleted or a column removed): {{rows}}. Nothing was written.",
  undone: "Undone: {{command}}, {{count}} rows put back.",
  notRestored: "{{count}} rows were deleted or renamed while undoing and were not put back: {{rows}}.",
  tooLarge:
    "It changes more than {{limit}} rows, too many for SalesGrid to keep: it cannot be undone from the pane afterwards.",
  excelUndo:
    "Ctrl+Z in Excel also undoes a SalesGrid command as one step on Excel builds with ExcelApi 1.20; this undo works on every build.",
  commands: {
    tiers: "tiers",
    release: "release to the pool",
    reassign: "reassignment",
    claim: "claim from the pool",
    import: "import in place",
    update: "update import",
    scorecard: "scorecard",
    targets: "targets",
  },
};

/** Chinese strings of "Undo last SalesGrid change". */
export const undoZhCN: Strings<typeof undoEnUS> = {
  title: "撤销上一次 SalesGrid 更改",
  button: "撤销上一次 SalesGrid 更改",
  undoing: "正在恢复 SalesGrid 覆盖的内容…",
  none: "没有可撤销的 SalesGrid 更改。",
  last: "上一次更改：{{command}}，{{tables}} 中 {{count}} 行，{{time}}。",
  interrupted:
    "上一次 SalesGrid 更改（{{command}}）在记录完整之前中断，SalesGrid 无法撤销。请在其区域重新运行，或手动修改这些行。",
  refused: "未撤销：{{command}}写入后有 {{count}} 行已更改（被编辑、删除或删除了列）：{{rows}}。未写入任何内容。",
  undone: "已撤销：{{command}}，恢复了 {{count}} 行。",
  notRestored: "撤销期间有 {{count}} 行被删除或改名，未恢复：{{rows}}。",
  tooLarge: "此操作更改超过 {{limit}} 行，SalesGrid 无法保留其原内容：之后不能在任务窗格中撤销。",
  excelUndo:
    "在支持 ExcelApi 1.20 的 Excel 版本中，按 Ctrl+Z 也可将 SalesGrid 命令作为一步撤销；此处的撤销适用于所有版本。",
  commands: {
    tiers: "客户分级",
    release: "释放到公海",
    reassign: "重新分配",
    claim: "从公海领取",
    import: "原位导入",
    update: "更新导入",
    scorecard: "记分卡",
    targets: "目标",
  },
};
