import { useReducer, useRef } from "react";
import type { PlanEdit } from "@core/goals/breakdown/applyEdit";
import { historySummary, type HistorySummary } from "@core/goals/breakdown/buildPlans";
import type { Granularity } from "@core/goals/breakdown/fiscalPeriods";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import {
  choicesKey,
  granularitiesOf,
  stepProblems,
  wizardSteps,
  type ChoiceProblem,
  type WizardChoices,
  type WizardStep,
} from "@core/goals/breakdown/wizardChoices";
import { toExcelFailure } from "@excel/excelFailure";
import type { GoalsData } from "@excel/goals/goalsData";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { breakdownWizardReducer, initialBreakdownWizardState } from "./breakdownWizardReducer";
import type { BreakdownWizardState } from "./steps/types";

export type BreakdownWizardOptions = {
  readonly data: GoalsData;
  /** The Goals area's choices (the SMART card reads them too). */
  readonly choices: WizardChoices;
  readonly today: number;
  /** Called after a write landed, so the area re-reads the workbook. */
  readonly onWritten: () => void;
};

export type BreakdownWizard = {
  readonly state: BreakdownWizardState;
  /** The problems shown on the open step (only once Next was refused there). */
  readonly problems: readonly ChoiceProblem[];
  /** Complete months of won-deal history before the plan year, and what "last year" means. */
  readonly history: HistorySummary;
  /** Whether plans built from the current choices exist (the preview and write tabs open). */
  readonly plansReady: boolean;
  readonly granularities: readonly Granularity[];
  readonly handleOpen: (step: WizardStep) => void;
  readonly handleBack: () => void;
  readonly handleNext: () => void;
  readonly handleEdit: (metric: Metric, edit: PlanEdit) => void;
  readonly handleWrite: (replace: boolean) => void;
  readonly handleCancelReplace: () => void;
};

/**
 * The breakdown wizard's state (the reducer) wired to the workbook service: the write of the
 * last step goes to the Targets table with progress, asking before rows are replaced.
 */
export function useBreakdownWizard({ data, choices, today, onWritten }: BreakdownWizardOptions): BreakdownWizard {
  const service = useWorkbookService();
  const [state, dispatch] = useReducer(breakdownWizardReducer, initialBreakdownWizardState);
  // Leaving the write step drops the answers of a write still running there (its step is gone),
  // while the area still re-reads once it lands.
  const run = useRef(0);
  const { step } = state;
  const granularities = granularitiesOf(choices);

  const handleOpen = (next: WizardStep) => {
    if (next !== step.type) run.current += 1;
    dispatch({ type: "open", step: next, choices });
  };
  const handleBack = () => handleOpen(wizardSteps[wizardSteps.indexOf(step.type) - 1]);
  const handleNext = () => dispatch({ type: "next", choices, data, today });
  const handleEdit = (metric: Metric, edit: PlanEdit) => dispatch({ type: "edit", metric, edit });
  const handleCancelReplace = () => dispatch({ type: "writeCancelled" });

  const handleWrite = (replace: boolean) => {
    if (step.type !== "write") return;
    const id = ++run.current;
    const current = () => id === run.current;
    dispatch({ type: "writeStarted" });
    service.goals
      .writeTargets({
        plans: step.built.plans.map((b) => ({ plan: b.plan, metric: b.metric })),
        language: data.language,
        granularities,
        wonLabels: data.wonLabels,
        replace,
        onProgress: (progress) => current() && dispatch({ type: "writeProgress", progress }),
      })
      .catch((error: unknown) => ({ ok: false as const, error: toExcelFailure(error) }))
      .then((result) => {
        if (!result.ok) return current() && dispatch({ type: "writeFailed", failure: result.error });
        if (result.value.status === "needs-confirmation")
          return current() && dispatch({ type: "writeNeedsConfirmation", replacing: result.value.replacing });
        if (current()) dispatch({ type: "writeDone", outcome: result.value });
        onWritten();
      });
  };

  return {
    state,
    problems: state.shown.includes(step.type) ? stepProblems(step.type, choices, data.reps) : [],
    history: historySummary(choices, data, today),
    plansReady: state.lastBuilt?.key === choicesKey(choices),
    granularities,
    handleOpen,
    handleBack,
    handleNext,
    handleEdit,
    handleWrite,
    handleCancelReplace,
  };
}
