import { createEmulator } from "@workbench/emulator/index";

describe("cells and formulas", () => {
  test("values starting with = become formulas, as in Excel; an apostrophe or the Text format keeps them text", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A1:C1").values = [["=1+1", "'=1+1", "'+86 138"]];
      const textCell = ws.getRange("D1");
      textCell.numberFormat = [["@"]];
      textCell.values = [['=HYPERLINK("x")']];
    });
    expect(book.getCell("Sheet1", 0, 0)).toMatchObject({ value: 2, formula: "=1+1" });
    expect(book.getCell("Sheet1", 0, 1)).toMatchObject({ value: "=1+1", valueType: "String" });
    expect(book.getCell("Sheet1", 0, 1).formula).toBeUndefined();
    expect(book.getCell("Sheet1", 0, 2).value).toBe("+86 138");
    expect(book.getCell("Sheet1", 0, 3)).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: "@" });
    expect(book.getCell("Sheet1", 0, 3).formula).toBeUndefined();
  });

  test("formulas reads back formula text, values the results; text that would re-parse keeps its apostrophe", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[2, "=A1*3", "'=not a formula", "12", "TRUE"]]);
    const [formulas, values, types] = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").load("formulas, values, valueTypes");
      await context.sync();
      return [r.formulas, r.values, r.valueTypes];
    });
    expect(formulas).toEqual([[2, "=A1*3", "'=not a formula", 12, true, ""]]);
    expect(values).toEqual([[2, 6, "=not a formula", 12, true, ""]]);
    expect(types).toEqual([["Double", "Double", "String", "Double", "Boolean", "Empty"]]);
  });

  test("typed input: numbers, percentages, ISO dates (serials) and booleans are parsed like Excel", () => {
    const { book } = createEmulator();
    book.setCellInput("Sheet1", 0, 0, "2000-01-01");
    book.setCellInput("Sheet1", 0, 1, "35%");
    book.setCellInput("Sheet1", 0, 2, "1,234.5");
    book.setCellInput("Sheet1", 0, 3, "false");
    book.setCellInput("Sheet1", 0, 4, "Won");
    expect(book.getCell("Sheet1", 0, 0)).toMatchObject({ value: 36526, text: "2000-01-01" });
    expect(book.getCell("Sheet1", 0, 1)).toMatchObject({ value: 0.35, text: "35%" });
    expect(book.getCell("Sheet1", 0, 2)).toMatchObject({ value: 1234.5, text: "1,234.50" });
    expect(book.getCell("Sheet1", 0, 3).value).toBe(false);
    expect(book.getCell("Sheet1", 0, 4).value).toBe("Won");
  });

  test("number formats drive the text", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[1234.567, 0.256, 45322, 1500000, -42, "abc"]]);
    const text = await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:F1");
      r.numberFormat = [["#,##0.00", "0.0%", "yyyy-mm-dd", "¥#,##0", '"$"#,##0;("$"#,##0)', "@"]];
      r.load("text, numberFormat");
      await context.sync();
      expect(r.numberFormat[0][1]).toBe("0.0%");
      return r.text;
    });
    expect(text).toEqual([["1,234.57", "25.6%", "2024-01-31", "¥1,500,000", "($42)", "abc"]]);
  });

  test("errors: value is the code, getCell carries the message", () => {
    const { book } = createEmulator();
    book.setValues("Sheet1", "A1", [["=1/0", "=NA()", "=UNKNOWNFN(1)"]]);
    expect(book.getCell("Sheet1", 0, 0)).toMatchObject({
      value: "#DIV/0!",
      valueType: "Error",
      error: { code: "#DIV/0!" },
    });
    expect(book.getCell("Sheet1", 0, 1).value).toBe("#N/A");
    expect(book.getCell("Sheet1", 0, 2).error?.code).toBe("#NAME?");
  });

  test("dynamic arrays spill; getCell marks spill cells; a blocked spill is #SPILL!", () => {
    const { book } = createEmulator();
    book.setValues("Sheet1", "A1", [["=SEQUENCE(3)"]]);
    expect([0, 1, 2].map((r) => book.getCell("Sheet1", r, 0).value)).toEqual([1, 2, 3]);
    expect(book.getCell("Sheet1", 0, 0).isSpill).toBeUndefined();
    expect(book.getCell("Sheet1", 2, 0).isSpill).toBe(true);
    book.setValues("Sheet1", "C2", [["blocker"]]);
    book.setValues("Sheet1", "C1", [["=SEQUENCE(2)"]]);
    expect(book.getCell("Sheet1", 0, 2).value).toBe("#SPILL!");
  });

  test("TRUE/FALSE literals work in formulas (HyperFormula knows them only as functions)", () => {
    const { book } = createEmulator();
    book.setValues("Sheet1", "A1", [['=IF(TRUE,"y","n")', "=AND(FALSE,TRUE)"]]);
    expect(book.getCell("Sheet1", 0, 0)).toMatchObject({ value: "y", formula: '=IF(TRUE,"y","n")' });
    expect(book.getCell("Sheet1", 0, 1).value).toBe(false);
  });

  test("an invalid formula is refused with InvalidArgument", async () => {
    const { Excel, book } = createEmulator();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["=SUM(A2:A3"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.getCell("Sheet1", 0, 0).value).toBe("");
  });

  test("TODAY() follows the emulator clock", () => {
    const { book } = createEmulator({ now: () => new Date(2024, 0, 31, 12, 0, 0) });
    book.setValues("Sheet1", "A1", [["=TODAY()"]]);
    expect(book.getCell("Sheet1", 0, 0).value).toBe(45322);
  });

  test("clear removes contents and formats; format properties round-trip", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[1, 2]]);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      r.format.fill.color = "#FFEEAA";
      r.format.font.color = "#112233";
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      const loaded = r.load("format/fill/color, format/font/color, format/wrapText, format/columnWidth");
      await context.sync();
      expect([
        loaded.format.fill.color,
        loaded.format.font.color,
        loaded.format.wrapText,
        loaded.format.columnWidth,
      ]).toEqual(["#FFEEAA", "#112233", true, 120]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").clear();
    });
    expect(book.getCell("Sheet1", 0, 0).value).toBe("");
    expect(book.getCellFormat("Sheet1", 0, 0).fill).toBeUndefined();
    expect(book.getCellFormat("Sheet1", 0, 1).fill).toBe("#FFEEAA");
  });

  test("autofitColumns widens a column to its longest text", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [["a much longer piece of text than the default"]]);
    await Excel.run(async (context) =>
      context.workbook.worksheets.getItem("Sheet1").getRange("A:A").format.autofitColumns(),
    );
    // 44 characters of Calibri 11: about 260 px (emulator/textWidth.ts), well over the default 48 points.
    expect(book.columnWidth(book.requireSheet("Sheet1"), 0)).toBeGreaterThan(180);
  });
});
