import type { ComponentType } from "react";
import type { TranslationKey } from "@i18n/translationKey";

/** One area of the pane: a tab in the navigation and the view it opens. */
export type PaneArea = {
  /** Stable id, used as the tab value. */
  readonly id: string;
  /** i18n key of the tab label, present in both en-US.ts and zh-CN.ts. */
  readonly labelKey: TranslationKey;
  readonly Component: ComponentType;
};
