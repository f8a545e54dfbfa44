import type { SalesError } from "@core/errors";
import type { BuiltPlan } from "@core/goals/breakdown/buildPlans";
import type { DroppedLock } from "@core/goals/breakdown/carryLocks";
import type { ChoiceProblem, WizardChoices, WizardStep } from "@core/goals/breakdown/wizardChoices";
import type { ExcelFailure } from "@excel/excelFailure";
import type { TargetsWriteOutcome } from "@excel/goals/writeTargets";
import type { WriteProgress } from "@excel/write/writeInChunks";
import type { WorkbookActionState } from "@taskpane/shared/useWorkbookAction";

/** The steps where the manager types and picks; their choices live in the Goals area, shared with the SMART card. */
export type ChoiceStepType = Exclude<WizardStep, "preview" | "write">;

/** Plans built from one set of choices (`key`), as edited, with the last edit the plan refused. */
export type BuiltPlans = {
  readonly key: string;
  readonly plans: readonly BuiltPlan[];
  readonly editError: SalesError | null;
  /** Locks of the plans built before that these could not keep (see carryLocks), and why. */
  readonly dropped: readonly DroppedLock[];
};

/** A write that landed. */
export type TargetsWritten = Extract<TargetsWriteOutcome, { status: "written" }>;

/** Where the write of the last step is. */
export type WritePhase =
  | { readonly phase: "idle" }
  | { readonly phase: "writing"; readonly progress: WriteProgress | null }
  | { readonly phase: "confirm"; readonly replacing: number }
  | { readonly phase: "done"; readonly outcome: TargetsWritten }
  | { readonly phase: "failed"; readonly failure: ExcelFailure };

/**
 * The write step's phase from the state of its workbook action (useWorkbookAction): an answer
 * that rows would be replaced asks first.
 *
 * @param action - the state of the Targets write
 * @returns the phase the write step shows
 *
 * @example
 * writePhaseOf({ status: "done", value: { status: "needs-confirmation", replacing: 12, sheet: "Targets" } }) //=> { phase: "confirm", replacing: 12 }
 */
export function writePhaseOf(action: WorkbookActionState<TargetsWriteOutcome>): WritePhase {
  switch (action.status) {
    case "idle":
      return { phase: "idle" };
    case "running":
      return { phase: "writing", progress: action.progress ?? null };
    case "failed":
      return { phase: "failed", failure: action.failure };
    case "done":
      return action.value.status === "needs-confirmation"
        ? { phase: "confirm", replacing: action.value.replacing }
        : { phase: "done", outcome: action.value };
  }
}

/** The step open, with what is valid there: plans from the preview on (the write's phase is the hook's, see writePhaseOf). */
export type BreakdownStep =
  | { readonly type: ChoiceStepType }
  | { readonly type: "preview"; readonly built: BuiltPlans }
  | { readonly type: "write"; readonly built: BuiltPlans };

export type BreakdownWizardState = {
  readonly step: BreakdownStep;
  /** The index of the furthest step opened: tabs up to it can be chosen. */
  readonly reached: number;
  /** Steps whose problems show, because Next was refused there. */
  readonly shown: readonly WizardStep[];
  /** The last plans built, kept while the manager goes back, so their edits survive unless a choice changes. */
  readonly lastBuilt: BuiltPlans | null;
  /** Why the plans could not be built (a missing capacity, say). */
  readonly buildError: SalesError | null;
};

/** What the props of a choice step share. */
export type StepProps = {
  choices: WizardChoices;
  problems: readonly ChoiceProblem[];
  onChange: (patch: Partial<WizardChoices>) => void;
};
