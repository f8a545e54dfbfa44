import type { Cell } from "@core/cells/cell";
import { customerBook } from "@core/customers/customerBook";
import { customerIdentity } from "@core/customers/customerIdentity";
import { customerTiering } from "@core/customers/customerTiering";
import { defaultPoolRules, poolRulesFrom } from "@core/customers/poolRules";
import { isSalesError } from "@core/errors";
import { excelCustomersService as service } from "@excel/customers/customersService";
import type { CustomerWorkbook } from "@excel/customers/readCustomerWorkbook";
import type { Emulator } from "@workbench/emulator";
import { emulatorProfiles } from "../../fixtures/emulatorProfiles";
import { sampleToday, setUpSampleWorkbook } from "../../fixtures/sampleWorkbook";

jest.setTimeout(60_000);

let emulator: Emulator;

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

function cellOf(workbook: CustomerWorkbook, row: number, key: string): Cell {
  const customers = workbook.tables.Customers!;
  return customers.rows[row][customers.columns[key]];
}

describe.each(emulatorProfiles)("the Customers adapter on a sample workbook (zh-CN, $name)", (profile) => {
  beforeEach(async () => {
    ({ emulator } = await setUpSampleWorkbook({ language: "zh-CN", customers: 40, profile }));
  });

  it("reads the five tables and the Cadences table in one round trip after listing", async () => {
    const before = emulator.stats.syncs;
    const workbook = await read();
    expect(emulator.stats.syncs - before).toBe(3); // list + settings, read, Excel.run's closing sync
    expect(Object.keys(workbook.tables).sort()).toEqual(["Activities", "Customers", "Deals", "Stages", "Team"]);
    expect(workbook.language).toBe("zh-CN");
    expect(workbook.cadenceRows).toEqual([
      ["A", 14],
      ["B", 30],
      ["C", 90],
    ]);
    expect(workbook.poolRuleRows).toBeUndefined();
    // NextContact is the live SALES.NEXTVISIT formula: LastContact + the tier's days.
    const book = bookOf(workbook);
    const contacted = book.customers.find((c) => c.lastContact !== null && c.tier === "B")!;
    expect(contacted.nextContact).toBe((contacted.lastContact as number) + 30);
  });

  it("logs a follow-up: an Activities row, LastContact moved, NextContact recalculated from it", async () => {
    const workbook = await read();
    const book = bookOf(workbook);
    const customer = book.customers.find((c) => c.tier === "A" && c.status === "active")!;
    const activitiesBefore = workbook.tables.Activities!.rows.length;
    const date = sampleToday;
    const logged = await service.logFollowUp({
      customer: customerIdentity(customer),
      customerName: customer.company,
      date,
      owner: customer.owner,
      method: "电话",
      summary: '=HYPERLINK("http://x")',
      nextContact: date + 3,
      satisfaction: 5,
    });
    if (!logged.ok) throw new Error(logged.error.message);
    expect(logged.value).toEqual({
      row: customer.row,
      lastContactUpdated: true,
      lastContact: date,
      nextContact: date + 14,
    });

    const after = await read();
    expect(cellOf(after, customer.row, "LastContact")).toBe(date);
    expect(cellOf(after, customer.row, "NextContact")).toBe(date + 14);
    const activities = after.tables.Activities!;
    expect(activities.rows).toHaveLength(activitiesBefore + 1);
    const added = activities.rows[activities.rows.length - 1];
    const c = activities.columns;
    expect([added[c.Date], added[c.Customer], added[c.Method], added[c.NextContact], added[c.Satisfaction]]).toEqual([
      date,
      customer.company,
      "电话",
      date + 3,
      5,
    ]);
    // Text that looks like a formula stays text.
    expect(added[c.Summary]).toBe('=HYPERLINK("http://x")');
    const sheet = activities.sheet;
    const row = activities.headerRow + activities.rows.length;
    expect(emulator.book.getCell(sheet, row, activities.firstColumn + c.Summary).formula).toBeUndefined();
  });

  it("logs a follow-up made by a colleague about a deal: Owner and DealID written, the deal's LastActivity moved", async () => {
    const workbook = await read();
    const book = bookOf(workbook);
    const deals = workbook.tables.Deals!;
    const at = book.customers.findIndex((c, i) =>
      book.dealsOf[i].some((d) => book.deals[d].outcome === "open" && book.deals[d].id),
    );
    const customer = book.customers[at];
    const deal = book.dealsOf[at].map((d) => book.deals[d]).find((d) => d.outcome === "open" && d.id)!;
    const colleague = book.reps.find((rep) => rep !== customer.owner)!;
    const lastActivityOf = (id: string) => {
      const { sheet, headerRow, firstColumn, columns, rows } = deals;
      const row = rows.findIndex((cells) => cells[columns.DealID] === id);
      return emulator.book.getCell(sheet, headerRow + 1 + row, firstColumn + columns.LastActivity).value;
    };
    const before = lastActivityOf(deal.id);
    const date = sampleToday + 1;
    const entry = {
      customer: customerIdentity(customer),
      customerName: customer.company,
      date,
      owner: colleague,
      method: "拜访",
      summary: "方案演示",
      dealId: deal.id,
    };
    const logged = await service.logFollowUp(entry);
    if (!logged.ok) throw new Error(logged.error.message);
    expect(logged.value.dealLastActivity).toBe("moved");
    expect(typeof before === "number" ? before : 0).toBeLessThan(date);
    expect(lastActivityOf(deal.id)).toBe(date);
    const activities = (await read()).tables.Activities!;
    const added = activities.rows[activities.rows.length - 1];
    const c = activities.columns;
    expect([added[c.Customer], added[c.DealID], added[c.Owner], added[c.Summary]]).toEqual([
      customer.company,
      deal.id,
      colleague,
      "方案演示",
    ]);

    // An earlier follow-up about the same deal never moves LastActivity back.
    const earlier = await service.logFollowUp({ ...entry, date: date - 5, summary: "补记" });
    expect(earlier.ok && earlier.value.dealLastActivity).toBe("kept");
    expect(lastActivityOf(deal.id)).toBe(date);
    // A deal deleted since the pane read it: the follow-up is still logged, the pane is told.
    const gone = await service.logFollowUp({ ...entry, dealId: "D-GONE", summary: "已删除的商机" });
    expect(gone.ok && gone.value.dealLastActivity).toBe("missing");
    expect((await read()).tables.Activities!.rows).toHaveLength(activities.rows.length + 2);
    // Without a deal, nothing is said of one.
    const plain = await service.logFollowUp({ ...entry, dealId: undefined, summary: "电话回访" });
    expect(plain.ok && "dealLastActivity" in plain.value).toBe(false);
  });

  it("never moves LastContact backwards, and fails typed when the customer is gone", async () => {
    const book = bookOf(await read());
    const customer = book.customers.find((c) => c.lastContact !== null)!;
    const earlier = await service.logFollowUp({
      customer: customerIdentity(customer),
      customerName: customer.company,
      date: (customer.lastContact as number) - 10,
      owner: customer.owner,
      method: "Call",
      summary: "late entry",
    });
    expect(earlier.ok && earlier.value.lastContactUpdated).toBe(false);

    const gone = await service.logFollowUp({
      customer: { key: "CustomerID", value: "C9999", row: 0, label: "Ghost" },
      customerName: "Ghost",
      date: sampleToday,
      owner: "",
      method: "Call",
      summary: "x",
    });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error).toMatchObject({ kind: "not-found", code: "CustomerNotFound" });
  });

  it("writes Tier and an added RFM column for the whole table; NextContact follows the new tiers", async () => {
    const workbook = await read();
    const book = bookOf(workbook);
    const tiering = customerTiering(book, sampleToday);
    if (isSalesError(tiering)) throw new Error(tiering.message);
    const written = await service.writeTiers(
      {
        key: "CustomerID",
        identities: book.customers.map((c) => c.id),
        tiers: tiering.customers.map((c) => c.newTier),
        rfm: tiering.customers.map((c) => c.rfm),
      },
      { maxRequestBytes: 400 },
    );
    if (!written.ok) throw new Error(written.error.message);
    expect(written.value).toMatchObject({ done: 40, total: 40, cancelled: false, addedRfmColumn: true });

    const after = await read();
    const customers = after.tables.Customers!;
    expect(customers.headers[customers.headers.length - 1]).toBe("RFM");
    const rfmAt = customers.headers.length - 1;
    tiering.customers.forEach((c) => {
      expect(customers.rows[c.row][customers.columns.Tier]).toBe(c.newTier);
      expect(String(customers.rows[c.row][rfmAt])).toBe(c.rfm);
    });
    const moved = bookOf(after).customers.find((c) => c.lastContact !== null && c.tier === "A")!;
    expect(moved.nextContact).toBe((moved.lastContact as number) + 14);
  });

  it("refuses to write tiers when the table changed since it was read", async () => {
    const book = bookOf(await read());
    const written = await service.writeTiers({
      key: "CustomerID",
      identities: book.customers.slice(1).map((c) => c.id),
      tiers: book.customers.slice(1).map(() => "A"),
      rfm: book.customers.slice(1).map(() => ""),
    });
    expect(!written.ok && written.error.code).toBe("CustomersChanged");
    const after = bookOf(await read());
    expect(after.customers.map((c) => c.tier)).toEqual(book.customers.map((c) => c.tier));
  });

  it("releases to the pool keeping history, then a rep claims within the daily limit", async () => {
    const book = bookOf(await read());
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
    const pooled = active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
    const dealsBefore = (await read()).tables.Deals!.rows.length;
    const released = await service.release(pooled, "zh-CN", sampleToday);
    expect(released).toEqual({ ok: true, value: { changed: 3 } });

    let now = bookOf(await read());
    for (const c of active) {
      expect(now.customers[c.row]).toMatchObject({ owner: "", status: "pool" });
    }
    const releaseRows = now.activities.filter((a) => a.kind === "release");
    expect(releaseRows.map((a) => a.owner)).toEqual(active.map((c) => c.owner));
    expect(releaseRows[0].summary).toBe(`公海：释放 — ${active[0].owner}`);
    expect((await read()).tables.Deals!.rows.length).toBe(dealsBefore);

    const rep = now.reps[0];
    const limited = await service.savePoolRules({ ...defaultPoolRules, claimsPerDay: 2 }, "zh-CN");
    expect(limited).toEqual({ ok: true, value: { sheet: "公海规则", created: true } });
    const tooMany = await service.claim(pooled, rep, sampleToday);
    expect(tooMany).toEqual({
      ok: true,
      value: { refused: { kind: "claim-limit", rep, limit: 2, claimedToday: 0, allowed: 2 } },
    });
    const claimed = await service.claim(pooled.slice(0, 2), rep, sampleToday);
    expect(claimed).toEqual({ ok: true, value: { claimed: 2 } });
    now = bookOf(await read());
    expect(now.customers[active[0].row]).toMatchObject({ owner: rep, status: "active" });
    const more = await service.claim(pooled.slice(2), rep, sampleToday);
    expect(more.ok && "refused" in more.value && more.value.refused).toMatchObject({ kind: "claim-limit", allowed: 0 });
  });

  it("a release run again from the same read (its answer was lost) changes nothing and records nothing twice", async () => {
    const book = bookOf(await read());
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 3);
    const pooled = active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
    expect(await service.release(pooled, "zh-CN", sampleToday)).toEqual({ ok: true, value: { changed: 3 } });
    const once = await read();
    expect(await service.release(pooled, "zh-CN", sampleToday)).toEqual({ ok: true, value: { changed: 3 } });
    const twice = await read();
    expect(twice.tables.Activities!.rows).toEqual(once.tables.Activities!.rows);
    expect(twice.tables.Customers!.rows).toEqual(once.tables.Customers!.rows);
  });

  it("a release that stopped between the owners and their records is finished by the run again, each recorded once", async () => {
    const before = await read();
    const book = bookOf(before);
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 2);
    const pooled = active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
    // the journal sheet added (3: look-up, add, the run's close), locate (2), the Activities table (1),
    // formats, the rows' cells and the journal's look-up (1), the journal (1), the owners (1): the records' request fails.
    emulator.failSync(10);
    expect((await service.release(pooled, "zh-CN", sampleToday)).ok).toBe(false);
    const stopped = await read();
    expect(bookOf(stopped).customers[active[0].row]).toMatchObject({ owner: "", status: "pool" });
    expect(stopped.tables.Activities!.rows).toHaveLength(before.tables.Activities!.rows.length);
    expect(await service.release(pooled, "zh-CN", sampleToday)).toEqual({ ok: true, value: { changed: 2 } });
    const releases = bookOf(await read()).activities.filter((a) => a.kind === "release");
    expect(releases.map((a) => a.owner)).toEqual(active.map((c) => c.owner));
  });

  it("a claim run again from the same read (its answer was lost) is not refused and records nothing twice", async () => {
    const book = bookOf(await read());
    const active = book.customers.filter((c) => c.status === "active" && c.owner).slice(0, 2);
    const pooled = active.map((c) => ({ identity: customerIdentity(c), name: c.company, owner: c.owner }));
    await service.release(pooled, "zh-CN", sampleToday);
    const rep = book.reps[0];
    const claimed = (await read()).tables.Activities!.rows.length;
    expect(await service.claim(pooled, rep, sampleToday)).toEqual({ ok: true, value: { claimed: 2 } });
    expect(await service.claim(pooled, rep, sampleToday)).toEqual({ ok: true, value: { claimed: 2 } });
    const after = await read();
    expect(after.tables.Activities!.rows).toHaveLength(claimed + 2);
    expect(bookOf(after).customers[active[0].row]).toMatchObject({ owner: rep, status: "active" });
  });

  it("reassigns with a record of the old and new owner", async () => {
    const book = bookOf(await read());
    const customer = book.customers.find((c) => c.status === "active" && c.owner)!;
    const rep = book.reps.find((r) => r !== customer.owner)!;
    const result = await service.reassign(
      [{ identity: customerIdentity(customer), name: customer.company, owner: customer.owner }],
      rep,
      "zh-CN",
      sampleToday,
    );
    expect(result).toEqual({ ok: true, value: { changed: 1 } });
    const after = bookOf(await read());
    expect(after.customers[customer.row].owner).toBe(rep);
    expect(after.activities.filter((a) => a.kind === "reassign").map((a) => a.summary)).toEqual([
      `公海：转交 — ${customer.owner} → ${rep}`,
    ]);
  });

  it("saves pool rules into the existing table on a second save", async () => {
    await service.savePoolRules(defaultPoolRules, "zh-CN");
    const saved = await service.savePoolRules({ ...defaultPoolRules, warnDays: 3 }, "zh-CN");
    expect(saved).toEqual({ ok: true, value: { sheet: "公海规则", created: false } });
    const workbook = await read();
    expect(poolRulesFrom(workbook.poolRuleRows).rules.warnDays).toBe(3);
    expect(workbook.poolRuleRows).toHaveLength(6);
  });

  it("selects a customer's row and reads the selection back as that row", async () => {
    const workbook = await read();
    const book = bookOf(workbook);
    const customer = book.customers[5];
    const selected = await service.selectCustomer(customerIdentity(customer));
    const customers = workbook.tables.Customers!;
    const sheetRow = customers.headerRow + 1 + 5 + 1;
    expect(selected).toEqual({
      ok: true,
      value: { sheet: "客户档案", address: expect.stringMatching(new RegExp(`^A${sheetRow}:[A-Z]+${sheetRow}$`)) },
    });
    expect(await service.selectedRow()).toEqual({ ok: true, value: 5 });
  });
});
