import { createEmulator, type Emulator } from "@workbench/emulator";
import { readWorkbookStatus, type WorkbookStatus } from "@excel/workbookStatus";
import { runExcel } from "@excel/runExcel";
import { settingKeys, tableHeaders, tableNames, tableSpec, type TableName } from "@core/workbook/schema";
import { emulatorOptionsFor, emulatorProfiles } from "../fixtures/emulatorProfiles";

let emulator: Emulator;

/** Adds a table with a header row and `rows` data rows on a new sheet, through Office.js itself. */
async function addTable(sheetName: string, tableName: string, rows: number): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const values = [["Key", "Value"], ...Array.from({ length: rows }, (_, i) => [`k${i}`, i])];
    sheet.getRangeByIndexes(0, 0, values.length, 2).values = values;
    const table = sheet.tables.add(`A1:B${values.length}`, true);
    table.name = tableName;
    await context.sync();
  });
}

/** Every schema column of a table, as missing from a header row in English. */
function allMissing(table: TableName) {
  return tableSpec(table).columns.map((column) => ({ table, key: column.key, header: column.header["en-US"] }));
}

function expectOk(result: Awaited<ReturnType<typeof readWorkbookStatus>>): WorkbookStatus {
  if (!result.ok) throw new Error(`expected a status, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });

  // readWorkbookStatus loads "items/worksheet/name" and "items/rows/count" on workbook.tables, as
  // Office.js documents (TableCollectionLoadOptions.worksheet / .rows). The emulator must keep one
  // proxy per navigation property (table.worksheet) for these loads to be readable after sync.
  describe("readWorkbookStatus (emulator)", () => {
    it("reports every SalesGrid table missing in an empty workbook", async () => {
      const status = expectOk(await readWorkbookStatus());
      expect(status.tables.map((table) => table.name)).toEqual(tableNames);
      expect(status.tables).toHaveLength(11);
      expect(status.tables.every((table) => !table.present)).toBe(true);
      expect(status.schemaVersion).toBeNull();
      expect(status.language).toBeNull();
    });

    it("finds the SalesGrid tables that exist, with their sheet and row count, and ignores others", async () => {
      await addTable("设置", "Stages", 7);
      await addTable("Pipeline", "deals", 3);
      await addTable("Misc", "Table9", 2);

      const status = expectOk(await readWorkbookStatus());

      expect(status.tables.find((t) => t.name === "Stages")).toEqual({
        name: "Stages",
        present: true,
        sheet: "设置",
        rowCount: 7,
        missingColumns: allMissing("Stages"),
      });
      expect(status.tables.find((t) => t.name === "Deals")).toEqual({
        name: "Deals",
        present: true,
        sheet: "Pipeline",
        rowCount: 3,
        missingColumns: allMissing("Deals"),
      });
      expect(status.tables.filter((t) => !t.present).map((t) => t.name)).toEqual([
        "Customers",
        "Activities",
        "Team",
        "Targets",
        "ActionPlan",
        "Scorecard",
        "Contracts",
        "Payments",
        "Service",
      ]);
    });

    it("names the schema columns a table's header row lacks, in the language its headers are in", async () => {
      for (const language of ["en-US", "zh-CN"] as const) {
        const headers = tableHeaders("Deals", language);
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.add(`Deals ${language}`);
          sheet.getRangeByIndexes(0, 0, 2, headers.length).values = [headers, headers.map(() => "")];
          sheet.tables.add(sheet.getRangeByIndexes(0, 0, 2, headers.length), true).name = "Deals";
          await context.sync();
        });
        const complete = expectOk(await readWorkbookStatus()).tables.find((t) => t.name === "Deals");
        expect(complete?.present && complete.missingColumns).toEqual([]);

        const amount = tableSpec("Deals").columns.findIndex((column) => column.key === "Amount");
        emulator.book.setCellInput(`Deals ${language}`, 0, amount, "Contract value");
        const renamed = expectOk(await readWorkbookStatus()).tables.find((t) => t.name === "Deals");
        const header = tableSpec("Deals").columns[amount].header[language];
        expect(renamed?.present && renamed.missingColumns).toEqual([{ table: "Deals", key: "Amount", header }]);

        await Excel.run(async (context) => {
          context.workbook.worksheets.getItem(`Deals ${language}`).delete();
          await context.sync();
        });
      }
    });

    it("reads the settings the add-in records", async () => {
      await Excel.run(async (context) => {
        context.workbook.settings.add(settingKeys.schemaVersion, 1);
        context.workbook.settings.add(settingKeys.language, "zh-CN");
        await context.sync();
      });
      const status = expectOk(await readWorkbookStatus());
      expect(status.schemaVersion).toBe(1);
      expect(status.language).toBe("zh-CN");
    });

    it("treats unreadable settings as absent", async () => {
      await Excel.run(async (context) => {
        context.workbook.settings.add(settingKeys.schemaVersion, "two");
        context.workbook.settings.add(settingKeys.language, "fr-FR");
        await context.sync();
      });
      const status = expectOk(await readWorkbookStatus());
      expect(status.schemaVersion).toBeNull();
      expect(status.language).toBeNull();
    });

    it("reads everything in one sync", async () => {
      await addTable("Customers", "Customers", 4);
      await addTable("Team", "Team", 2);
      emulator.stats.reset();

      expectOk(await readWorkbookStatus());

      // The emulator also counts Excel.run's closing sync; it carries no command, so it is no round trip.
      const roundTrips = emulator.stats.requests.filter((request) => request.commands > 0);
      expect(roundTrips).toHaveLength(1);
      expect(emulator.stats.syncs - roundTrips.length).toBeLessThanOrEqual(1);
    });

    it("answers with a typed failure when the sync fails", async () => {
      emulator.failSync(1, {
        code: "InvalidOperationInCellEditMode",
        message: "The operation is not allowed in cell-edit mode.",
      });
      const result = await readWorkbookStatus();
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: "busy-editing", code: "InvalidOperationInCellEditMode" }),
      });
    });
  });

  describe("runExcel (emulator)", () => {
    it("turns getItem of a missing sheet into a not-found result instead of a throw", async () => {
      const result = await runExcel(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Nowhere");
        sheet.load("name");
        await context.sync();
        return sheet.name;
      });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.kind).toBe("not-found");
      expect(!result.ok && result.error.code).toBe("ItemNotFound");
      expect(!result.ok && result.error.message.length).toBeGreaterThan(0);
    });

    it("reports a property read without load as an Office failure, not a crash", async () => {
      const result = await runExcel(async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        await context.sync();
        return sheet.name;
      });
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: "office", code: "PropertyNotLoaded" }),
      });
    });
  });
});
