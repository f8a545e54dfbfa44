import { createEmulator } from "@workbench/emulator/index";

function dealsEmulator() {
  const emulator = createEmulator();
  emulator.book.addSheet("Pipeline");
  emulator.book.setValues("Pipeline", "A1", [
    ["DealID", "Amount", "Probability", "Weighted"],
    ["D1", 1000, 0.5, ""],
    ["D2", 2000, 0.25, ""],
  ]);
  return emulator;
}

describe("tables", () => {
  test("tables.add, load items/name, getItem missing → ItemNotFound, getItemOrNullObject → null object", async () => {
    const { Excel, book } = dealsEmulator();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Pipeline!A1:D3", true);
      table.name = "Deals";
      table.style = "TableStyleLight9";
      context.workbook.tables.load("items/name");
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      await context.sync();
      expect(context.workbook.tables.items.map((t) => t.name)).toEqual(["Deals"]);
      expect(missing.isNullObject).toBe(true);
    });
    expect(book.table("Deals")).toEqual({
      name: "Deals",
      sheet: "Pipeline",
      range: "A1:D3",
      headers: ["DealID", "Amount", "Probability", "Weighted"],
      showHeaders: true,
      showTotals: false,
      style: "TableStyleLight9",
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Nope").getRange().load("address");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("table names must be valid and unique", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 1 }, true, "Deals");
    book.setValues("Pipeline", "H1", [["X"], [1]]);
    for (const bad of ["Deals", "A1", "has space"]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Pipeline").tables.add("H1:H2", true).name = bad;
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("structured references evaluate and recalculate after rows.add; calculated columns fill new rows", async () => {
    const { Excel, book } = dealsEmulator();
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Pipeline");
      const table = ws.tables.add("A1:D3", true);
      table.name = "Deals";
      table.columns.getItem("Weighted").getDataBodyRange().formulas = [
        ["=[@Amount]*[@Probability]"],
        ["=[@Amount]*[@Probability]"],
      ];
      ws.getRange("F1:H1").formulas = [["=SUM(Deals[Amount])", "=SUM(Deals[Weighted])", "=Deals[[#Headers],[Amount]]"]];
      ws.getRange("F2").formulas = [["=ROWS(Deals[#Data])"]];
      await context.sync();
      const f = ws.getRange("F1:H1").load("values, formulas");
      await context.sync();
      expect(f.values).toEqual([[3000, 1000, "Amount"]]);
      expect(f.formulas).toEqual([["=SUM(Deals[Amount])", "=SUM(Deals[Weighted])", "=Deals[[#Headers],[Amount]]"]]);
      table.rows.add(null, [["D3", 4000, 0.1, null]]);
      table.rows.load("count");
      await context.sync();
      expect(table.rows.count).toBe(3);
    });
    expect(book.getCell("Pipeline", 3, 3)).toMatchObject({ value: 400, formula: "=[@Amount]*[@Probability]" });
    expect(book.getCell("Pipeline", 0, 5).value).toBe(7000);
    expect(book.getCell("Pipeline", 0, 6).value).toBe(1400);
    expect(book.getCell("Pipeline", 1, 5).value).toBe(3);
    expect(book.table("Deals")?.range).toBe("A1:D4");
  });

  test("rows.add at an index moves the rows below down; Table[[#This Row],[Col]] and Table[@Col] work", async () => {
    const { Excel, book } = dealsEmulator();
    const sheet = book.requireSheet("Pipeline");
    book.addTable(sheet, { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    book.setValues("Pipeline", "D2", [["=Deals[@Amount]/10"], ["=Deals[@Amount]/10"]]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").rows.add(0, [["D0", 500, 1, ""]]);
    });
    expect(book.getCell("Pipeline", 1, 0).value).toBe("D0");
    expect(book.getCell("Pipeline", 2, 0).value).toBe("D1");
    expect(book.getCell("Pipeline", 2, 3).value).toBe(100);
    expect(book.getCell("Pipeline", 3, 3).value).toBe(200);
    expect(book.getCell("Pipeline", 1, 3).value).toBe(50);
    book.setValues("Pipeline", "D4", [["=Deals[[#This Row],[Amount]]/100"]]);
    expect(book.getCell("Pipeline", 3, 3).value).toBe(20);
  });

  test("rows.add refuses to grow into occupied cells and rows of the wrong width", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    await expect(
      Excel.run(async (context) => void context.workbook.tables.getItem("Deals").rows.add(null, [["only two", 1]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    book.setValues("Pipeline", "B4", [["in the way"]]);
    await expect(
      Excel.run(async (context) => void context.workbook.tables.getItem("Deals").rows.add(null, [["D3", 1, 1, ""]])),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("table ranges: header, data body, totals; columns.add with values and a name; column items", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Deals");
      const header = table.getHeaderRowRange().load("address, values");
      const body = table.getDataBodyRange().load("address");
      table.columns.add(null, [["=[@Amount]*2"], ["=[@Amount]*2"]], "Double");
      table.showTotals = true;
      const total = table.getTotalRowRange().load("address");
      table.columns.load("items/name");
      await context.sync();
      expect(header.address).toBe("Pipeline!A1:D1");
      expect(header.values).toEqual([["DealID", "Amount", "Probability", "Weighted"]]);
      expect(body.address).toBe("Pipeline!A2:D3");
      expect(total.address).toBe("Pipeline!A4:E4");
      expect(table.columns.items.map((c) => c.name)).toEqual(["DealID", "Amount", "Probability", "Weighted", "Double"]);
      table.rows.add(null, [["D3", 10, 0, "", ""]]);
    });
    expect(book.getCell("Pipeline", 2, 4).value).toBe(4000);
    expect(book.getCell("Pipeline", 3, 4)).toMatchObject({ value: 20, formula: "=[@Amount]*2" });
    expect(book.getCell("Pipeline", 4, 0).value).toBe("Total");
  });

  test("renaming a table rewrites formulas that use it; editing a header renames the column", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    book.setValues("Pipeline", "F1", [["=SUM(Deals[Amount])"]]);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").name = "Opportunities";
    });
    expect(book.getCell("Pipeline", 0, 5)).toMatchObject({ value: 3000, formula: "=SUM(Opportunities[Amount])" });
    book.setCellInput("Pipeline", 0, 1, "Value");
    expect(book.table("Opportunities")?.headers[1]).toBe("Value");
  });

  test("a formula referring to a missing table or column is refused", async () => {
    const { Excel } = dealsEmulator();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Pipeline").getRange("F1").formulas = [["=SUM(Nope[Amount])"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("convertToRange keeps the data and turns structured references into A1 references", () => {
    const { book } = dealsEmulator();
    const table = book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    book.setValues("Pipeline", "F1", [["=SUM(Deals[Amount])"]]);
    book.removeTable(table, true);
    expect(book.tables()).toEqual([]);
    expect(book.getCell("Pipeline", 0, 5)).toMatchObject({ value: 3000, formula: "=SUM(Pipeline!$B$2:$B$3)" });
  });
});

describe("Table.resize (ExcelApi 1.13)", () => {
  test("grows over the values below and shrinks, moving no cells; structured references follow", async () => {
    const { Excel, book } = dealsEmulator();
    book.setValues("Pipeline", "A4", [["D3", 4000, 0.5, ""]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Pipeline");
      sheet.tables.add("A1:D3", true).name = "Deals";
      sheet.getRange("F1").formulas = [["=SUM(Deals[Amount])"]];
      await context.sync();
      expect(book.getCell("Pipeline", 0, 5).value).toBe(3000);
      context.workbook.tables.getItem("Deals").resize(sheet.getRange("A1:D4"));
      await context.sync();
    });
    expect(book.table("Deals")?.range).toBe("A1:D4");
    expect(book.getCell("Pipeline", 0, 5).value).toBe(7000);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").resize("A1:D2");
      await context.sync();
    });
    expect(book.table("Deals")?.range).toBe("A1:D2");
    expect(book.getCell("Pipeline", 2, 1).value).toBe(2000); // let go, not cleared
    expect(book.getCell("Pipeline", 0, 5).value).toBe(1000);
  });

  test("getUsedRangeOrNullObject(true) of the empty cells below a table is a null object, a value there is found", async () => {
    const { Excel, book } = dealsEmulator();
    book.setValues("Pipeline", "F20", [["elsewhere"]]);
    const below = async () =>
      Excel.run(async (context) => {
        const used = context.workbook.worksheets
          .getItem("Pipeline")
          .getRange("A4:D10")
          .getUsedRangeOrNullObject(true)
          .load("address");
        await context.sync();
        return used.isNullObject ? null : used.address;
      });
    expect(await below()).toBeNull();
    book.setValues("Pipeline", "C7", [["x"]]);
    expect(await below()).toBe("Pipeline!C7");
  });

  test("refuses a range that moves the header row, does not overlap, or overlaps another table", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    book.setValues("Pipeline", "A6", [["Other"], [1]]);
    book.addTable(book.requireSheet("Pipeline"), { top: 5, left: 0, bottom: 6, right: 0 }, true, "Other");
    for (const bad of ["A2:D4", "F1:I3", "A1:D7"]) {
      await expect(
        Excel.run(async (context) => {
          context.workbook.tables.getItem("Deals").resize(bad);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
    expect(book.table("Deals")?.range).toBe("A1:D3");
  });
});

describe("navigation properties", () => {
  test("table.worksheet and range.worksheet are the same proxy each time, so a load through them is readable", async () => {
    const { Excel, book } = dealsEmulator();
    book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 3 }, true, "Deals");
    await Excel.run(async (context) => {
      context.workbook.tables.load("items/name, items/worksheet/name");
      const range = context.workbook.tables.getItem("Deals").getRange();
      range.worksheet.load("name");
      await context.sync();
      expect(context.workbook.tables.items[0].worksheet.name).toBe("Pipeline");
      expect(range.worksheet.name).toBe("Pipeline");
    });
  });
});
