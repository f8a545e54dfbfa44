import type { TableColumns } from "@core/workbook/areaColumns";

/**
 * The columns the weekly sheet's formulas name, by table: a table that lacks one would show
 * #REF! or zeros, so the writer names it instead. It reads what the Weekly area reads
 * (weeklyColumns). Targets and KpiWeights are optional (no attainment rows, the default
 * follow-up target), DealHistory too (no stage moves).
 */
export const weeklySheetColumns: { readonly required: TableColumns } = {
  required: {
    Deals: ["Owner", "Stage", "Amount", "Created", "ClosedOn", "ExpectedClose"],
    Customers: ["Owner", "FirstPurchase", "NextContact", "Status"],
    Activities: ["Date", "Customer", "Owner", "Method"],
  },
};

/** The tables the weekly sheet cannot be written without. */
export const weeklySheetTables = ["Deals", "Customers", "Activities"] as const;
