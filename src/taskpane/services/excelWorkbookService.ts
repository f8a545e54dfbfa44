import { readTables } from "@excel/tables/readTables";
import { onTablesChanged } from "@excel/tableChanges";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { importService } from "@excel/import/importService";
import { goalsService } from "@excel/goals/goalsService";
import { setupService } from "@excel/setup/setupService";
import { upgradeForecast } from "@excel/setup/upgradeForecast";
import { upgradePeriodPlans } from "@excel/setup/upgradePeriodPlans";
import { teamService } from "@excel/team/teamService";
import { performanceService } from "@excel/performance/performanceService";
import { excelPipelineService } from "@excel/pipeline/pipelineService";
import { excelCustomersService } from "@excel/customers/customersService";
import { recordingService } from "@excel/pipeline/history/dealRecording";
import type { WorkbookService } from "./WorkbookServiceContext";

/** The workbook service of the shipped pane: each operation is a src/excel call. */
export const excelWorkbookService: WorkbookService = {
  readWorkbookStatus,
  upgradeForecast: () => upgradeForecast(),
  upgradePeriodPlans: () => upgradePeriodPlans(),
  readTables,
  onTablesChanged,
  import: importService,
  setup: setupService,
  goals: goalsService,
  team: teamService,
  performance: performanceService,
  pipeline: excelPipelineService,
  customers: excelCustomersService,
  recording: recordingService,
};
