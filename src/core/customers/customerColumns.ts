import { everyColumn, type AreaColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Customers area reads: Customers and Activities whole (the profile shows every
 * field; follow-ups show every field), the deal columns of a customer's deals and history, the
 * Team's reps and the Stages' outcomes, and a profile's service tickets. Required: a customer's ID, company and owner (the list,
 * the "mine" filter and the pool all key on them) and, in Activities, the date and customer
 * (follow-ups due and last contact).
 */
export const customerColumns: AreaColumns = {
  read: {
    Customers: everyColumn("Customers"),
    Deals: [
      "DealID",
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "Created",
      "ExpectedClose",
      "ClosedOn",
      "ForecastCategory",
    ],
    Activities: everyColumn("Activities"),
    Team: ["Rep", "Team", "Email"],
    Stages: ["Stage", "ForecastCategory"],
    Service: [
      "TicketID",
      "Customer",
      "OpenedOn",
      "Type",
      "Priority",
      "Status",
      "ResolvedOn",
      "Satisfaction",
      "Summary",
    ],
  },
  required: {
    Customers: ["CustomerID", "Company", "Owner"],
    Activities: ["Date", "Customer"],
  },
};
