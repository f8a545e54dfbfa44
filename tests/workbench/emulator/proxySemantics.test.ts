import { createEmulator, OfficeExtensionError } from "@workbench/emulator/index";

async function rejection(promise: Promise<unknown>): Promise<OfficeExtensionError> {
  try {
    await promise;
  } catch (e) {
    return e as OfficeExtensionError;
  }
  throw new Error("expected the promise to reject");
}

describe("Office proxy semantics", () => {
  test("a missing load throws PropertyNotLoaded", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[1, 2]]);
    const error = await rejection(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
        await context.sync();
        return range.values;
      }),
    );
    expect(error).toBeInstanceOf(OfficeExtensionError);
    expect(error.code).toBe("PropertyNotLoaded");
  });

  test("a loaded property is readable only after sync, then holds the synced value", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[1, "=A1*2"]]);
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:B1");
      return range.values;
    });
    expect(values).toEqual([[1, 2]]);
  });

  test("load accepts arrays, object form and navigation paths", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [[5]]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const a = ws.getRange("A1").load(["values", "rowCount"]);
      const b = ws.getRange("A1").load({ text: true, format: { font: { bold: true } } });
      const c = ws.getRange("A1").load("format/columnWidth");
      a.format.font.bold = true;
      await context.sync();
      expect(a.values).toEqual([[5]]);
      expect(a.rowCount).toBe(1);
      expect(b.text).toEqual([["5"]]);
      expect(b.format.font.bold).toBe(false);
      expect(c.format.columnWidth).toBeGreaterThan(0);
      expect(() => c.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
    expect(book.getCellFormat("Sheet1", 0, 0).bold).toBe(true);
  });

  test("writes are queued until sync", async () => {
    const { Excel, book } = createEmulator();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      expect(book.getCell("Sheet1", 0, 0).value).toBe("");
      await context.sync();
      expect(book.getCell("Sheet1", 0, 0).value).toBe(42);
    });
  });

  test("getItem of a missing sheet fails the sync with ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const { Excel } = createEmulator();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1").load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Sheet1");
    });
  });

  test("an invalid address fails with InvalidArgument and the debug info names the statement", async () => {
    const { Excel } = createEmulator();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A0:ZZZZ1").load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toContain("getRange");
  });

  test("a values array whose shape differs from the range fails with InvalidArgument; a scalar fills every cell", async () => {
    const { Excel, book } = createEmulator();
    const error = await rejection(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2, 3]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(book.getCell("Sheet1", 0, 0).value).toBe("");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = 7 as unknown as number[][];
    });
    expect([book.getCell("Sheet1", 0, 0).value, book.getCell("Sheet1", 1, 1).value]).toEqual([7, 7]);
  });

  test("null in an input array leaves that cell unchanged", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [["keep", "old"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [[null, "new"]];
    });
    expect(book.getCell("Sheet1", 0, 0).value).toBe("keep");
    expect(book.getCell("Sheet1", 0, 1).value).toBe("new");
  });

  test("a failed sync (failSync) applies none of its queued writes; later syncs work", async () => {
    const emulator = createEmulator();
    const { Excel, book } = emulator;
    emulator.failSync(2, { code: "GeneralException", message: "network" });
    const error = await rejection(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [["first"]];
        await context.sync();
        ws.getRange("A2").values = [["second"]];
        ws.getRange("A3").values = [["third"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("GeneralException");
    expect(error.message).toBe("network");
    expect(book.getCell("Sheet1", 0, 0).value).toBe("first");
    expect(book.getCell("Sheet1", 1, 0).value).toBe("");
    expect(book.getCell("Sheet1", 2, 0).value).toBe("");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["again"]];
    });
    expect(book.getCell("Sheet1", 1, 0).value).toBe("again");
  });

  test("a failing command stops the sync there: earlier commands are applied, later ones are not", async () => {
    const { Excel, book } = createEmulator();
    await rejection(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [["x"]];
        ws.getRange("A2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(book.getCell("Sheet1", 0, 0).value).toBe("before");
    expect(book.getCell("Sheet1", 1, 0).value).toBe("");
  });

  test("worksheets: add, items/name, activate, position, delete, getActiveWorksheet", async () => {
    const { Excel, book } = createEmulator();
    const names = await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("Data");
      added.getRange("B2").values = [["x"]];
      added.activate();
      sheets.load("items/name");
      const active = sheets.getActiveWorksheet().load("name, position");
      await context.sync();
      expect(active.name).toBe("Data");
      expect(active.position).toBe(1);
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", "Data"]);
    expect(book.getCell("Data", 1, 1).value).toBe("x");
    const duplicate = await rejection(Excel.run(async (context) => void context.workbook.worksheets.add("data")));
    expect(duplicate.code).toBe("ItemAlreadyExists");
    await Excel.run(async (context) => context.workbook.worksheets.getItem("Sheet1").delete());
    expect(book.sheets()).toEqual(["Data"]);
  });

  test("range navigation resolves against the range at sync", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "B2", [
      [1, 2],
      [3, 4],
    ]);
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Sheet1");
      const base = ws.getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address, values");
      const resized = base.getResizedRange(1, 0).load("address");
      const offset = base.getOffsetRange(0, 2).load("address");
      const column = base.getColumn(1).load("values");
      const entire = base.getEntireColumn().load("address, isEntireColumn");
      const byIndex = ws.getRangeByIndexes(1, 1, 2, 2).load("values, rowIndex, columnIndex");
      const used = ws.getUsedRange().load("address");
      const emptySheet = context.workbook.worksheets.add("Empty").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(cell.address).toBe("Sheet1!C3");
      expect(cell.values).toEqual([[4]]);
      expect(resized.address).toBe("Sheet1!B2:C4");
      expect(offset.address).toBe("Sheet1!D2:E3");
      expect(column.values).toEqual([[2], [4]]);
      expect(entire.address).toBe("Sheet1!B:C");
      expect(entire.isEntireColumn).toBe(true);
      expect([byIndex.rowIndex, byIndex.columnIndex, byIndex.values]).toEqual([
        1,
        1,
        [
          [1, 2],
          [3, 4],
        ],
      ]);
      expect(used.address).toBe("Sheet1!B2:C3");
      expect(emptySheet.isNullObject).toBe(true);
    });
  });

  test("Excel.run syncs once more at the end and returns the batch result", async () => {
    const { Excel, stats } = createEmulator();
    const result = await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      return "done";
    });
    expect(result).toBe("done");
    expect(stats.syncs).toBe(2);
  });

  test("getCount and collection toJSON", async () => {
    const { Excel } = createEmulator();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(count.value).toBe(1);
      expect(context.workbook.worksheets.toJSON()).toEqual({ items: [{ name: "Sheet1" }] });
    });
  });

  test("install() sets the Office globals that add-in code uses", async () => {
    const emulator = createEmulator({ displayLanguage: "zh-CN" });
    const target: Record<string, any> = {};
    emulator.install(target);
    expect(typeof target.Excel.run).toBe("function");
    expect(target.Office.context.displayLanguage).toBe("zh-CN");
    await expect(target.Office.onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(target.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(target.Office.context.requirements.isSetSupported("ExcelApi", "1.99")).toBe(false);
    expect(new target.OfficeExtension.Error("X", "y").code).toBe("X");
    expect(typeof target.CustomFunctions.associate).toBe("function");
    emulator.setDisplayLanguage("en-US");
    expect(target.Office.context.displayLanguage).toBe("en-US");
  });
});
