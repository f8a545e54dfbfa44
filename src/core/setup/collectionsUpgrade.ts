import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { tableSpec, type WorkbookLanguage } from "@core/workbook/schema";

/**
 * The schema version that made Deals[Collected] the live sum of the deal's Payments[Received] and
 * Targets' Collected rows measure payments by the date received.
 */
export const COLLECTIONS_VERSION = 4;

/** One deal as the upgrade reads it: Collected as written (its formula, or the value typed). */
export type CollectedDeal = {
  readonly dealId: Cell;
  readonly customer: Cell;
  readonly owner: Cell;
  readonly closedOn: Cell;
  /** The cell's formula text as Excel answers `formulas`: a typed value is the value itself. */
  readonly collected: Cell;
  /**
   * The cell's value, for a formula of the manager's own (`=1200*0.5`): its result is what moves.
   * Left out, the formula text is read as the value.
   */
  readonly value?: Cell;
};

/** A Payments row to append, keyed by the Payments column keys (Status, a formula, left out). */
export type MigratedPayment = Readonly<Record<string, Cell>>;

/** What the upgrade will write, said to the manager before it writes. */
export type CollectionsUpgradePlan = {
  /** The Payments rows, one per deal with a typed Collected amount, in deal order. */
  readonly payments: readonly MigratedPayment[];
  /** The deal row of each payment (an index into the deals as read). */
  readonly rows: readonly number[];
  /** The sum of the amounts moved (cents-exact: each amount is kept as typed). */
  readonly total: number;
  /** Of those, how many deals had no ClosedOn, so their payment is dated today (said in Notes). */
  readonly datedToday: number;
  /**
   * Deals whose typed Collected cannot be moved: no DealID to link the payment to, or a text that
   * reads as no amount. While any is left the upgrade writes nothing (the formula would replace
   * them), and the pane lists them by row.
   */
  readonly blocked: readonly { readonly row: number; readonly reason: "no-id" | "not-a-number" }[];
};

/** The words the migrated rows carry in Payments[Notes], in the workbook's language. */
export const migratedNotes: Readonly<Record<WorkbookLanguage, { readonly closed: string; readonly today: string }>> = {
  "en-US": {
    closed: "Migrated from the typed Deals Collected (dated the deal's ClosedOn)",
    today: "Migrated from the typed Deals Collected (no ClosedOn: dated the day of the upgrade)",
  },
  "zh-CN": {
    closed: "由商机的回款金额迁移（日期为成交日期）",
    today: "由商机的回款金额迁移（无成交日期，日期为升级当天）",
  },
};

/** A DealID as SUMIFS matches it: case and surrounding spaces aside. */
const idKey = (id: Cell) =>
  String(id ?? "")
    .trim()
    .toLowerCase();

/**
 * The DealIDs that already have a migrated Payments row: a row whose Notes is one of the
 * {@link migratedNotes} texts, in either language.
 *
 * @param payments - Payments' DealID and Notes cells, row by row
 * @returns the ids, as compared (trimmed, lower case)
 * @example
 * migratedDealIds([["D-1", migratedNotes["en-US"].closed], ["D-2", ""]]) //=> Set { "d-1" }
 */
export function migratedDealIds(payments: readonly (readonly [Cell, Cell])[]): Set<string> {
  const notes = new Set(Object.values(migratedNotes).flatMap((texts) => [texts.closed, texts.today]));
  return new Set(payments.filter(([, note]) => notes.has(String(note ?? ""))).map(([id]) => idKey(id)));
}

/**
 * Whether a cell as read through `formulas` holds the live sum already (a formula reading the
 * Payments table); a formula of the manager's own is moved by its value like a typed amount.
 */
