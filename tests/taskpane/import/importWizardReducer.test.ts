import type { ImportSource } from "@core/import/importSource";
import { ADD_STAGE } from "@core/import/stageChoices";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders } from "@core/workbook/schema";
import type { ExcelFailure } from "@excel/excelFailure";
import type { ImportWorkbook } from "@excel/import/readImportWorkbook";
import type { ImportOutcome } from "@excel/import/writeImport";
import { importWizardReducer, initialImportWizardState, isPlannedStep } from "@taskpane/import/importWizardReducer";
import type { ImportWizardAction, ImportWizardState } from "@taskpane/import/steps/types";

const stagesHeaders = tableHeaders("Stages", "en-US");
const workbook: ImportWorkbook = {
  language: "en-US",
  tables: {
    Stages: {
      name: "Stages",
      sheet: "Stages",
      address: "A1:E3",
      headerRow: 0,
      firstColumn: 0,
      headers: stagesHeaders,
      columns: columnIndex("Stages", stagesHeaders),
      rows: [
        ["Proposal", 3, 0.5, "Best case", 21],
        ["Won", 6, 1, "Closed", ""],
      ],
    },
  },
  sheets: ["Sheet1", "Stages"],
  cadences: false,
  textColumns: {},
  pending: null,
};
const failure: ExcelFailure = { kind: "office", code: "X", message: "no" };
const deals: ImportSource = {
  kind: "selection",
  name: "Sheet1!A1:E3",
  sheet: "Sheet1",
  values: [
    ["Pipeline export"],
    ["Opportunity Name", "Account Name", "Stage", "Amount", "Remark"],
    ["Big one", "Acme", "Closed Won", "12,000", "x"],
    ["Small one", "Contoso", "Pilot", "300", ""],
  ],
  top: 0,
  left: 0,
};
const outcome: ImportOutcome = {
  mode: "new-sheet",
  sheet: "Deals",
  table: "Deals",
  done: 2,
  total: 2,
  resumedFrom: 0,
  cancelled: false,
};

