import { useReducer } from "react";
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
import type { GoalsData } from "@excel/goals/goalsData";
import { useWorkbookService } from "@taskpane/services/WorkbookServiceContext";
import { useWorkbookAction } from "@taskpane/shared/useWorkbookAction";
import { breakdownWizardReducer, initialBreakdownWizardState } from "./breakdownWizardReducer";
import { writePhaseOf, type BreakdownWizardState, type BuiltPlans, type WritePhase } from "./steps/types";

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
  /** Where the write of the last step is. */
  readonly write: WritePhase;
  readonly handleOpen: (step: WizardStep) => void;
  readonly handleBack: () => void;
  readonly handleNext: () => void;
  readonly handleEdit: (metric: Metric, edit: PlanEdit) => void;
  readonly handleWrite: (replace: boolean) => void;
  readonly handleCancelReplace: () => void;
};

/**
 * The breakdown wizard's state (the reducer) wired to the workbook service: the write of the
 * last step goes to the Targets table as every area's writes do (useWorkbookAction: progress,
 * then the outcome or the Excel failure), asking before rows are replaced.
 */
export function useBreakdownWizard({ data, choices, today, onWritten }: BreakdownWizardOptions): BreakdownWizard {
  const service = useWorkbookService();
  const [state, dispatch] = useReducer(breakdownWizardReducer, initialBreakdownWizardState);
  const { step } = state;
  const granularities = granularitiesOf(choices);
  const writeTargets = useWorkbookAction(({ onProgress }, built: BuiltPlans, replace: boolean) =>
    service.goals.writeTargets({
      plans: built.plans.map((b) => ({ plan: b.plan, metric: b.metric })),
      language: data.language,
      granularities,
      wonLabels: data.wonLabels,
      replace,
      onProgress,
    }),
  );

  // Leaving the write step drops the answers of a write still running there (its step is gone),
  // while the area still re-reads once it lands.
  const handleOpen = (next: WizardStep) => {
    if (next !== step.type) writeTargets.reset();
    dispatch({ type: "open", step: next, choices });
  };
  const handleBack = () => handleOpen(wizardSteps[wizardSteps.indexOf(step.type) - 1]);
  const handleNext = () => dispatch({ type: "next", choices, data, today });
  const handleEdit = (metric: Metric, edit: PlanEdit) => dispatch({ type: "edit", metric, edit });
  const handleCancelReplace = () => writeTargets.reset();

  const handleWrite = (replace: boolean) => {
    if (step.type !== "write") return;
    void writeTargets.run(step.built, replace).then((result) => {
      if (result.ok && result.value.status === "written") onWritten();
    });
  };

  return {
    state,
    problems: state.shown.includes(step.type) ? stepProblems(step.type, choices, data.reps) : [],
    history: historySummary(choices, data, today),
    plansReady: state.lastBuilt?.key === choicesKey(choices),
    granularities,
    write: step.type === "write" ? writePhaseOf(writeTargets.state) : { phase: "idle" },
    handleOpen,
    handleBack,
    handleNext,
    handleEdit,
    handleWrite,
    handleCancelReplace,
  };
}
