import { everyColumn, type AreaColumns, type TableColumns } from "@core/workbook/areaColumns";

/**
 * The columns the Pipeline area reads: the deal columns its views and filters use, the whole
 * Stages table, the Team's rep and team, the Targets' period lines and the Activities' deal and
 * date (a deal's last activity), the whole DealHistory (the process review) when the workbook
 * records it, and the whole ForecastHistory (the forecast call). Required: a deal's Stage and Amount (every figure sums amounts
 * by stage) and the Stages' name and probability (the weighting).
 */
export const pipelineColumns: AreaColumns = {
  read: {
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
    Stages: everyColumn("Stages"),
    Team: ["Rep", "Team"],
    Targets: ["Period", "PeriodStart", "PeriodEnd", "Level", "Name", "Metric", "Target"],
    Activities: ["Date", "DealID"],
    DealHistory: everyColumn("DealHistory"),
    ForecastHistory: everyColumn("ForecastHistory"),
  },
  required: {
    Deals: ["Stage", "Amount"],
    Stages: ["Stage", "Probability"],
  },
};

/**
 * The columns the pipeline dashboard's formulas name: it refuses to write without them, naming
 * the first missing ones the way the area does.
 */
export const dashboardRequiredColumns: TableColumns = {
  Deals: ["Stage", "Amount", "Created", "ExpectedClose", "ClosedOn", "ForecastCategory"],
  Stages: ["Stage", "Probability"],
};
