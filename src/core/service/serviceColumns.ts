import { everyColumn, type AreaColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Service area reads: Service and ServiceLevels whole, the customers' identity,
 * owner and tier (the open form's choices, the return visit's cadence), the deals' IDs and
 * outcome (a ticket may name the deal), the Team's reps. Required: a ticket's ID, customer,
 * opening date and status, and the levels' type, priority and days.
 */
export const serviceColumns: AreaColumns = {
  read: {
    Service: everyColumn("Service"),
    ServiceLevels: everyColumn("ServiceLevels"),
    Customers: ["CustomerID", "Name", "Company", "Owner", "Tier", "Status"],
    Deals: ["DealID", "Customer", "Owner", "Stage", "Amount", "ClosedOn"],
    Stages: ["Stage", "ForecastCategory"],
    Team: ["Rep"],
  },
  required: {
    Service: ["TicketID", "Customer", "OpenedOn", "Status"],
    ServiceLevels: ["Type", "Priority", "Days"],
  },
};
