import { actionSteps, type ReadStep } from "@core/goals/actionPlan/actionSteps";
import type { WrittenHeaders } from "@core/goals/breakdown/actualFormula";
import { activityRows, customerRows, dealRows, teamReps } from "@core/goals/breakdown/goalTableRows";
import { headerLanguage } from "@core/workbook/headerLanguage";
import type { ActivityRow, CustomerRow, DayRange } from "@core/goals/breakdown/kpiBaselines";
import { tableCell, type TableCells } from "@core/goals/breakdown/tableCell";
import type { DealRow } from "@core/goals/breakdown/monthlyHistory";
import type { RepInput } from "@core/goals/breakdown/plan";
import { wonLabelsIn } from "@core/goals/breakdown/wonLabelsIn";
import { goalsColumns } from "@core/goals/goalsColumns";
import { readGoals, type ReadGoal } from "@core/goals/savedGoals";
import type { MissingColumn } from "@core/workbook/areaColumns";
import { missingColumnsIn } from "@core/workbook/missingColumnsIn";
import type { TableName, WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { readTables, type TablesData } from "../tables/readTables";

/** The tables the Goals area reads. */
export const goalsTables: readonly TableName[] = [
  "Deals",
  "Team",
  "Targets",
  "ActionPlan",
  "Activities",
  "Customers",
  "Goals",
];

/** What the Goals area knows of the workbook: its tables as core rows. */
export type GoalsData = {
  /** The workbook's language, from the header rows of its tables (Deals first). */
  readonly language: WorkbookLanguage;
  readonly present: Readonly<Record<"Deals" | "Team" | "Targets" | "ActionPlan" | "Goals", boolean>>;
  readonly deals: readonly DealRow[];
  readonly reps: readonly RepInput[];
  readonly activities: readonly ActivityRow[];
  readonly customers: readonly CustomerRow[];
  /** The won stage labels written in Deals, for the Actual formulas. */
  readonly wonLabels: readonly string[];
  /** The steps of the ActionPlan table, with their rows. */
  readonly steps: readonly ReadStep[];
  /** The goals saved in the Goals table (none when the workbook has no such table yet). */
  readonly goals: readonly ReadGoal[];
  /** Header rows as written (Deals, Targets), for formulas naming them. */
  readonly written: WrittenHeaders;
  /** Data rows in the Targets table now. */
  readonly targetRowCount: number;
  /** The Targets table as read (for who is behind pace), absent when the workbook has none. */
  readonly targets?: TableCells;
  /** PeriodStart and PeriodEnd of the Targets rows that have both (for the wizard's default year). */
  readonly targetPeriods: readonly DayRange[];
  /** Required columns the tables lack (goalsColumns): the area names them instead of its figures. */
  readonly missingColumns?: readonly MissingColumn[];
};

const empty = { headers: [] as string[], rows: [] };

/**
 * The Goals area's data from tables as read (pure; see readGoalsData for the workbook call). A
 * table the workbook lacks reads as empty.
 *
 * @example
 * goalsDataFromTables({ Team: team }).reps //=> [{ name: "王芳", team: "华东", capacity: 1.2 }, …]
 */
export function goalsDataFromTables(tables: TablesData): GoalsData {
  const languageFrom = tables.Deals ?? tables.Team ?? tables.Targets ?? tables.ActionPlan;
  const language = languageFrom ? headerLanguage(languageFrom.name, languageFrom.headers) : "en-US";
  const deals = dealRows(tables.Deals ?? empty);
  const written: WrittenHeaders = {
    ...(tables.Deals ? { Deals: tables.Deals.headers } : {}),
    ...(tables.Targets ? { Targets: tables.Targets.headers } : {}),
  };
  const missingColumns = missingColumnsIn(goalsColumns.required, tables);
  const targets = tables.Targets;
  const at = targets ? tableCell("Targets", targets) : null;
  const targetPeriods: DayRange[] = [];
  for (const row of targets?.rows ?? []) {
    const start = at?.date(row, "PeriodStart") ?? null;
    const end = at?.date(row, "PeriodEnd") ?? null;
    if (start !== null && end !== null) targetPeriods.push({ start, end });
  }
  return {
    language,
    present: {
      Deals: Boolean(tables.Deals),
      Team: Boolean(tables.Team),
      Targets: Boolean(tables.Targets),
      ActionPlan: Boolean(tables.ActionPlan),
      Goals: Boolean(tables.Goals),
    },
    deals,
    reps: teamReps(tables.Team ?? empty),
    activities: activityRows(tables.Activities ?? empty),
    customers: customerRows(tables.Customers ?? empty),
    wonLabels: wonLabelsIn(deals, language),
    steps: actionSteps(tables.ActionPlan ?? empty),
    goals: readGoals(tables.Goals ?? empty),
    written,
    targetRowCount: tables.Targets?.rows.length ?? 0,
    targetPeriods,
    ...(targets ? { targets: { headers: targets.headers, rows: targets.rows } } : {}),
    ...(missingColumns.length > 0 ? { missingColumns } : {}),
  };
}

/**
 * Reads what the Goals area needs with readTables: only its columns (goalsColumns), paged by bytes.
 *
 * @returns the data, or the Office failure
 * @example
 * const read = await readGoalsData();
 * if (read.ok) read.value.reps.length //=> 8
 */
export async function readGoalsData(): Promise<ExcelResult<GoalsData>> {
  const read = await readTables(goalsTables, goalsColumns.read);
  return read.ok ? { ok: true, value: goalsDataFromTables(read.value) } : read;
}
