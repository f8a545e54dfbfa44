/**
 * What writeKeyedRows (src/excel/write/writeKeyedRows.ts) relies on from Excel, pinned here so a
 * change to the emulator that broke it fails this file first:
 * - a request stops at its first failing command: the commands before it stay applied, none after
 *   it is. Microsoft documents it with the OfficeExtension.Error class
 *   (learn.microsoft.com/javascript/api/office/officeextension.error): `traceMessages` "contains
 *   all trace messages that were executed before the error occurred", and its example's second
 *   batch inserts the third and fourth paragraphs, then fails at the fifth;
 * - `table.rows.getItemAt(i)` past the last data row fails the request
 *   (learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-getitemat-member(1):
 *   "Gets a row based on its position in the collection"; there is no row at a position past the
 *   end, and a failed look-up fails the sync like any command).
 */
import { createEmulator } from "@workbench/emulator/index";

describe("a request that fails", () => {
  test("stops at its first failing command: the commands before it are applied, those after it are not", async () => {
    const { Excel, book } = createEmulator();
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("No such sheet").getRange("A1").values = [["failing"]];
        ws.getRange("A2").values = [["after"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(book.getCell("Sheet1", 0, 0).value).toBe("before");
    expect(book.getCell("Sheet1", 1, 0).value).toBe("");
  });

  test("table.rows.getItemAt(i) past the last row fails the request; nothing queued after it is written", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [
      ["ID", "Name"],
      [1, "Ann"],
      [2, "Bo"],
    ]);
    book.addTable(book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 2, right: 1 }, true, "People");
    await expect(
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItem("People");
        table.rows.getItemAt(2).load("index");
        table.getDataBodyRange().getCell(0, 1).values = [["changed"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: "RichApi.Error", code: expect.any(String) });
    expect(book.getCell("Sheet1", 1, 1).value).toBe("Ann");
  });

  test("table.rows.getItemAt(i) at the last row succeeds, and the commands after it are applied", async () => {
    const { Excel, book } = createEmulator();
    book.setValues("Sheet1", "A1", [
      ["ID", "Name"],
      [1, "Ann"],
      [2, "Bo"],
    ]);
    book.addTable(book.requireSheet("Sheet1"), { top: 0, left: 0, bottom: 2, right: 1 }, true, "People");
    let index = -1;
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("People");
      const row = table.rows.getItemAt(1).load("index");
      table.getDataBodyRange().getCell(0, 1).values = [["changed"]];
      await context.sync();
      index = row.index;
    });
    expect(index).toBe(1);
    expect(book.getCell("Sheet1", 1, 1).value).toBe("changed");
  });
});
