import { API_REQUIREMENTS, createEmulator, PLATFORM_PROFILES, withRequirementSets } from "@workbench/emulator/index";

/** An emulator with exactly these sets and a table T (A1:B4) on Sheet1. */
function emulatorWith(requirementSets: Record<string, string>, platform: "web" | "desktop" = "desktop") {
  const emulator = createEmulator({ platform, requirementSets });
  emulator.book.setValues("Sheet1", "A1", [
    ["Name", "Score"],
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  emulator.book.addTable(emulator.book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 3, right: 1 }, true, "T");
  return emulator;
}

describe("requirement sets given explicitly", () => {
  test("isSetSupported answers from exactly those sets, comparing versions part by part", () => {
    const { Office } = emulatorWith({ ExcelApi: "1.10", SharedRuntime: "1.1" });
    const supported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
    expect(supported("ExcelApi", "1.9")).toBe(true);
    expect(supported("excelapi", "1.10")).toBe(true);
    expect(supported("ExcelApi", "1.11")).toBe(false);
    expect(supported("ExcelApi", "1.2")).toBe(true);
    expect(supported("SharedRuntime", "1.1")).toBe(true);
    expect(supported("CustomFunctionsRuntime", "1.1")).toBe(false);
    expect(supported("ExcelApiOnline", "1.1")).toBe(false);
  });

  test("current profiles claim ExcelApi 1.20 on both platforms", () => {
    for (const platform of ["web", "desktop"] as const) {
      const { Office } = createEmulator({ platform });
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.20")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
      expect(Office.context.requirements.isSetSupported("ExcelApi", "1.21")).toBe(false);
    }
  });

  test("a method of a newer set fails its sync with ApiNotFound, where Excel would, and applies nothing from there", async () => {
    const { Excel, book } = emulatorWith({ ExcelApi: "1.6" });
    const failure = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("D1").values = [["before"]];
      sheet.getRangeByIndexes(0, 4, 1, 1).values = [["after"]]; // ExcelApi 1.7
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({
      code: "ApiNotFound",
      message: expect.stringContaining("Worksheet.getRangeByIndexes is in the ExcelApi 1.7 requirement set"),
    });
    expect(book.getCell("Sheet1", 0, 3).value).toBe("before");
    expect(book.getCell("Sheet1", 0, 4).value).toBe("");
  });

  test("the same call works once the set is there", async () => {
    const { Excel, book } = emulatorWith({ ExcelApi: "1.7" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(0, 4, 1, 1).values = [["after"]];
      await context.sync();
    });
    expect(book.getCell("Sheet1", 0, 4).value).toBe("after");
  });

  test("look-ups, property writes, loads and events are checked as well as methods", async () => {
    const cases: [string, (context: Excel.RequestContext) => void][] = [
      ["TableCollection.getItemOrNullObject", (c) => c.workbook.tables.getItemOrNullObject("T").load("name")],
      ["Workbook.settings", (c) => c.workbook.load("settings")],
      ["SettingCollection.add", (c) => c.workbook.settings.add("k", 1)],
      ["Worksheet.tabColor", (c) => c.workbook.worksheets.getItem("Sheet1").load("tabColor")],
      ["Worksheet.visibility (set)", (c) => (c.workbook.worksheets.getItem("Sheet1").visibility = "Visible")],
      ["TableColumn.name (set)", (c) => (c.workbook.tables.getItem("T").columns.getItemAt(0).name = "Who")],
      [
        "WorksheetCollection.onSelectionChanged",
        (c) => c.workbook.worksheets.onSelectionChanged.add(async () => undefined),
      ],
      ["Range.dataValidation", (c) => c.workbook.worksheets.getItem("Sheet1").getRange("A2").load("dataValidation")],
      [
        "TableRowCollection.add (several rows)",
        (c) =>
          c.workbook.tables.getItem("T").rows.add(undefined, [
            ["d", 4],
            ["e", 5],
          ]),
      ],
      [
        "TableColumnCollection.add (append or name)",
        (c) => c.workbook.tables.getItem("T").columns.add(undefined, undefined, "X"),
      ],
    ];
    for (const [api, batch] of cases) {
      const { Excel } = emulatorWith({ ExcelApi: "1.1" });
      const run = Excel.run(async (context) => {
        batch(context as unknown as Excel.RequestContext);
        await context.sync();
      });
      await expect(run).rejects.toMatchObject({
        code: "ApiNotFound",
        message: expect.stringContaining(`(${api} is in`),
      });
    }
  });

  test("ExcelApi 1.1 calls work with ExcelApi 1.1 alone", async () => {
    const { Excel, book } = emulatorWith({ ExcelApi: "1.1" });
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.rows.add(undefined, [["d", 4]]);
      table.rows.getItemAt(0).delete();
      table.getDataBodyRange().load("values");
      context.workbook.worksheets.getItem("Sheet1").load("name,visibility");
      await context.sync();
    });
    expect(book.table("T")?.range).toBe("A1:B4");
  });

  test("ExcelApiOnline stays web-only, and setPlatform keeps the given sets", () => {
    const emulator = emulatorWith({ ExcelApi: "1.10", ExcelApiOnline: "1.1" }, "web");
    expect(emulator.Office.context.requirements.isSetSupported("ExcelApiOnline")).toBe(true);
    emulator.setPlatform("desktop");
    expect(emulator.Office.context.platform).toBe("PC");
    expect(emulator.Office.context.requirements.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(withRequirementSets(PLATFORM_PROFILES.web, { ExcelApi: "1.4" }).requirementSets).toEqual({
      excelapi: "1.4",
    });
  });

  test("the table tags the APIs other code relies on with Microsoft's sets", () => {
    expect(API_REQUIREMENTS["Table.resize"]).toEqual({ set: "ExcelApi", version: "1.13" });
    expect(API_REQUIREMENTS["RunOptions.mergeUndoGroup"]).toEqual({ set: "ExcelApi", version: "1.20" });
    expect(API_REQUIREMENTS["TableRowCollection.deleteRows"]).toEqual({ set: "ExcelApiOnline", version: "1.1" });
    // Only APIs above ExcelApi 1.1 are listed.
    expect(Object.values(API_REQUIREMENTS).filter((r) => r.set === "ExcelApi" && r.version === "1.1")).toEqual([]);
  });
});
