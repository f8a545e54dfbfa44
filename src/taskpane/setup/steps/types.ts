import type { SetupState } from "@core/setup/setupState";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import type { SetupProgress, SetupResult } from "@excel/setup/setUpWorkbook";

/** Where the Set up area is: reading the workbook, previewing, writing, or showing the outcome. */
export type SetupStep =
  | { readonly type: "loading" }
  | { readonly type: "unreadable"; readonly failure: ExcelFailure }
  | { readonly type: "ready"; readonly workbook: SetupState }
  | { readonly type: "running"; readonly progress: SetupProgress | null }
  | { readonly type: "finished"; readonly result: SetupResult };

export type SetupWizardState = {
  /** The language the tables are set up in; kept through a re-read. */
  readonly language: WorkbookLanguage;
  /** Whether sample data is written; kept through a re-read. */
  readonly sample: boolean;
  readonly step: SetupStep;
};
