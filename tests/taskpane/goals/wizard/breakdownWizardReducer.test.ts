import { initialChoices, type WizardChoices } from "@core/goals/breakdown/wizardChoices";
import type { BreakdownData } from "@core/goals/breakdown/buildPlans";
import {
  breakdownWizardReducer,
  initialBreakdownWizardState,
  type BreakdownWizardAction,
} from "@taskpane/goals/wizard/breakdownWizardReducer";
import { writePhaseOf, type BreakdownWizardState } from "@taskpane/goals/wizard/steps/types";
import { TODAY, sampleGoalsData } from "../goalsFixture";

const data: BreakdownData = sampleGoalsData();
const choices: WizardChoices = { ...initialChoices(2026), annualTarget: "1200000" };
const next = (c: WizardChoices = choices): BreakdownWizardAction => ({ type: "next", choices: c, data, today: TODAY });

const run = (actions: readonly BreakdownWizardAction[], from = initialBreakdownWizardState) =>
  actions.reduce(breakdownWizardReducer, from);

/** Through target, metric, time and people into the preview. */
const atPreview = () => run([next(), next(), next(), next()]);

function plansOf(state: BreakdownWizardState) {
  if (state.step.type !== "preview" && state.step.type !== "write") throw new Error(`no plans at ${state.step.type}`);
  return state.step.built;
}

describe("breakdownWizardReducer", () => {
  it("refuses Next on a step with problems and marks them shown, once", () => {
    const refused = run([next({ ...choices, annualTarget: "" })]);
    expect(refused.step).toEqual({ type: "target" });
    expect(refused.shown).toEqual(["target"]);
    expect(breakdownWizardReducer(refused, next({ ...choices, annualTarget: "" }))).toBe(refused);
  });

  it("walks the choice steps and builds the plans on the way into the preview", () => {
    const state = atPreview();
    expect(state.step.type).toBe("preview");
    expect(state.reached).toBe(4);
    const built = plansOf(state);
    expect(built.plans.map((b) => b.metric)).toEqual(["signed"]);
    expect(built.plans[0].plan.total).toBe(1_200_000);
    expect(state.lastBuilt).toBe(built);
    expect(state.buildError).toBeNull();
  });

  it("keeps the built plans when going back and returns to them while the choices stay", () => {
    const preview = atPreview();
    const back = breakdownWizardReducer(preview, { type: "open", step: "people", choices });
    expect(back.step).toEqual({ type: "people" });
    expect(back.reached).toBe(4);
    const again = breakdownWizardReducer(back, { type: "open", step: "preview", choices });
    expect(plansOf(again)).toBe(plansOf(preview));
    expect(breakdownWizardReducer(back, next()).step).toEqual(again.step);
  });

  it("does not open the preview with plans of other choices, and rebuilds them on Next", () => {
    const back = run([{ type: "open", step: "people", choices }], atPreview());
    const changed = { ...choices, annualTarget: "600000" };
    expect(breakdownWizardReducer(back, { type: "open", step: "preview", choices: changed })).toBe(back);
    expect(plansOf(breakdownWizardReducer(back, next(changed))).plans[0].plan.total).toBe(600_000);
  });

  it("leaves the state as it is when the open step is chosen again", () => {
    const preview = atPreview();
    expect(breakdownWizardReducer(preview, { type: "open", step: "preview", choices })).toBe(preview);
  });

  it("applies an edit in the preview, and keeps the plan with the reason when the edit is refused", () => {
    const preview = atPreview();
    const plan = plansOf(preview).plans[0].plan;
    const period = plan.months[0].key;
    const locked = breakdownWizardReducer(preview, {
      type: "edit",
      metric: "signed",
      edit: { period, rep: "Li", value: 0, lock: true },
    });
    expect(plansOf(locked).plans[0].plan.locked[0]).toContain(true);
    expect(plansOf(locked).editError).toBeNull();
    expect(locked.lastBuilt).toBe(plansOf(locked));

    const refused = breakdownWizardReducer(locked, {
      type: "edit",
      metric: "signed",
      edit: { period, rep: "Li", value: 99_999_999, lock: true },
    });
    expect(plansOf(refused).plans).toBe(plansOf(locked).plans);
    expect(plansOf(refused).editError?.code).toBeDefined();
  });

  it("records a plan that cannot be built and stays on the step", () => {
    const noCapacity = sampleGoalsData();
    const reps = noCapacity.reps.map((rep) => ({ ...rep, capacity: null }));
    const state = run([
      next(),
      next(),
      next(),
      { type: "next", choices, data: { deals: noCapacity.deals, reps }, today: TODAY },
    ]);
    expect(state.step).toEqual({ type: "people" });
    expect(state.buildError?.code).toBe("planMissingCapacity");
    expect(run([next()], state).buildError).toBeNull();
  });

  it("opens the write step with the plans, and ignores Next on the last step", () => {
    const preview = atPreview();
    const write = run([next()], preview);
    expect(write.step).toMatchObject({ type: "write" });
    expect(plansOf(write)).toBe(plansOf(preview));
    expect(breakdownWizardReducer(write, next())).toBe(write);
  });
});

describe("writePhaseOf", () => {
  it("follows the write on the last step: writing, asking, written or failed, idle again after Cancel", () => {
    expect(writePhaseOf({ status: "idle" })).toEqual({ phase: "idle" });
    expect(writePhaseOf({ status: "running" })).toEqual({ phase: "writing", progress: null });
    const progress = { done: 1, total: 3 };
    expect(writePhaseOf({ status: "running", progress })).toEqual({ phase: "writing", progress });
    expect(
      writePhaseOf({ status: "done", value: { status: "needs-confirmation", replacing: 102, sheet: "Targets" } }),
    ).toEqual({ phase: "confirm", replacing: 102 });
    const outcome = {
      status: "written" as const,
      sheet: "Targets",
      added: 102,
      replaced: 0,
      created: true,
      charts: [],
      cancelled: false,
    };
    expect(writePhaseOf({ status: "done", value: outcome })).toEqual({ phase: "done", outcome });
    const failure = { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "editing" };
    expect(writePhaseOf({ status: "failed", failure })).toEqual({ phase: "failed", failure });
  });
});
