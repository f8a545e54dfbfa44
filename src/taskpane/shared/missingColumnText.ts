import type { TFunction } from "i18next";
import type { MissingColumn } from "@core/workbook/areaColumns";
import type { TableName } from "@core/workbook/schema";

/** The pane's name of each table in a missing-column message: typed keys, one per table. */
const tableKeys: Readonly<Record<TableName, `missingColumns.tables.${TableName}`>> = {
  Stages: "missingColumns.tables.Stages",
  Cadences: "missingColumns.tables.Cadences",
  Customers: "missingColumns.tables.Customers",
  Deals: "missingColumns.tables.Deals",
  Activities: "missingColumns.tables.Activities",
  Team: "missingColumns.tables.Team",
  Targets: "missingColumns.tables.Targets",
  ActionPlan: "missingColumns.tables.ActionPlan",
  Scorecard: "missingColumns.tables.Scorecard",
  KpiWeights: "missingColumns.tables.KpiWeights",
  RatingBands: "missingColumns.tables.RatingBands",
  CommissionTiers: "missingColumns.tables.CommissionTiers",
  PoolRules: "missingColumns.tables.PoolRules",
  Goals: "missingColumns.tables.Goals",
  DealHistory: "missingColumns.tables.DealHistory",
  DealSnapshot: "missingColumns.tables.DealSnapshot",
  ForecastHistory: "missingColumns.tables.ForecastHistory",
  Contracts: "missingColumns.tables.Contracts",
  Payments: "missingColumns.tables.Payments",
  Service: "missingColumns.tables.Service",
  ServiceLevels: "missingColumns.tables.ServiceLevels",
};

/**
 * One missing column as the pane says it: the table in the pane's language, the header as the
 * schema writes it in the workbook's language (what the user types back).
 *
 * @example
 * missingColumnText(t, { table: "Deals", key: "Amount", header: "Amount" }) //=> "Deals has no Amount column"
 */
export function missingColumnText(t: TFunction, missing: MissingColumn): string {
  return t("missingColumns.message", { table: t(tableKeys[missing.table]), column: missing.header });
}
