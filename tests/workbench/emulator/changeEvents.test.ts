import { createEmulator, type TableChangedEventArgs, type WorksheetChangedEventArgs } from "@workbench/emulator/index";

type Options = Parameters<typeof createEmulator>[0];

/** Lets the handlers Office calls asynchronously (after the change) run. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 10));

/** An emulator with Deals (A1:C4) and Notes (F1:G3) tables on Sheet1, and what their onChanged handlers hear. */
async function listening(options: Options = { platform: "desktop" }) {
  const emulator = createEmulator(options);
  const { book } = emulator;
  const sheet = book.requireSheet("Sheet1");
  book.setValues("Sheet1", "A1", [
    ["DealID", "Stage", "Amount"],
    ["D-1", "Lead", 100],
    ["D-2", "Proposal", 200],
    ["D-3", "Won", 300],
  ]);
  book.setValues("Sheet1", "F1", [
    ["Note", "By"],
    ["a", "x"],
    ["b", "y"],
  ]);
  book.addTable(sheet, { top: 0, left: 0, bottom: 3, right: 2 }, true, "Deals");
  book.addTable(sheet, { top: 0, left: 5, bottom: 2, right: 6 }, true, "Notes");
  const sheetEvents: WorksheetChangedEventArgs[] = [];
  const anySheetEvents: WorksheetChangedEventArgs[] = [];
  const dealsEvents: TableChangedEventArgs[] = [];
  const tablesEvents: TableChangedEventArgs[] = [];
  const registrations = await emulator.Excel.run(async (context) => {
    const registered = [
      context.workbook.worksheets.getItem("Sheet1").onChanged.add((e) => void sheetEvents.push(e)),
      context.workbook.worksheets.onChanged.add((e) => void anySheetEvents.push(e)),
      context.workbook.tables.getItem("Deals").onChanged.add((e) => void dealsEvents.push(e)),
      context.workbook.tables.onChanged.add((e) => void tablesEvents.push(e)),
    ];
    await context.sync();
    return registered;
  });
  return { emulator, book, sheetEvents, anySheetEvents, dealsEvents, tablesEvents, registrations };
}

