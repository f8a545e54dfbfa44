import type { SetupProgress } from "@excel/setup/setUpWorkbook";
import type { TableOutcome } from "@core/setup/setupReport";
import type { TranslationKey } from "@i18n/translationKey";

// Each key spelled out once, so a missing string is a type error here rather than a raw key in the pane.

/** What a run did to each table, as the report says it. */
export const setupActionKeys = {
  created: "setup.report.actions.created",
  completed: "setup.report.actions.completed",
  kept: "setup.report.actions.kept",
  skipped: "setup.report.actions.skipped",
  "not-written": "setup.report.actions.not-written",
} as const satisfies Record<TableOutcome["action"], TranslationKey>;

/** The progress label of each phase without counts ("rows" has its own, with done and total). */
export const setupPhaseKeys = {
  tables: "setup.progress.tables",
  finishing: "setup.progress.finishing",
} as const satisfies Record<Exclude<SetupProgress["phase"], "rows">, TranslationKey>;
