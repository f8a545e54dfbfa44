/*
 * The contract form's start: which deal the selection is in (a Deals row, by its DealID), and
 * null for the header, beside the table, another sheet or a row without a DealID; in both languages.
 */
import { readSelectedDeal } from "@excel/collections/readSelectedDeal";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator/index";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(60_000);

describe.each(["en-US", "zh-CN"] as const)("the selected deal (%s)", (language) => {
  let emulator: Emulator;
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language, customers: 8 }));
  });

  it("reads the DealID of the Deals row selected, and null elsewhere", async () => {
    const read = await readTables(["Deals", "Customers"]);
    if (!read.ok) throw new Error(read.error.message);
    const deals = read.value.Deals!;
    const customers = read.value.Customers!;
    const id = (i: number) => String(deals.rows[i][deals.columns.DealID]);
    const sheetRow = (i: number) => deals.headerRow + 2 + i;

    emulator.book.select(deals.sheet, `C${sheetRow(2)}`);
    expect(await readSelectedDeal()).toEqual({ ok: true, value: { row: 2, dealId: id(2) } });
    // A block of rows: the row it starts in.
    emulator.book.select(deals.sheet, `A${sheetRow(4)}:D${sheetRow(6)}`);
    expect(await readSelectedDeal()).toEqual({ ok: true, value: { row: 4, dealId: id(4) } });
    // The header, beside the table, below it, a Customers row, another sheet: none.
    for (const [sheet, address] of [
      [deals.sheet, `B${sheetRow(-1)}`],
      [deals.sheet, `ZZ${sheetRow(0)}`],
      [deals.sheet, `A${sheetRow(deals.rows.length + 5)}`],
      [customers.sheet, `B${customers.headerRow + 3}`],
    ]) {
      emulator.book.select(sheet, address);
      expect(await readSelectedDeal()).toEqual({ ok: true, value: null });
    }
    const other = emulator.book.addSheet();
    emulator.book.select(other.name, "B3");
    expect(await readSelectedDeal()).toEqual({ ok: true, value: null });

    // A row whose DealID was cleared in the grid names no deal.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").getDataBodyRange().getCell(1, deals.columns.DealID).values = [[""]];
      await context.sync();
    });
    emulator.book.select(deals.sheet, `B${sheetRow(1)}`);
    expect(await readSelectedDeal()).toEqual({ ok: true, value: null });
  });
});
