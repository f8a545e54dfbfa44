import { weeklyColumns } from "@core/weekly/report/weeklyColumns";
import { WEEKLY_TABLES } from "@core/weekly/report/weeklyTables";
import type { ExcelResult } from "../excelFailure";
import { readTables, type TablesData } from "../tables/readTables";

/**
 * Reads the tables of the weekly report in one round trip: those of WEEKLY_TABLES the workbook has,
 * with the columns of weeklyColumns (the Weekly area's read, and the weekly sheet's).
 *
 * @returns the tables present, or the Office failure
 * @example
 * const read = await readWeeklyTables();
 * if (read.ok) weeklyReport(read.value, lastWeek(today), null, today)
 */
export function readWeeklyTables(): Promise<ExcelResult<TablesData>> {
  return readTables(WEEKLY_TABLES, weeklyColumns);
}
