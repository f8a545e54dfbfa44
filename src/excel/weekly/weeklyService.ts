import { serialFromLocalTime } from "@core/cells/parseDate";
import { weeklyColumns } from "@core/weekly/report/weeklyColumns";
import { WEEKLY_TABLES } from "@core/weekly/report/weeklyTables";
import type { ExcelResult } from "../excelFailure";
import { readTables, type TablesData } from "../tables/readTables";

/**
 * What the Weekly area asks of the workbook (one namespaced entry of WorkbookService). Writing
 * the weekly sheet joins it as its own member.
 */
export type WeeklyService = {
  /**
   * Deals, Customers, Activities, DealHistory, Team, Targets, Stages, Cadences and KpiWeights in
   * one round trip (weeklyColumns); a table the workbook lacks is absent.
   */
  readonly read: () => Promise<ExcelResult<TablesData>>;
  /** Today's serial, from the clock of the machine running Excel (core takes it as a parameter). */
  readonly today: () => number;
};

/**
 * Reads the tables of the weekly report (see {@link WeeklyService.read}).
 *
 * @returns the tables present, or the Office failure
 * @example
 * const read = await readWeeklyTables();
 * if (read.ok) weeklyReport(read.value, lastWeek(today), null, today)
 */
export function readWeeklyTables(): Promise<ExcelResult<TablesData>> {
  return readTables(WEEKLY_TABLES, weeklyColumns);
}

/** The Weekly operations against Excel. */
export const excelWeeklyService: WeeklyService = {
  read: readWeeklyTables,
  today: () => serialFromLocalTime(new Date()),
};
