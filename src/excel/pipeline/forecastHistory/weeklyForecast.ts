import type { Cell } from "@core/cells/cell";
import { serialFromLocalTime } from "@core/cells/parseDate";
import { hasAutomaticSnapshot } from "@core/pipeline/forecastHistory/forecastRecords";
import { weekLabel, weekOf } from "@core/weekly/week";
import { columnIndex } from "@core/workbook/columnIndex";
import { settingKeys } from "@core/workbook/schema";
import type { ExcelResult } from "../../excelFailure";
import { runExcel } from "../../runExcel";
import type { ForecastRecordOutcome, RecordForecastOptions } from "./recordForecast";

/** The value of settingKeys.weeklyForecast when the workbook opted in. */
const ON = "on";
const OFF = "off";

/**
 * Whether the workbook opted in to the weekly automatic forecast snapshot (a workbook setting, so
 * it travels with the file and every manager opening it gets the same).
 *
 * @returns true when opted in, or the Office failure
 * @example
 * await readWeeklyForecast() //=> { ok: true, value: false }
 */
export function readWeeklyForecast(): Promise<ExcelResult<boolean>> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(settingKeys.weeklyForecast).load("value");
    await context.sync();
    return !setting.isNullObject && setting.value === ON;
  });
}

/**
 * Opts the workbook in to (or out of) the weekly automatic forecast snapshot.
 *
 * @param on - true to record the forecast on the first load of each week
 * @returns the setting as now stored, or the Office failure
 * @example
 * await writeWeeklyForecast(true) //=> { ok: true, value: true }
 */
export function writeWeeklyForecast(on: boolean): Promise<ExcelResult<boolean>> {
  return runExcel(async (context) => {
    // Off is a value too: one request either way, never a call on a setting that may not exist.
    context.workbook.settings.add(settingKeys.weeklyForecast, on ? ON : OFF);
    await context.sync();
    return on;
  });
}

/**
 * Whether the weekly automatic snapshot is due: the workbook opted in and ForecastHistory has no
 * automatic row for today's ISO week. One small request (the setting and the table's columns), and
 * one more for the Week and Automatic cells only when opted in and the table exists; nothing of
 * the Pipeline area's code is needed, so the pane's first script can ask on every start.
 *
 * @param today - today's serial (default: the machine's clock)
 * @returns true when a snapshot should be recorded now, or the Office failure
 * @example
 * await weeklyForecastDue() //=> { ok: true, value: true } on the first load of an opted-in week
 */
export function weeklyForecastDue(today = serialFromLocalTime(new Date())): Promise<ExcelResult<boolean>> {
  return runExcel(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(settingKeys.weeklyForecast).load("value");
    const table = context.workbook.tables.getItemOrNullObject("ForecastHistory").load("columns/items/name");
    await context.sync();
    if (setting.isNullObject || setting.value !== ON) return false;
    if (table.isNullObject) return true;
    const columns = columnIndex(
      "ForecastHistory",
      table.columns.items.map((column) => column.name),
    );
    if (columns.Week < 0 || columns.Automatic < 0) return true;
    const body = table.getDataBodyRange();
    const weeks = body.getColumn(columns.Week).load("values");
    const flags = body.getColumn(columns.Automatic).load("values");
    await context.sync();
    const rows = (weeks.values as Cell[][]).map((cell, i) => [cell[0], (flags.values as Cell[][])[i]?.[0] ?? null]);
    return !hasAutomaticSnapshot({ columns: { Week: 0, Automatic: 1 }, rows }, weekLabel(weekOf(today)));
  });
}

/**
 * On the pane's start: records the weekly automatic snapshot when it is due (weeklyForecastDue),
 * through `record` — the Pipeline service's, whose code is fetched only then. The recorder checks
 * the week again just before it writes, so two panes starting at once append it once.
 *
 * @param record - the Pipeline service's recordForecast
 * @param today - today's serial (default: the machine's clock)
 * @returns what was recorded (null when not due), or the Office failure
 * @example
 * await recordWeeklyForecastIfDue(excelWorkbookService.pipeline.recordForecast) //=> { ok: true, value: null }
 */
export async function recordWeeklyForecastIfDue(
  record: (options: RecordForecastOptions) => Promise<ExcelResult<ForecastRecordOutcome>>,
  today = serialFromLocalTime(new Date()),
): Promise<ExcelResult<ForecastRecordOutcome | null>> {
  const due = await weeklyForecastDue(today);
  if (!due.ok || !due.value) return due.ok ? { ok: true, value: null } : due;
  return record({ automatic: true, today });
}
