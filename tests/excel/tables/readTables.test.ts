import { createEmulator, type Emulator } from "@workbench/emulator";
import { readTables } from "@excel/tables/readTables";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;

async function addTable(sheetName: string, tableName: string, values: (string | number)[][], at = "A1") {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const range = sheet.getRange(at).getResizedRange(values.length - 1, values[0].length - 1);
    range.values = values;
    const table = sheet.tables.add(range, true);
    table.name = tableName;
    await context.sync();
  });
}

describe.each(emulatorProfiles)("readTables (emulator, $name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });

  it("reads the tables asked for in one round trip after listing, with positions and column keys", async () => {
    await addTable(
      "销售团队",
      "team",
      [
        ["销售代表", "团队", "我的备注"],
        ["王芳", "华东", "x"],
        ["李雷", "华北", ""],
      ],
      "C3",
    );
    await addTable("Setup", "Stages", [
      ["Stage", "Order"],
      ["Won", 6],
    ]);
    await addTable("Other", "Table9", [["A"], [1]]);
    const before = emulator.stats.syncs;

    const read = await readTables(["Team", "Deals"]);

    if (!read.ok) throw new Error(read.error.message);
    expect(Object.keys(read.value)).toEqual(["Team"]);
    const team = read.value.Team!;
    expect(team).toMatchObject({ sheet: "销售团队", address: "C3:E5", headerRow: 2, firstColumn: 2 });
    expect(team.headers).toEqual(["销售代表", "团队", "我的备注"]);
    expect(team.columns).toMatchObject({ Rep: 0, Team: 1, Manager: -1 });
    expect(team.rows).toEqual([
      ["王芳", "华东", "x"],
      ["李雷", "华北", ""],
    ]);
    expect(emulator.stats.syncs - before).toBe(3); // list, read, Excel.run's closing sync
  });

  it("answers an empty record when none of the tables exist", async () => {
    const read = await readTables(["Deals"]);
    expect(read).toEqual({ ok: true, value: {} });
  });

  it("turns a failed sync into a typed failure", async () => {
    emulator.failSync(1);
    const read = await readTables(["Deals"]);
    expect(read.ok).toBe(false);
  });
});
