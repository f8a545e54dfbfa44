import { setupSettingKeys } from "@core/setup/setupRecord";
import type { SetupReport } from "@core/setup/setupReport";
import { generateSampleWorkbook } from "@core/sample/generateSampleWorkbook";
import type { TableName } from "@core/workbook/schema";
import { sampleRows, sampleTables } from "@core/setup/tableRows";
import { setUpWorkbook, type SetupProgress } from "@excel/setup/setUpWorkbook";
import { chunkRows } from "@excel/write/writeInChunks";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { createSalesEmulator, sampleToday } from "../../fixtures/sampleWorkbook";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";

jest.setTimeout(180_000);

const request = { language: "en-US" as const, sample: true, today: sampleToday, customers: 20 };
const small = { maxRequestBytes: 20_000 };

function outcome(report: SetupReport, table: string) {
  return report.tables.find((t) => t.table === table)!;
}

async function rows() {
  const read = await readTables(["Customers", "Deals", "Activities", "Team", "Stages"]);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

let emulator: Emulator;
describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(async () => {
    emulator = await createSalesEmulator(sampleToday, profile);
  });

  describe("running set-up again", () => {
    it("keeps every table, the user's edits and columns, and duplicates nothing", async () => {
      const first = await setUpWorkbook(request);
      if (!first.ok) throw new Error(first.error.message);
      await Excel.run(async (context) => {
        const deals = context.workbook.tables.getItem("Deals");
        deals.columns.getItemAt(4).getDataBodyRange().getCell(0, 0).values = [[12345]];
        deals.columns.getItemAt(16).getDataBodyRange().getCell(0, 0).values = [["Call the buyer"]];
        context.workbook.tables.getItem("Customers").columns.add(undefined, undefined, "My notes");
        await context.sync();
      });
      const before = await rows();
      const tablesBefore = emulator.book.tables();

      const second = await setUpWorkbook({ ...request, language: "zh-CN" });

      if (!second.ok) throw new Error(second.error.message);
      expect(second.value.tables.map((t) => t.action)).toEqual(second.value.tables.map(() => "kept"));
      expect(second.value.sample).toBe("unavailable");
      expect(second.value.language).toBe("en-US");
      expect(second.value.names).toEqual([]);
      expect(emulator.book.tables()).toEqual(tablesBefore);
      expect(await rows()).toEqual(before);
      expect(before.Deals!.rows[0][4]).toBe(12345);
      expect(before.Customers!.headers.at(-1)).toBe("My notes");
      expect(emulator.book.names()).toHaveLength(3);
      expect(emulator.book.dataValidations("Pipeline")).toHaveLength(4);
      expect(emulator.book.conditionalFormats("Pipeline")).toHaveLength(1);
    });

    it("adds only what is missing, beside what the user keeps on a sheet", async () => {
      emulator.book.addSheet("Team");
      emulator.book.setValues("Team", "A1", [["My own list"], ["keep me"]]);
      await Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Customers");
        sheet.getRange("A1:B2").values = [
          ["Name", "Owner"],
          ["Ada", "Bo"],
        ];
        sheet.tables.add("A1:B2", true).name = "customers";
        await context.sync();
      });

      const result = await setUpWorkbook({ ...request, sample: false });

      if (!result.ok) throw new Error(result.error.message);
      expect(outcome(result.value, "Customers")).toMatchObject({ action: "kept", sheet: "Customers" });
      expect(outcome(result.value, "Customers").missingColumns).toContain("NextContact");
      expect(outcome(result.value, "Team")).toMatchObject({ action: "created", sheet: "Team" });
      // Seven Team columns since EndDate (Rep … StartDate, EndDate, Capacity, Email).
      expect(emulator.book.table("Team")!.range).toBe("C1:I2");
      expect(emulator.book.getCell("Team", 1, 0).value).toBe("keep me");
      expect(emulator.book.table("customers")!.range).toBe("A1:B2");
      expect(emulator.book.getCell("Customers", 1, 0).value).toBe("Ada");
    });
  });

  describe("a set-up that fails halfway", () => {
    let expected: Awaited<ReturnType<typeof rows>>;
    let syncs: number;
    beforeAll(async () => {
      const clean = await createSalesEmulator(sampleToday, profile);
      const reference = await setUpWorkbook(request, small);
      if (!reference.ok) throw new Error(reference.error.message);
      syncs = clean.stats.syncs;
      expected = await rows();
    });

    it.each([
      ["while creating the tables", 3],
      ["while adding sample rows", 6],
      ["while finishing", -1],
    ])("leaves a workbook that running it again completes (%s)", async (_when, nth) => {
      // -1: the finishing request, the one before Excel.run's closing sync.
      emulator.failSync(nth > 0 ? nth : syncs - 1);
      const failed = await setUpWorkbook(request, small);

      expect(failed.ok).toBe(false);
      if (failed.ok) return;
      expect(failed.report.done).toBe(false);
      const deals = outcome(failed.report, "Deals");
      if (nth === 3) expect(deals).toMatchObject({ action: "not-written", rowsWritten: 0, finished: false });
      else expect(deals).toMatchObject({ action: "created", finished: false });
      if (nth === 6) expect(failed.report.tables.some((t) => t.rowsWritten < t.rowsPlanned)).toBe(true);

      const again = await setUpWorkbook(request, small);

      if (!again.ok) throw new Error(again.error.message);
      expect(again.value.done).toBe(true);
      expect(outcome(again.value, "Deals").action).toBe(nth === 3 ? "created" : "completed");
      expect(await rows()).toEqual(expected);
      expect(emulator.book.dataValidations("Pipeline")).toHaveLength(4);
      expect(emulator.book.conditionalFormats("Pipeline")).toHaveLength(1);
      expect(emulator.book.names()).toHaveLength(3);
      const tables = new Map(emulator.snapshot().settings).get(setupSettingKeys.tables) as Record<
        string,
        { complete: boolean }
      >;
      expect(Object.values(tables).every((t) => t.complete)).toBe(true);
    });
  });

  describe("big writes", () => {
    it("syncs once per chunk, not per row, and keeps each request far under 5 MB", async () => {
      const progress: SetupProgress[] = [];
      const result = await setUpWorkbook(request, { ...small, onProgress: (p) => progress.push(p) });
      if (!result.ok) throw new Error(result.error.message);
      // Rows beyond the first of each sample table go in chunks sized by writeInChunks.
      const sample = generateSampleWorkbook({ seed: 1, language: "en", today: sampleToday, customers: 20 });
      // Every sample table (Customers, Deals, Activities, Team, Contracts, Payments).
      const tablesWithSample = sampleTables.length;
      const chunks = sampleTables.reduce((sum, table) => {
        const rest = sampleRows(table as TableName, sample).slice(1);
        return sum + Math.ceil(rest.length / chunkRows(rest, small.maxRequestBytes));
      }, 0);
      const rowsWritten = result.value.tables.reduce((sum, t) => sum + t.rowsWritten, 0);
      // read ×2, the tables, the chunks, a check of the cells below before each table's chunks after
      // its first (appendRows), finishing, Excel.run's closing sync
      expect(emulator.stats.syncs).toBe(2 + 1 + chunks + (chunks - tablesWithSample) + 1 + 1);
      expect(emulator.stats.syncs).toBeLessThan(rowsWritten / 20);
      expect(emulator.stats.largestRequestBytes()).toBeLessThan(5_000_000);
      expect(progress.at(-1)).toEqual({ phase: "finishing", done: 1, total: 1 });
      const rowSteps = progress.filter((p) => p.phase === "rows");
      expect(rowSteps).toHaveLength(tablesWithSample + chunks);
      // Progress counts the sample rows: not the fixed ones (7 stages, 3 cadences, 15 service levels) nor
      // the first row of each sample table, written with the table.
      const sampleRowsWritten = rowsWritten - 7 - 3 - 15 - tablesWithSample;
      expect(rowSteps.at(-1)).toEqual({ phase: "rows", done: sampleRowsWritten, total: sampleRowsWritten });
    });

    it("keeps requests under 5 MB with the default chunk size", async () => {
      const result = await setUpWorkbook({ ...request, customers: 300 });
      if (!result.ok) throw new Error(result.error.message);
      expect(emulator.stats.syncs).toBe(2 + 1 + sampleTables.length + 1 + 1);
      expect(emulator.stats.largestRequestBytes()).toBeLessThan(2_000_000);
    });

    it("stops between chunks on cancel and finishes what it wrote", async () => {
      const controller = new AbortController();
      const result = await setUpWorkbook(request, {
        ...small,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === "rows" && p.done > 0) controller.abort();
        },
      });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.sample).toBe("cancelled");
      const written = result.value.tables.reduce((sum, t) => sum + t.rowsWritten, 0);
      const planned = result.value.tables.reduce((sum, t) => sum + t.rowsPlanned, 0);
      expect(written).toBeLessThan(planned);
      expect(result.value.tables.every((t) => t.finished)).toBe(true);
      expect(emulator.book.dataValidations("Customers").length).toBeGreaterThan(0);
    });
  });
});
