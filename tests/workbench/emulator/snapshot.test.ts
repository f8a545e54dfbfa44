import { createEmulator } from "@workbench/emulator/index";

describe("snapshots", () => {
  test("a snapshot survives JSON and restores cells, formulas, tables, formats, names, settings and selection", async () => {
    const first = createEmulator();
    const { book } = first;
    book.addSheet("销售管道");
    book.setValues("销售管道", "A1", [
      ["Deal", "Amount", "Double"],
      ["D1", 10, ""],
      ["D2", 20, ""],
    ]);
    const table = book.addTable(book.requireSheet("销售管道"), { top: 0, left: 0, bottom: 2, right: 2 }, true, "Deals");
    book.setValues("销售管道", "C2", [["=[@Amount]*2"], ["=[@Amount]*2"]]);
    book.setValues("Sheet1", "A1", [["=SUM(Deals[Amount])", "'=not a formula", true, "2024-01-31"]]);
    await first.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("E1").numberFormat = [["@"]];
      ws.getRange("E1").values = [["00123"]];
      ws.getRange("A1").format.font.bold = true;
      ws.getRange("B1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
      context.workbook.names.add("Rate", "=0.25");
      context.workbook.settings.add("schemaVersion", 2);
    });
    book.select("销售管道", "B2");
    const json = JSON.parse(JSON.stringify(first.snapshot()));

    const second = createEmulator({ snapshot: json });
    const restored = second.book;
    expect(restored.sheets()).toEqual(["Sheet1", "销售管道"]);
    expect(restored.getCell("Sheet1", 0, 0)).toMatchObject({ value: 30, formula: "=SUM(Deals[Amount])" });
    expect(restored.getCell("Sheet1", 0, 1).value).toBe("=not a formula");
    expect(restored.getCell("Sheet1", 0, 2).value).toBe(true);
    expect(restored.getCell("Sheet1", 0, 3)).toMatchObject({ value: 45322, text: "2024-01-31" });
    expect(restored.getCell("Sheet1", 0, 4)).toMatchObject({ value: "00123", numberFormat: "@" });
    expect(restored.getCellFormat("Sheet1", 0, 0).bold).toBe(true);
    expect(restored.dataValidations("Sheet1")).toHaveLength(1);
    expect(restored.name("Rate")?.formula).toBe("=0.25");
    expect(restored.settings.get("schemaVersion")).toBe(2);
    expect(restored.selection).toEqual({ sheet: "销售管道", address: "B2" });
    expect(restored.tables()).toEqual(book.tables());
    expect(restored.tableModel("Deals")?.columns[2].calculated).toBe(table.columns[2].calculated);
    await second.Excel.run(
      async (context) => void context.workbook.tables.getItem("Deals").rows.add(null, [["D3", 5, null]]),
    );
    expect(restored.getCell("销售管道", 3, 2).value).toBe(10);
    expect(restored.getCell("Sheet1", 0, 0).value).toBe(35);
  });
});
