import { createContext, useContext, type ReactNode } from "react";
import type { ExcelResult } from "@excel/excelFailure";
import type { WorkbookStatus } from "@excel/workbookStatus";
import { excelWorkbookService } from "./excelWorkbookService";

/**
 * Everything the pane asks of the workbook. Components reach Excel only through this, so tests
 * inject a fake (or the emulator-backed real one) and features add their operations here.
 */
export type WorkbookService = {
  readonly readWorkbookStatus: () => Promise<ExcelResult<WorkbookStatus>>;
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
