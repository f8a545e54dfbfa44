import { everyColumn, type AreaColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Team area reads: the Team table whole, each rep's deals (owner, stage, amounts,
 * close), activities (owner, date, satisfaction; the summary tells the pool's bookkeeping apart), customers (owner and who they are), the
 * Targets' lines, the Stages' probabilities and the payments received (owner, amount, date). Required: the Team's Rep (without it the area
 * shows "no reps yet") and a deal's Owner, Stage and Amount (every rep figure sums them).
 */
export const teamColumns: AreaColumns = {
  read: {
    Team: everyColumn("Team"),
    Deals: [
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "Probability",
      "Weighted",
      "ClosedOn",
      "ForecastCategory",
      "Collected",
    ],
    Activities: ["Date", "Customer", "Owner", "Summary", "Satisfaction"],
    Customers: ["CustomerID", "Name", "Company", "Industry", "Region", "Owner", "Satisfaction"],
    Targets: ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target", "Actual"],
    Stages: ["Stage", "Probability", "ForecastCategory"],
    Payments: ["Owner", "Received", "ReceivedOn"],
  },
  required: {
    Team: ["Rep"],
    Deals: ["Owner", "Stage", "Amount"],
  },
};
