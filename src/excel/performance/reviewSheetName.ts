import type { WorkbookLanguage } from "@core/workbook/schema";

const PREFIX: Record<WorkbookLanguage, string> = { "en-US": "Review", "zh-CN": "绩效面谈" };

/**
 * The review sheet's name for a rep: "Review Ann" / "绩效面谈 王芳", without the characters a
 * sheet name cannot hold (\ / ? * [ ] :) and cut to Excel's 31 characters.
 *
 * @example
 * reviewSheetName("A/B [East]", "en-US") //=> "Review AB East"
 */
export function reviewSheetName(rep: string, language: WorkbookLanguage): string {
  const clean = rep
    .replace(/[\\/?*[\]:]/g, "")
    .replace(/^'+|'+$/g, "")
    .trim();
  return `${PREFIX[language]} ${clean}`.slice(0, 31).trim();
}
