import fc from "fast-check";
import type { Cell } from "@core/cells/cell";
import { serialFromDate } from "@core/cells/parseDate";
import { closingStage } from "@core/pipeline/history/closingStage";
import {
  dealChanges,
  dealKey,
  seedSnapshot,
  type DealCells,
  type DealChanges,
  type DealSnapshot,
  type SnapshotEntry,
} from "@core/pipeline/history/dealChanges";
import { DEAL_FIELDS, sameDealValue } from "@core/pipeline/history/dealFieldValue";
import { pipelineStages } from "@core/pipeline/pipelineStages";
import { stagesTable } from "../pipelineFixture";

const today = serialFromDate(2024, 6, 28);
const created = serialFromDate(2024, 3, 1);
const closing = closingStage(pipelineStages(stagesTable));

const deal = (over: Partial<DealCells> = {}): DealCells => ({
  row: 0,
  DealID: "D-1",
  Stage: "Proposal",
  Amount: 1200,
  ExpectedClose: serialFromDate(2024, 8, 1),
  ClosedOn: null,
  StageSince: serialFromDate(2024, 5, 1),
  Created: created,
  ...over,
});

const snapshotOf = (...entries: SnapshotEntry[]): DealSnapshot => new Map(entries.map((e) => [dealKey(e.dealId), e]));

const known = snapshotOf({
  dealId: "D-1",
  Stage: "Proposal",
  Amount: 1200,
  ExpectedClose: serialFromDate(2024, 8, 1),
});

describe("dealChanges", () => {
  it("records a stage change live: one exact row, StageSince stamped, the snapshot updated", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [deal({ Stage: "Negotiation" })],
      today,
      live: true,
      closing,
    });
    expect(changes.history).toEqual([
      {
        dealId: "D-1",
        field: "Stage",
        from: "Proposal",
        to: "Negotiation",
        changedOn: today,
        amount: 1200,
        exact: true,
      },
    ]);
    expect(changes.stamps).toEqual([{ row: 0, dealId: "D-1", stageSince: today }]);
    expect(changes.snapshot).toEqual([{ ...known.get("d-1")!, Stage: "Negotiation" }]);
  });

  it("stamps ClosedOn on Won or Lost in either language, never over a typed one", () => {
    const won = dealChanges({ snapshot: known, deals: [deal({ Stage: "赢单" })], today, live: true, closing });
    expect(won.stamps).toEqual([{ row: 0, dealId: "D-1", stageSince: today, closedOn: today }]);
    const lost = dealChanges({ snapshot: known, deals: [deal({ Stage: " lost " })], today, live: true, closing });
    expect(lost.stamps[0].closedOn).toBe(today);
    const typed = dealChanges({
      snapshot: known,
      deals: [deal({ Stage: "Won", ClosedOn: serialFromDate(2024, 6, 20) })],
      today,
      live: true,
      closing,
    });
    expect(typed.stamps).toEqual([{ row: 0, dealId: "D-1", stageSince: today }]);
  });

  it("takes a stage the Stages table puts in Closed as closing, whatever its name", () => {
    const signed = closingStage(
      pipelineStages({ ...stagesTable, rows: [...stagesTable.rows, ["Signed", 8, 1, "Closed", ""]] }),
    );
    expect(signed("signed")).toBe(true);
    expect(signed("Proposal")).toBe(false);
    expect(closingStage(undefined)("输单")).toBe(true);
  });

  it("records amount and close-date changes with the new amount, and no stamp", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [deal({ Amount: "¥900", ExpectedClose: "2024-09-15" })],
      today,
      live: true,
      closing,
    });
    expect(changes.history).toEqual([
      { dealId: "D-1", field: "Amount", from: 1200, to: 900, changedOn: today, amount: 900, exact: true },
      {
        dealId: "D-1",
        field: "ExpectedClose",
        from: serialFromDate(2024, 8, 1),
        to: serialFromDate(2024, 9, 15),
        changedOn: today,
        amount: 900,
        exact: true,
      },
    ]);
    expect(changes.stamps).toEqual([]);
  });

  it("ignores what is not a change: case and spaces of a stage, half a cent, the time of a day", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [deal({ Stage: "  proposal ", Amount: 1200.004, ExpectedClose: serialFromDate(2024, 8, 1) + 0.5 })],
      today,
      live: true,
      closing,
    });
    expect(changes).toEqual({ history: [], stamps: [], snapshot: [], withoutId: 0, duplicates: 0 });
    expect(sameDealValue("Amount", 1200, 1200.006)).toBe(false);
  });

  it("records a new deal seen live as one exact Stage row from empty, StageSince only when empty", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [deal({ row: 3, DealID: "D-2", Stage: "Prospecting", StageSince: null })],
      today,
      live: true,
      closing,
    });
    expect(changes.history).toEqual([
      { dealId: "D-2", field: "Stage", from: null, to: "Prospecting", changedOn: today, amount: 1200, exact: true },
    ]);
    expect(changes.stamps).toEqual([{ row: 3, dealId: "D-2", stageSince: today }]);
  });

  it("dates a deal first seen on reconciliation by its Created day, not exact", () => {
    const changes = dealChanges({ snapshot: known, deals: [deal({ DealID: "D-9" })], today, live: false, closing });
    expect(changes.history).toEqual([
      { dealId: "D-9", field: "Stage", from: null, to: "Proposal", changedOn: created, amount: 1200, exact: false },
    ]);
    expect(changes.stamps).toEqual([]);
    const undated = dealChanges({
      snapshot: known,
      deals: [deal({ DealID: "D-9", Created: null })],
      today,
      live: false,
      closing,
    });
    expect(undated.history[0].changedOn).toBe(today);
  });

  it("dates a change found on reconciliation the day it was noticed, not exact", () => {
    const changes = dealChanges({ snapshot: known, deals: [deal({ Stage: "Won" })], today, live: false, closing });
    expect(changes.history).toEqual([
      { dealId: "D-1", field: "Stage", from: "Proposal", to: "Won", changedOn: today, amount: 1200, exact: false },
    ]);
    expect(changes.stamps).toEqual([{ row: 0, dealId: "D-1", stageSince: today, closedOn: today }]);
  });

  it("counts rows without a DealID and repeated DealIDs, recording only the first", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [
        deal({ row: 0, DealID: null }),
        deal({ row: 1, Stage: "Contract" }),
        deal({ row: 2, DealID: " d-1", Stage: "Lost" }),
        deal({ row: 3, DealID: "  " }),
      ],
      today,
      live: true,
      closing,
    });
    expect(changes.withoutId).toBe(2);
    expect(changes.duplicates).toBe(1);
    expect(changes.history.map((h) => h.to)).toEqual(["Contract"]);
  });

  it("with the table's first rows given, a later repeat of a deal is not its row", () => {
    const changes = dealChanges({
      snapshot: known,
      deals: [deal({ row: 7, Stage: "Lost" })],
      firstRows: new Map([["d-1", 2]]),
      today,
      live: true,
      closing,
    });
    expect(changes.history).toEqual([]);
    expect(changes.duplicates).toBe(1);
  });

  it("seeds the snapshot with every deal's values and no history", () => {
    const seeded = seedSnapshot([deal(), deal({ row: 1, DealID: "D-2", Amount: "" }), deal({ row: 2, DealID: "" })]);
    expect(seeded.snapshot).toEqual([
      { dealId: "D-1", Stage: "Proposal", Amount: 1200, ExpectedClose: serialFromDate(2024, 8, 1) },
      { dealId: "D-2", Stage: "Proposal", Amount: null, ExpectedClose: serialFromDate(2024, 8, 1) },
    ]);
    expect(seeded.withoutId).toBe(1);
  });
});

