import type { PaneLanguage } from "@i18n/paneLanguage";
import type { TranslationKey } from "@i18n/translationKey";

/**
 * Each language's own name ("English", "中文"), for the language switch and wherever a pane or
 * workbook language is named; the workbook's languages are the pane's.
 */
export const languageNameKeys: Readonly<Record<PaneLanguage, TranslationKey>> = {
  "en-US": "language.en-US",
  "zh-CN": "language.zh-CN",
};
