import { createEmulator } from "@workbench/emulator/index";

describe("workbook objects", () => {
  test("settings: add, getItemOrNullObject → value, items", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      context.workbook.settings.add("schemaVersion", 3);
      context.workbook.settings.add("roles", { pipeline: "Pipeline" });
    });
    expect(book.settings.get("schemaVersion")).toBe(3);
    await Excel.run(async (context) => {
      const version = context.workbook.settings.getItemOrNullObject("schemaVersion").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("nope").load("value");
      context.workbook.settings.load("items/key");
      await context.sync();
      expect(version.value).toBe(3);
      expect(missing.isNullObject).toBe(true);
      expect(context.workbook.settings.items.map((s) => s.key)).toEqual(["schemaVersion", "roles"]);
    });
  });

  // Microsoft: SettingCollection.add "sets or adds the specified setting": a key added again takes
  // the new value (the weekly forecast opt-in turns off by adding "off" over "on").
  test("settings: add over an existing key replaces its value, keeping one setting", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      context.workbook.settings.add("salesgrid.weeklyForecast", "on");
      await context.sync();
      context.workbook.settings.add("salesgrid.weeklyForecast", "off");
    });
    expect(book.settings.get("salesgrid.weeklyForecast")).toBe("off");
    expect([...book.settings.keys()]).toEqual(["salesgrid.weeklyForecast"]);
  });

  test("names: add for a range and a constant, used in formulas; getItemOrNullObject; duplicates refused", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[0.8], [100]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      context.workbook.names.add("AShare", ws.getRange("A1"), "ABC threshold");
      context.workbook.names.add("Bonus", "=5");
      ws.getRange("C1:C2").formulas = [["=AShare*A2"], ["=Bonus+1"]];
      const found = context.workbook.names.getItemOrNullObject("ashare").load("name, formula, comment");
      const missing = context.workbook.names.getItemOrNullObject("Nope");
      await context.sync();
      expect([found.name, found.formula, found.comment]).toEqual(["AShare", "=Sheet1!$A$1", "ABC threshold"]);
      expect(missing.isNullObject).toBe(true);
      const range = context.workbook.names.getItem("AShare").getRange().load("address");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1");
    });
    expect(book.getCell("Sheet1", 0, 2).value).toBe(80);
    expect(book.getCell("Sheet1", 1, 2).value).toBe(6);
    await expect(Excel.run(async (context) => void context.workbook.names.add("Bonus", "=6"))).rejects.toMatchObject({
      code: "ItemAlreadyExists",
    });
  });

  test("data validation, conditional formats and charts are recorded", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [
      ["Stage", "Amount"],
      ["Won", 10],
      ["Lost", 20],
    ]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.getRange("A2:A3").dataValidation.rule = { list: { inCellDropDown: true, source: "Won,Lost,Open" } };
      ws.getRange("B2:B3").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
      const cf = ws.getRange("B2:B3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=$B2>15";
      cf.custom.format.fill.color = "#FFC7CE";
      cf.custom.format.font.color = "#9C0006";
      const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
      chart.title.text = "Amount by stage";
      const rule = ws.getRange("A2:A3").dataValidation.load("type");
      await context.sync();
      expect(rule.type).toBe("List");
    });
    expect(book.dataValidations("Sheet1")).toEqual([
      { address: "A2:A3", rule: { list: { inCellDropDown: true, source: "Won,Lost,Open" } }, ignoreBlanks: true },
      { address: "B2:B3", rule: { wholeNumber: { formula1: 0, operator: "GreaterThan" } }, ignoreBlanks: true },
    ]);
    expect(book.conditionalFormats("Sheet1")).toEqual([
      expect.objectContaining({
        address: "B2:B3",
        type: "Custom",
        rule: { formula: "=$B2>15" },
        format: { fillColor: "#FFC7CE", fontColor: "#9C0006" },
      }),
    ]);
    expect(book.charts("Sheet1")).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        sourceAddress: "Sheet1!A1:B3",
        seriesBy: "Columns",
        title: "Amount by stage",
      }),
    ]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").dataValidation.rule = {
          list: { inCellDropDown: true, source: "" },
        };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("modes.unsupportedChartTypes: adding such a chart fails its sync; other types and earlier commands stay", async () => {
    const { Excel, book } = createEmulator({ modes: { unsupportedChartTypes: ["Funnel"] } });
    book.setValues("Sheet1", "A1", [
      ["Stage", "Deals"],
      ["Lead", 9],
      ["Won", 2],
    ]);
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("D1").values = [["written"]];
        ws.charts.add("Funnel", ws.getRange("A1:B3"), "Columns");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(book.charts("Sheet1")).toEqual([]);
    expect(book.getCell("Sheet1", 0, 3).value).toBe("written");
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.charts.add("BarClustered", ws.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    expect(book.charts("Sheet1").map((c) => c.type)).toEqual(["BarClustered"]);
    book.modes.unsupportedChartTypes = [];
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.charts.add("Funnel", ws.getRange("A1:B3"), "Columns");
      await context.sync();
    });
    expect(book.charts("Sheet1")).toHaveLength(2);
  });

  test("selection: book.select fires worksheet and collection onSelectionChanged; getSelectedRange follows", async () => {
    const { Excel, book } = createEmulator();
    book.addSheet("Other");
    const seen: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .onSelectionChanged.add(async (e) => void seen.push(`sheet1:${e.address}`));
      context.workbook.worksheets.onSelectionChanged.add(async (e) => void seen.push(`any:${e.address}`));
    });
    book.select("Sheet1", "B2:C3");
    book.select("Other", "A5");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.sort()).toEqual(["any:A5", "any:B2:C3", "sheet1:B2:C3"]);
    const address = await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    expect(address).toBe("Other!A5");
    await Excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").getRange("D4").select());
    expect(book.selection).toEqual({ sheet: "Sheet1", address: "D4" });
    expect(book.activeSheet).toBe("Sheet1");
  });

  test("a removed handler no longer fires", async () => {
    const { Excel, book } = createEmulator();
    let count = 0;
    const registration = await Excel.run(async (context) =>
      context.workbook.worksheets.onSelectionChanged.add(async () => void count++),
    );
    book.select("Sheet1", "A2");
    await new Promise((resolve) => setTimeout(resolve, 10));
    await Excel.run(registration.context, async () => registration.remove());
    book.select("Sheet1", "A3");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(count).toBe(1);
  });

  test("freeze panes, sheet properties and onChange notifications", async () => {
    const emulator = createEmulator();
    let changes = 0;
    const stop = emulator.onChange(() => changes++);
    await emulator.Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      ws.freezePanes.freezeRows(1);
      ws.name = "Overview";
      ws.tabColor = "#00AA00";
      ws.getRange("A1:C1").values = [["a", "b", "c"]];
    });
    stop();
    const sheet = emulator.book.requireSheet("Overview");
    expect([sheet.frozenRows, sheet.tabColor]).toEqual([1, "#00AA00"]);
    expect(changes).toBe(1);
  });
});
