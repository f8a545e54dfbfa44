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
 * `notChanged`.
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
      await context.sync();
      const ownerIsText = ownerCell.numberFormat[0]?.[0] === "@";

      const status = customerStatusChoices.find((choice) => choice["en-US"] === change.status)?.[change.language];
      const other = "Other";
      const method = change.language === "zh-CN" ? "其他" : other;
      const owner = change.owner && !ownerIsText ? literalText(change.owner) : change.owner;
      const written = await writeKeyedRows(
        context,
        located.table,
        [ownerColumn, statusColumn],
        customers.map(({ identity }, i) => ({
          key: { columns: [located.columns[identity.key]], cells: [identity.value] },
          cells: [owner, status ?? change.status],
          row: located.rows[i],
        })),
      );
      const missed = new Set(written.notWritten);
      const changed = customers.filter((_, i) => !missed.has(i));
      const records = changed.map((customer) => {
        const detail =
          change.kind === "release"
            ? customer.owner
            : change.kind === "reassign"
              ? `${customer.owner} → ${change.owner}`
              : "";
        return activityRow(headers, {
          Date: change.today,
          Customer: customer.name,
          Owner: change.kind === "release" ? customer.owner : change.owner,
          Method: method,
          Summary: poolMarkerSummary(change.kind, change.language, detail),
        });
      });
      if (records.length > 0)
        activities.rows.add(undefined, unguardTextColumns(records, lastActivity.numberFormat[0] ?? []));
      await context.sync();
      const notChanged = customers.filter((_, i) => missed.has(i)).map((customer) => customer.identity.label);
      return notChanged.length > 0 ? { changed: changed.length, notChanged } : { changed: changed.length };
    }),
  );
}