describe("onChanged events of worksheets and tables", () => {
  test("typing one cell in the grid: one event per listener, with details and triggerSource Unknown", async () => {
    const { book, sheetEvents, anySheetEvents, dealsEvents, tablesEvents } = await listening();
    book.setCellInput("Sheet1", 2, 1, "Negotiation");
    expect(sheetEvents).toHaveLength(0); // delivered after the change, not during it
    await delivered();
    expect(sheetEvents).toEqual([
      expect.objectContaining({
        type: "WorksheetChanged",
        address: "B3",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: book.requireSheet("Sheet1").uid,
        triggerSource: "Unknown",
        details: {
          valueBefore: "Proposal",
          valueAfter: "Negotiation",
          valueTypeBefore: "String",
          valueTypeAfter: "String",
        },
      }),
    ]);
    expect(anySheetEvents).toHaveLength(1);
    expect(dealsEvents).toEqual([
      expect.objectContaining({
        type: "TableChanged",
        address: "B3",
        changeType: "RangeEdited",
        tableId: book.tableModel("Deals")?.id,
        details: expect.objectContaining({ valueBefore: "Proposal", valueAfter: "Negotiation" }),
      }),
    ]);
    expect(tablesEvents.map((e) => e.tableId)).toEqual([book.tableModel("Deals")?.id]);
  });

  test("a single-cell change by the add-in carries details and triggerSource ThisLocalAddin", async () => {
    const { emulator, sheetEvents } = await listening();
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C2").values = [[150]];
      await context.sync();
    });
    await delivered();
    expect(sheetEvents).toEqual([
      expect.objectContaining({
        address: "C2",
        triggerSource: "ThisLocalAddin",
        details: { valueBefore: 100, valueAfter: 150, valueTypeBefore: "Double", valueTypeAfter: "Double" },
      }),
    ]);
  });

  test("a paste of 500 rows is one event with the whole address and no details", async () => {
    const { book, sheetEvents } = await listening();
    const text = Array.from({ length: 500 }, (_, i) => `P-${i}\t${i}`).join("\n");
    const block = book.paste("Sheet1", 9, 9, text);
    expect(block).toEqual({ top: 9, left: 9, bottom: 508, right: 10 });
    await delivered();
    expect(sheetEvents).toHaveLength(1);
    expect(sheetEvents[0].address).toBe("J10:K509");
    expect(sheetEvents[0].details).toBeUndefined();
    expect(book.getCell("Sheet1", 508, 10).value).toBe(499);
  });

  test("an add-in's 500-row write in one sync is one event, without details", async () => {
    const { emulator, sheetEvents } = await listening();
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("J1:J500").values = Array.from({ length: 500 }, (_, i) => [
        i,
      ]);
      await context.sync();
    });
    await delivered();
    expect(sheetEvents.map((e) => e.address)).toEqual(["J1:J500"]);
    expect(sheetEvents[0].details).toBeUndefined();
  });

  test("fill-down is one event over the filled cells; formulas follow their rows", async () => {
    const { book, sheetEvents } = await listening();
    book.setValues("Sheet1", "J1", [["=ROW()*2"]]);
    await delivered();
    sheetEvents.length = 0;
    book.fillDown("Sheet1", { top: 0, left: 9, bottom: 3, right: 9 });
    await delivered();
    expect(sheetEvents.map((e) => e.address)).toEqual(["J2:J4"]);
    expect(book.getCell("Sheet1", 3, 9).value).toBe(8);
  });

  test("undo restores the cells of the user's last edit and fires the event", async () => {
    const { book, sheetEvents, dealsEvents } = await listening();
    book.setCellInput("Sheet1", 1, 1, "Won");
    await delivered();
    expect(book.undo()).toBe(true);
    await delivered();
    expect(book.getCell("Sheet1", 1, 1).value).toBe("Lead");
    expect(sheetEvents.map((e) => [e.address, e.details?.valueBefore, e.details?.valueAfter])).toEqual([
      ["B2", "Lead", "Won"],
      ["B2", "Won", "Lead"],
    ]);
    expect(dealsEvents).toHaveLength(2);
    expect(book.undo()).toBe(false);
  });

  test("undo of a paste restores every pasted cell in one event", async () => {
    const { book, sheetEvents } = await listening();
    book.paste("Sheet1", 1, 1, "Won\nLost\nLead\n");
    expect(book.getCell("Sheet1", 2, 1).value).toBe("Lost");
    book.undo();
    await delivered();
    expect(book.getCell("Sheet1", 2, 1).value).toBe("Proposal");
    expect(sheetEvents.map((e) => e.address)).toEqual(["B2:B4", "B2:B4"]);
  });

  test("a co-author's change arrives with source Remote", async () => {
    const { book, sheetEvents, dealsEvents } = await listening();
    book.remoteEdit("Sheet1", "B4", [["Lost"]]);
    await delivered();
    expect(sheetEvents).toEqual([
      expect.objectContaining({ address: "B4", source: "Remote", triggerSource: "Unknown" }),
    ]);
    expect(dealsEvents).toEqual([expect.objectContaining({ address: "B4", source: "Remote" })]);
  });

  test("rows inserted into and deleted from a table are RowInserted and RowDeleted, one event each", async () => {
    const { emulator, book, dealsEvents, sheetEvents } = await listening();
    await emulator.Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").rows.add(null as unknown as number, [
        ["D-4", "Lead", 400],
        ["D-5", "Lead", 500],
      ]);
      await context.sync();
    });
    await delivered();
    expect(dealsEvents).toEqual([expect.objectContaining({ address: "A5:C6", changeType: "RowInserted" })]);
    expect(sheetEvents).toEqual([expect.objectContaining({ address: "A5:C6", changeType: "RowInserted" })]);
    await emulator.Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").rows.getItemAt(0).delete();
      await context.sync();
    });
    await delivered();
    expect(dealsEvents.map((e) => [e.address, e.changeType])).toEqual([
      ["A5:C6", "RowInserted"],
      ["A2:C2", "RowDeleted"],
    ]);
    expect(book.getCell("Sheet1", 1, 0).value).toBe("D-2");
  });

  test("table events are scoped to the table, with the overlap as the address", async () => {
    const { book, dealsEvents, tablesEvents, sheetEvents } = await listening();
    book.setValues("Sheet1", "G2", [["z"]]); // in Notes only
    book.setValues("Sheet1", "J1", [[1]]); // in no table
    book.paste("Sheet1", 2, 2, "1\t2\t3\t4\t5\t6"); // C3:H3, across Deals (C3) and Notes (F3:G3)
    await delivered();
    const deals = book.tableModel("Deals")?.id;
    const notes = book.tableModel("Notes")?.id;
    expect(sheetEvents.map((e) => e.address)).toEqual(["G2", "J1", "C3:H3"]);
    expect(dealsEvents.map((e) => e.address)).toEqual(["C3"]);
    expect(dealsEvents[0].details).toBeUndefined();
    expect(tablesEvents.map((e) => [e.tableId, e.address])).toEqual([
      [notes, "G2"],
      [deals, "C3"],
      [notes, "F3:G3"],
    ]);
  });

  test("a removed handler stops hearing; the others go on", async () => {
    const { emulator, book, dealsEvents, sheetEvents, registrations } = await listening();
    await emulator.Excel.run(registrations[2].context, async (context) => {
      registrations[2].remove();
      await context.sync();
    });
    book.setCellInput("Sheet1", 1, 2, "999");
    await delivered();
    expect(dealsEvents).toHaveLength(0);
    expect(sheetEvents).toHaveLength(1);
  });

  test("a worksheet's tables collection hears only its own sheet's tables", async () => {
    const emulator = createEmulator({ platform: "web" });
    const { book } = emulator;
    book.addSheet("Other");
    book.setValues("Other", "A1", [["K"], [1]]);
    book.addTable(book.requireSheet("Other"), { top: 0, left: 0, bottom: 1, right: 0 }, true, "OtherT");
    book.setValues("Sheet1", "A1", [["K"], [1]]);
    book.addTable(book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 1, right: 0 }, true, "Mine");
    const heard: string[] = [];
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.onChanged.add((e) => void heard.push(e.tableId));
      await context.sync();
    });
    book.setCellInput("Other", 1, 0, "2");
    book.setCellInput("Sheet1", 1, 0, "2");
    await delivered();
    expect(heard).toEqual([book.tableModel("Mine")?.id]);
  });

  test("details and triggerSource are absent where the host lacks ExcelApi 1.9 and 1.14", async () => {
    const emulator = createEmulator({ platform: "desktop", requirementSets: { ExcelApi: "1.8" } });
    const sheetEvents: WorksheetChangedEventArgs[] = [];
    await emulator.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").onChanged.add((e) => void sheetEvents.push(e));
      await context.sync();
    });
    emulator.book.setCellInput("Sheet1", 1, 1, "Won");
    await delivered();
    expect(sheetEvents).toHaveLength(1);
    expect(sheetEvents[0]).not.toHaveProperty("details");
    expect(sheetEvents[0]).not.toHaveProperty("triggerSource");
  });

  test.each([
    ["Worksheet.onChanged", "1.6"],
    ["Table.onChanged", "1.6"],
    ["TableCollection.onChanged", "1.6"],
    ["WorksheetCollection.onChanged", "1.8"],
  ])("%s is refused with ApiNotFound on ExcelApi %s", async (api, version) => {
    const emulator = createEmulator({ platform: "desktop", requirementSets: { ExcelApi: version } });
    emulator.book.setValues("Sheet1", "A1", [["K"], [1]]);
    emulator.book.addTable(emulator.book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 1, right: 0 }, true, "T");
    const run = emulator.Excel.run(async (context) => {
      const handler = () => undefined;
      if (api === "Worksheet.onChanged") context.workbook.worksheets.getItem("Sheet1").onChanged.add(handler);
      if (api === "Table.onChanged") context.workbook.tables.getItem("T").onChanged.add(handler);
      if (api === "TableCollection.onChanged") context.workbook.tables.onChanged.add(handler);
      if (api === "WorksheetCollection.onChanged") context.workbook.worksheets.onChanged.add(handler);
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({ code: "ApiNotFound", message: expect.stringContaining(`(${api} is in`) });
  });

  test("the enums of the event arguments are there, as code compares against them", () => {
    const { Excel } = createEmulator();
    expect(Excel.EventType.tableChanged).toBe("TableChanged");
    expect(Excel.DataChangeType.rowDeleted).toBe("RowDeleted");
    expect(Excel.EventTriggerSource.thisLocalAddin).toBe("ThisLocalAddin");
    expect(Excel.EventSource.remote).toBe("Remote");
  });

  test("the event's getRange reads the changed cells", async () => {
    const { emulator, book, dealsEvents } = await listening();
    book.paste("Sheet1", 1, 1, "Won\nLost");
    await delivered();
    const values = await emulator.Excel.run(async (context) => {
      const range = dealsEvents[0].getRange(context).load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["Won"], ["Lost"]]);
  });
});
