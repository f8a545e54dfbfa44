import { customerBook } from "@core/customers/customerBook";
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerTiering } from "@core/customers/customerTiering";
import { isSalesError } from "@core/errors";
import { excelCustomersService as service } from "@excel/customers/customersService";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";
import { deleteTableRow, editsBetweenSyncs, insertTableRow, reversed, sortTableRows } from "../rowsMoved";

jest.setTimeout(60_000);

let emulator: Emulator;
let beforeSync: (n: number, edit: () => void) => void;

async function read(): Promise<CustomerWorkbook> {
  const result = await service.read();
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function bookOf(workbook: CustomerWorkbook) {
  const { Customers } = workbook.tables;
  if (!Customers) throw new Error("no Customers");
  return customerBook({ ...workbook.tables, Customers });
}

/** Each customer's cell in a column, by CustomerID, as the table holds them now. */
async function byId(column: string): Promise<Map<string, unknown>> {
  const customers = (await read()).tables.Customers!;
  return new Map(
    customers.rows.map((row) => [String(row[customers.columns.CustomerID]), row[customers.columns[column]]]),
  );
}

/** The cells of the row just below the Customers table: a value written by position would land there. */
function rowBelowCustomers(): unknown[] {
  const table = emulator.book.tableModel("Customers")!;
  const sheet = emulator.book.tableSheet(table);
  return Array.from({ length: table.range.right - table.range.left + 3 }, (_, c) =>
    emulator.book.cellInputOf(sheet, table.range.bottom + 1, table.range.left + c),
  );
}

describe.each(emulatorProfiles)(
  "Customers writes keyed by ID when the manager moves rows between requests (zh-CN, $name)",
  (profile) => {
    /** Whether a command already added the undo journal's sheet to this test's workbook. */
    let journaled = false;
    beforeEach(async () => {
      ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile }));
      beforeSync = await editsBetweenSyncs(emulator);
      journaled = false;
    });

    /** Tiers every customer "A"/"B"/"C" in turn (so a shift shows) and writes them in chunks, editing after the first chunk. */
    async function writeTiersEditing(edit: () => void) {
      const book = bookOf(await read());
      const tiering = customerTiering(book, sampleToday);
      if (isSalesError(tiering)) throw new Error(tiering.message);
      const ids = book.customers.map((c) => c.id);
      const tiers = ids.map((_, i) => ["A", "B", "C"][i % 3]);
      let edited = false;
      const written = await service.writeTiers(
        { key: "CustomerID", identities: ids, tiers, rfm: tiering.customers.map((c) => c.rfm) },
        {
          maxRequestBytes: 400,
          onProgress: ({ done }) => {
            if (done > 0 && !edited) {
              edited = true;
              beforeSync(1, edit);
            }
          },
        },
      );
      if (!written.ok) throw new Error(written.error.message);
      return { ids, tiers, written: written.value };
    }

    it("tiers land on their customers' rows when a row is deleted between chunks", async () => {
      const { ids, tiers, written } = await writeTiersEditing(() => deleteTableRow(emulator.book, "Customers", 0));
      expect(written).toMatchObject({ done: 40, total: 40, cancelled: false, notWritten: [] });
      const now = await byId("Tier");
      expect(now.size).toBe(39);
      ids.slice(1).forEach((id, i) => expect([id, now.get(id)]).toEqual([id, tiers[i + 1]]));
      expect(rowBelowCustomers().every((cell) => cell === null || cell === "")).toBe(true);
    });

    it("reports the customer deleted before its chunk as not written", async () => {
      const { ids, tiers, written } = await writeTiersEditing(() => deleteTableRow(emulator.book, "Customers", 38));
      expect(written).toMatchObject({ done: 39, total: 40, cancelled: false, notWritten: [ids[38]] });
      const now = await byId("Tier");
      ids.forEach((id, i) => i !== 38 && expect([id, now.get(id)]).toEqual([id, tiers[i]]));
      expect(rowBelowCustomers().every((cell) => cell === null || cell === "")).toBe(true);
    });

    it("tiers land on their customers' rows when a row is inserted between chunks, and the new row keeps its tier", async () => {
      const { ids, tiers, written } = await writeTiersEditing(() =>
        insertTableRow(emulator.book, "Customers", 2, { 客户编号: "C-NEW", 客户等级: "Z" }),
      );
      expect(written).toMatchObject({ done: 40, total: 40, notWritten: [] });
      const now = await byId("Tier");
      ids.forEach((id, i) => expect([id, now.get(id)]).toEqual([id, tiers[i]]));
      expect(now.get("C-NEW")).toBe("Z");
    });

    it("tiers land on their customers' rows when the table is sorted between chunks", async () => {
      const { ids, tiers, written } = await writeTiersEditing(() =>
        sortTableRows(emulator.book, "Customers", reversed),
      );
      expect(written).toMatchObject({ done: 40, total: 40, notWritten: [] });
      const now = await byId("Tier");
      ids.forEach((id, i) => expect([id, now.get(id)]).toEqual([id, tiers[i]]));
    });

    /** Releases three customers, editing the workbook just before the request that writes Owner and Status. */
    async function releaseEditing(edit: () => void) {
      const book = bookOf(await read());
      const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
      const others = book.customers.filter((c) => !active.includes(c));
      // Syncs before the write: the undo journal's sheet added (three: its look-up, the add, that run's
      // close, once per workbook), the Customers table, its identity columns, the Activities table,
      // the formats with the journal's look-up, the journal's rows.
      beforeSync(journaled ? 8 : 9, edit);
      journaled = true;
      const released = await service.release(
        active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner })),
        "zh-CN",
        sampleToday,
      );
      if (!released.ok) throw new Error(released.error.message);
      return { book, active, others, released: released.value };
    }

    async function expectReleased(active: readonly { id: string }[], others: readonly { id: string; owner: string }[]) {
      const owners = await byId("Owner");
      for (const c of active) if (owners.has(c.id)) expect([c.id, owners.get(c.id)]).toEqual([c.id, ""]);
      for (const c of others) if (owners.has(c.id)) expect([c.id, owners.get(c.id)]).toEqual([c.id, c.owner]);
      expect(rowBelowCustomers().every((cell) => cell === null || cell === "")).toBe(true);
    }

    it("a release lands on the released customers when a row above them is deleted just before the write", async () => {
      const { active, others, released } = await releaseEditing(() => deleteTableRow(emulator.book, "Customers", 0));
      expect(released.changed).toBe(active[0].row === 0 ? 2 : 3);
      await expectReleased(active, others);
    });

    it("a release names the customer deleted just before the write and records no activity for it", async () => {
      const book = bookOf(await read());
      const target = book.customers.filter((c) => c.status === "active" && c.owner)[1];
      const { active, others, released } = await releaseEditing(() =>
        deleteTableRow(emulator.book, "Customers", target.row),
      );
      expect(released).toEqual({ changed: 2, notChanged: [active[1].label] });
      await expectReleased(active, others);
      const records = bookOf(await read()).activities.filter((a) => a.kind === "release");
      expect(records.map((a) => a.customer)).toEqual([active[0].company, active[2].company]);
    });

    it("a release lands on the released customers when a row is inserted or the table sorted just before the write", async () => {
      const inserted = await releaseEditing(() =>
        insertTableRow(emulator.book, "Customers", 0, { 客户编号: "C-NEW", 负责人: "x" }),
      );
      expect(inserted.released).toEqual({ changed: 3 });
      await expectReleased(inserted.active, inserted.others);
      expect((await byId("Owner")).get("C-NEW")).toBe("x");

      const book = bookOf(await read());
      const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
      // The journal's sheet is there now: its look-up and that run's close, then as the release.
      beforeSync(8, () => sortTableRows(emulator.book, "Customers", reversed));
      const reassigned = await service.reassign(
        active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner })),
        book.reps[0],
        "zh-CN",
        sampleToday,
      );
      expect(reassigned).toEqual({ ok: true, value: { changed: 3 } });
      const owners = await byId("Owner");
      for (const c of active) expect([c.id, owners.get(c.id)]).toEqual([c.id, book.reps[0]]);
      for (const c of book.customers.filter((x) => !active.includes(x)))
        expect([c.id, owners.get(c.id)]).toEqual([c.id, c.owner]);
    });
  },
);
