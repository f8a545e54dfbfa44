import { defaultTierCadenceDays, tables, type CustomerTier, type TableName } from "@core/workbook/schema";

/**
 * The tables set-up creates, in the order it lays them out: the schema's tables marked `setUp`
 * (the core tables, and `Cadences` beside `Stages` on the setup sheet, because configuration a
 * manager may edit is a visible table, not a hidden setting — ARCHITECTURE.md).
 */
export const setupTableNames: readonly TableName[] = tables.filter((table) => table.setUp).map((table) => table.name);

/** The default cadence as rows of the Cadences table. */
export function defaultCadenceRows(): [CustomerTier, number][] {
  return (Object.keys(defaultTierCadenceDays) as CustomerTier[]).map((tier) => [tier, defaultTierCadenceDays[tier]]);
}
