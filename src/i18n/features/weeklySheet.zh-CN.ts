import type { Strings } from "../strings";
import type { weeklySheetEnUS } from "./weeklySheet";

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
