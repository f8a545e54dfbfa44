import type { AreaColumns } from "@core/workbook/areaColumns";

/**
 * What the weekly sheet reads: the columns its formulas name and the rows its values come from.
 * Targets, KpiWeights and DealHistory are optional (no attainment rows, the default follow-up
 * target, no stage moves); Deals, Customers, Activities and Team must have the columns listed.
 */
export const weeklySheetColumns: AreaColumns = {
  read: {
    Deals: ["DealID", "Owner", "Stage", "Amount", "Created", "ClosedOn", "ExpectedClose", "LostReason"],
    Customers: ["Owner", "FirstPurchase", "NextContact", "Status"],
    Activities: ["Date", "Customer", "Owner", "Method"],
    Team: ["Rep", "Team"],
    Targets: ["PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target", "Actual", "Pace"],
    KpiWeights: ["PeriodLength", "KPI", "Target"],
    DealHistory: ["DealID", "Field", "From", "To", "ChangedOn"],
  },
  required: {
    Deals: ["Owner", "Stage", "Amount", "Created", "ClosedOn", "ExpectedClose"],
    Customers: ["Owner", "FirstPurchase", "NextContact", "Status"],
    Activities: ["Date", "Customer", "Owner", "Method"],
    Team: ["Rep"],
  },
};

/** The tables the weekly sheet cannot be written without. */
export const weeklySheetTables = ["Deals", "Customers", "Activities", "Team"] as const;
