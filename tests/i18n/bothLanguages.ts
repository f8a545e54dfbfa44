import type { MoreStrings } from "@i18n/initI18n";
import { zhCN } from "@i18n/zh-CN";

/**
 * Every language's strings, for tests that start a pane in Chinese: `initI18n("zh-CN", bothLanguages)`.
 * (The pane fetches Chinese as its own chunk; a test has it at hand.)
 */
export const bothLanguages: MoreStrings = { "zh-CN": zhCN };
