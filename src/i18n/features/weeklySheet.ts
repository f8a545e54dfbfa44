import type { Strings } from "../strings";

/** English strings of the button that writes the weekly sheet. */
export const weeklySheetEnUS = {
  write: "Write {{week}} sheet",
  writing: "Writing the weekly sheet…",
  written: "Wrote the sheet \u201c{{sheet}}\u201d: live formulas over your tables, ready to print.",
  missingTables: "The weekly sheet needs these tables: {{tables}}.",
  confirmTitle: "Replace the weekly sheet?",
  confirmBody:
    "The sheet \u201c{{sheet}}\u201d is already there. Replacing it deletes it, with anything you added to it, and writes it anew. Other weeks' sheets stay as they are.",
  replace: "Replace",
};

/** Chinese strings of the button that writes the weekly sheet. */
export const weeklySheetZhCN: Strings<typeof weeklySheetEnUS> = {
  write: "生成{{week}}周报",
  writing: "正在生成周报工作表…",
  written: "已生成工作表“{{sheet}}”：基于表格的实时公式，可直接打印。",
  missingTables: "周报需要以下表格：{{tables}}。",
  confirmTitle: "替换周报工作表？",
  confirmBody: "工作表“{{sheet}}”已存在。替换会删除该表（包括您添加的内容）并重新生成。其他周的工作表不受影响。",
  replace: "替换",
};
