import type { ScorecardDraft } from "@core/performance/scorecardDraft";
import type { ExcelFailure } from "@excel/excelFailure";
import type { ScorecardOutcome } from "@excel/performance/writeScorecard";

/**
 * Where the scorecard wizard is. Its fields show together on one page (period, KPIs, bands,
 * commission, preview), so the steps are those of the write: editing, asking before rows are
 * updated, writing, and the outcome, each with what it knows.
 */
export type ScorecardStep =
  | { readonly type: "editing" }
  | { readonly type: "confirming" }
  | { readonly type: "writing" }
  | { readonly type: "written"; readonly outcome: ScorecardOutcome }
  | { readonly type: "failed"; readonly failure: ExcelFailure };

export type ScorecardWizardState = {
  /** The draft as edited; null until the first edit, so the wizard follows the workbook as read. */
  readonly edited: ScorecardDraft | null;
  readonly step: ScorecardStep;
};

/** What the props of a field step share. */
export type DraftStepProps = {
  draft: ScorecardDraft;
  onChange: (change: Partial<ScorecardDraft>) => void;
};
