import { planSetup, type SetupRequest } from "@core/setup/planSetup";
import { readSetupRecord } from "@core/setup/setupRecord";
import type { FoundSetupTable, SetupState } from "@core/setup/setupState";
import { setupTableNames } from "@core/setup/setupTables";
import { tableHeaders, type TableName } from "@core/workbook/schema";

const empty: SetupState = {
  tables: [],
  sheets: [{ name: "Sheet1", lastUsedColumn: null }],
  names: [],
  tableNames: [],
  record: readSetupRecord({}),
};

const request: SetupRequest = { language: "en-US", sample: true, today: 45_000 };

function existing(table: TableName, overrides: Partial<FoundSetupTable> = {}): FoundSetupTable {
  const headers = tableHeaders(table, "en-US");
  return {
    table,
    workbookName: table,
    id: `id-${table}`,
    sheet: table,
    headerRow: 0,
    firstColumn: 0,
    headers,
    rowCount: 1,
    lastRowFirstCell: "",
    ...overrides,
  };
}

describe("planSetup", () => {
  it("creates every table in an empty workbook, Cadences beside Stages on the setup sheet", () => {
    const plan = planSetup(empty, { ...request, language: "zh-CN" });
    expect(plan.tables.map((t) => t.action)).toEqual(setupTableNames.map(() => "create"));
    const [stages, cadences, customers] = plan.tables;
    expect(stages).toMatchObject({ sheet: "设置", newSheet: true, firstColumn: 0, rows: "fixed" });
    expect(cadences).toMatchObject({ sheet: "设置", firstColumn: 6, rows: "fixed" });
    expect(customers).toMatchObject({
      sheet: "客户档案",
      rows: "sample",
      headers: tableHeaders("Customers", "zh-CN"),
    });
    expect(plan.tables.find((t) => t.table === "Targets")).toMatchObject({ rows: "none" });
    // ServiceLevels is the third table of the setup sheet: right of Cadences, one blank column between.
    expect(plan.tables.find((t) => t.table === "ServiceLevels")).toMatchObject({
      sheet: "设置",
      firstColumn: 9,
      rows: "fixed",
      headers: ["工单类型", "优先级", "处理时限天数"],
    });
    expect(plan.sample).toEqual({ kind: "write", resume: false, record: { seed: 1, today: 45_000, customers: 300 } });
    expect(plan.names.map((n) => n.refersTo)).toEqual(["=Stages[阶段]", "=Stages[停滞天数]", "=Team[销售代表]"]);
    expect(plan.language).toBe("zh-CN");
    expect(plan.languageLocked).toBe(false);
    expect(plan.hasWork).toBe(true);
  });

  it("keeps what exists, lists its missing columns and adds only the rest", () => {
    const deals = existing("Deals", { headers: ["DealID", "Amount", "My column"], rowCount: 12 });
    const state: SetupState = {
      ...empty,
      tables: [deals],
      sheets: [...empty.sheets, { name: "Pipeline", lastUsedColumn: 2 }],
    };
    const plan = planSetup(state, { ...request, sample: false });
    const dealsPlan = plan.tables.find((t) => t.table === "Deals");
    expect(dealsPlan).toMatchObject({ action: "keep" });
    expect(dealsPlan?.action === "keep" && dealsPlan.missingColumns).toContain("Probability");
    expect(plan.tables.filter((t) => t.action === "create")).toHaveLength(setupTableNames.length - 1);
    expect(plan.sample).toEqual({ kind: "none" });
  });

  it("places a new table right of a sheet's values, never over them", () => {
    const state: SetupState = { ...empty, sheets: [{ name: "customers", lastUsedColumn: 3 }] };
    const plan = planSetup(state, request);
    expect(plan.tables.find((t) => t.table === "Customers")).toMatchObject({
      sheet: "customers",
      newSheet: false,
      firstColumn: 5,
    });
  });

  it("refuses sample data when the workbook holds data tables", () => {
    const plan = planSetup({ ...empty, tables: [existing("Team")] }, request);
    expect(plan.sample).toEqual({ kind: "unavailable", tables: ["Team"] });
    expect(plan.tables.find((t) => t.table === "Customers")).toMatchObject({ action: "create", rows: "none" });
  });

  it("keeps the language of a workbook set up before, recorded or read from its headers", () => {
    const recorded = planSetup({ ...empty, record: readSetupRecord({ "salesgrid.language": "zh-CN" }) }, request);
    expect(recorded).toMatchObject({ language: "zh-CN", languageLocked: true });
    const zhTeam = existing("Team", { headers: tableHeaders("Team", "zh-CN") });
    expect(planSetup({ ...empty, tables: [zhTeam] }, request)).toMatchObject({
      language: "zh-CN",
      languageLocked: true,
    });
  });

  it("completes the tables an interrupted run left, resuming its sample", () => {
    const record = readSetupRecord({
      "salesgrid.tables": {
        Deals: { id: "", sheet: "Pipeline", complete: false },
        Team: { id: "9", sheet: "Team", complete: true },
      },
      "salesgrid.sample": { seed: 7, today: 44_000, customers: 50 },
    });
    const state: SetupState = { ...empty, record, tables: [existing("Deals"), existing("Team", { id: "9" })] };
    const plan = planSetup(state, request);
    // Team holds real rows, so no sample rows go anywhere; Deals is still completed.
    expect(plan.tables.find((t) => t.table === "Deals")).toMatchObject({ action: "complete", sample: false });
    expect(plan.tables.find((t) => t.table === "Team")).toMatchObject({ action: "keep" });
    expect(plan.sample).toEqual({ kind: "unavailable", tables: ["Team"] });
    const onlyDeals = planSetup({ ...state, tables: [existing("Deals")] }, request);
    expect(onlyDeals.sample).toEqual({
      kind: "write",
      resume: true,
      record: { seed: 7, today: 44_000, customers: 50 },
    });
  });

  it("skips a table whose name a workbook name already holds", () => {
    const plan = planSetup({ ...empty, names: ["deals"] }, request);
    expect(plan.tables.find((t) => t.table === "Deals")).toEqual({
      action: "skip",
      table: "Deals",
      reason: "name-taken",
    });
    expect(plan.written.Deals).toBeUndefined();
  });

  it("has nothing to do when everything exists", () => {
    const all = setupTableNames.map((table) => existing(table));
    const plan = planSetup(
      { ...empty, tables: all, names: ["SalesGrid_Stages", "SalesGrid_StaleDays", "SalesGrid_Reps"] },
      { ...request, sample: false },
    );
    expect(plan.tables.every((t) => t.action === "keep")).toBe(true);
    expect(plan.hasWork).toBe(false);
    expect(plan.names).toEqual([]);
  });
});
