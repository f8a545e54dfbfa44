import { createEmulator } from "@workbench/emulator/index";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

/** Table T at A1:D4 (Name, Score, Rating, Label) with Label = [@Name]&"!" on every row. */
async function labelledTable(options: Parameters<typeof createEmulator>[0]) {
  const emulator = createEmulator(options);
  emulator.book.setValues("Sheet1", "A1", [
    ["Name", "Score", "Rating", "Label"],
    ["a", 1, 2, ""],
    ["b", 3, 4, ""],
    ["c", 5, 6, ""],
  ]);
  await emulator.Excel.run(async (context) => {
    const table = context.workbook.tables.add("Sheet1!A1:D4", true);
    table.name = "T";
    table.columns.getItem("Label").getDataBodyRange().formulas = [['=[@Name]&"!"'], ['=[@Name]&"!"'], ['=[@Name]&"!"']];
  });
  return emulator;
}

function column(emulator: ReturnType<typeof createEmulator>, col: number, from: number, to: number): unknown[] {
  return Array.from(
    { length: to - from + 1 },
    (_, i) =>
      emulator.book.getCell("Sheet1", from + i, col).formula ?? emulator.book.getCell("Sheet1", from + i, col).value,
  );
}

describe("calculated columns, auto-fill on (Excel's default)", () => {
  test("a differing formula written into one cell of a calculated column is filled over the other rows", async () => {
    const emulator = await labelledTable({ platform: "web" });
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("D3").formulas = [['=[@Name]&"?"']];
    });
    expect(column(emulator, 3, 1, 3)).toEqual(['=[@Name]&"?"', '=[@Name]&"?"', '=[@Name]&"?"']);
    expect(emulator.book.getCell("Sheet1", 1, 3).value).toBe("a?");
  });

  test("a formula written into one cell of an empty column makes it a calculated column, which new rows get", async () => {
    const emulator = await labelledTable({ platform: "desktop" });
    await emulator.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      context.workbook.worksheets.getItem("Sheet1").getRange("C2:C4").values = [[""], [""], [""]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("C2").formulas = [["=[@Score]*2"]];
      await context.sync();
      table.rows.add(null, [["d", 7, null, null]] as unknown as (string | number)[][]);
    });
    expect(column(emulator, 2, 1, 4)).toEqual(["=[@Score]*2", "=[@Score]*2", "=[@Score]*2", "=[@Score]*2"]);
    expect(emulator.book.getCell("Sheet1", 4, 2).value).toBe(14);
  });

  test("a column that holds values is not overwritten", async () => {
    const emulator = await labelledTable({ platform: "web" });
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B3").formulas = [["=1+1"]];
    });
    expect(column(emulator, 1, 1, 3)).toEqual([1, "=1+1", 5]);
  });
});

describe("calculated columns, auto-fill off", () => {
  test("a differing formula stays in its cell, and new rows get no formula", async () => {
    const emulator = await labelledTable({ platform: "web", modes: { tableAutoFill: false } });
    await emulator.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      context.workbook.worksheets.getItem("Sheet1").getRange("D3").formulas = [['=[@Name]&"?"']];
      table.rows.add(null, [["d", 7, 8, ""]]);
    });
    expect(column(emulator, 3, 1, 4)).toEqual(['=[@Name]&"!"', '=[@Name]&"?"', '=[@Name]&"!"', ""]);
  });
});

describe.each(emulatorProfiles)("table edits around structured references ($name)", (profile) => {
  test("columns.add(index) keeps the names of the columns it shifts (not Score2, Rating2)", async () => {
    const emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.book.setValues("Sheet1", "A1", [
      ["Name", "Score", "Rating"],
      ["a", 1, 2],
    ]);
    const names = await emulator.Excel.run(async (context) => {
      const table = context.workbook.tables.add("Sheet1!A1:C2", true);
      table.columns.add(0, null, "First");
      table.columns.add(2, null, "Middle");
      table.columns.load("items/name");
      await context.sync();
      return table.columns.items.map((c) => c.name);
    });
    expect(names).toEqual(["First", "Name", "Middle", "Score", "Rating"]);
    expect(emulator.book.getCell("Sheet1", 1, 4).value).toBe(2);
  });

  test("columns.add(index) keeps the shifted columns' names, and their [@Col] formulas move with them", async () => {
    const emulator = await labelledTable(emulatorOptionsFor(profile));
    const names = await emulator.Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.columns.add(1, null, "New");
      table.columns.load("items/name");
      await context.sync();
      return table.columns.items.map((c) => c.name);
    });
    expect(names).toEqual(["Name", "New", "Score", "Rating", "Label"]);
    expect(emulator.book.table("T")?.headers).toEqual(["Name", "New", "Score", "Rating", "Label"]);
    expect(column(emulator, 4, 1, 3)).toEqual(['=[@Name]&"!"', '=[@Name]&"!"', '=[@Name]&"!"']);
    expect(emulator.book.getCell("Sheet1", 3, 4).value).toBe("c!");
  });

  test("rows added in the middle and at the end, and rows deleted, keep [@Col] formulas working", async () => {
    const emulator = await labelledTable(emulatorOptionsFor(profile));
    await emulator.Excel.run(async (context) => {
      const rows = context.workbook.tables.getItem("T").rows;
      rows.add(0, [["z", 0, 0, '=[@Name]&"!"']]);
      rows.add(null, [["d", 7, 8, '=[@Name]&"!"']]);
      await context.sync();
      rows.getItemAt(2).delete();
      await context.sync();
    });
    expect(emulator.book.table("T")?.range).toBe("A1:D5");
    expect(column(emulator, 3, 1, 4)).toEqual(['=[@Name]&"!"', '=[@Name]&"!"', '=[@Name]&"!"', '=[@Name]&"!"']);
    expect([1, 2, 3, 4].map((r) => emulator.book.getCell("Sheet1", r, 3).value)).toEqual(["z!", "a!", "c!", "d!"]);
  });
});
