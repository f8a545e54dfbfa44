import { createEmulator, type Emulator, type SalesFunctionsSource } from "@workbench/emulator/index";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { serialFromDate } from "@core/cells/parseDate";
import { buildPlan } from "@core/goals/breakdown/buildPlan";
import type { PlanScope } from "@core/goals/breakdown/plan";
import { isSalesError } from "@core/errors";
import { tableHeaders, type WorkbookLanguage } from "@core/workbook/schema";
import { readTables } from "@excel/tables/readTables";
import { readGoalsData } from "@excel/goals/goalsData";
import { chartName, writeTargets, type TargetsWrite } from "@excel/goals/writeTargets";
import { placeRows, unguardTextColumns } from "@excel/goals/placeRows";
import { readLastChange, undoLastChange } from "@excel/undo/undoLastChange";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { deleteTableRow, editsBetweenSyncs, insertTableRow, reversed, sortTableRows } from "../rowsMoved";

let functions: SalesFunctionsSource;
let emulator: Emulator;

beforeAll(async () => {
  functions = await loadSalesFunctionsFromSource();
}, 120_000);

const d = (y: number, m: number, day: number) => serialFromDate(y, m, day);

/** A Deals and a Team table in the language's headers (only the columns these tests read filled). */
async function setUp(language: WorkbookLanguage): Promise<void> {
  const won = language === "zh-CN" ? "赢单" : "Won";
  const deals = tableHeaders("Deals", language);
  const at = (key: string) =>
    [
      "DealID",
      "Customer",
      "Owner",
      "Stage",
      "Amount",
      "Probability",
      "Weighted",
      "Created",
      "ExpectedClose",
      "ClosedOn",
      "StageSince",
      "LastActivity",
      "ForecastCategory",
      "ForecastOverride",
      "Collected",
    ].indexOf(key);
  const deal = (
    id: string,
    owner: string,
    stage: string,
    amount: number,
    closed: number | "",
    collected: number | "",
  ) => {
    const row: (string | number)[] = deals.map(() => "");
    row[at("DealID")] = id;
    row[at("Owner")] = owner;
    row[at("Stage")] = stage;
    row[at("Amount")] = amount;
    row[at("ClosedOn")] = closed;
    row[at("Collected")] = collected;
    return row;
  };
  const dealRows = [
    deal("D1", "Li", won, 1000, d(2025, 3, 10), 800),
    deal("D2", "Wang", won, 2000, d(2025, 3, 20), 2000),
    deal("D3", "Li", won, 500, d(2026, 1, 15), 500),
    deal("D4", "Wang", "Proposal", 7000, "", ""),
  ];
  const team = [
    tableHeaders("Team", language),
    ["Li", "North", "", "", "", 2, ""],
    ["Wang", "North", "", "", "", 1, ""],
    ["Zhao", "South", "", "", "", 1, ""],
  ];
  await Excel.run(async (context) => {
    const dealSheet = context.workbook.worksheets.add(language === "zh-CN" ? "销售管道" : "Pipeline");
    const values = [deals, ...dealRows];
    dealSheet.getRangeByIndexes(0, 0, values.length, deals.length).values = values;
    dealSheet.tables.add(dealSheet.getRangeByIndexes(0, 0, values.length, deals.length), true).name = "Deals";
    const teamSheet = context.workbook.worksheets.add(language === "zh-CN" ? "销售团队" : "Team");
    teamSheet.getRangeByIndexes(0, 0, team.length, team[0].length).values = team;
    teamSheet.tables.add(teamSheet.getRangeByIndexes(0, 0, team.length, team[0].length), true).name = "Team";
    await context.sync();
  });
}

async function request(
  language: WorkbookLanguage,
  annualTarget = 12_000,
  scope: PlanScope = { kind: "year" },
): Promise<TargetsWrite> {
  const data = await readGoalsData();
  if (!data.ok) throw new Error(data.error.message);
  const plan = buildPlan({
    fiscalYear: 2025,
    startMonth: 1,
    annualTarget,
    scope,
    timeSplit: { method: "equal" },
    peopleSplit: { method: "capacity" },
    reps: data.value.reps,
  });
  if (isSalesError(plan)) throw new Error(plan.message);
  expect(data.value.language).toBe(language);
  return {
    plans: [{ plan, metric: "signed" }],
    language,
    granularities:
      scope.kind === "year"
        ? ["year", "quarter", "month"]
        : scope.kind === "quarter"
          ? ["quarter", "month"]
          : ["month"],
    wonLabels: data.value.wonLabels,
    replace: false,
  };
}

