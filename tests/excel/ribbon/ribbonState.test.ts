/*
 * The Log follow-up button's state against the emulator: which row the selection is in
 * (Customers, Deals, or neither), and the ribbon updates that follow each selection change.
 */
import { readSelectedRecord } from "@excel/ribbon/readSelectedRecord";
import { setLogFollowUpEnabled, watchLogFollowUpState } from "@excel/ribbon/ribbonState";
import { LOG_FOLLOW_UP_COMMAND, logFollowUpUpdate } from "@core/ribbon/ribbonCommands";
import { readTables } from "@excel/tables/readTables";
import { createEmulator, type Emulator } from "@workbench/emulator/index";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { declaredRequirementSets } from "../../fixtures/manifestSets";
import { setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(60_000);

/** Where the sample's tables are: sheet and header row of Customers and Deals. */
async function tablePlaces() {
  const result = await readTables(["Customers", "Deals"]);
  if (!result.ok) throw new Error(result.error.message);
  const place = (name: "Customers" | "Deals") => {
    const table = result.value[name]!;
    return { sheet: table.sheet, row: (i: number) => table.headerRow + 2 + i };
  };
  return { customers: place("Customers"), deals: place("Deals") };
}

/** Lets the selection handlers' Excel.run calls finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.each(emulatorProfiles)("the Log follow-up button follows the selection ($name)", (profile) => {
  let emulator: Emulator;
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 12, profile }));
  });

  it("reads a Customers row, a Deals row, and null for a header, another sheet or beside a table", async () => {
    const { customers, deals } = await tablePlaces();
    emulator.book.select(customers.sheet, `B${customers.row(3)}`);
    expect(await readSelectedRecord()).toEqual({ ok: true, value: { table: "Customers", row: 3 } });
    emulator.book.select(deals.sheet, `A${deals.row(0)}:C${deals.row(1)}`);
    expect(await readSelectedRecord()).toEqual({ ok: true, value: { table: "Deals", row: 0 } });
    emulator.book.select(customers.sheet, `B${customers.row(-1)}`);
    expect(await readSelectedRecord()).toEqual({ ok: true, value: null });
    emulator.book.select(customers.sheet, "ZZ5");
    expect(await readSelectedRecord()).toEqual({ ok: true, value: null });
    const other = emulator.book.addSheet();
    emulator.book.select(other.name, "B3");
    expect(await readSelectedRecord()).toEqual({ ok: true, value: null });
  });

  it("enables the button on a Customers or Deals row and disables it elsewhere, asking only on a change", async () => {
    const { customers, deals } = await tablePlaces();
    const updates = jest.spyOn(emulator.ribbon, "requestUpdate");
    const enabled = () => emulator.ribbon.isEnabled(LOG_FOLLOW_UP_COMMAND.controlId, false);
    emulator.book.select(customers.sheet, `B${customers.row(-1)}`);
    const watched = await watchLogFollowUpState((failure) => {
      throw new Error(`unexpected failure ${JSON.stringify(failure)}`);
    });
    expect(watched.ok && watched.value).toEqual(expect.any(Function));
    expect(updates.mock.calls).toEqual([[logFollowUpUpdate(false)]]);

    emulator.book.select(customers.sheet, `C${customers.row(2)}`);
    await settle();
    expect(enabled()).toBe(true);
    emulator.book.select(deals.sheet, `D${deals.row(4)}`);
    await settle();
    expect(enabled()).toBe(true);
    expect(updates).toHaveBeenCalledTimes(2); // still enabled: no second request
    emulator.book.select(deals.sheet, "A1");
    await settle();
    expect(enabled()).toBe(false);
    expect(updates).toHaveBeenCalledTimes(3);

    if (watched.ok && watched.value) expect(await watched.value()).toEqual({ ok: true, value: undefined });
    emulator.book.select(customers.sheet, `C${customers.row(2)}`);
    await settle();
    expect(enabled()).toBe(false);
  });
});

describe("without RibbonApi 1.1 (the sets the manifest declares)", () => {
  it("asks nothing of the ribbon and subscribes to nothing: Office keeps every command enabled there", async () => {
    const emulator = createEmulator({ platform: "desktop", requirementSets: declaredRequirementSets() });
    emulator.install();
    const updates = jest.spyOn(emulator.ribbon, "requestUpdate");
    expect(await setLogFollowUpEnabled(true)).toEqual({ ok: true, value: false });
    expect(await watchLogFollowUpState(() => undefined)).toEqual({ ok: true, value: null });
    expect(updates).not.toHaveBeenCalled();
    expect(emulator.ribbon.isEnabled(LOG_FOLLOW_UP_COMMAND.controlId, false, false)).toBe(true);
  });
});

describe("a workbook without the tables (before set-up)", () => {
  it("reads no row and no failure: a null table's range is never asked for", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    emulator.book.select("Sheet1", "B2");
    expect(await readSelectedRecord()).toEqual({ ok: true, value: null });
  });
});

describe("a ribbon update Office refuses", () => {
  it("is reported as a failure, not thrown", async () => {
    const emulator = createEmulator({ platform: "web" });
    emulator.install();
    emulator.ribbon.declare(new Map([["OtherTab", new Map([["Group", ["Button"]]])]]));
    const result = await setLogFollowUpEnabled(true);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ message: expect.stringMatching(/not a tab/) }),
    });
  });
});
