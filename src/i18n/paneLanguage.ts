/** The languages the task pane speaks. */
export type PaneLanguage = "en-US" | "zh-CN";

export const paneLanguages: readonly PaneLanguage[] = ["en-US", "zh-CN"];

/**
 * The pane language for Office's display language: any Chinese (zh, zh-CN, zh-TW, zh-Hant-HK …)
 * gets the Chinese pane, everything else, or no language at all, the English one.
 *
 * @param displayLanguage - `Office.context.displayLanguage`, e.g. "zh-CN"
 * @returns "zh-CN" or "en-US"
 * @example
 * languageFromOffice("zh-TW") //=> "zh-CN"
 */
export function languageFromOffice(displayLanguage: string | null | undefined): PaneLanguage {
  const primary = (displayLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "zh" ? "zh-CN" : "en-US";
}
