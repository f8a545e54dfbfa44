import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import type { ClosingStage } from "./closingStage";
import { DEAL_FIELDS, dealFieldValue, sameDealValue, type DealField } from "./dealFieldValue";

/** A deal as the recorder last saw it (a DealSnapshot row): values as dealFieldValue keeps them. */
export type SnapshotEntry = {
  readonly dealId: string;
  readonly Stage: Cell;
  readonly Amount: Cell;
  readonly ExpectedClose: Cell;
};

/** The snapshot by deal, keyed by {@link dealKey}. */
export type DealSnapshot = ReadonlyMap<string, SnapshotEntry>;

/** The cells of one Deals row the recorder reads. */
export type DealCells = {
  /** 0-based data row of the Deals table. */
  readonly row: number;
  readonly DealID: Cell;
  readonly Stage: Cell;
  readonly Amount: Cell;
  readonly ExpectedClose: Cell;
  readonly ClosedOn: Cell;
  readonly StageSince: Cell;
  readonly Created: Cell;
};

/** One DealHistory row to append. */
export type HistoryEntry = {
  readonly dealId: string;
  readonly field: DealField;
  /** The value before (null for a deal first seen). */
  readonly from: Cell;
  readonly to: Cell;
  /** The day it changed, or the day it was noticed when `exact` is false. */
  readonly changedOn: number;
  /** The deal's amount after the change. */
  readonly amount: Cell;
  readonly exact: boolean;
};

/** Dates to write into one Deals row (only the ones given). */
export type DealStamp = {
  readonly row: number;
  readonly dealId: string;
  readonly stageSince?: number;
  readonly closedOn?: number;
};

/** What a look at some Deals rows found, to write. */
export type DealChanges = {
  readonly history: readonly HistoryEntry[];
  readonly stamps: readonly DealStamp[];
  /** Snapshot entries to put (new deals, and deals whose recorded fields changed). */
  readonly snapshot: readonly SnapshotEntry[];
  /** Rows without a DealID: not recorded. */
  readonly withoutId: number;
  /** Rows repeating an earlier row's DealID: only the first is recorded. */
  readonly duplicates: number;
};

export type DealChangesInput = {
  readonly snapshot: DealSnapshot;
  readonly deals: readonly DealCells[];
  /** Today's serial. */
  readonly today: number;
  /** True for a change seen as it is made; false on reconciliation (its real date unknown). */
  readonly live: boolean;
  readonly closing: ClosingStage;
  /**
   * The first data row of each DealID in the whole table, when `deals` are only some of its
   * rows; without it the first of `deals` with an ID is its deal's row.
   */
  readonly firstRows?: ReadonlyMap<string, number>;
};

/**
 * How DealIDs are matched: trimmed and case-insensitively, as Excel matches text.
 *
 * @example
 * dealKey(" d-7 ") === dealKey("D-7") //=> true
 */
export function dealKey(id: Cell): string {
  return normalizeLabel(id);
}

/**
 * The rows of `deals` that are their deal's row: a DealID, and the first row holding it.
 *
 * @returns the rows kept, with the counts of those without an ID and of repeated IDs
 * @example
 * firstDealRows([{ row: 0, DealID: "D-1", … }, { row: 1, DealID: "d-1", … }]).duplicates //=> 1
 */
