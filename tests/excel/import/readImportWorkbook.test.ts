import { importTableColumns } from "@core/import/importTableColumns";
import { readImportWorkbook } from "@excel/import/readImportWorkbook";
import { platformProfiles } from "../../fixtures/emulatorProfiles";
import { createLargeWorkbook } from "../../fixtures/largeWorkbook";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

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
    // This workbook has no Contracts table: nothing is read for it, and the rest reads as before.
    expect(read.value.tables.Contracts).toBeUndefined();
  });

  it("reads Contracts' ContractIDs (and Deals' DealIDs) in the same paged read, no round trip more", async () => {
    const { emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile });
    let before = emulator.stats.syncs;
    const read = await readImportWorkbook();
    if (!read.ok) throw new Error(read.error.message);
    const withContracts = emulator.stats.syncs - before;
    // readTables: open every table, one page of rows, the closing sync; then the settings and
    // first rows: one sync and the closing one. Contracts adds none.
    expect(withContracts).toBe(5);
    const { Contracts, Deals } = read.value.tables;
    if (!Contracts || !Deals) throw new Error("Contracts or Deals was not read");
    const ids = Contracts.rows.map((row) => row[Contracts.columns.ContractID]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids[0]).toBe("HT-0001");
    expect(ids.every((id) => typeof id === "string" && /^HT-\d{4}$/.test(id))).toBe(true);
    // Of Contracts only ContractID is fetched: its DealID, amounts and formulas read as "".
    for (const [key, at] of Object.entries(Contracts.columns)) {
      if (key !== "ContractID") expect([key, Contracts.rows.some((row) => row[at] !== "")]).toEqual([key, false]);
    }
    expect(Deals.rows.every((row) => String(row[Deals.columns.DealID]).startsWith("D"))).toBe(true);

    // Without the Contracts table the read is the same number of syncs, and says nothing of it.
    const table = emulator.book.tableModel("Contracts");
    if (!table) throw new Error("the sample has no Contracts table");
    emulator.book.removeTable(table, false);
    before = emulator.stats.syncs;
    const without = await readImportWorkbook();
    if (!without.ok) throw new Error(without.error.message);
    expect(emulator.stats.syncs - before).toBe(withContracts);
    expect(without.value.tables.Contracts).toBeUndefined();
    expect(without.value.tables.Deals?.rows).toHaveLength(Deals.rows.length);
  });
});