/** Runs actions from a state, freezing every state on the way so a mutation throws. */
function run(state: ImportWizardState, ...actions: ImportWizardAction[]): ImportWizardState {
  return actions.reduce((current, action) => importWizardReducer(deepFreeze(current), action), state);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const ready = run(initialImportWizardState, { type: "workbookRead", result: { ok: true, value: workbook } });
const mapping = run(ready, { type: "sourceRead", result: { ok: true, value: deals } });
const review = run(mapping, { type: "checked", language: "en-US" });

function stepOf<T extends ImportWizardState["step"]["type"]>(state: ImportWizardState, type: T) {
  expect(state.step.type).toBe(type);
  return state.step as Extract<ImportWizardState["step"], { type: T }>;
}

describe("importWizardReducer: the workbook and the source", () => {
  it("opens at the source step, reading the workbook", () => {
    expect(initialImportWizardState).toEqual({ loading: true, busy: false, step: { type: "source" } });
    expect(ready).toEqual({ loading: false, busy: false, workbook, step: { type: "source" } });
  });

  it("keeps the workbook it has when a re-read fails, and shows the failure", () => {
    const state = run(ready, { type: "workbookRequested" });
    expect(state.busy).toBe(true);
    expect(run(state, { type: "workbookRead", result: { ok: false, error: failure } })).toEqual({
      loading: false,
      busy: false,
      workbook,
      failure,
      step: { type: "source" },
    });
  });

  it("reads a source: busy meanwhile, then the proposed header row, target and mapping", () => {
    const reading = run(
      ready,
      { type: "workbookRead", result: { ok: false, error: failure } },
      { type: "sourceRequested" },
    );
    expect(reading).toMatchObject({ busy: true, failure: undefined });
    const state = run(reading, { type: "sourceRead", result: { ok: true, value: deals } });
    expect(state.busy).toBe(false);
    expect(state.failure).toBeUndefined();
    expect(stepOf(state, "mapping")).toEqual({
      type: "mapping",
      source: deals,
      choices: { headerRow: 1, target: "Deals", mapping: [null, "Customer", "Stage", "Amount", null] },
    });
  });

  it("stays at the source step when the read fails", () => {
    const state = run(
      ready,
      { type: "sourceRequested" },
      { type: "sourceRead", result: { ok: false, error: failure } },
    );
    expect(state).toMatchObject({ busy: false, failure, step: { type: "source" } });
  });

  it("proposes a CSV file's mapping the same way", () => {
    const csv = { ...deals, kind: "csv" as const, name: "deals.csv", encoding: "utf-8" as const };
    expect(stepOf(run(ready, { type: "csvRead", source: csv }), "mapping").choices.target).toBe("Deals");
  });
});

describe("importWizardReducer: the columns", () => {
  it("proposes the mapping again for another header row or target", () => {
    const row = stepOf(run(mapping, { type: "headerRowChosen", row: 2 }), "mapping");
    expect(row.choices).toMatchObject({ headerRow: 2, target: "Deals" });
    expect(row.choices.mapping).toHaveLength(5);
    const target = stepOf(run(mapping, { type: "targetChosen", target: "Customers" }), "mapping");
    expect(target.choices).toMatchObject({ headerRow: 1, target: "Customers" });
    expect(target.choices.mapping[1]).toBe("Company");
  });

  it("sends a column where the user says, freeing that target column elsewhere", () => {
    const state = run(mapping, { type: "columnChosen", index: 4, key: "Customer" });
    expect(stepOf(state, "mapping").choices.mapping).toEqual([null, null, "Stage", "Amount", "Customer"]);
  });

  it("ignores choices of another step", () => {
    expect(run(review, { type: "columnChosen", index: 0, key: "Name" })).toBe(review);
    expect(run(mapping, { type: "confirmed", confirmed: true })).toBe(mapping);
    expect(run(ready, { type: "checked", language: "en-US" })).toBe(ready);
  });

  it("goes back to the source", () => {
    expect(run(mapping, { type: "back" }).step).toEqual({ type: "source" });
  });
});

describe("importWizardReducer: the review", () => {
  it("proposes a choice for each stage the workbook does not know, nothing confirmed", () => {
    expect(stepOf(review, "review").review).toEqual({
      stageChoices: { "Closed Won": "Won", Pilot: ADD_STAGE },
      confirmed: false,
      replacePending: false,
    });
  });

  it("has no stage choices for other tables, or without the workbook", () => {
    const customers = run(
      mapping,
      { type: "targetChosen", target: "Customers" },
      { type: "checked", language: "en-US" },
    );
    expect(stepOf(customers, "review").review.stageChoices).toEqual({});
    const unread = run(
      initialImportWizardState,
      { type: "sourceRead", result: { ok: true, value: deals } },
      { type: "checked", language: "en-US" },
    );
    expect(stepOf(unread, "review").review.stageChoices).toEqual({});
  });

  it("records the stage choices, the confirmation and the agreement to replace", () => {
    const state = run(
      review,
      { type: "stageChosen", stage: "Pilot", choice: "Proposal" },
      { type: "confirmed", confirmed: true },
      { type: "replaceChosen", replace: true },
    );
    expect(stepOf(state, "review").review).toEqual({
      stageChoices: { "Closed Won": "Won", Pilot: "Proposal" },
      confirmed: true,
      replacePending: true,
    });
  });

  it("asks again for the confirmation when the mode changes, and keeps the mode through a step back", () => {
    const state = run(review, { type: "confirmed", confirmed: true }, { type: "modeChosen", mode: "in-place" });
    expect(stepOf(state, "review")).toMatchObject({ choices: { mode: "in-place" }, review: { confirmed: false } });
    const back = run(state, { type: "back" });
    expect(stepOf(back, "mapping").choices.mode).toBe("in-place");
    const again = run(back, { type: "confirmed", confirmed: true }, { type: "checked", language: "en-US" });
    expect(stepOf(again, "review")).toMatchObject({ choices: { mode: "in-place" }, review: { confirmed: false } });
  });

  it("is a planned step, as writing and the result are", () => {
    expect(isPlannedStep(review.step)).toBe(true);
    expect(isPlannedStep(mapping.step)).toBe(false);
  });
});

describe("importWizardReducer: writing and the result", () => {
  const writing = run(review, { type: "writeStarted", total: 2 });

  it("writes with progress, keeping what was chosen", () => {
    const step = stepOf(run(writing, { type: "progressed", progress: { done: 1, total: 2 } }), "writing");
    expect(step.progress).toEqual({ done: 1, total: 2 });
    expect(step.choices).toBe(stepOf(review, "review").choices);
    expect(step.review).toBe(stepOf(review, "review").review);
    expect(stepOf(writing, "writing").progress).toEqual({ done: 0, total: 2 });
  });

  it("ends with what the write did, or why it failed", () => {
    const done = stepOf(run(writing, { type: "writeEnded", result: { ok: true, value: outcome } }), "result");
    expect(done.outcome).toEqual(outcome);
    expect(done.writeFailure).toBeUndefined();
    const failed = stepOf(run(writing, { type: "writeEnded", result: { ok: false, error: failure } }), "result");
    expect(failed.writeFailure).toEqual(failure);
    expect(failed.outcome).toBeUndefined();
  });

  it("finishes an unfinished import from the result with the same choices", () => {
    const failed = run(writing, { type: "writeEnded", result: { ok: false, error: failure } });
    const again = stepOf(run(failed, { type: "writeStarted", total: 2 }), "writing");
    expect(again.choices).toBe(stepOf(review, "review").choices);
    expect(again.progress).toEqual({ done: 0, total: 2 });
  });

  it("ignores progress outside the write and a write started elsewhere", () => {
    expect(run(review, { type: "progressed", progress: { done: 1, total: 2 } })).toBe(review);
    expect(run(mapping, { type: "writeStarted", total: 2 })).toBe(mapping);
    expect(run(review, { type: "writeEnded", result: { ok: true, value: outcome } })).toBe(review);
  });

  it("starts again at the source, re-reading the workbook", () => {
    const done = run(writing, { type: "writeEnded", result: { ok: true, value: outcome } });
    expect(run(done, { type: "restarted" })).toEqual({
      loading: true,
      busy: false,
      workbook,
      step: { type: "source" },
    });
  });
});

describe("importWizardReducer: the duplicates step", () => {
  const dealsHeaders = tableHeaders("Deals", "en-US");
  const withDeals: ImportWorkbook = {
    ...workbook,
    tables: {
      ...workbook.tables,
      Deals: {
        name: "Deals",
        sheet: "Pipeline",
        address: "A1:S2",
        headerRow: 0,
        firstColumn: 0,
        headers: dealsHeaders,
        columns: columnIndex("Deals", dealsHeaders),
        rows: [dealsHeaders.map((_, i) => (i === 0 ? "D-0001" : ""))],
      },
    },
  };
  const read = (book: ImportWorkbook) =>
    run(
      initialImportWizardState,
      { type: "workbookRead", result: { ok: true, value: book } },
      { type: "sourceRead", result: { ok: true, value: deals } },
      { type: "checked", language: "en-US" },
    );

  it("comes between the columns and the review when the target table has rows, skipping by default", () => {
    const state = read(withDeals);
    const step = stepOf(state, "duplicates");
    expect(isPlannedStep(step)).toBe(true);
    expect(step.review.match).toEqual({ policy: "skip", key: "row" });
    const chosen = run(
      state,
      { type: "duplicatePolicyChosen", policy: "update" },
      { type: "matchKeyChosen", key: "id" },
      { type: "duplicatesSettled" },
    );
    expect(stepOf(chosen, "review").review.match).toEqual({ policy: "update", key: "id" });
    const back = run(chosen, { type: "back" });
    expect(stepOf(back, "duplicates").review.match).toEqual({ policy: "update", key: "id" });
    expect(stepOf(run(back, { type: "back" }), "mapping")).toBeDefined();
  });

  it("is left out when there is no table (or no row) to match against", () => {
    const state = read(workbook);
    expect(stepOf(state, "review").review.match).toBeUndefined();
    expect(run(state, { type: "duplicatePolicyChosen", policy: "add" })).toEqual(state);
  });
});
