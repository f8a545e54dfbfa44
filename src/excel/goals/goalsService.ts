import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import { readGoalsData, type GoalsData } from "./goalsData";
import { writePreviewSheet, type PreviewSheetOutcome, type PreviewSheetWrite } from "./writePreviewSheet";
import { writeGoal, type GoalWrite, type GoalWriteOutcome } from "./writeGoal";
import { writeActionPlan, type ActionPlanWrite, type ActionPlanWriteOutcome } from "./writeActionPlan";
import { writeTargets, type TargetsWrite, type TargetsWriteOutcome } from "./writeTargets";

/** What the Goals area asks of the workbook (one namespaced entry of WorkbookService). */
export type GoalsService = {
  readonly read: () => Promise<ExcelResult<GoalsData>>;
  readonly writeTargets: (request: TargetsWrite) => Promise<ExcelResult<TargetsWriteOutcome>>;
  readonly writeActionPlan: (request: ActionPlanWrite) => Promise<ExcelResult<ActionPlanWriteOutcome>>;
  /** One SMART goal with its KPI targets, to the Goals table (keyed by GoalID). */
  readonly writeGoal: (request: GoalWrite) => Promise<ExcelResult<GoalWriteOutcome>>;
  /** The breakdown wizard's full preview grid, to a sheet of its own. */
  readonly writePreviewSheet: (request: PreviewSheetWrite) => Promise<ExcelResult<PreviewSheetOutcome>>;
  /** Today as an Excel serial, from the machine's clock (core takes it as a parameter). */
  readonly today: () => number;
};

/** The Goals operations of the shipped pane. */
export const goalsService: GoalsService = {
  read: readGoalsData,
  writeTargets,
  writeActionPlan,
  writeGoal,
  writePreviewSheet,
  today: () => serialFromLocalTime(new Date()),
};
