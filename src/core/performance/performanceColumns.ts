import type { AreaColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Performance area reads (see performanceData): deal, activity, customer and
 * target facts, the Team's reps and the Payments installments (the collection rate KPI; a workbook
 * without Payments has none); the Scorecard (whose layout adds columns to the schema's) and
 * the set-up tables are read whole, having no entry here. Required: a deal's
 * Owner, Stage, Amount and ClosedOn (revenue by rep and period) and the Team's Rep.
 */
export const performanceColumns: AreaColumns = {
  read: {
    Deals: ["Owner", "Stage", "Amount", "Created", "ClosedOn", "Collected"],
    Activities: ["Date", "Owner", "Summary", "Satisfaction"],
    Customers: ["Owner", "FirstPurchase"],
    Targets: ["PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target"],
    Team: ["Rep", "Team"],
    Payments: ["Owner", "DueDate", "AmountDue", "Received"],
  },
  required: {
    Deals: ["Owner", "Stage", "Amount", "ClosedOn"],
    Team: ["Rep"],
  },
};
