import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import type { Week } from "@core/weekly/week";
import type { TablesData } from "../tables/readTables";
import { readWeeklyTables } from "./readWeeklyTables";
import { writeWeeklySheet, type WeeklySheetOutcome } from "./writeWeeklySheet";

/** What the Weekly area asks of the workbook (one namespaced entry of WorkbookService). */
export type WeeklyService = {
  /**
   * Deals, Customers, Activities, DealHistory, Team, Targets, Stages, Cadences and KpiWeights in
   * one round trip (weeklyColumns); a table the workbook lacks is absent.
   */
  readonly read: () => Promise<ExcelResult<TablesData>>;
  /** Today's serial, from the clock of the machine running Excel (core takes it as a parameter). */
  readonly today: () => number;
  /**
   * Writes the week's sheet for everyone (team null) or a team; "exists" unless `replace`, which
   * the pane passes after the manager confirms (see writeWeeklySheet).
   */
  readonly writeSheet: (options: {
    readonly week: Week;
    readonly team: string | null;
    readonly replace: boolean;
  }) => Promise<ExcelResult<WeeklySheetOutcome>>;
};

/** The Weekly operations against Excel. */
export const excelWeeklyService: WeeklyService = {
  read: readWeeklyTables,
  today: () => serialFromLocalTime(new Date()),
  writeSheet: (options) => writeWeeklySheet(options),
};
