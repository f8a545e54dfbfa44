import { createEmulator, type Emulator } from "@workbench/emulator";
import type { ExcelResult } from "@excel/excelFailure";
import { onSelectionChanged, selectRange, type SelectedRange } from "@excel/selection";
import { emulatorOptionsFor, emulatorProfiles } from "../fixtures/emulatorProfiles";

let emulator: Emulator;

/** Resolves with the next selection the handler receives. */
function nextSelection(received: ExcelResult<SelectedRange>[]): Promise<ExcelResult<SelectedRange>> {
  const seen = received.length;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      if (received.length > seen) resolve(received[seen]);
      else if (Date.now() - started > 2000) reject(new Error("no selection event arrived"));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

describe.each(emulatorProfiles)("$name", (profile) => {
  beforeEach(async () => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Pipeline");
      await context.sync();
    });
  });

  describe("selectRange (emulator)", () => {
    it("selects the range and activates its sheet", async () => {
      await expect(selectRange("Pipeline", "B3:D9")).resolves.toEqual({ ok: true, value: undefined });
      expect(emulator.book.selection).toEqual({ sheet: "Pipeline", address: "B3:D9" });
    });

    it("answers not-found for a missing sheet", async () => {
      const result = await selectRange("Nowhere", "A1");
      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ kind: "not-found", code: "ItemNotFound" }),
      });
    });

    it("answers invalid for a bad address", async () => {
      const result = await selectRange("Pipeline", "not an address");
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: "invalid" }) });
    });
  });

  describe("onSelectionChanged (emulator)", () => {
    it("reports each selection with its sheet name until unsubscribed", async () => {
      const received: ExcelResult<SelectedRange>[] = [];
      const subscription = await onSelectionChanged((selection) => received.push(selection));
      if (!subscription.ok) throw new Error(subscription.error.message);

      const first = nextSelection(received);
      emulator.book.select("Pipeline", "C4");
      await expect(first).resolves.toEqual({ ok: true, value: { sheet: "Pipeline", address: "C4" } });

      const second = nextSelection(received);
      await selectRange("Sheet1", "A2:B5");
      await expect(second).resolves.toEqual({ ok: true, value: { sheet: "Sheet1", address: "A2:B5" } });

      await expect(subscription.value()).resolves.toEqual({ ok: true, value: undefined });
      emulator.book.select("Pipeline", "E5");
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toHaveLength(2);
    });

    it("hands the handler a failure when the sheet name cannot be read", async () => {
      const received: ExcelResult<SelectedRange>[] = [];
      const subscription = await onSelectionChanged((selection) => received.push(selection));
      if (!subscription.ok) throw new Error(subscription.error.message);

      const next = nextSelection(received);
      emulator.failSync(1, { code: "InvalidOperationInCellEditMode", message: "Cell-edit mode." });
      emulator.book.select("Pipeline", "A1");
      await expect(next).resolves.toEqual({ ok: false, error: expect.objectContaining({ kind: "busy-editing" }) });
    });
  });
});