async function targets() {
  const read = await readTables(["Targets"]);
  if (!read.ok || !read.value.Targets) throw new Error("no Targets table");
  return read.value.Targets;
}

describe.each(emulatorProfiles)("writeTargets (emulator, real SALES functions, $name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  it("creates the Targets table with values and live formulas, a chart, and Actual follows a deal closing", async () => {
    await setUp("en-US");
    const req = await request("en-US");
    const before = emulator.stats.syncs;
    const written = await writeTargets(req);
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toMatchObject({ status: "written", sheet: "Targets", created: true, replaced: 0 });
    // readTables (list, read, close) + write (sheets, rows, charts, formats, close)
    expect(emulator.stats.syncs - before).toBe(8);

    const table = await targets();
    expect(table.headers).toEqual(tableHeaders("Targets", "en-US"));
    // (1 year + 4 quarters + 12 months) × (company + 2 teams + 3 reps)
    expect(table.rows).toHaveLength(17 * 6);
    const col = table.columns;
    const march = table.rows.filter((r) => r[col.Period] === "Mar 2025");
    expect(march.map((r) => [r[col.Level], r[col.Name], r[col.Target]])).toEqual([
      ["Company", "Company", 1000],
      ["Team", "North", 750],
      ["Rep", "Li", 500],
      ["Rep", "Wang", 250],
      ["Team", "South", 250],
      ["Rep", "Zhao", 250],
    ]);
    // Actual = won Amount closed in March by owner; Attainment and Gap from the SALES functions.
    expect(march.map((r) => r[col.Actual])).toEqual([3000, 3000, 1000, 2000, 0, 0]);
    expect(march[2][col.Attainment]).toBe(2);
    expect(march[2][col.Gap]).toBe(-500);
    // March 2025 is over: its whole length has gone by, so pace is attainment.
    expect(march[2][col.Pace]).toBe(2);
    expect(march[4][col.Pace]).toBe(0);
    // Rows behind pace turn red: the rule on the Pace column (K) flags below 1.
    const [behind] = emulator.book.conditionalFormats("Targets");
    expect(behind.address).toBe(`K2:K${table.rows.length + 1}`);
    expect(behind.rule.formula).toBe("=AND(ISNUMBER($K2),$K2<1)");
    const sheetRow = table.headerRow + 1 + table.rows.indexOf(march[2]);
    expect(emulator.book.getCell("Targets", sheetRow, col.Attainment).formula).toBe(
      "=SALES.ATTAINMENT([@Actual],[@Target])",
    );
    // Every level adds up exactly.
    const months = table.rows.filter((r) => /^[A-Z][a-z]{2} 2025$/.test(String(r[col.Period])));
    const sumOf = (rows: typeof months) => rows.reduce((s, r) => s + Number(r[col.Target]), 0);
    expect(sumOf(months.filter((r) => r[col.Level] === "Rep"))).toBe(12_000);
    expect(sumOf(months.filter((r) => r[col.Level] === "Company"))).toBe(12_000);

    const charts = emulator.book.charts("Targets");
    expect(charts.map((c) => [c.name, c.type])).toEqual([[chartName("signed"), "ColumnClustered"]]);
    expect(charts[0].title).toBe("2025 Signed: target vs actual");

    // Close D4 in April (Stage → Won, ClosedOn set): Wang's April Actual and Attainment move.
    await Excel.run(async (context) => {
      const deals = context.workbook.tables.getItem("Deals");
      const row = deals.rows.getItemAt(3).getRange();
      row.getCell(0, 3).values = [["Won"]];
      row.getCell(0, 9).values = [[d(2025, 4, 2)]];
      await context.sync();
    });
    const after = await targets();
    const wangApril = after.rows.find((r) => r[col.Period] === "Apr 2025" && r[col.Name] === "Wang")!;
    expect(wangApril[col.Actual]).toBe(7000);
    expect(wangApril[col.Attainment]).toBe(28);
    const chartBlockActual = emulator.book.getCell("Targets", 4, tableHeaders("Targets", "en-US").length + 3);
    expect(chartBlockActual.value).toBe(7000); // April, company actual in the chart's block
  });

  it.each(emulatorProfiles)(
    "holds one Actual formula on every row of both metrics, a Team row summing the Team table's reps ($name)",
    async (profile) => {
      emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
      emulator.install();
      await setUp("en-US");
      const req = await request("en-US");
      const plan = req.plans[0].plan;
      const written = await writeTargets({
        ...req,
        plans: [
          { plan, metric: "signed" },
          { plan, metric: "collected" },
        ],
      });
      if (!written.ok) throw new Error(written.error.message);
      const table = await targets();
      const col = table.columns;
      const formulas = table.rows.map(
        (_, i) => emulator.book.getCell("Targets", table.headerRow + 1 + i, col.Actual).formula,
      );
      expect(formulas).toHaveLength(2 * 17 * 6);
      expect(new Set(formulas).size).toBe(1);
      const march = (rows: typeof table.rows, metric: string) =>
        rows
          .filter((r) => r[col.Period] === "Mar 2025" && r[col.Metric] === metric)
          .map((r) => [r[col.Name], r[col.Actual]]);
      // D1 (Li, 1000, 800 collected) and D2 (Wang, 2000) won in March.
      expect(march(table.rows, "Signed")).toEqual([
        ["Company", 3000],
        ["North", 3000],
        ["Li", 1000],
        ["Wang", 2000],
        ["South", 0],
        ["Zhao", 0],
      ]);
      expect(march(table.rows, "Collected").map(([, actual]) => actual)).toEqual([2800, 2800, 800, 2000, 0, 0]);

      // Wang moves to South in the Team table: the team rows follow it, past periods too.
      await Excel.run(async (context) => {
        context.workbook.tables.getItem("Team").rows.getItemAt(1).getRange().getCell(0, 1).values = [["South"]];
        await context.sync();
      });
      expect(march((await targets()).rows, "Signed").map(([, actual]) => actual)).toEqual([
        3000, 1000, 1000, 2000, 2000, 0,
      ]);
    },
  );

  it("asks before replacing rows of the same metric and year, then replaces only those", async () => {
    await setUp("en-US");
    const first = await writeTargets(await request("en-US"));
    expect(first.ok && first.value.status).toBe("written");
    // A row of the manager's own (another metric) stays.
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("Targets");
      t.rows.add(undefined, [
        ["2025", d(2025, 1, 1), d(2025, 12, 31), "Company", "Company", "New customers", 40, "", "", "", ""],
      ]);
      await context.sync();
    });
    const second = await writeTargets(await request("en-US", 24_000));
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value).toEqual({ status: "needs-confirmation", replacing: 102, sheet: "Targets" });
    expect((await targets()).rows).toHaveLength(103); // nothing written

    const confirmed = await writeTargets({ ...(await request("en-US", 24_000)), replace: true });
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    expect(confirmed.value).toMatchObject({ status: "written", replaced: 102, created: false, added: 102 });
    const table = await targets();
    expect(table.rows).toHaveLength(103);
    // Replaced in place: the manager's row keeps its place after the year's 102 rows.
    expect(table.rows[102][table.columns.Metric]).toBe("New customers");
    const year = table.rows.find(
      (r) =>
        r[table.columns.Period] === "2025" &&
        r[table.columns.Level] === "Company" &&
        r[table.columns.Metric] === "Signed",
    )!;
    expect(year[table.columns.Target]).toBe(24_000);
    expect(emulator.book.charts("Targets")).toHaveLength(1);
  });

  it("writes only a quarter's or a month's rows, keyed, and leaves every other period as it was", async () => {
    await setUp("en-US");
    const first = await writeTargets(await request("en-US"));
    expect(first.ok && first.value.status).toBe("written");
    const before = await targets();
    const c = before.columns;
    const inQ2 = (r: readonly unknown[]) =>
      Number(r[c.PeriodStart]) >= d(2025, 4, 1) && Number(r[c.PeriodEnd]) <= d(2025, 6, 30);
    const company = (rows: readonly (readonly unknown[])[], period: string) =>
      rows.find((r) => r[c.Period] === period && r[c.Level] === "Company")?.[c.Target];

    const asked = await writeTargets(await request("en-US", 6_000, { kind: "quarter", quarter: 2 }));
    if (!asked.ok) throw new Error(asked.error.message);
    // Q2 and its three months, each for the company, two teams and three reps.
    expect(asked.value).toEqual({ status: "needs-confirmation", replacing: 24, sheet: "Targets" });
    const quarter = await writeTargets({
      ...(await request("en-US", 6_000, { kind: "quarter", quarter: 2 })),
      replace: true,
    });
    if (!quarter.ok) throw new Error(quarter.error.message);
    expect(quarter.value).toMatchObject({ status: "written", replaced: 24, added: 24 });
    const after = await targets();
    expect(after.rows).toHaveLength(before.rows.length);
    // Every row outside Q2 is as it was, in its place; Q2's rows carry the new figures.
    expect(after.rows.filter((r) => !inQ2(r))).toEqual(before.rows.filter((r) => !inQ2(r)));
    expect(after.rows.map(inQ2)).toEqual(before.rows.map(inQ2));
    expect(company(after.rows, "2025")).toBe(12_000);
    expect(company(after.rows, "2025 Q1")).toBe(3_000);
    expect(company(after.rows, "2025 Q2")).toBe(6_000);
    expect(company(after.rows, "Apr 2025")).toBe(2_000);
    expect(company(after.rows, "Jul 2025")).toBe(1_000);

    const month = await writeTargets({
      ...(await request("en-US", 900, { kind: "month", month: 8 })),
      replace: true,
    });
    if (!month.ok) throw new Error(month.error.message);
    expect(month.value).toMatchObject({ status: "written", replaced: 6, added: 6 });
    const last = await targets();
    const isAug = (r: readonly unknown[]) => r[c.Period] === "Aug 2025";
    expect(last.rows.filter((r) => !isAug(r))).toEqual(after.rows.filter((r) => !isAug(r)));
    expect(company(last.rows, "Aug 2025")).toBe(900);
    expect(last.rows.filter(isAug).reduce((sum, r) => sum + (r[c.Level] === "Rep" ? Number(r[c.Target]) : 0), 0)).toBe(
      900,
    );
  });

  it("writes a Chinese workbook with Chinese headers in the formulas, 回款额 from Collected", async () => {
    await setUp("zh-CN");
    const req = await request("zh-CN");
    const written = await writeTargets({ ...req, plans: [{ plan: req.plans[0].plan, metric: "collected" }] });
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toMatchObject({ status: "written", sheet: "目标" });
    const table = await targets();
    expect(table.headers).toEqual(tableHeaders("Targets", "zh-CN"));
    const c = table.columns;
    const march = table.rows.find((r) => r[c.Period] === "2025年3月" && r[c.Level] === "公司")!;
    expect(march[c.Metric]).toBe("回款额");
    expect(march[c.Actual]).toBe(2800);
    const formula = emulator.book.getCell("目标", table.headerRow + 1 + table.rows.indexOf(march), c.Actual).formula;
    expect(formula).toContain("Deals[回款金额]");
    expect(formula).toContain('"赢单"');
  });

  it("answers a failed sync with a typed failure and writes nothing", async () => {
    await setUp("en-US");
    const req = await request("en-US");
    emulator.failSync(1);
    const written = await writeTargets(req);
    expect(written.ok).toBe(false);
    const read = await readTables(["Targets"]);
    expect(read.ok && read.value.Targets).toBeUndefined();
  });
});

