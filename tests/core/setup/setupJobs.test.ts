import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import type { TablePlan } from "@core/setup/planSetup";
import { initialOutcome, plannedRows, recordedBeforeWriting } from "@core/setup/setupJobs";
import type { FoundSetupTable } from "@core/setup/setupState";
import { sampleRows } from "@core/setup/tableRows";
import { tableHeaders, type TableName } from "@core/workbook/schema";

function found(table: TableName, overrides: Partial<FoundSetupTable> = {}): FoundSetupTable {
  return {
    table,
    workbookName: table,
    id: `id-${table}`,
    sheet: table,
    headerRow: 0,
    firstColumn: 0,
    headers: tableHeaders(table, "en-US"),
    rowCount: 1,
    lastRowFirstCell: "",
    ...overrides,
  };
}

const create = (table: TableName, rows: "fixed" | "sample" | "none"): TablePlan => ({
  action: "create",
  table,
  sheet: table,
  newSheet: true,
  headerRow: 0,
  firstColumn: 0,
  headers: tableHeaders(table, "en-US"),
  rows,
});

const sample = generateSampleWorkbook({ seed: 1, today: 45657, customers: 20, language: "en" });

describe("set-up jobs", () => {
  it("writes fixed rows with the table, sample rows first with it and the rest in chunks", () => {
    expect(plannedRows(create("Cadences", "fixed"), "en-US", null)).toEqual({
      initial: [
        ["A", 14],
        ["B", 30],
        ["C", 90],
      ],
      rest: [],
      resumable: true,
    });
    const team = plannedRows(create("Team", "sample"), "en-US", sample);
    expect(team.initial).toHaveLength(1);
    expect([...team.initial, ...team.rest]).toEqual(sampleRows("Team", sample));
    expect(plannedRows(create("Targets", "none"), "en-US", sample)).toEqual({ initial: [], rest: [], resumable: true });
  });

  it("resumes an interrupted table after its rows, or not at all when they no longer match", () => {
    const all = sampleRows("Team", sample);
    const resumed = plannedRows(
      {
        action: "complete",
        table: "Team",
        existing: found("Team", { rowCount: 3, lastRowFirstCell: all[2][0] }),
        sample: true,
      },
      "en-US",
      sample,
    );
    expect(resumed).toEqual({ initial: [], rest: all.slice(3), resumable: true });
    const lost = plannedRows(
      {
        action: "complete",
        table: "Team",
        existing: found("Team", { rowCount: 3, lastRowFirstCell: "someone else" }),
        sample: true,
      },
      "en-US",
      sample,
    );
    expect(lost).toEqual({ initial: [], rest: [], resumable: false });
  });

  it("reports each action before writing and records kept and completed tables", () => {
    const plans: TablePlan[] = [
      create("Stages", "fixed"),
      { action: "complete", table: "Team", existing: found("Team"), sample: false },
      { action: "keep", table: "Deals", existing: found("Deals"), missingColumns: ["NextStep"] },
      { action: "skip", table: "Targets", reason: "name-taken" },
    ];
    expect(plans.map((plan) => [initialOutcome(plan).action, initialOutcome(plan).finished])).toEqual([
      ["not-written", false],
      ["completed", false],
      ["kept", true],
      ["skipped", true],
    ]);
    expect(initialOutcome(plans[2]).missingColumns).toEqual(["NextStep"]);
    expect(recordedBeforeWriting(plans)).toEqual({
      Team: { id: "id-Team", sheet: "Team", complete: false },
      Deals: { id: "id-Deals", sheet: "Deals", complete: true },
    });
  });
});
