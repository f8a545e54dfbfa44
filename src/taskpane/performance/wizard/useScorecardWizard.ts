import { useMemo, useReducer, useState } from "react";
import type { KpiBaselines } from "@core/performance/kpis";
import { existingScorecardRows } from "@core/performance/existingScorecardRows";
import { performanceLabels } from "@core/performance/performanceLabels";
import { draftPlan, followPeriodLength, initialDraft, type ScorecardDraft } from "@core/performance/scorecardDraft";
import { scorecardLines, type ScorecardLine } from "@core/performance/scorecardLines";
import { planProblems, type PlanProblem, type ScorecardPlan } from "@core/performance/scorecardPlan";
import { teamBaselines } from "@core/performance/teamBaselines";
import { toExcelFailure } from "@excel/excelFailure";
import type { PerformanceWorkbook } from "@excel/performance/readPerformance";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { initialScorecardWizardState, scorecardWizardReducer } from "./scorecardWizardReducer";
import type { ScorecardWizardState } from "./steps/types";

export type ScorecardWizardOptions = {
  /** The workbook as the area read it (none yet while reading). */
  readonly workbook: PerformanceWorkbook | undefined;
  /** The clock: the first draft is for its year and quarter. */
  readonly now: () => Date;
  /** Re-reads the workbook after a write landed. */
  readonly refresh: () => void;
};

export type ScorecardWizard = {
  readonly state: ScorecardWizardState;
  /** The draft shown: as edited, else from the workbook's tables (null before the first read). */
  readonly draft: ScorecardDraft | null;
  readonly plan: ScorecardPlan | null;
  readonly problems: readonly PlanProblem[];
  /** The preview's lines (none while the plan has problems). */
  readonly lines: readonly ScorecardLine[];
  /** Rows of the Scorecard the write would update. */
  readonly existingRows: number;
  readonly baselines: KpiBaselines;
  readonly handleDraftChange: (draft: ScorecardDraft) => void;
  readonly handleWrite: () => void;
  readonly handleConfirm: () => void;
  readonly handleCancel: () => void;
};

/**
 * The scorecard wizard's state (the reducer) wired to the workbook service: the plan, its
 * problems and preview follow the draft; Write asks before updating rows, then writes and re-reads.
 */
export function useScorecardWizard({ workbook, now, refresh }: ScorecardWizardOptions): ScorecardWizard {
  const service = useWorkbookService();
  const [state, dispatch] = useReducer(scorecardWizardReducer, initialScorecardWizardState);
  const [clock] = useState(now);

  const labels = useMemo(
    () => (workbook ? performanceLabels(workbook.language, workbook.data.deals) : null),
    [workbook],
  );
  const baselines = useMemo(() => (workbook && labels ? teamBaselines(workbook.data, labels) : {}), [workbook, labels]);
  const draft = useMemo(
    () =>
      state.edited ??
      (workbook
        ? initialDraft({ kpis: workbook.kpis, bands: workbook.bands, tiers: workbook.tiers, baselines }, clock)
        : null),
    [state.edited, workbook, baselines, clock],
  );
  const plan = useMemo(() => (draft && workbook ? draftPlan(draft, workbook.reps) : null), [draft, workbook]);
  const problems = useMemo(() => (plan ? planProblems(plan) : []), [plan]);
  const lines = useMemo(
    () => (plan && workbook && labels && problems.length === 0 ? scorecardLines(workbook.data, plan, labels) : []),
    [plan, workbook, labels, problems],
  );
  const existingRows = useMemo(
    () => (plan && workbook ? existingScorecardRows(plan, workbook.scorecard, workbook.language) : 0),
    [plan, workbook],
  );

  const handleConfirm = () => {
    if (!plan) return;
    dispatch({ type: "writeStarted" });
    service.performance
      .writeScorecard(plan)
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        dispatch(
          result.ok ? { type: "writeLanded", outcome: result.value } : { type: "writeFailed", failure: result.error },
        );
        if (result.ok && result.value.kind === "written") refresh();
      });
  };

  return {
    state,
    draft,
    plan,
    problems,
    lines,
    existingRows,
    baselines,
    handleDraftChange: (next) =>
      dispatch({
        type: "edited",
        draft: draft && workbook ? followPeriodLength(draft, next, { kpis: workbook.kpis, baselines }) : next,
      }),
    handleWrite: () => (existingRows > 0 ? dispatch({ type: "confirmAsked" }) : handleConfirm()),
    handleConfirm,
    handleCancel: () => dispatch({ type: "cancelled" }),
  };
}
