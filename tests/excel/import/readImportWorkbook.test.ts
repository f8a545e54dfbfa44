import { importTableColumns } from "@core/import/importTableColumns";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { platformProfiles } from "../../fixtures/emulatorProfiles";
import { createLargeWorkbook } from "../../fixtures/largeWorkbook";

// The Import area checks imported rows against the tables already there; it reads only the
// columns those checks use, so a 500,000-row Activities table costs three columns, not eight.
describe.each(platformProfiles)("readImportWorkbook ($name)", (profile) => {
  it("reads Stages, Customers and Deals whole and of Activities only the columns that identify its rows", async () => {
    const emulator = createLargeWorkbook({
      platform: profile.platform,
      customers: 30,
      deals: 40,
      activities: 60,
      reps: 10,
    });
    emulator.install();
    const read = await readImportWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    const { Stages, Customers, Deals, Activities } = read.value.tables;
    expect(Stages?.rows[0]).toEqual(["Prospecting", 1, 0.1, "Pipeline", 14]);
    expect(Customers?.rows).toHaveLength(30);
    expect(Deals?.rows).toHaveLength(40);
    expect(Activities?.rows).toHaveLength(60);
    for (const table of [Customers, Deals, Activities]) {
      if (!table) throw new Error("a table was not read");
      const wanted = new Set(importTableColumns[table.name]);
      for (const [key, at] of Object.entries(table.columns)) {
        const filled = table.rows.some((row) => row[at] !== "");
        // A column read may be empty in this workbook; one not read never holds a value.
        if (!wanted.has(key)) expect([table.name, key, filled]).toEqual([table.name, key, false]);
      }
    }
    expect(Customers?.rows[29][Customers.columns.Company]).toBe("Company 30 Ltd");
    // Update imports compare and show every field: Customers and Deals are read whole.
    expect(importTableColumns.Customers).toContain("Owner");
    expect(Customers?.rows.some((row) => row[Customers.columns.Owner] !== "")).toBe(true);
    expect(Deals?.rows.some((row) => row[Deals.columns.Stage] !== "")).toBe(true);
    expect(read.value.language).toBe("en-US");
  });
});
