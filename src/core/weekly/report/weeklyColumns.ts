import { everyColumn, type TableColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Weekly area reads: the deal facts the report counts (pipelineDeals' columns and
 * the loss reason), the Team's reps, teams and dates of joining and leaving, and DealHistory,
 * Stages and Targets whole (Targets' live Actual, Attainment and Pace are the report's
 * attainment). Customers, Activities, Cadences and KpiWeights have no entry, so they are read
 * whole: the follow-up figures read their pool markers, methods and cadences.
 */
export const weeklyColumns: TableColumns = {
  Deals: [
    "DealID",
    "Customer",
    "Owner",
    "Stage",
    "Amount",
    "Probability",
    "Created",
    "ExpectedClose",
    "ClosedOn",
    "StageSince",
    "LastActivity",
    "ForecastCategory",
    "LostAt",
    "LostReason",
  ],
  DealHistory: everyColumn("DealHistory"),
  Team: ["Rep", "Team", "StartDate", "EndDate"],
  Stages: everyColumn("Stages"),
  Targets: everyColumn("Targets"),
};
