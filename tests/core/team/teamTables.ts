import type { Cell } from "@core/cells/cell";
import type { TeamTableRows } from "@core/team/teamData";

/** A table from row objects keyed by column key (the English headers); missing keys are empty cells. */
export function tableOf(columns: readonly string[], rows: readonly Record<string, Cell>[]): TeamTableRows {
  return { headers: [...columns], rows: rows.map((row) => columns.map((column) => row[column] ?? "")) };
}

export const teamColumns = ["Rep", "Team", "Manager", "StartDate", "Capacity", "Email"];
export const dealColumns = [
  "DealID",
  "Customer",
  "Owner",
  "Stage",
  "Amount",
  "Probability",
  "Weighted",
  "Created",
  "ClosedOn",
  "Collected",
];
export const activityColumns = ["Date", "Customer", "DealID", "Owner", "Method", "Satisfaction"];
export const customerColumns = ["CustomerID", "Name", "Company", "Industry", "Region", "Owner", "Satisfaction"];
export const targetColumns = ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target", "Actual"];
export const stageColumns = ["Stage", "Order", "Probability", "ForecastCategory", "StaleDays"];
export const paymentColumns = [
  "ContractID",
  "DealID",
  "Customer",
  "Owner",
  "Installment",
  "DueDate",
  "AmountDue",
  "Received",
  "ReceivedOn",
  "Method",
  "Status",
  "Notes",
];
