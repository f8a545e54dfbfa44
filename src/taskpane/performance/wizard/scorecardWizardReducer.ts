import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import type { ExcelFailure } from "@excel/excelFailure";
import type { ScorecardOutcome } from "@excel/performance/writeScorecard";
import type { ScorecardWizardState } from "./steps/types";

export type ScorecardWizardAction =
  | { readonly type: "edited"; readonly draft: ScorecardDraft }
  /** Write was pressed with rows of the Scorecard to update: ask first. */
  | { readonly type: "confirmAsked" }
  | { readonly type: "writeStarted" }
  | { readonly type: "writeLanded"; readonly outcome: ScorecardOutcome }
  | { readonly type: "writeFailed"; readonly failure: ExcelFailure }
  | { readonly type: "cancelled" };

export const initialScorecardWizardState: ScorecardWizardState = { edited: null, step: { type: "editing" } };

/**
 * The scorecard wizard's transitions. An edit while the wizard asks withdraws the question (the
 * rows it counted may have changed); an outcome stays shown through later edits.
 *
 * @param state - where the wizard is
 * @param action - what the manager did, or what the write answered
 * @returns the next state
 * @example
 * scorecardWizardReducer({ edited: null, step: { type: "confirming" } }, { type: "cancelled" }).step //=> { type: "editing" }
 */
export function scorecardWizardReducer(
  state: ScorecardWizardState,
  action: ScorecardWizardAction,
): ScorecardWizardState {
  switch (action.type) {
    case "edited":
      return {
        edited: action.draft,
        step: state.step.type === "confirming" ? { type: "editing" } : state.step,
      };
    case "confirmAsked":
      return { ...state, step: { type: "confirming" } };
    case "writeStarted":
      return { ...state, step: { type: "writing" } };
    case "writeLanded":
      return { ...state, step: { type: "written", outcome: action.outcome } };
    case "writeFailed":
      return { ...state, step: { type: "failed", failure: action.failure } };
    case "cancelled":
      return { ...state, step: { type: "editing" } };
  }
}
