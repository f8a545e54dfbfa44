import { everyColumn, type AreaColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Goals area reads: won deals by owner and month, the Team's reps, their start and end dates and capacity,
 * activity and customer baselines, and the Targets, ActionPlan and Goals tables whole (it writes
 * them back). Required: a deal's Owner, Stage, Amount and ClosedOn (the monthly history targets
 * are split from) and the Team's Rep (without it "no reps yet").
 */
export const goalsColumns: AreaColumns = {
  read: {
    Deals: ["Owner", "Stage", "Amount", "Created", "ClosedOn", "Collected"],
    Team: ["Rep", "Team", "StartDate", "EndDate", "Capacity"],
    Targets: everyColumn("Targets"),
    ActionPlan: everyColumn("ActionPlan"),
    Goals: everyColumn("Goals"),
    Activities: ["Date", "Owner", "Summary"],
    Customers: ["Name", "Company", "Owner", "FirstPurchase", "Status"],
  },
  required: {
    Deals: ["Owner", "Stage", "Amount", "ClosedOn"],
    Team: ["Rep"],
  },
};
