import type { Cell } from "@core/cells/cell";
import { customerBook } from "@core/customers/customerBook";
import { customerIdentity } from "@core/customers/customerIdentity";
import { MAX_JOURNAL_ENTRIES } from "@core/undo/undoJournal";
import { excelCustomersService as service } from "@excel/customers/customersService";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import { JOURNAL_SHEET } from "@excel/undo/undoJournal";
import { readLastChange, undoLastChange } from "@excel/undo/undoLastChange";
import { writeScorecard } from "@excel/performance/writeScorecard";
import { createEmulator, type Emulator } from "@workbench/emulator";
import { loadSalesFunctionsFromSource } from "@workbench/emulator/node/salesFromSource";
import { data, plan } from "../../core/performance/performanceFixture";
import { addHandTables } from "../performance/handTables";
import { emulatorOptionsFor, emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { reversed, sortTableRows } from "../rowsMoved";

jest.setTimeout(120_000);

let emulator: Emulator;

async function read(): Promise<CustomerWorkbook> {
  const result = await service.read();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const bookOf = (workbook: CustomerWorkbook) =>
  customerBook({ ...workbook.tables, Customers: workbook.tables.Customers! });

/** Every Customers row as id → its cells (by header), formulas as formulas, so rows that moved compare by key. */
function customersByKey(): Map<string, Record<string, unknown>> {
  const table = emulator.book.tableModel("Customers")!;
  const sheet = emulator.book.tableSheet(table);
  const { top, left, bottom } = table.range;
  const headers = table.columns.map((column) => column.name);
  const rows = new Map<string, Record<string, unknown>>();
  for (let r = top + 1; r <= bottom; r += 1) {
    const row: Record<string, unknown> = {};
    headers.forEach((header, k) => {
      row[header] = emulator.book.cellInputOf(sheet, r, left + k);
    });
    // The first column is CustomerID (客户编号).
    rows.set(String(row[headers[0]]), row);
  }
  return rows;
}

/** The Customers rows without the RFM column a tiering adds (an added column is not taken back). */
function withoutRfm(rows: Map<string, Record<string, unknown>>) {
  return new Map(
    [...rows].map(([id, row]) => [id, Object.fromEntries(Object.entries(row).filter(([h]) => h !== "RFM"))]),
  );
}

async function tierEveryone(tier: (i: number) => string) {
  const book = bookOf(await read());
  const written = await service.writeTiers({
    key: "CustomerID",
    identities: book.customers.map((c) => c.id),
    tiers: book.customers.map((_, i) => tier(i)),
    rfm: book.customers.map((_, i) => String(100 + i)),
  });
  if (!written.ok) throw new Error(written.error.message);
  return book;
}

async function undo() {
  const result = await undoLastChange();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe.each(emulatorProfiles)("undo of SalesGrid's changes to existing rows ($name)", (profile) => {
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 24, profile }));
  });

  it("takes back a tier write exactly, in a hidden journal sheet, even after the rows were sorted", async () => {
    const before = customersByKey();
    await tierEveryone((i) => (i % 2 === 0 ? "C" : "A"));
    expect(emulator.book.sheet(JOURNAL_SHEET)?.visibility).toBe("Hidden");
    expect(await readLastChange()).toEqual({
      ok: true,
      value: { command: "tiers", when: expect.any(String), rows: 24, tables: ["Customers"], complete: true },
    });
    sortTableRows(emulator.book, "Customers", reversed);

    expect(await undo()).toEqual({ kind: "undone", command: "tiers", rows: 24, notRestored: [] });
    expect(withoutRfm(customersByKey())).toEqual(withoutRfm(before));
    // Every RFM code it wrote is gone again (the column it added stays, empty).
    expect([...customersByKey().values()].every((row) => row.RFM === "" || row.RFM === null)).toBe(true);
    expect(await readLastChange()).toEqual({ ok: true, value: null });
    expect(await undo()).toEqual({ kind: "nothing" });
  });

  it("refuses, writing nothing, when a manager edited a row since, and names the row", async () => {
    const book = await tierEveryone(() => "A");
    const edited = book.customers[5];
    const table = emulator.book.tableModel("Customers")!;
    const sheet = emulator.book.tableSheet(table).name;
    const tierAt = (await read()).tables.Customers!.columns.Tier;
    emulator.book.setCellInput(sheet, table.range.top + 1 + 5, table.range.left + tierAt, "B");
    const now = customersByKey();

    expect(await undo()).toEqual({ kind: "refused", command: "tiers", rows: [edited.id] });
    expect(customersByKey()).toEqual(now);
    // The entry stays: once the manager puts the row back, the undo goes through.
    emulator.book.setCellInput(sheet, table.range.top + 1 + 5, table.range.left + tierAt, "A");
    expect(await undo()).toMatchObject({ kind: "undone", rows: 24 });
  });

  it("takes back a release, a reassignment and a claim, newest first", async () => {
    const start = customersByKey();
    const book = bookOf(await read());
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
    const pool = active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
    expect(await service.release(pool, "zh-CN", sampleToday)).toEqual({ ok: true, value: { changed: 3 } });
    const released = customersByKey();
    const rep = book.customers.find((c) => c.owner && c.owner !== active[0].owner)!.owner;
    const claim = await service.claim(
      pool.slice(0, 1).map((c) => ({ ...c, owner: "" })),
      rep,
      sampleToday,
    );
    expect(claim).toEqual({ ok: true, value: { claimed: 1 } });
    const claimed = customersByKey();
    expect(await service.reassign(pool.slice(1), rep, "zh-CN", sampleToday)).toEqual({
      ok: true,
      value: { changed: 2 },
    });

    expect(await undo()).toMatchObject({ kind: "undone", command: "reassign", rows: 2 });
    expect(customersByKey()).toEqual(claimed);
    expect(await undo()).toMatchObject({ kind: "undone", command: "claim", rows: 1 });
    expect(customersByKey()).toEqual(released);
    expect(await undo()).toMatchObject({ kind: "undone", command: "release", rows: 3 });
    expect(customersByKey()).toEqual(start);
  });

  it("refuses an interrupted change: its record is pending, not every overwritten cell is known", async () => {
    const book = bookOf(await read());
    // ensureJournalSheet's two syncs, the tier write's read, the journal's read … the write's request lands, then its closing sync fails.
    const ids = book.customers.map((c) => c.id);
    let failed = false;
    const written = await service.writeTiers(
      { key: "CustomerID", identities: ids, tiers: ids.map(() => "C"), rfm: ids.map(() => "") },
      {
        onProgress: ({ done }) => {
          if (done === ids.length && !failed) {
            failed = true;
            emulator.failSync(1);
          }
        },
      },
    );
    expect(written.ok).toBe(false);
    expect(await readLastChange()).toMatchObject({ ok: true, value: { command: "tiers", complete: false } });
    expect(await undo()).toEqual({ kind: "interrupted", command: "tiers" });
  });
});

