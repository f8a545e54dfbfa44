import type { SetupProgress } from "@excel/setup/setUpWorkbook";
import type { TableOutcome } from "@core/setup/setupReport";
import type { TableName } from "@core/workbook/schema";
import type { TranslationKey } from "@i18n/translationKey";

// Each key spelled out once, so a missing string is a type error here rather than a raw key in the pane.

/** Each table's name as the preview, the report and the sample note show it. */
export const setupTableKeys = {
  Stages: "setup.tables.Stages",
  Cadences: "setup.tables.Cadences",
  Customers: "setup.tables.Customers",
  Deals: "setup.tables.Deals",
  Activities: "setup.tables.Activities",
  Team: "setup.tables.Team",
  Targets: "setup.tables.Targets",
  ActionPlan: "setup.tables.ActionPlan",
  Scorecard: "setup.tables.Scorecard",
  KpiWeights: "setup.tables.KpiWeights",
  RatingBands: "setup.tables.RatingBands",
  CommissionTiers: "setup.tables.CommissionTiers",
  PoolRules: "setup.tables.PoolRules",
  Goals: "setup.tables.Goals",
  DealHistory: "setup.tables.DealHistory",
  DealSnapshot: "setup.tables.DealSnapshot",
  ForecastHistory: "setup.tables.ForecastHistory",
  Contracts: "setup.tables.Contracts",
  Payments: "setup.tables.Payments",
  Service: "setup.tables.Service",
  ServiceLevels: "setup.tables.ServiceLevels",
} as const satisfies Record<TableName, TranslationKey>;

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
