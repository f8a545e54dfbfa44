import { noKpiPlans } from "@core/performance/kpiPlans";
import { initialDraft } from "@core/performance/scorecardDraft";
import {
  initialScorecardWizardState,
  scorecardWizardReducer,
  type ScorecardWizardAction,
} from "@taskpane/performance/wizard/scorecardWizardReducer";
import { kpis } from "../../../core/performance/performanceFixture";

const draft = initialDraft(
  { kpis: { ...noKpiPlans, quarter: kpis }, bands: null, tiers: null, baselines: {} },
  new Date(2026, 1, 15),
);
const run = (actions: readonly ScorecardWizardAction[], from = initialScorecardWizardState) =>
  actions.reduce(scorecardWizardReducer, from);
const outcome = { kind: "written" as const, sheet: "Scorecard", added: 3, updated: 0, notWritten: [] };

describe("scorecardWizardReducer", () => {
  it("follows the workbook until the first edit, then holds the draft as edited", () => {
    expect(initialScorecardWizardState).toEqual({ edited: null, step: { type: "editing" } });
    expect(run([{ type: "edited", draft }]).edited).toBe(draft);
  });

  it("asks before updating rows; an edit or Cancel withdraws the question", () => {
    const asking = run([{ type: "confirmAsked" }]);
    expect(asking.step).toEqual({ type: "confirming" });
    expect(run([{ type: "cancelled" }], asking).step).toEqual({ type: "editing" });
    expect(run([{ type: "edited", draft }], asking).step).toEqual({ type: "editing" });
  });

  it("writes, then keeps the outcome shown through later edits", () => {
    expect(run([{ type: "writeStarted" }]).step).toEqual({ type: "writing" });
    const written = run([{ type: "writeStarted" }, { type: "writeLanded", outcome }]);
    expect(written.step).toEqual({ type: "written", outcome });
    expect(run([{ type: "edited", draft }], written).step).toEqual({ type: "written", outcome });
  });

  it("holds a failed write's failure", () => {
    const failure = { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "editing" };
    expect(run([{ type: "writeStarted" }, { type: "writeFailed", failure }]).step).toEqual({ type: "failed", failure });
  });
});
