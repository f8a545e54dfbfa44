import { createEmulator } from "@workbench/emulator/index";

/** Table T at A1:C3 (Name, Score, Label) with Label = [@Name]&"!" on every row, 0.00 on Score. */
async function table(modes: Parameters<typeof createEmulator>[0] = { platform: "web" }) {
  const emulator = createEmulator(modes);
  emulator.book.setValues("Sheet1", "A1", [
    ["Name", "Score", "Label"],
    ["a", 1, ""],
    ["b", 2, ""],
  ]);
  await emulator.Excel.run(async (context) => {
    const t = context.workbook.tables.add("A1:C3", true);
    t.name = "T";
    t.columns.getItem("Label").getDataBodyRange().formulas = [['=[@Name]&"!"'], ['=[@Name]&"!"']];
    t.columns.getItem("Score").getDataBodyRange().numberFormat = [["0.00"], ["0.00"]];
  });
  return emulator;
}

const rangeOf = (emulator: ReturnType<typeof createEmulator>) => emulator.book.table("T")?.range;

describe("typing below a table (AutoCorrect 'Include new rows and columns in table', on by default)", () => {
  test("a value typed into the row right below a table makes it a table row, calculated column and formats included", async () => {
    const emulator = await table();
    emulator.book.setCellInput("Sheet1", 3, 0, "c");
    expect(rangeOf(emulator)).toBe("A1:C4");
    expect(emulator.book.getCell("Sheet1", 3, 2).value).toBe("c!");
    emulator.book.setCellInput("Sheet1", 3, 1, "3");
    expect(emulator.book.getCell("Sheet1", 3, 1).text).toBe("3.00");
    await emulator.Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("T").getDataBodyRange();
      body.load("values");
      await context.sync();
      expect(body.values).toEqual([
        ["a", 1, "a!"],
        ["b", 2, "b!"],
        ["c", 3, "c!"],
      ]);
    });
  });

  test("a pasted block of rows below the table joins it whole", async () => {
    const emulator = await table();
    emulator.book.paste("Sheet1", 3, 0, "c\t3\nd\t4");
    expect(rangeOf(emulator)).toBe("A1:C5");
  });

  test("a row further down, a column beside the table, an empty entry and the add-in's own writes stay outside", async () => {
    const emulator = await table();
    emulator.book.setCellInput("Sheet1", 4, 0, "far");
    emulator.book.setCellInput("Sheet1", 3, 3, "beside");
    emulator.book.setCellInput("Sheet1", 3, 1, "");
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A4").values = [["api"]];
      await context.sync();
    });
    expect(rangeOf(emulator)).toBe("A1:C3");
  });

  test("off, the typed row stays outside the table", async () => {
    const emulator = await table({ platform: "web", modes: { tableAutoExpand: false } });
    emulator.book.setCellInput("Sheet1", 3, 0, "c");
    expect(rangeOf(emulator)).toBe("A1:C3");
  });
});
