import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { poolMarkerSummary } from "@core/customers/poolMarkers";
import type { CustomerIdentity } from "@core/customers/customerIdentity";
import { literalText } from "@core/workbook/literalText";
import { customerStatusChoices, type WorkbookLanguage } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { unguardTextColumns } from "../goals/placeRows";
import { runExcel } from "../runExcel";
import { openTable } from "../tables/openTable";
import { activityRow } from "./activityRow";
import { CustomerWriteError, typedFailure } from "./customerWriteFailure";
import { locateCustomers } from "./locateCustomers";
import { writeKeyedRows } from "../write/writeKeyedRows";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { ensureJournalSheet, queueStartJournal } from "../undo/undoJournal";

/** A customer a pool change touches, as the pane read it. */
export type PoolCustomer = {
  readonly identity: CustomerIdentity;
  /** The name Deals and Activities use for the customer (its company). */
  readonly name: string;
  /** Its owner when read ("" in the pool). */
  readonly owner: string;
};

/** What a pool change writes: the new owner and status, and the kind of bookkeeping row. */
export type OwnerChange = {
  readonly kind: "release" | "reassign" | "claim";
  /** "" releases to the pool. */
  readonly owner: string;
  readonly status: "Active" | "Pool";
  readonly language: WorkbookLanguage;
  readonly today: number;
};

/** How many customers changed owner, and the labels of those that could not be found again while writing. */
export type OwnersChanged = { readonly changed: number; readonly notChanged?: readonly string[] };

/**
 * Sets Owner and Status of some customers and appends one Activities row per customer recording
 * the change (Method Other, Summary "Pool: released — <previous owner>", "Pool: reassigned —
 * <old> → <new>" or "Pool: claimed"), so the history of who owned whom stays in the workbook.
 * Deals and earlier activities are never touched. One batch: the rows are found again by
 * identity, then Owner and Status are written where each customer's identity is at the moment of
 * the write (writeKeyedRows: rows the manager deleted, inserted or sorted in between are found
 * again; a value that landed on a moved row is put back), then the Activities rows are added for
 * the customers actually changed. A customer that vanished meanwhile is left out and named in
 * `notChanged`. The Owner and Status cells it overwrites are journaled (src/excel/undo/) in the
 * same batch, for "Undo last SalesGrid change" (the Activities records stay: they are history).
 *
 * @param customers - the customers to change
 * @param change - the new owner, status and what to record
 * @returns how many changed (and who could not be, when rows moved away), or the failure
 *   (nothing written when a customer is gone before the write starts)
 * @example
 * await changeOwners([acme], { kind: "release", owner: "", status: "Pool", language: "zh-CN", today: 45470 }) //=> { ok: true, value: { changed: 1 } }
 */
