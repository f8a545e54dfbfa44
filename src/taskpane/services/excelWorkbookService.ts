import { readTables } from "@excel/tables/readTables";
import { onTablesChanged } from "@excel/tableChanges";
import { readWorkbookStatus } from "@excel/workbookStatus";
import { upgradeForecast } from "@excel/setup/upgradeForecast";
import { upgradePeriodPlans } from "@excel/setup/upgradePeriodPlans";
import { previewCollectionsUpgrade, upgradeCollections } from "@excel/setup/upgradeCollections";
import { recordingService } from "@excel/pipeline/history/dealRecording";
import { serialFromLocalTime } from "@core/cells/parseDate";
import type { ImportService } from "@excel/import/importService";
import type { GoalsService } from "@excel/goals/goalsService";
import type { SetupService } from "@excel/setup/setupService";
import type { TeamService } from "@excel/team/teamService";
import type { PerformanceService } from "@excel/performance/performanceService";
import type { PipelineService } from "@excel/pipeline/pipelineService";
import type { CustomersService } from "@excel/customers/customersService";
import type { CollectionsService } from "@excel/collections/collectionsService";
import type { WeeklyService } from "@excel/weekly/weeklyService";
import type { ServiceService } from "@excel/service/serviceService";
import type { UndoService } from "@excel/undo/undoService";
import type { WorkbookService } from "./WorkbookServiceContext";
import { deferredService } from "./deferredService";

const today = () => serialFromLocalTime(new Date());

/*
 * Each area's Excel code sits in the area's own chunk: the chunk names match those of the views in
 * src/taskpane/<area>/<area>Area.ts, so webpack bundles view and service together and opening the
 * tab fetches both at once. The Workbook area's calls and the deal recorder (which the shared
 * runtime starts with the pane) stay in the first script.
 */
const importService = deferredService<ImportService>(
  () => import(/* webpackChunkName: "area-import" */ "@excel/import/importService").then((m) => m.importService),
  { readWorkbook: true, readSelection: true, readSheet: true, write: true, writeRejected: true },
  {},
);
const setupService = deferredService<SetupService>(
  () => import(/* webpackChunkName: "area-setup" */ "@excel/setup/setupService").then((m) => m.setupService),
  { inspect: true, run: true },
  {},
);
const goalsService = deferredService<GoalsService>(
  () => import(/* webpackChunkName: "area-goals" */ "@excel/goals/goalsService").then((m) => m.goalsService),
  { read: true, writeTargets: true, writeActionPlan: true, writeGoal: true, writePreviewSheet: true },
  { today },
);
const teamService = deferredService<TeamService>(
  () => import(/* webpackChunkName: "area-team" */ "@excel/team/teamService").then((m) => m.teamService),
  { read: true, select: true },
  { today },
);
const performanceService = deferredService<PerformanceService>(
  () =>
    import(/* webpackChunkName: "area-performance" */ "@excel/performance/performanceService").then(
      (m) => m.performanceService,
    ),
  { read: true, writeScorecard: true, writeReviewSheet: true },
  {},
);
const pipelineService = deferredService<PipelineService>(
  () =>
    import(/* webpackChunkName: "area-pipeline" */ "@excel/pipeline/pipelineService").then(
      (m) => m.excelPipelineService,
    ),
  {
    read: true,
    selectDeal: true,
    writeDashboard: true,
    recordForecast: true,
    readWeeklyForecast: true,
    writeWeeklyForecast: true,
  },
  { today },
);
const customersService = deferredService<CustomersService>(
  () =>
    import(/* webpackChunkName: "area-customers" */ "@excel/customers/customersService").then(
      (m) => m.excelCustomersService,
    ),
  {
    read: true,
    logFollowUp: true,
    writeTiers: true,
    release: true,
    reassign: true,
    claim: true,
    savePoolRules: true,
    selectCustomer: true,
    selectedRow: true,
    selectedRecord: true,
    onSelectionChanged: true,
  },
  { today },
);
const collectionsService = deferredService<CollectionsService>(
  () =>
    import(/* webpackChunkName: "area-collections" */ "@excel/collections/collectionsService").then(
      (m) => m.collectionsService,
    ),
  {
    read: true,
    writeContract: true,
    recordPayment: true,
    selectPayment: true,
    recordSpreadPayment: true,
    selectedDeal: true,
    onSelectionChanged: true,
  },
  { today },
);
const weeklyService = deferredService<WeeklyService>(
  () => import(/* webpackChunkName: "area-weekly" */ "@excel/weekly/weeklyService").then((m) => m.excelWeeklyService),
  { read: true, writeSheet: true },
  { today },
);
const serviceService = deferredService<ServiceService>(
  () =>
    import(/* webpackChunkName: "area-service" */ "@excel/service/serviceService").then((m) => m.excelServiceService),
  { read: true, openTicket: true, closeTicket: true, select: true },
  { today },
);

const undoService = deferredService<UndoService>(
  () => import(/* webpackChunkName: "undo" */ "@excel/undo/undoService").then((m) => m.excelUndoService),
  { last: true, undo: true },
  {},
);

/** The workbook service of the shipped pane: each operation is a src/excel call. */
export const excelWorkbookService: WorkbookService = {
  readWorkbookStatus,
  upgradeForecast: () => upgradeForecast(),
  upgradePeriodPlans: () => upgradePeriodPlans(),
  previewCollectionsUpgrade: () => previewCollectionsUpgrade(today()),
  upgradeCollections: () => upgradeCollections(today()),
  readTables,
  onTablesChanged,
  import: importService,
  setup: setupService,
  goals: goalsService,
  team: teamService,
  performance: performanceService,
  pipeline: pipelineService,
  customers: customersService,
  collections: collectionsService,
  weekly: weeklyService,
  service: serviceService,
  recording: recordingService,
  undo: undoService,
};
