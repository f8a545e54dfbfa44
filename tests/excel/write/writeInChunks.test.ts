import { createEmulator, type Emulator } from "@workbench/emulator";
import { chunkRows, writeInChunks, type WriteProgress } from "@excel/write/writeInChunks";
import { runExcel } from "@excel/runExcel";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";

let emulator: Emulator;

const rowsOf = (count: number) => Array.from({ length: count }, (_, i) => [`客户${i}`, i, "备注 note"]);

describe("chunkRows", () => {
  it("keeps an estimated chunk under the byte limit, and at least one row", () => {
    const rows = rowsOf(1000);
    const size = chunkRows(rows, 10_000);
    expect(size * 2 * new TextEncoder().encode(JSON.stringify(rows[999])).length).toBeLessThanOrEqual(10_000);
    expect(chunkRows([["x".repeat(50_000)]], 1_000)).toBe(1);
    expect(chunkRows([], 1_000)).toBe(1);
    expect(chunkRows(rowsOf(100_000), 1e9, 500)).toBe(500);
  });

  // Issue #14: a NaN size would slice nothing, and the write loop would never advance.
  it("gives a whole number of rows, at least one, for NaN, Infinity and extreme limits", () => {
    for (const limit of [NaN, Infinity, -Infinity, 0, -1e308, 1e-300, 1e308]) {
      for (const size of [chunkRows(rowsOf(10), limit), chunkRows(rowsOf(10), 10_000, limit)]) {
        expect(size).toBeGreaterThanOrEqual(1);
        expect(Number.isInteger(size) || size === Infinity).toBe(true);
        expect(Number.isNaN(size)).toBe(false);
      }
    }
  });
});

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
  });

  describe("writeInChunks (emulator)", () => {
    it("writes every row with one sync per chunk and reports progress", async () => {
      const rows = rowsOf(2_500);
      const progress: WriteProgress[] = [];
      const before = emulator.stats.syncs;
      const result = await runExcel(async (context) => {
        const sheet = context.workbook.worksheets.add("Data");
        return writeInChunks(
          context,
          rows,
          (chunk, offset) => {
            sheet.getRangeByIndexes(offset, 0, chunk.length, 3).values = chunk;
          },
          { maxRows: 1_000, onProgress: (p) => progress.push(p) },
        );
      });
      expect(result).toEqual({ ok: true, value: { done: 2_500, total: 2_500, cancelled: false } });
      expect(emulator.stats.syncs - before).toBe(3 + 1); // three chunks and Excel.run's closing sync
      expect(progress.map((p) => p.done)).toEqual([0, 1_000, 2_000, 2_500]);
      expect(emulator.book.getCell("Data", 2_499, 0).value).toBe("客户2499");
      expect(emulator.stats.largestRequestBytes()).toBeLessThan(1_000_000);
    });

    it("stops between chunks when cancelled, keeping what was written", async () => {
      const controller = new AbortController();
      const result = await runExcel(async (context) => {
        const sheet = context.workbook.worksheets.add("Data");
        return writeInChunks(
          context,
          rowsOf(300),
          (chunk, offset) => {
            sheet.getRangeByIndexes(offset, 0, chunk.length, 3).values = chunk;
          },
          { maxRows: 100, onProgress: (p) => p.done === 100 && controller.abort(), signal: controller.signal },
        );
      });
      expect(result).toEqual({ ok: true, value: { done: 100, total: 300, cancelled: true } });
      expect(emulator.book.getCell("Data", 99, 1).value).toBe(99);
      expect(emulator.book.getCell("Data", 100, 1).value).toBe("");
    });

    it("rejects at a failed sync after the chunks before it landed", async () => {
      const progress: number[] = [];
      await runExcel(async (context) => {
        context.workbook.worksheets.add("Data");
        await context.sync();
      });
      emulator.failSync(2);
      const result = await runExcel(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        return writeInChunks(
          context,
          rowsOf(300),
          (chunk, offset) => {
            sheet.getRangeByIndexes(offset, 0, chunk.length, 3).values = chunk;
          },
          { maxRows: 100, onProgress: (p) => progress.push(p.done) },
        );
      });
      expect(result.ok).toBe(false);
      expect(progress).toEqual([0, 100]);
      expect(emulator.book.getCell("Data", 99, 1).value).toBe(99);
      expect(emulator.book.getCell("Data", 100, 1).value).toBe("");
    });
  });
});
