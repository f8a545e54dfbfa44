import { readSetupRecord } from "@core/setup/setupRecord";
import type { SetupState } from "@core/setup/setupState";
import type { SetupResult } from "@excel/setup/setUpWorkbook";
import {
  initialSetupWizardState,
  setupWizardReducer,
  type SetupWizardAction,
} from "@taskpane/setup/setupWizardReducer";

const empty: SetupState = { tables: [], sheets: [], names: [], tableNames: [], record: readSetupRecord({}) };
const interrupted: SetupState = {
  ...empty,
  record: {
    ...empty.record,
    sample: { seed: 1, today: 46023, customers: 300 },
    tables: { Deals: { id: "{1}", sheet: "Pipeline", complete: false } },
  },
};
const run = (actions: readonly SetupWizardAction[], from = initialSetupWizardState("en-US")) =>
  actions.reduce(setupWizardReducer, from);

describe("setupWizardReducer", () => {
  it("reads the workbook, then previews it; a failed read is shown", () => {
    expect(initialSetupWizardState("zh-CN")).toEqual({ language: "zh-CN", sample: false, step: { type: "loading" } });
    expect(run([{ type: "inspected", workbook: empty }]).step).toEqual({ type: "ready", workbook: empty });
    const failure = { kind: "busy-editing" as const, code: "InvalidOperationInCellEditMode", message: "editing" };
    expect(run([{ type: "inspectFailed", failure }]).step).toEqual({ type: "unreadable", failure });
  });

  it("keeps the choices through a re-read, and turns sample data on to finish an interrupted run", () => {
    const chosen = run([
      { type: "inspected", workbook: empty },
      { type: "languageChosen", language: "zh-CN" },
      { type: "sampleChosen", sample: true },
      { type: "inspectStarted" },
    ]);
    expect(chosen).toEqual({ language: "zh-CN", sample: true, step: { type: "loading" } });
    expect(run([{ type: "inspected", workbook: empty }]).sample).toBe(false);
    expect(run([{ type: "inspected", workbook: interrupted }]).sample).toBe(true);
  });

  it("runs with progress and keeps the result", () => {
    expect(run([{ type: "runStarted" }]).step).toEqual({ type: "running", progress: null });
    const rows = { phase: "rows" as const, done: 1, total: 2 };
    const progress = run([{ type: "runStarted" }, { type: "runProgress", progress: rows }]);
    expect(progress.step).toEqual({ type: "running", progress: rows });
    const result: SetupResult = {
      ok: true,
      value: { language: "en-US", tables: [], sample: "none", names: [], done: true },
    };
    expect(run([{ type: "runFinished", result }], progress).step).toEqual({ type: "finished", result });
  });
});