describe("dealChanges, properties", () => {
  const stages = ["Prospecting", "Proposal", "won", "输单", " Contract ", null];
  const stageArb = fc.constantFrom<Cell>(...stages);
  const amountArb = fc.oneof(
    fc.constant<Cell>(null),
    fc.integer({ min: 0, max: 1_000_000 }).map((cents) => cents / 100),
  );
  const dateArb = fc.oneof(fc.constant<Cell>(null), fc.integer({ min: 45000, max: 46000 }));
  const idArb = fc.constantFrom("D-1", "D-2", "d-2", "D-3", "", "D-4");
  const dealArb = fc.record({
    DealID: idArb,
    Stage: stageArb,
    Amount: amountArb,
    ExpectedClose: dateArb,
    ClosedOn: dateArb,
    StageSince: dateArb,
    Created: dateArb,
  });
  const dealsArb = fc.array(dealArb, { maxLength: 8 }).map((rows) => rows.map((row, i) => ({ ...row, row: i })));
  const entryArb = fc.record({
    dealId: fc.constantFrom("D-1", "D-2", "D-3", "D-5"),
    Stage: stageArb,
    Amount: amountArb,
    ExpectedClose: dateArb,
  });
  const snapshotArb = fc.array(entryArb, { maxLength: 5 }).map((entries) => snapshotOf(...entries));

  /** The workbook after the writes: snapshot entries put, stamps written into the rows. */
  function apply(snapshot: DealSnapshot, deals: readonly DealCells[], changes: DealChanges) {
    const next = new Map(snapshot);
    for (const entry of changes.snapshot) next.set(dealKey(entry.dealId), entry);
    const rows = deals.map((row) => {
      const stamp = changes.stamps.find((s) => s.row === row.row);
      return stamp
        ? { ...row, StageSince: stamp.stageSince ?? row.StageSince, ClosedOn: stamp.closedOn ?? row.ClosedOn }
        : row;
    });
    return { snapshot: next, deals: rows };
  }

  it("applying the changes and looking again finds nothing", () => {
    fc.assert(
      fc.property(snapshotArb, dealsArb, fc.boolean(), (snapshot, deals, live) => {
        const first = dealChanges({ snapshot, deals, today, live, closing });
        const after = apply(snapshot, deals, first);
        const again = dealChanges({ ...after, today: today + 1, live, closing });
        expect(again.history).toEqual([]);
        expect(again.stamps).toEqual([]);
        expect(again.snapshot).toEqual([]);
      }),
    );
  });

  it("gives exactly one row per changed field of a known deal, and none for an unchanged one", () => {
    fc.assert(
      fc.property(entryArb, dealArb, fc.boolean(), (entry, cells, live) => {
        const row = { ...cells, row: 0, DealID: entry.dealId };
        const changes = dealChanges({ snapshot: snapshotOf(entry), deals: [row], today, live, closing });
        const changed = DEAL_FIELDS.filter((field) => !sameDealValue(field, entry[field], row[field]));
        expect(changes.history.map((h) => h.field)).toEqual(changed);
        if (changed.length === 0) expect(changes.stamps).toEqual([]);
      }),
    );
  });

  it("unchanged rows give nothing", () => {
    fc.assert(
      fc.property(dealsArb, fc.boolean(), (deals, live) => {
        const seeded = seedSnapshot(deals);
        const snapshot = snapshotOf(...seeded.snapshot);
        const changes = dealChanges({ snapshot, deals, today, live, closing });
        expect(changes.history).toEqual([]);
        expect(changes.stamps).toEqual([]);
      }),
    );
  });
});