describe("the journal's bound", () => {
  it(`keeps the last ${MAX_JOURNAL_ENTRIES} commands: the eleventh replaces the oldest`, async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "en-US", customers: 6, profile: emulatorProfiles[0] }));
    const states: Map<string, Record<string, unknown>>[] = [customersByKey()];
    const tiers = ["A", "B", "C"];
    for (let n = 0; n < MAX_JOURNAL_ENTRIES + 1; n += 1) {
      await tierEveryone((i) => tiers[(i + n) % 3]);
      states.push(customersByKey());
    }
    for (let n = MAX_JOURNAL_ENTRIES + 1; n > 1; n -= 1) {
      expect(await undo()).toMatchObject({ kind: "undone", command: "tiers", rows: 6 });
      expect(customersByKey()).toEqual(states[n - 1]);
    }
    // The first command's entry was replaced: the state after it stays.
    expect(await undo()).toEqual({ kind: "nothing" });
    expect(customersByKey()).toEqual(states[1]);
  });
});

export type { Cell };

describe.each(emulatorProfiles)("undo of the scorecard's rewrite ($name)", (profile) => {
  it("puts back the Scorecard rows a second write rewrote, formulas as formulas", async () => {
    const functions = await loadSalesFunctionsFromSource();
    emulator = createEmulator({ ...emulatorOptionsFor(profile), functions });
    emulator.install();
    await addHandTables(data, "en-US");
    const first = await writeScorecard(plan);
    if (!first.ok || first.value.kind !== "written") throw new Error("first write failed");
    const sheet = first.value.sheet;
    const grid = () => {
      const table = emulator.book.tableModel("Scorecard")!;
      const model = emulator.book.sheet(sheet)!;
      return Array.from({ length: table.range.bottom - table.range.top + 1 }, (_, r) =>
        table.columns.map((_, c) => emulator.book.cellInputOf(model, table.range.top + r, table.range.left + c)),
      );
    };
    const before = grid();
    // A first write adds its rows: nothing existing was overwritten, so there is nothing to undo.
    expect(await readLastChange()).toEqual({ ok: true, value: null });

    const again = await writeScorecard({ ...plan, cap: 1.2 });
    if (!again.ok || again.value.kind !== "written") throw new Error("second write failed");
    expect(again.value.updated).toBeGreaterThan(0);
    expect(grid()).not.toEqual(before);
    expect(await undo()).toMatchObject({ kind: "undone", command: "scorecard", rows: again.value.updated });
    expect(grid()).toEqual(before);
  });
});