describe("placeRows and unguardTextColumns", () => {
  it("puts new rows into freed rows in order, appends the rest, deletes leftovers bottom-up", () => {
    expect(placeRows([4, 2], 3)).toEqual({ at: [2, 4, "append"], remove: [] });
    expect(placeRows([7, 1, 3, 3], 1)).toEqual({ at: [1], remove: [7, 3] });
    expect(placeRows([], 2)).toEqual({ at: ["append", "append"], remove: [] });
  });
  it("drops the text guard only in Text columns", () => {
    expect(unguardTextColumns([["'2024", "'2024", 5]], ["@", "General", "@"])).toEqual([["2024", "'2024", 5]]);
  });
});

describe.each(emulatorProfiles)(
  "writeTargets when the manager moves Targets rows between the read and the write (emulator, $name)",
  (profile) => {
    beforeEach(() => {
      emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
      emulator.install();
    });

    /** Writes the plan, adds the manager's own row, then replaces the year's rows, editing just before the rows are located. */
    async function replaceEditing(edit: () => void, granularities?: TargetsWrite["granularities"], sync = 8) {
      await setUp("en-US");
      const first = await writeTargets(await request("en-US"));
      expect(first.ok && first.value.status).toBe("written");
      await Excel.run(async (context) => {
        context.workbook.tables
          .getItem("Targets")
          .rows.add(undefined, [
            ["2025", d(2025, 1, 1), d(2025, 12, 31), "Company", "Company", "New customers", 40, "", "", "", ""],
          ]);
        await context.sync();
      });
      const beforeSync = await editsBetweenSyncs(emulator);
      const replacing = {
        ...(await request("en-US", 24_000)),
        replace: true,
        ...(granularities ? { granularities } : {}),
      };
      // Syncs before: readTables (three), the journal sheet's own batch (two: look, add), the sheet
      // names and formats, the journal's read; the 8th locates the rows to replace.
      beforeSync(sync, edit);
      const written = await writeTargets(replacing);
      if (!written.ok) throw new Error(written.error.message);
      return { outcome: written.value, table: await targets() };
    }

    /** The year's Signed rows hold the new plan, once each; the manager's rows are as they were. */
    function expectReplaced(table: Awaited<ReturnType<typeof targets>>) {
      const col = table.columns;
      const signed = table.rows.filter((r) => r[col.Metric] === "Signed");
      expect(signed).toHaveLength(102);
      const keys = signed.map((r) => `${String(r[col.Period])}|${String(r[col.Level])}|${String(r[col.Name])}`);
      expect(new Set(keys).size).toBe(102);
      const year = signed.find((r) => r[col.Period] === "2025" && r[col.Level] === "Company")!;
      expect(year[col.Target]).toBe(24_000);
      const months = signed.filter((r) => r[col.Level] === "Rep" && /^[A-Z][a-z]{2} 2025$/.test(String(r[col.Period])));
      expect(months.reduce((sum, r) => sum + Number(r[col.Target]), 0)).toBe(24_000);
      const own = table.rows.filter((r) => r[col.Metric] === "New customers");
      expect(own.map((r) => r[col.Target])).toEqual([40]);
    }

    it("appends the row whose replaced row was deleted, and overwrites no other row", async () => {
      const { outcome, table } = await replaceEditing(() => deleteTableRow(emulator.book, "Targets", 0));
      expectReplaced(table);
      expect(table.rows).toHaveLength(103);
      expect(outcome).toMatchObject({ status: "written", added: 102, cancelled: false });
    });

    it("closes the gap: rows deleted between locating the rows and writing them leave none past the table's end", async () => {
      // The 9th sync writes the located rows: two rows deleted just before it leave the lowest
      // located rows past the table's end, where Excel refuses [@Column] formulas.
      const { outcome, table } = await replaceEditing(
        () => {
          deleteTableRow(emulator.book, "Targets", 0);
          deleteTableRow(emulator.book, "Targets", 0);
        },
        undefined,
        9,
      );
      expectReplaced(table);
      expect(table.rows).toHaveLength(103);
      expect(outcome).toMatchObject({ status: "written", added: 102, cancelled: false });
    });

    it("keeps a row the manager inserted meanwhile", async () => {
      const { table } = await replaceEditing(() =>
        insertTableRow(emulator.book, "Targets", 1, {
          Period: "2024",
          Level: "Company",
          Name: "Company",
          Metric: "Visits",
          Target: 7,
        }),
      );
      expectReplaced(table);
      expect(
        table.rows.filter((r) => r[table.columns.Metric] === "Visits").map((r) => r[table.columns.Target]),
      ).toEqual([7]);
      expect(table.rows).toHaveLength(104);
    });

    it("replaces each row where it is when the table is sorted meanwhile", async () => {
      const { table } = await replaceEditing(() => sortTableRows(emulator.book, "Targets", reversed));
      expectReplaced(table);
      expect(table.rows).toHaveLength(103);
      expect(table.rows[0][table.columns.Metric]).toBe("New customers");
    });

    it("deletes the leftover rows where they are when a row is inserted meanwhile, not the rows now at their old places", async () => {
      const { table } = await replaceEditing(
        () =>
          insertTableRow(emulator.book, "Targets", 40, {
            Period: "2024",
            Level: "Company",
            Name: "Company",
            Metric: "Visits",
            Target: 7,
          }),
        ["year", "quarter"],
      );
      const col = table.columns;
      // (1 year + 4 quarters) × 6 levels replace the first 30 rows; the 72 month rows left over go.
      const signed = table.rows.filter((r) => r[col.Metric] === "Signed");
      expect(signed).toHaveLength(30);
      expect(signed.filter((r) => /^[A-Z][a-z]{2} 2025$/.test(String(r[col.Period])))).toHaveLength(0);
      expect(table.rows.filter((r) => r[col.Metric] === "Visits").map((r) => r[col.Target])).toEqual([7]);
      expect(table.rows.filter((r) => r[col.Metric] === "New customers").map((r) => r[col.Target])).toEqual([40]);
      expect(table.rows).toHaveLength(32);
    });
  },
);

