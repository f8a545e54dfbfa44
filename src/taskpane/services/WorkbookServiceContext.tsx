import { createContext, useContext, type ReactNode } from "react";
import type { ExcelResult } from "@excel/excelFailure";
import type { TableName } from "@core/workbook/schema";
import type { TablesData } from "@excel/tables/readTables";
import type { TableChange } from "@excel/tableChanges";
import type { Unsubscribe } from "@excel/selection";
import type { WorkbookStatus } from "@excel/workbookStatus";
import type { ForecastUpgradeOutcome } from "@excel/setup/upgradeForecast";
import type { PeriodPlanUpgradeOutcome } from "@excel/setup/upgradePeriodPlans";
import type { CollectionsUpgradeOutcome, CollectionsUpgradePreview } from "@excel/setup/upgradeCollections";
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
import type { RecordingService } from "@excel/pipeline/history/dealRecording";
import type { UndoService } from "@excel/undo/undoService";
import { excelWorkbookService } from "./excelWorkbookService";

/**
 * Everything the pane asks of the workbook. Components reach Excel only through this, so tests
 * inject a fake (or the emulator-backed real one). A feature adds its operations as one namespaced
 * entry (`readonly pipeline: PipelineService`, its type in the feature's src/excel folder) here and
 * in excelWorkbookService.ts, so features never edit each other's lines.
 */
export type WorkbookService = {
  readonly readWorkbookStatus: () => Promise<ExcelResult<WorkbookStatus>>;
  /** The Workbook area's upgrade of a Deals table set up before ForecastCategory became a formula. */
  readonly upgradeForecast: () => Promise<ExcelResult<ForecastUpgradeOutcome>>;
  /** The Workbook area's upgrade to per-period KPI plans and the Pace column (schema version 3). */
  readonly upgradePeriodPlans: () => Promise<ExcelResult<PeriodPlanUpgradeOutcome>>;
  /** What the collections upgrade (schema version 4) would write, read before it writes anything. */
  readonly previewCollectionsUpgrade: () => Promise<ExcelResult<CollectionsUpgradePreview>>;
  /** The Workbook area's upgrade moving typed Deals[Collected] amounts into Payments (schema version 4). */
  readonly upgradeCollections: () => Promise<ExcelResult<CollectionsUpgradeOutcome>>;
  /** Whole SalesGrid tables as plain data (one round trip for all of them). */
  readonly readTables: (names: readonly TableName[]) => Promise<ExcelResult<TablesData>>;
  /** Calls the handler after each change of data in the named tables, until unsubscribed (src/excel/tableChanges.ts). */
  readonly onTablesChanged: (
    tables: readonly TableName[],
    handler: (change: TableChange) => void,
  ) => Promise<ExcelResult<Unsubscribe>>;
  readonly import: ImportService;
  readonly setup: SetupService;
  readonly goals: GoalsService;
  readonly team: TeamService;
  readonly performance: PerformanceService;
  readonly pipeline: PipelineService;
  readonly customers: CustomersService;
  readonly collections: CollectionsService;
  readonly weekly: WeeklyService;
  /** The Service area (售后): tickets, service levels, open and close (src/excel/service/). */
  readonly service: ServiceService;
  /** Deal history recording (the Workbook area's switch); absent where the pane has no recorder. */
  readonly recording?: RecordingService;
  /** "Undo last SalesGrid change" (src/excel/undo/); absent where a host or test gives none. */
  readonly undo?: UndoService;
};

const WorkbookServiceContext = createContext<WorkbookService>(excelWorkbookService);

export type WorkbookServiceProviderProps = {
  service: WorkbookService;
  children: ReactNode;
};

export function WorkbookServiceProvider({ service, children }: WorkbookServiceProviderProps) {
  return <WorkbookServiceContext.Provider value={service}>{children}</WorkbookServiceContext.Provider>;
}

/** The injected workbook service; the Excel-backed one when no provider is above. */
export function useWorkbookService(): WorkbookService {
  return useContext(WorkbookServiceContext);
}
