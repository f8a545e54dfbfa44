/**
 * The recorder driven by the emulator's change events, as in Excel: recording turned on through
 * the Workbook area's service, then edits made as a user makes them in the grid (a paste over 500
 * rows, Ctrl+Z, typing one cell) and a co-author's edit arriving from another computer.
 */
import { recordingService, stopRecording } from "@excel/pipeline/history/dealRecording";
import { readTables } from "@excel/tables/readTables";
import type { Emulator } from "@workbench/emulator";
import { platformProfiles } from "../../../fixtures/emulatorProfiles";
import { setUpSampleWorkbook } from "../../../fixtures/sampleWorkbook";

jest.setTimeout(300_000);

async function history() {
  const read = await readTables(["Deals", "DealHistory"]);
  if (!read.ok) throw new Error(read.error.message);
  return { deals: read.value.Deals!, history: read.value.DealHistory };
}

/** Waits until the history holds `count` rows (the recorder runs after Excel delivers the event). */
async function historyRows(count: number): Promise<number> {
  const deadline = Date.now() + 60_000;
  let rows = (await history()).history?.rows.length ?? 0;
  while (rows < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    rows = (await history()).history?.rows.length ?? 0;
  }
  return rows;
}

/** Lets events be delivered and any run they start finish. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 1_000));

describe.each(platformProfiles)("the deal recorder on change events ($name)", (profile) => {
  let emulator: Emulator;

  beforeAll(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 300, profile }));
    const turned = await recordingService.turn(true);
    if (!turned.ok) throw new Error(turned.error.message);
    expect(turned.value.running).toBe(true);
  });

  afterAll(async () => {
    await stopRecording();
  });

  it("records a paste over 500 rows once each, then the undo of that paste", async () => {
    const { deals } = await history();
    expect(deals.rows.length).toBeGreaterThanOrEqual(500);
    const amountAt = deals.columns.Amount;
    const pasted = deals.rows.slice(0, 500).map((row) => Number(row[amountAt]) + 1);
    emulator.book.paste("Pipeline", 1, amountAt, pasted.join("\n"));

    expect(await historyRows(500)).toBe(500);
    await settled();
    const after = await history();
    expect(after.history!.rows).toHaveLength(500);
    const [field, from, to] = ["Field", "From", "To"].map((key) => after.history!.columns[key]);
    expect(after.history!.rows.every((row) => row[field] === "Amount")).toBe(true);
    expect(after.history!.rows.map((row) => Number(row[to]) - Number(row[from]))).toEqual(Array(500).fill(1));

    // Ctrl+Z puts the amounts back: Excel reports it as one more change, recorded as such.
    expect(emulator.book.undo()).toBe(true);
    expect(await historyRows(1000)).toBe(1000);
    const undone = await history();
    expect(undone.deals.rows.slice(0, 500).map((row) => row[amountAt])).toEqual(
      deals.rows.slice(0, 500).map((row) => row[amountAt]),
    );
    expect(
      undone
        .history!.rows.slice(500)
        .map((row) => Number(row[undone.history!.columns.From]) - Number(row[undone.history!.columns.To])),
    ).toEqual(Array(500).fill(1));
  });

  it("records a stage typed in one cell and leaves a co-author's edit to the co-author's Excel", async () => {
    const { deals } = await history();
    const stageAt = deals.columns.Stage;
    const open = deals.rows.findIndex((row) => row[stageAt] === "Proposal");
    const before = (await history()).history!.rows.length;

    emulator.book.setCellInput("Pipeline", open + 1, stageAt, "Negotiation");
    expect(await historyRows(before + 1)).toBe(before + 1);
    const typed = await history();
    const row = typed.history!.rows[before];
    expect(row[typed.history!.columns.DealID]).toBe(deals.rows[open][deals.columns.DealID]);
    expect([row[typed.history!.columns.From], row[typed.history!.columns.To]]).toEqual(["Proposal", "Negotiation"]);

    const other = deals.rows.findIndex((row, i) => i !== open && row[stageAt] === "Proposal");
    emulator.book.remoteEdit("Pipeline", `D${other + 2}`, [["Won"]]);
    await settled();
    expect((await history()).history!.rows).toHaveLength(before + 1);
  });
});