describe.each(emulatorProfiles)("undo of a Targets replacement (emulator, $name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
  });

  /** Every Targets cell as entered (formulas as formulas), row by row, and the header row. */
  function inputs(): unknown[][] {
    const table = emulator.book.tableModel("Targets")!;
    const sheet = emulator.book.tableSheet(table);
    const { top, left, bottom, right } = table.range;
    return Array.from({ length: bottom - top + 1 }, (_, r) =>
      Array.from({ length: right - left + 1 }, (_, c) => emulator.book.cellInputOf(sheet, top + r, left + c) ?? ""),
    );
  }

  /** The first plan (year, quarters, months) and a row of the manager's own below it. */
  async function firstPlan(granularities: TargetsWrite["granularities"] = ["year", "quarter", "month"]) {
    await setUp("en-US");
    const first = await writeTargets({ ...(await request("en-US")), granularities });
    expect(first.ok && first.value.status).toBe("written");
    await Excel.run(async (context) => {
      context.workbook.tables
        .getItem("Targets")
        .rows.add(undefined, [
          ["2025", d(2025, 1, 1), d(2025, 12, 31), "Company", "Company", "New customers", 40, "", "", "", ""],
        ]);
      await context.sync();
    });
    // A first plan adds rows only: nothing is journaled, so there is nothing to take back.
    expect(await readLastChange()).toEqual({ ok: true, value: null });
  }

  async function replaceWith(granularities: TargetsWrite["granularities"]) {
    const written = await writeTargets({ ...(await request("en-US", 24_000)), replace: true, granularities });
    if (!written.ok || written.value.status !== "written") throw new Error("not written");
    return written.value;
  }

  it.each([
    ["fewer rows (the leftover months deleted)", ["year", "quarter", "month"], ["year", "quarter"], 30],
    ["more rows (the months appended)", ["year", "quarter"], ["year", "quarter", "month"], 102],
  ] as const)(
    "restores the previous rows exactly after a replacement with %s",
    async (_, first, granularities, count) => {
      await firstPlan([...first]);
      const before = inputs();
      const formulas = before[1].filter((cell) => typeof cell === "string" && cell.startsWith("="));
      expect(formulas.length).toBeGreaterThan(0);

      await replaceWith([...granularities]);
      const table = await targets();
      expect(table.rows.filter((r) => r[table.columns.Metric] === "Signed")).toHaveLength(count);
      expect(inputs()).not.toEqual(before);
      const last = await readLastChange();
      expect(last.ok && last.value).toMatchObject({ command: "targets", tables: ["Targets"], complete: true });

      expect(await undoLastChange()).toEqual({
        ok: true,
        value: { kind: "undone", command: "targets", rows: expect.any(Number), notRestored: [] },
      });
      // Every cell as it was, in its place: targets as values, Actual/Attainment/Gap as the formulas.
      expect(inputs()).toEqual(before);
      expect(await readLastChange()).toEqual({ ok: true, value: null });
    },
  );

  it("refuses, writing nothing, when a replaced row was edited since, and names it", async () => {
    await firstPlan();
    await replaceWith(["year", "quarter"]);
    const table = await targets();
    const year = table.rows.findIndex(
      (r) => r[table.columns.Period] === "2025" && r[table.columns.Level] === "Company",
    );
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Targets").getDataBodyRange().getCell(year, table.columns.Target).values = [
        [30_000],
      ];
      await context.sync();
    });
    const edited = inputs();

    const undone = await undoLastChange();
    expect(undone).toEqual({
      ok: true,
      value: { kind: "refused", command: "targets", rows: ["2025 / Company / Company / Signed"] },
    });
    expect(inputs()).toEqual(edited);
    // Still there to take back once the manager puts the figure back.
    expect((await readLastChange()).ok).toBe(true);
  });

  it("refuses when a row the replacement appended was deleted since", async () => {
    await firstPlan(["year", "quarter"]);
    await replaceWith(["year", "quarter", "month"]);
    const table = await targets();
    const lastRow = table.rows.length - 1;
    expect(table.rows[lastRow][table.columns.Metric]).toBe("Signed");
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Targets").rows.getItemAt(lastRow).delete();
      await context.sync();
    });
    const edited = inputs();
    const undone = await undoLastChange();
    expect(undone.ok && undone.value.kind).toBe("refused");
    expect(inputs()).toEqual(edited);
  });
});
