import { readSelectedBlock } from "@excel/import/readImportSource";
import { createEmulator, type Emulator } from "@workbench/emulator";

let emulator: Emulator;
beforeEach(() => {
  emulator = createEmulator({ platform: "web" });
  emulator.install();
  emulator.book.setValues("Sheet1", "B3", [
    ["Company", "Phone"],
    ["Acme", "123"],
  ]);
});

// Issue #14: the rows read came from the selection, so whole columns meant 1,048,576 rows in pages.
describe("readSelectedBlock: a selection larger than the data", () => {
  it("reads whole columns only where they hold data, in one page", async () => {
    emulator.book.select("Sheet1", "A:D");
    const before = emulator.stats.syncs;
    const result = await readSelectedBlock();
    expect(result).toMatchObject({ ok: true, value: { sheet: "Sheet1", address: "B3:C4", top: 2, left: 1 } });
    expect(result.ok && result.value.values).toEqual([
      ["Company", "Phone"],
      ["Acme", 123],
    ]);
    // where the selection and the data are, one page of cells, and Excel.run's closing sync
    expect(emulator.stats.syncs - before).toBe(3);
  });

  it("reads the part of a selection that meets the data", async () => {
    emulator.book.select("Sheet1", "C1:C100");
    const result = await readSelectedBlock();
    expect(result).toMatchObject({
      ok: true,
      value: { address: "C3:C4", top: 2, left: 2, values: [["Phone"], [123]] },
    });
  });

  it("gives an empty block at the selection's first cell when it holds no data", async () => {
    emulator.book.select("Sheet1", "F10:H20");
    const result = await readSelectedBlock();
    expect(result).toMatchObject({ ok: true, value: { address: "F10", top: 9, left: 5, values: [] } });
  });
});
