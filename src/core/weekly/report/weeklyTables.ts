import type { PlainTable } from "@core/pipeline/pipelineTables";
import type { TableName } from "@core/workbook/schema";

/** One table as read: its header row as it stands in the sheet, and the columns found in it. */
export type WeeklyTable = PlainTable & { readonly headers: readonly string[] };

/**
 * The tables the weekly report reads, keyed by table name as the pane reads them (the excel
 * layer's `TablesData` is one of these). Every table may be missing: a figure without its table
 * reads as nothing happened.
 */
export type WeeklyTables = Partial<
  Record<
    Extract<
      TableName,
      "Deals" | "Customers" | "Activities" | "DealHistory" | "Team" | "Targets" | "Stages" | "Cadences" | "KpiWeights"
    >,
    WeeklyTable
  >
>;

/** The tables a weekly report reads, in the order a read asks for them. */
export const WEEKLY_TABLES = [
  "Deals",
  "Customers",
  "Activities",
  "DealHistory",
  "Team",
  "Targets",
  "Stages",
  "Cadences",
  "KpiWeights",
] as const satisfies readonly TableName[];