export async function changeOwners(
  customers: readonly PoolCustomer[],
  change: OwnerChange,
): Promise<ExcelResult<OwnersChanged>> {
  // Its own batch first: the hidden journal sheet cannot be added inside a merged undo group.
  // A failure here stops the command before it writes: nothing is changed that could not be taken back.
  const journalSheet = await ensureJournalSheet();
  if (!journalSheet.ok) return journalSheet;
  return typedFailure(
    await runExcel(async (context) => {
      const located = await locateCustomers(
        context,
        customers.map((customer) => customer.identity),
      );
      const { Owner: ownerColumn, Status: statusColumn } = located.columns;
      if (ownerColumn < 0) throw new CustomerWriteError("ColumnMissing", "The Customers table has no Owner column.");
      if (statusColumn < 0) throw new CustomerWriteError("ColumnMissing", "The Customers table has no Status column.");
      const opened = await openTable(context, "Activities");
      if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Activities table.");
      if (opened.columns.Summary < 0)
        throw new CustomerWriteError("ColumnMissing", "The Activities table has no Summary column.");
      const { table: activities, headers } = opened;
      // Text-formatted ("@") columns store input as typed: the text guard must not go there.
      const lastActivity = activities.getRange().getLastRow();
      lastActivity.load("numberFormat");
      const ownerCell = located.body.getCell(0, ownerColumn);
      ownerCell.load("numberFormat");
      const held = located.rows.map((row, i) => ({
        key: located.body.getCell(row, located.columns[customers[i].identity.key]).load("values"),
        owner: located.body.getCell(row, ownerColumn).load("values"),
        status: located.body.getCell(row, statusColumn).load("values"),
      }));
      activities.rows.load("count");
      const startJournal = queueStartJournal(context, change.kind);
      await context.sync();
      const ownerIsText = ownerCell.numberFormat[0]?.[0] === "@";

      const status = customerStatusChoices.find((choice) => choice["en-US"] === change.status)?.[change.language];
      const statusLabels = customerStatusChoices
        .filter((choice) => choice["en-US"] === change.status)
        .flatMap((choice) => [choice["en-US"], choice["zh-CN"]].map(normalizeLabel));
      const cellOf = (range: Excel.Range) => normalizeLabel(range.values[0]?.[0] as Cell);
      // A customer whose own row already shows the change was changed by an earlier run of it (the
      // pane refuses the change otherwise) whose answer was lost: it is not written again. A row
      // moved since it was located is the keyed write's to find.
      const landed = new Set(
        held.flatMap((cells, i) =>
          cellOf(cells.key) === normalizeLabel(customers[i].identity.value) &&
          cellOf(cells.owner) === normalizeLabel(change.owner) &&
          statusLabels.includes(cellOf(cells.status))
            ? [i]
            : [],
        ),
      );
      const other = "Other";
      const method = change.language === "zh-CN" ? "其他" : other;
      const summaryOf = (customer: PoolCustomer) =>
        poolMarkerSummary(
          change.kind,
          change.language,
          change.kind === "release"
            ? customer.owner
            : change.kind === "reassign"
              ? `${customer.owner} → ${change.owner}`
              : "",
        );
      // The records go in the request after the owners: that earlier run may have stopped between
      // the two. Its records, if they landed, are among the table's last rows.
      const recorded =
        landed.size > 0 ? await recentRecords(context, activities, opened.columns, customers.length) : [];
      const isRecorded = (customer: PoolCustomer) =>
        recorded.includes(recordKey(change.today, customer.name, summaryOf(customer)));

      const owner = change.owner && !ownerIsText ? literalText(change.owner) : change.owner;
      const toWrite = customers.flatMap((_, i) => (landed.has(i) ? [] : [i]));
      const keyed = toWrite.map((i) => ({
        key: { columns: [located.columns[customers[i].identity.key]], cells: [customers[i].identity.value] },
        cells: [owner, status ?? change.status],
        row: located.rows[i],
      }));
      const journal = await startJournal(keyed.length);
      const written = await writeKeyedRows(
        context,
        located.table,
        [ownerColumn, statusColumn],
        keyed,
        journal.track("Customers", located.headers, [ownerColumn, statusColumn], keyed),
      );
      const missed = new Set(written.notWritten.map((at) => toWrite[at]));
      const changed = customers.filter((_, i) => !missed.has(i));
      const records = customers
        .filter((customer, i) => !missed.has(i) && !(landed.has(i) && isRecorded(customer)))
        .map((customer) =>
          activityRow(headers, {
            Date: change.today,
            Customer: customer.name,
            Owner: change.kind === "release" ? customer.owner : change.owner,
            Method: method,
            Summary: summaryOf(customer),
          }),
        );
      if (records.length > 0)
        activities.rows.add(undefined, unguardTextColumns(records, lastActivity.numberFormat[0] ?? []));
      journal.commit();
      await context.sync();
      const notChanged = customers.filter((_, i) => missed.has(i)).map((customer) => customer.identity.label);
      return notChanged.length > 0 ? { changed: changed.length, notChanged } : { changed: changed.length };
    }),
  );
}

/** What tells a pool record apart: its date, customer and summary (as follow-ups are told apart). */
function recordKey(date: Cell, customer: Cell, summary: Cell): string {
  return [date, customer, summary].map(normalizeLabel).join("\u001f");
}

/**
 * The keys of the Activities table's last rows (as many as `count` records and a margin for rows
 * added since), read in one request: enough to find the records of a run whose answer was lost.
 */
async function recentRecords(
  context: Excel.RequestContext,
  activities: Excel.Table,
  columns: ColumnIndex,
  count: number,
): Promise<string[]> {
  const rows = activities.rows.count;
  const tail = Math.min(rows, count + 50);
  if (tail === 0 || columns.Date < 0 || columns.Customer < 0) return [];
  const range = activities
    .getDataBodyRange()
    .getCell(rows - tail, 0)
    .getResizedRange(tail - 1, Math.max(columns.Date, columns.Customer, columns.Summary))
    .load("values");
  await context.sync();
  return (range.values as Cell[][]).map((row) =>
    recordKey(row[columns.Date], row[columns.Customer], row[columns.Summary]),
  );
}
