import { isSalesError } from "@core/errors";
import { applyEdit, type PlanEdit } from "@core/goals/breakdown/applyEdit";
import { buildPlans, type BreakdownData, type BuiltPlan } from "@core/goals/breakdown/buildPlans";
import { carryLocks, type DroppedLock } from "@core/goals/breakdown/carryLocks";
import type { Metric } from "@core/goals/breakdown/monthlyHistory";
import {
  choicesKey,
  stepProblems,
  wizardSteps,
  type WizardChoices,
  type WizardStep,
} from "@core/goals/breakdown/wizardChoices";
import type { BreakdownStep, BreakdownWizardState, BuiltPlans } from "./steps/types";

export type BreakdownWizardAction =
  /** A step tab or Back: opens a step already reached (preview and write only with plans of these choices). */
  | { readonly type: "open"; readonly step: WizardStep; readonly choices: WizardChoices }
  /** Next: validates the step, builds the plans on the way into the preview, opens the next step. */
  | {
      readonly type: "next";
      readonly choices: WizardChoices;
      readonly data: BreakdownData;
      readonly today: number;
    }
  | { readonly type: "edit"; readonly metric: Metric; readonly edit: PlanEdit };

export const initialBreakdownWizardState: BreakdownWizardState = {
  step: { type: "target" },
  reached: 0,
  shown: [],
  lastBuilt: null,
  buildError: null,
};

/** The step of a name, or null for the preview and write without plans. */
function stepOf(type: WizardStep, built: BuiltPlans | null): BreakdownStep | null {
  if (type === "preview") return built && { type, built };
  if (type === "write") return built && { type, built };
  return { type };
}

function opened(state: BreakdownWizardState, step: BreakdownStep): BreakdownWizardState {
  return { ...state, step, reached: Math.max(state.reached, wizardSteps.indexOf(step.type)) };
}

function built(state: BreakdownWizardState, choices: WizardChoices): BuiltPlans | null {
  return state.lastBuilt?.key === choicesKey(choices) ? state.lastBuilt : null;
}

/**
 * Plans freshly built from changed choices, with the locks of the plans built before carried over
 * metric by metric (carryLocks): going back a step and changing the total or a split keeps the
 * figures the manager typed where they still fit, and lists the ones dropped.
 */
function withLocksOf(before: BuiltPlans | null, key: string, made: readonly BuiltPlan[]): BuiltPlans {
  const dropped: DroppedLock[] = [];
  const plans = made.map((b) => {
    const old = before?.plans.find((o) => o.metric === b.metric);
    if (!old) return b;
    const carried = carryLocks(old.plan, b.plan);
    for (const lock of carried.dropped) dropped.push(lock);
    return { ...b, plan: carried.plan };
  });
  return { key, plans, editError: null, dropped };
}

/**
 * The breakdown wizard's transitions: pure, so every path through the steps is tested without
 * the pane.
 *
 * @param state - where the wizard is
 * @param action - what the manager did
 * @returns the next state (the same object when nothing changes)
 * @example
 * breakdownWizardReducer(initialBreakdownWizardState, { type: "next", choices, data, today }).step //=> { type: "metric" }
 */
export function breakdownWizardReducer(
  state: BreakdownWizardState,
  action: BreakdownWizardAction,
): BreakdownWizardState {
  switch (action.type) {
    case "open": {
      if (action.step === state.step.type) return state;
      const step = stepOf(action.step, built(state, action.choices));
      return step ? opened(state, step) : state;
    }
    case "next": {
      const current = state.step.type;
      if (stepProblems(current, action.choices, action.data.reps).length > 0)
        return state.shown.includes(current) ? state : { ...state, shown: [...state.shown, current] };
      const next = wizardSteps[wizardSteps.indexOf(current) + 1];
      if (next === undefined) return state;
      let plans = built(state, action.choices);
      if (next === "preview" && !plans) {
        const made = buildPlans(action.choices, action.data, action.today);
        if (isSalesError(made)) return { ...state, buildError: made };
        plans = withLocksOf(state.lastBuilt, choicesKey(action.choices), made);
      }
      const step = stepOf(next, plans);
      if (!step) return state;
      return { ...opened(state, step), lastBuilt: plans ?? state.lastBuilt, buildError: null };
    }
    case "edit": {
      if (state.step.type !== "preview") return state;
      const current = state.step.built;
      const target = current.plans.find((b) => b.metric === action.metric);
      if (!target) return state;
      const edited = applyEdit(target.plan, action.edit);
      const next: BuiltPlans = isSalesError(edited)
        ? { ...current, editError: edited }
        : { ...current, editError: null, plans: current.plans.map((b) => (b === target ? { ...b, plan: edited } : b)) };
      return { ...state, step: { type: "preview", built: next }, lastBuilt: next };
    }
  }
}
