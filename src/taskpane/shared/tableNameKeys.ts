import type { TableName } from "@core/workbook/schema";
import type { TranslationKey } from "@i18n/translationKey";

/**
 * Each SalesGrid table's name in words (its sheet's name, "Pipeline deals" for Deals), one string
 * per table for every area: the Workbook status, Set up's preview and report. Spelled out, so a
 * missing string is a type error here rather than a raw key in the pane.
 */
export const tableNameKeys = {
  Stages: "tables.Stages",
  Cadences: "tables.Cadences",
  Customers: "tables.Customers",
  Deals: "tables.Deals",
  Activities: "tables.Activities",
  Team: "tables.Team",
  Targets: "tables.Targets",
  ActionPlan: "tables.ActionPlan",
  Scorecard: "tables.Scorecard",
  KpiWeights: "tables.KpiWeights",
  RatingBands: "tables.RatingBands",
  CommissionTiers: "tables.CommissionTiers",
  PoolRules: "tables.PoolRules",
  Goals: "tables.Goals",
  DealHistory: "tables.DealHistory",
  DealSnapshot: "tables.DealSnapshot",
  ForecastHistory: "tables.ForecastHistory",
  Contracts: "tables.Contracts",
  Payments: "tables.Payments",
  Service: "tables.Service",
  ServiceLevels: "tables.ServiceLevels",
} as const satisfies Record<TableName, TranslationKey>;
