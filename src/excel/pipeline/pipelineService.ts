import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import type { TablesData } from "../tables/readTables";
import { readPipelineTables } from "./readPipelineTables";
import { selectDealRow, type SelectedDeal } from "./selectDealRow";
import { writePipelineDashboard, type DashboardOutcome } from "./writePipelineDashboard";
import {
  recordForecast,
  type ForecastRecordOutcome,
  type RecordForecastOptions,
} from "./forecastHistory/recordForecast";
import { readWeeklyForecast, writeWeeklyForecast } from "./forecastHistory/weeklyForecast";

/** What the Pipeline area asks of the workbook (one entry of WorkbookService). */
export type PipelineService = {
  /** Deals, Stages, Team, Targets, Activities, DealHistory and ForecastHistory in one round trip. */
  readonly read: () => Promise<ExcelResult<TablesData>>;
  /** Today's serial, from the clock of the machine running Excel. */
  readonly today: () => number;
  readonly selectDeal: (dealId: string, row: number) => Promise<ExcelResult<SelectedDeal | null>>;
  readonly writeDashboard: (options: { replace: boolean }) => Promise<ExcelResult<DashboardOutcome>>;
  /** Appends one ForecastHistory row per rep (an automatic one at most once a week). */
  readonly recordForecast: (options: RecordForecastOptions) => Promise<ExcelResult<ForecastRecordOutcome>>;
  /** Whether the workbook opted in to the weekly automatic snapshot. */
  readonly readWeeklyForecast: () => Promise<ExcelResult<boolean>>;
  readonly writeWeeklyForecast: (on: boolean) => Promise<ExcelResult<boolean>>;
};

/** The Pipeline operations against Excel. */
export const excelPipelineService: PipelineService = {
  read: readPipelineTables,
  today: () => serialFromLocalTime(new Date()),
  selectDeal: selectDealRow,
  writeDashboard: writePipelineDashboard,
  recordForecast,
  readWeeklyForecast,
  writeWeeklyForecast,
};
