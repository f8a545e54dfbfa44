import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { setUpSampleWorkbook, sampleToday } from "../../fixtures/sampleWorkbook";
import { reversed, sortTableRows } from "../rowsMoved";
import { createEmulator } from "@workbench/emulator/index";
import type { SavedGoal } from "@core/goals/savedGoals";
import { tableHeaders } from "@core/workbook/schema";
import { readGoalsData } from "@excel/goals/goalsData";
import { writeGoal, type GoalWrite } from "@excel/goals/writeGoal";
import { readTables } from "@excel/tables/readTables";

jest.setTimeout(240_000);

const goal = (over: Partial<SavedGoal> = {}): SavedGoal => ({
  id: "",
  text: "Grow East",
  scope: "team",
  scopeName: "East",
  metric: "signed",
  target: 1_200_000,
  deadline: sampleToday + 90,
  kpis: { conversionRate: 0.3, followUps: 400 },
  actionPlan: "Grow East",
  updated: sampleToday,
  ...over,
});

async function written(request: GoalWrite): Promise<SavedGoal> {
  const result = await writeGoal(request);
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.status !== "written") throw new Error("not written");
  return result.value.goal;
}

async function savedGoals() {
  const read = await readGoalsData();
  if (!read.ok) throw new Error(read.error.message);
  return read.value.goals;
}

async function goalsTable() {
  const read = await readTables(["Goals"]);
  if (!read.ok || !read.value.Goals) throw new Error("no Goals table");
  return read.value.Goals;
}

describe.each(emulatorProfiles)("writeGoal (emulator, $name)", (profile) => {
  it("creates the table when missing, gives G-0001, keeps a goal starting with = as text", async () => {
    const emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
    expect(await savedGoals()).toEqual([]);
    const result = await writeGoal({ goal: goal({ text: "=1+1" }), loaded: null, language: "en-US", replace: false });
    expect(result.ok && result.value).toMatchObject({ status: "written", sheet: "Goals", created: true });
    const table = await goalsTable();
    expect(table.headers).toEqual(tableHeaders("Goals", "en-US"));
    expect(table.rows).toEqual([
      [
        "G-0001",
        "=1+1",
        "Team",
        "East",
        "Signed",
        1_200_000,
        sampleToday + 90,
        0.3,
        "",
        "",
        "",
        400,
        "Grow East",
        sampleToday,
      ],
    ]);
    const [read] = await savedGoals();
    expect(read).toMatchObject({ ...goal({ text: "=1+1" }), id: "G-0001", row: 0 });
  });

  it("on the sample workbook (zh): re-saving after the manager sorted updates the goal's own row, never duplicates", async () => {
    const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 30, profile });
    const first = await written({ goal: goal(), loaded: null, language: "zh-CN", replace: false });
    const second = await written({
      goal: goal({ text: "新客户", scope: "company", scopeName: "", metric: "newCustomers", kpis: {} }),
      loaded: null,
      language: "zh-CN",
      replace: false,
    });
    expect([first.id, second.id]).toEqual(["G-0001", "G-0002"]);
    const loaded = (await savedGoals()).find((g) => g.id === "G-0001");
    if (!loaded) throw new Error("G-0001 not read back");
    expect(loaded.row).toBe(0);

    // The manager sorts the table in Excel: G-0001 is now the second row.
    sortTableRows(emulator.book, "Goals", reversed);
    const saved = await written({
      goal: { ...loaded, target: 1_500_000 },
      loaded,
      language: "zh-CN",
      replace: false,
    });
    expect(saved.id).toBe("G-0001");
    const table = await goalsTable();
    expect(table.rows.map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      ["G-0002", "公司", "新客户数", 1_200_000],
      ["G-0001", "团队", "合同额", 1_500_000],
    ]);
  });

  it("asks before overwriting a row edited in Excel since the pane read it, then overwrites it", async () => {
    const emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
    await written({ goal: goal(), loaded: null, language: "en-US", replace: false });
    const [loaded] = await savedGoals();
    // The manager retypes the target in Excel; the pane still holds the goal as it read it.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Goals").getDataBodyRange().getCell(0, 5).values = [[999]];
      await context.sync();
    });
    const request: GoalWrite = {
      goal: { ...loaded, text: "Grow East faster" },
      loaded,
      language: "en-US",
      replace: false,
    };
    const asked = await writeGoal(request);
    expect(asked.ok && asked.value).toEqual({ status: "needs-confirmation", id: "G-0001" });
    expect((await goalsTable()).rows[0][1]).toBe("Grow East");
    await written({ ...request, replace: true });
    const rows = (await goalsTable()).rows;
    expect(rows).toHaveLength(1);
    expect([rows[0][1], rows[0][5]]).toEqual(["Grow East faster", 1_200_000]);
  });

  it("asks when the goal's row was deleted, and a new goal after it takes the next ID", async () => {
    const emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
    await written({ goal: goal(), loaded: null, language: "en-US", replace: false });
    await written({ goal: goal({ text: "Second" }), loaded: null, language: "en-US", replace: false });
    const [loaded] = await savedGoals();
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Goals").rows.getItemAt(0).delete();
      await context.sync();
    });
    const asked = await writeGoal({ goal: loaded, loaded, language: "en-US", replace: false });
    expect(asked.ok && asked.value).toEqual({ status: "needs-confirmation", id: "G-0001" });
    const third = await written({ goal: goal({ text: "Third" }), loaded: null, language: "en-US", replace: false });
    expect(third.id).toBe("G-0003");
    expect((await goalsTable()).rows.map((r) => r[0])).toEqual(["G-0002", "G-0003"]);
  });
});
