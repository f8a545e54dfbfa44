import { createEmulator, type Emulator } from "@workbench/emulator";
import { onTablesChanged, type TableChange } from "@excel/tableChanges";
import type { Unsubscribe } from "@excel/selection";
import { emulatorOptionsFor, platformProfiles } from "../../fixtures/emulatorProfiles";

/** Lets Excel's asynchronous event delivery (and the handler's look-ups) run. */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 30));

let emulator: Emulator;

/** Deals (A1:C3) and Stages (F1:G3) on one sheet, Notes (a table the pane does not watch) on another. */
function workbookWithTables(): void {
  const { book } = emulator;
  book.addSheet("Pipeline");
  book.addSheet("Other");
  book.setValues("Pipeline", "A1", [
    ["DealID", "Stage", "Amount"],
    ["D-1", "Lead", 100],
    ["D-2", "Won", 200],
  ]);
  book.setValues("Pipeline", "F1", [
    ["Stage", "Probability"],
    ["Lead", 0.1],
    ["Won", 1],
  ]);
  book.setValues("Other", "A1", [["Note"], ["hello"]]);
  book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 0, bottom: 2, right: 2 }, true, "Deals");
  book.addTable(book.requireSheet("Pipeline"), { top: 0, left: 5, bottom: 2, right: 6 }, true, "Stages");
  book.addTable(book.requireSheet("Other"), { top: 0, left: 0, bottom: 1, right: 0 }, true, "Notes");
}

async function subscribe(received: TableChange[]): Promise<Unsubscribe> {
  const result = await onTablesChanged(["Deals", "Targets"], (change) => received.push(change));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each(platformProfiles)("onTablesChanged ($name)", (profile) => {
  beforeEach(() => {
    emulator = createEmulator(emulatorOptionsFor(profile));
    emulator.install();
    workbookWithTables();
  });

  test("a change to Deals is heard, with its address, type and source", async () => {
    const received: TableChange[] = [];
    await subscribe(received);
    emulator.book.setCellInput("Pipeline", 1, 1, "Proposal");
    emulator.book.paste("Pipeline", 1, 2, "150\n250");
    emulator.book.remoteEdit("Pipeline", "A3", [["D-9"]]);
    await delivered();
    expect(received).toEqual([
      { table: "Deals", address: "B2", changeType: "RangeEdited", source: "Local" },
      { table: "Deals", address: "C2:C3", changeType: "RangeEdited", source: "Local" },
      { table: "Deals", address: "A3", changeType: "RangeEdited", source: "Remote" },
    ]);
  });

  test("changes to tables not watched, or outside any table, are not heard", async () => {
    const received: TableChange[] = [];
    await subscribe(received);
    emulator.book.setCellInput("Pipeline", 1, 6, "0.2"); // Stages
    emulator.book.setCellInput("Other", 1, 0, "bye"); // Notes
    emulator.book.setCellInput("Pipeline", 10, 10, "x"); // no table
    await delivered();
    expect(received).toEqual([]);
  });

  test("a watched table created after subscribing is heard (set-up makes tables later)", async () => {
    const received: TableChange[] = [];
    await subscribe(received);
    const { book } = emulator;
    book.setValues("Other", "D1", [
      ["Rep", "Target"],
      ["Ann", 10],
    ]);
    book.addTable(book.requireSheet("Other"), { top: 0, left: 3, bottom: 1, right: 4 }, true, "Targets");
    book.setCellInput("Other", 1, 4, "12");
    await delivered();
    expect(received).toEqual([{ table: "Targets", address: "E2", changeType: "RangeEdited", source: "Local" }]);
  });

  test("the add-in's own writes and rows added are heard too", async () => {
    const received: TableChange[] = [];
    await subscribe(received);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Deals").rows.add(undefined, [["D-3", "Lead", 300]]);
      await context.sync();
    });
    await delivered();
    expect(received).toEqual([{ table: "Deals", address: "A4:C4", changeType: "RowInserted", source: "Local" }]);
  });

  test("after unsubscribing nothing more is heard", async () => {
    const received: TableChange[] = [];
    const unsubscribe = await subscribe(received);
    emulator.book.setCellInput("Pipeline", 1, 2, "110");
    await delivered();
    await expect(unsubscribe()).resolves.toEqual({ ok: true, value: undefined });
    emulator.book.setCellInput("Pipeline", 1, 2, "120");
    await delivered();
    expect(received.map((change) => change.address)).toEqual(["C2"]);
  });
});
