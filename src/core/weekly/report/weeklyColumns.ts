import { pipelineColumns } from "@core/pipeline/pipelineColumns";
import { activityColumns } from "@core/weekly/activity/activityFacts";
import { everyColumn, mergeColumns, type MissingColumn, type TableColumns } from "@core/workbook/areaColumns";

/** The figures of a weekly block, each shown on its own line of a card. */
export type WeeklyFigureKey =
  | "newDeals"
  | "newCustomers"
  | "won"
  | "lost"
  | "stageMoves"
  | "followUps"
  | "overdue"
  | "expectedNextWeek"
  | "dueNextWeek"
  | "month"
  | "quarter";

const closedDeals = ["Owner", "Stage", "Amount", "ClosedOn"];
const workedCustomers = ["Owner", "NextContact"];

/**
 * The columns each figure of the report cannot do without: a table present without one of them
 * would count that figure as zero (a deal without Owner belongs to no rep), so the figure is not
 * shown and the column is named instead. Absent optional tables are not in here: without
 * DealHistory there are no stage moves, without Targets there is "no target".
 */
export const weeklyFigureColumns: Readonly<Record<WeeklyFigureKey, TableColumns>> = {
  newDeals: { Deals: ["Owner", "Amount", "Created"] },
  newCustomers: { Customers: ["Owner", "FirstPurchase"] },
  won: { Deals: closedDeals },
  lost: { Deals: closedDeals },
  stageMoves: { Deals: ["DealID", "Owner"], DealHistory: ["DealID", "Field", "ChangedOn"] },
  // Due = customers touched + overdue: it needs the Customer of each follow-up and the customers' NextContact.
  followUps: { Activities: [...(activityColumns.required.Activities ?? []), "Customer"], Customers: workedCustomers },
  overdue: { Customers: workedCustomers },
  expectedNextWeek: { Deals: ["Owner", "Stage", "Amount", "ExpectedClose"] },
  dueNextWeek: { Customers: workedCustomers },
  month: { Targets: ["Level", "Name", "PeriodStart", "PeriodEnd", "Target", "Attainment", "Pace"] },
  quarter: { Targets: ["Level", "Name", "PeriodStart", "PeriodEnd", "Target", "Attainment", "Pace"] },
};

/** Every column some figure of the Weekly area needs (the report's and the activity figures'). */
export const weeklyRequiredColumns: TableColumns = mergeColumns([
  ...Object.values(weeklyFigureColumns),
  activityColumns.required,
]);

/**
 * The columns the Weekly area reads: the deal facts the report counts (pipelineDeals' columns and
 * the loss reason), the Team's reps, teams and dates of joining and leaving, DealHistory, Stages
 * and Targets whole (Targets' live Actual, Attainment and Pace are the report's attainment), the
 * Customers' owner, first purchase, next contact and status (the pool), and the activity figures'
 * columns (activityColumns: the Activities' Summary holds the pool's bookkeeping markers).
 * Cadences and KpiWeights have no entry, so they are read whole.
 */
export const weeklyColumns: TableColumns = mergeColumns([
  {
    // The deals as the pipeline reads them: the report classifies them with pipelineBook.
    Deals: pipelineColumns.read.Deals,
    DealHistory: everyColumn("DealHistory"),
    Team: ["Rep", "Team", "StartDate", "EndDate"],
    Stages: everyColumn("Stages"),
    Targets: everyColumn("Targets"),
    Customers: ["Owner", "FirstPurchase", "NextContact", "Status"],
  },
  activityColumns.read,
  weeklyRequiredColumns,
]);

/**
 * The figures that need one of the missing columns: shown as unavailable rather than as zero.
 *
 * @param missing - the required columns the tables lack (missingColumnsIn over weeklyRequiredColumns)
 * @returns the figures to leave out
 * @example
 * unavailableFigures([{ table: "Deals", key: "Owner", header: "Owner" }]).has("won") //=> true
 */
export function unavailableFigures(missing: readonly MissingColumn[]): ReadonlySet<WeeklyFigureKey> {
  const lacking = new Set(missing.map((column) => `${column.table}.${column.key}`));
  const figures = new Set<WeeklyFigureKey>();
  for (const [figure, columns] of Object.entries(weeklyFigureColumns) as [WeeklyFigureKey, TableColumns][])
    for (const [table, keys] of Object.entries(columns))
      if (keys.some((key) => lacking.has(`${table}.${key}`))) figures.add(figure);
  return figures;
}
