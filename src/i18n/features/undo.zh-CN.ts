import type { Strings } from "../strings";
import type { undoEnUS } from "./undo";

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