const isLiveSum = (cell: Cell) => typeof cell === "string" && cell.startsWith("=") && /payments\[/i.test(cell);

/**
 * Plans the move of typed Deals[Collected] amounts into Payments before the column becomes the
 * live sum of the deal's received payments: every typed, non-zero amount becomes one Payments row
 * of that deal (its DealID, Customer and Owner; Installment 1; DueDate = ReceivedOn = the deal's
 * ClosedOn, or today when it has none; AmountDue = Received = the amount; Notes saying it was
 * migrated, in the workbook's language), so the formula then gives each deal exactly what it had.
 * A cell holding the live sum (already upgraded) or nothing moves nothing (a formula of the
 * manager's own moves its value), and a deal that already
 * has a migrated row (an upgrade stopped after its payments were written) is not moved again, so
 * running it again adds nothing. A zero needs no row (the formula gives 0 too). An amount without
 * a DealID, or a text that is no amount, blocks the upgrade.
 *
 * @param deals - every Deals row as read
 * @param today - today's serial (the date of a deal without ClosedOn)
 * @param language - the workbook's language (the Notes text)
 * @param migrated - the DealIDs that already have a migrated Payments row (migratedDealIds)
 * @returns the rows to append, their total, and what blocks the upgrade
 * @example
 * planCollectionsUpgrade([{ dealId: "D-0001", customer: "Acme", owner: "Li", closedOn: 46100, collected: 5000 }], 46200, "en-US")
 * //=> { payments: [{ DealID: "D-0001", …, DueDate: 46100, AmountDue: 5000, Received: 5000, ReceivedOn: 46100, … }], rows: [0], total: 5000, datedToday: 0, blocked: [] }
 */
export function planCollectionsUpgrade(
  deals: readonly CollectedDeal[],
  today: number,
  language: WorkbookLanguage,
  migrated: ReadonlySet<string> = new Set(),
): CollectionsUpgradePlan {
  const payments: MigratedPayment[] = [];
  const rows: number[] = [];
  const blocked: { row: number; reason: "no-id" | "not-a-number" }[] = [];
  let cents = 0;
  let datedToday = 0;
  deals.forEach((deal, row) => {
    if (isLiveSum(deal.collected)) return;
    const typed = deal.value ?? deal.collected;
    if (isEmpty(typed)) return;
    if (typeof typed === "string" && typed.trim() === "") return;
    const amount = parseNumber(typed);
    if (amount === undefined || !Number.isFinite(amount)) {
      blocked.push({ row, reason: "not-a-number" });
      return;
    }
    if (amount === 0) return;
    if (isEmpty(deal.dealId) || String(deal.dealId).trim() === "") {
      blocked.push({ row, reason: "no-id" });
      return;
    }
    if (migrated.has(idKey(deal.dealId))) return;
    const closed = parseDate(deal.closedOn);
    const date = closed ?? today;
    if (closed === undefined) datedToday += 1;
    payments.push({
      ContractID: "",
      DealID: deal.dealId,
      Customer: deal.customer,
      Owner: deal.owner,
      Installment: 1,
      DueDate: date,
      AmountDue: amount,
      Received: amount,
      ReceivedOn: date,
      Method: "",
      Notes: closed === undefined ? migratedNotes[language].today : migratedNotes[language].closed,
    });
    rows.push(row);
    cents += Math.round(amount * 100);
  });
  return { payments, rows, total: cents / 100, datedToday, blocked };
}

/**
 * A migrated payment as a row of the Payments table as it stands (its headers' order); columns
 * the table lacks are left out, the user's own columns and the Status formula left blank (null).
 *
 * @param payment - the row by column key
 * @param columns - the position of each Payments key in the table (-1 when missing)
 * @param width - the table's column count
 * @example
 * paymentRow({ DealID: "D-1", Received: 5 }, { DealID: 0, Received: 1 }, 3) //=> ["D-1", 5, null]
 */
export function paymentRow(
  payment: MigratedPayment,
  columns: Readonly<Record<string, number>>,
  width: number,
): (Cell | null)[] {
  const row: (Cell | null)[] = new Array<Cell | null>(width).fill(null);
  for (const column of tableSpec("Payments").columns) {
    const at = columns[column.key] ?? -1;
    if (at < 0 || column.formula) continue;
    row[at] = payment[column.key] ?? "";
  }
  return row;
}

/** Which of the tables the upgrade touches the workbook has, and how. */
export type CollectionsTables = {
  readonly deals: { readonly present: boolean; readonly hasCollected: boolean; readonly collectedIsFormula: boolean };
};

/**
 * Whether the Workbook area should offer the collections upgrade: Deals has a Collected column
 * that is not yet the formula (its first row holds a value, or the add-in recorded a version
 * before 4 — set-up run again records the current version over kept tables, so the column itself
 * is looked at too).
 *
 * @param tables - what Deals holds
 * @param recordedVersion - `salesgrid.schemaVersion`, null when never set up
 * @returns true when the upgrade is needed
 * @example
 * collectionsUpgradeNeeded({ deals: { present: true, hasCollected: true, collectedIsFormula: false } }, 3) //=> true
 */
export function collectionsUpgradeNeeded(tables: CollectionsTables, recordedVersion: number | null): boolean {
  const { deals } = tables;
  if (!deals.present || !deals.hasCollected) return false;
  return !deals.collectedIsFormula || (recordedVersion !== null && recordedVersion < COLLECTIONS_VERSION);
}
