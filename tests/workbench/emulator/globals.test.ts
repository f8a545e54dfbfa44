import { createEmulator } from "@workbench/emulator/index";

/** Add-in style code, typed against @types/office-js and run against the installed globals. */
async function writeDeals(rows: (string | number)[][]): Promise<string> {
  return Excel.run(async (context: Excel.RequestContext) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject("Pipeline");
    await context.sync();
    const target = sheet.isNullObject ? context.workbook.worksheets.add("Pipeline") : sheet;
    const range = target.getRangeByIndexes(0, 0, rows.length, rows[0].length);
    range.values = rows;
    const table = target.tables.add(range, true);
    table.name = "Deals";
    table.getRange().load("address");
    await context.sync();
    return table.getRange().address;
  });
}

describe("the installed globals run add-in code written against @types/office-js", () => {
  const emulator = createEmulator();
  beforeAll(() => emulator.install());

  test("Excel.run with the global types: a load on one getRange() proxy does not load another; failed syncs throw OfficeExtension.Error", async () => {
    await expect(
      writeDeals([
        ["DealID", "Amount"],
        ["D1", 10],
      ]),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    expect(emulator.book.table("Deals")?.range).toBe("A1:B2");
    let caught: unknown;
    try {
      await Excel.run(async (context) => {
        context.workbook.tables.getItem("Missing").load("name");
        await context.sync();
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(OfficeExtension.Error);
    expect((caught as OfficeExtension.Error).code).toBe(Excel.ErrorCodes.itemNotFound);
  });
});
