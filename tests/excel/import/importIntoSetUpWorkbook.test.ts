/**
 * Importing into a workbook that set-up built (the shared sample fixture): the list is appended
 * to set-up's own tables in the workbook's language, its formula columns (set-up's calculated
 * columns, NextContact reading the Cadences table) fill the new rows, and the customers already
 * there are found as duplicates (查重).
 */
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import type { Emulator } from "@workbench/emulator";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { convertSheet } from "./importOnEmulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(120_000);

let emulator: Emulator;

function customersTable() {
  const table = emulator.book.tableModels().find((t) => t.name === "Customers");
  if (!table) throw new Error("no Customers table");
  return table;
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile }));
  });

  it("appends a pasted list to the set-up Customers table; NextContact computes from Cadences; duplicates are found", async () => {
    const workbook = await readImportWorkbook();
    if (!workbook.ok) throw new Error(workbook.error.message);
    expect(workbook.value.language).toBe("zh-CN");
    expect(workbook.value.cadences).toBe(true);
    const customers = workbook.value.tables.Customers!;
    const existingCompany = customers.rows[0][customers.columns.Company] as string;
    const rowsBefore = customers.rows.length;

    emulator.book.addSheet("粘贴");
    emulator.book.setValues("粘贴", "A1", [
      ["Company", "Contact", "Mobile", "Tier", "Last contact", "Source"],
      ["New Horizon Ltd", "Ann Lee", "'133 1111 2222", "A", "6/1/2024", '\'=HYPERLINK("http://x")'],
      [existingCompany, "Someone", "13322223333", "B", "2024-05-20", "Referral"],
    ]);
    const { plan, written } = await convertSheet({ sheet: "粘贴", target: "Customers", mode: "append" });
    expect(written).toMatchObject({ ok: true, value: { mode: "append", done: 2, total: 2 } });
    expect(plan.result.problems.filter((p) => p.kind === "duplicate-name").map((p) => p.value)).toEqual([
      existingCompany,
    ]);

    const table = customersTable();
    expect(table.range.bottom - table.range.top).toBe(rowsBefore + 2);
    const col = (header: string) => table.range.left + table.columns.findIndex((c) => c.name === header);
    const newRow = table.range.bottom - 1;
    const sheet = customers.sheet;
    expect(emulator.book.getCell(sheet, newRow, col("公司名称")).value).toBe("New Horizon Ltd");
    expect(emulator.book.getCell(sheet, newRow, col("最近联系")).value).toBe(45444); // 2024-06-01
    expect(emulator.book.getCell(sheet, newRow, col("下次联系")).value).toBe(45444 + 14); // tier A, Cadences
    expect(emulator.book.getCell(sheet, newRow, col("下次联系")).formula).toBe(
      "=SALES.NEXTVISIT([@最近联系],[@客户等级],Cadences)",
    );
    // Set-up formats phones as Text: they go in as typed, no apostrophe shows; formula-like text
    // stays text.
    expect(emulator.book.getCell(sheet, newRow, col("电话"))).toMatchObject({
      value: "133 1111 2222",
      text: "133 1111 2222",
    });
    expect(emulator.book.getCell(sheet, newRow, col("来源")).value).toBe('=HYPERLINK("http://x")');
    expect(emulator.book.getCell(sheet, newRow, col("来源")).formula).toBeUndefined();
    expect(emulator.book.getCell(sheet, newRow + 1, col("电话")).value).toBe("13322223333");
  });
});
