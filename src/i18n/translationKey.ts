import type { ParseKeys } from "i18next";

/**
 * A key of the pane's strings (`"common.refresh"`), exactly the keys `t()` accepts: i18next
 * derives them from the English strings through the augmentation in i18next.d.ts. Type key maps
 * and props with it, so a key that is not in en-US.ts fails tsc where it is written.
 */
export type TranslationKey = ParseKeys<"translation">;
