import { interruptedSetup } from "@core/setup/interruptedSetup";
import type { SetupState } from "@core/setup/setupState";
import type { WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import type { SetupProgress, SetupResult } from "@excel/setup/setUpWorkbook";
import type { SetupWizardState } from "./steps/types";

export type SetupWizardAction =
  | { readonly type: "inspectStarted" }
  | { readonly type: "inspected"; readonly workbook: SetupState }
  | { readonly type: "inspectFailed"; readonly failure: ExcelFailure }
  | { readonly type: "languageChosen"; readonly language: WorkbookLanguage }
  | { readonly type: "sampleChosen"; readonly sample: boolean }
  | { readonly type: "runStarted" }
  | { readonly type: "runProgress"; readonly progress: SetupProgress }
  | { readonly type: "runFinished"; readonly result: SetupResult };

/**
 * The Set up wizard's first state: reading the workbook, set up in the pane's language without
 * sample data.
 *
 * @param language - the pane's language
 * @returns the state before the workbook is read
 * @example
 * initialSetupWizardState("zh-CN") //=> { language: "zh-CN", sample: false, step: { type: "loading" } }
 */
export function initialSetupWizardState(language: WorkbookLanguage): SetupWizardState {
  return { language, sample: false, step: { type: "loading" } };
}

/**
 * The Set up wizard's transitions. A workbook whose set-up with sample data was interrupted
 * turns sample data on, so the run finishes it.
 *
 * @param state - where the wizard is
 * @param action - what the user chose, or what the workbook answered
 * @returns the next state
 * @example
 * setupWizardReducer(initialSetupWizardState("en-US"), { type: "runStarted" }).step //=> { type: "running", progress: null }
 */
export function setupWizardReducer(state: SetupWizardState, action: SetupWizardAction): SetupWizardState {
  switch (action.type) {
    case "inspectStarted":
      return { ...state, step: { type: "loading" } };
    case "inspected":
      return {
        ...state,
        sample: state.sample || interruptedSetup(action.workbook),
        step: { type: "ready", workbook: action.workbook },
      };
    case "inspectFailed":
      return { ...state, step: { type: "unreadable", failure: action.failure } };
    case "languageChosen":
      return { ...state, language: action.language };
    case "sampleChosen":
      return { ...state, sample: action.sample };
    case "runStarted":
      return { ...state, step: { type: "running", progress: null } };
    case "runProgress":
      return { ...state, step: { type: "running", progress: action.progress } };
    case "runFinished":
      return { ...state, step: { type: "finished", result: action.result } };
  }
}