export function firstDealRows(
  deals: readonly DealCells[],
  firstRows?: ReadonlyMap<string, number>,
): { readonly rows: readonly DealCells[]; readonly withoutId: number; readonly duplicates: number } {
  const seen = new Set<string>();
  const rows: DealCells[] = [];
  let withoutId = 0;
  let duplicates = 0;
  for (const deal of deals) {
    if (isEmpty(deal.DealID)) {
      withoutId += 1;
      continue;
    }
    const key = dealKey(deal.DealID);
    const first = firstRows?.get(key);
    if (seen.has(key) || (first !== undefined && first !== deal.row)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    rows.push(deal);
  }
  return { rows, withoutId, duplicates };
}

/** A deal's recorded fields as the snapshot keeps them. */
export function snapshotEntryOf(deal: DealCells): SnapshotEntry {
  return {
    dealId: String(deal.DealID).trim(),
    Stage: dealFieldValue("Stage", deal.Stage),
    Amount: dealFieldValue("Amount", deal.Amount),
    ExpectedClose: dealFieldValue("ExpectedClose", deal.ExpectedClose),
  };
}

/**
 * Compares Deals rows with the snapshot of what the recorder last saw and says what to write:
 * one DealHistory row per changed field (Stage, Amount, ExpectedClose) with the value before and
 * after, the day and the deal's amount after it; the dates to stamp (StageSince on a stage
 * change; ClosedOn when the new stage closes the deal and ClosedOn is empty — a typed ClosedOn is
 * never overwritten); and the snapshot entries to put. A change seen live is dated today and
 * exact; one found on reconciliation is dated the day it was noticed, not exact. A deal not in the
 * snapshot gets one Stage row from empty (on reconciliation dated its Created day when it has
 * one) and StageSince when that is empty. Rows without a DealID and repeated DealIDs are counted,
 * not recorded. Running it again after its writes finds nothing.
 *
 * @param input - snapshot, rows, today, live or reconciling, what closes a deal
 * @returns history rows, stamps, snapshot entries and the counts of rows not recorded
 * @example
 * dealChanges({ snapshot, deals: [{ row: 0, DealID: "D-1", Stage: "Won", … }], today: 45471, live: true, closing })
 * //=> { history: [{ dealId: "D-1", field: "Stage", from: "Proposal", to: "Won", changedOn: 45471, amount: 1200, exact: true }], stamps: [{ row: 0, dealId: "D-1", stageSince: 45471, closedOn: 45471 }], … }
 */
export function dealChanges(input: DealChangesInput): DealChanges {
  const { snapshot, today, live, closing } = input;
  const { rows, withoutId, duplicates } = firstDealRows(input.deals, input.firstRows);
  const history: HistoryEntry[] = [];
  const stamps: DealStamp[] = [];
  const entries: SnapshotEntry[] = [];
  for (const deal of rows) {
    const now = snapshotEntryOf(deal);
    const before = snapshot.get(dealKey(deal.DealID));
    const closes = (changedOn: number) => (closing(now.Stage) && isEmpty(deal.ClosedOn) ? { closedOn: changedOn } : {});
    if (!before) {
      entries.push(now);
      if (now.Stage === null) continue;
      const created = parseDate(deal.Created);
      const changedOn = live ? today : (created ?? today);
      history.push({
        dealId: now.dealId,
        field: "Stage",
        from: null,
        to: now.Stage,
        changedOn,
        amount: now.Amount,
        exact: live,
      });
      const stamp = {
        ...(isEmpty(deal.StageSince) ? { stageSince: changedOn } : {}),
        ...closes(today),
      };
      if (Object.keys(stamp).length > 0) stamps.push({ row: deal.row, dealId: now.dealId, ...stamp });
      continue;
    }
    const changed = DEAL_FIELDS.filter((field) => !sameDealValue(field, before[field], now[field]));
    if (changed.length === 0) continue;
    entries.push(now);
    for (const field of changed) {
      history.push({
        dealId: now.dealId,
        field,
        from: before[field],
        to: now[field],
        changedOn: today,
        amount: now.Amount,
        exact: live,
      });
    }
    if (changed.includes("Stage"))
      stamps.push({ row: deal.row, dealId: now.dealId, stageSince: today, ...closes(today) });
  }
  return { history, stamps, snapshot: entries, withoutId, duplicates };
}

/**
 * The snapshot recording starts from, when it is first turned on for a workbook: every deal's
 * current values and no history (what came before is in Deals[StageSince] and [Created]).
 *
 * @param deals - every Deals row
 * @returns the entries, with the counts of rows not recorded
 * @example
 * seedSnapshot([{ row: 0, DealID: "D-1", Stage: "Proposal", Amount: 1200, … }]).snapshot //=> [{ dealId: "D-1", Stage: "Proposal", Amount: 1200, ExpectedClose: null }]
 */
export function seedSnapshot(deals: readonly DealCells[]): Pick<DealChanges, "snapshot" | "withoutId" | "duplicates"> {
  const { rows, withoutId, duplicates } = firstDealRows(deals);
  return { snapshot: rows.map(snapshotEntryOf), withoutId, duplicates };
}
