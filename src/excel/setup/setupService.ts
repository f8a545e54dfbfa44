import type { SetupState } from "@core/setup/setupState";
import type { SetupRequest } from "@core/setup/planSetup";
import type { ExcelResult } from "../excelFailure";
import { inspectSetup } from "./readSetupState";
import { setUpWorkbook, type SetupResult, type SetupRunOptions } from "./setUpWorkbook";

/** The Set up area's workbook operations (one namespaced entry of the pane's WorkbookService). */
export type SetupService = {
  /** What the workbook holds, for the preview (the pane plans with planSetup). */
  readonly inspect: () => Promise<ExcelResult<SetupState>>;
  /** Sets the workbook up; re-plans from the workbook as it is at that moment. */
  readonly run: (request: SetupRequest, options?: SetupRunOptions) => Promise<SetupResult>;
};

export const setupService: SetupService = {
  inspect: inspectSetup,
  run: setUpWorkbook,
};
