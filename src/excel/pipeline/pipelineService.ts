import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ExcelResult } from "../excelFailure";
import type { TablesData } from "../tables/readTables";
import { readPipelineTables } from "./readPipelineTables";
import { selectDealRow, type SelectedDeal } from "./selectDealRow";
import { writePipelineDashboard, type DashboardOutcome } from "./writePipelineDashboard";

/** What the Pipeline area asks of the workbook (one entry of WorkbookService). */
export type PipelineService = {
  /** Deals, Stages, Team, Targets, Activities and DealHistory in one round trip. */
  readonly read: () => Promise<ExcelResult<TablesData>>;
  /** Today's serial, from the clock of the machine running Excel. */
  readonly today: () => number;
  readonly selectDeal: (dealId: string, row: number) => Promise<ExcelResult<SelectedDeal | null>>;
  readonly writeDashboard: (options: { replace: boolean }) => Promise<ExcelResult<DashboardOutcome>>;
};

/** The Pipeline operations against Excel. */
export const excelPipelineService: PipelineService = {
  read: readPipelineTables,
  today: () => serialFromLocalTime(new Date()),
  selectDeal: selectDealRow,
  writeDashboard: writePipelineDashboard,
};
