import type { Cell } from "@core/cells/cell";
import { parseDate } from "@core/cells/parseDate";
import { isSalesError } from "@core/errors";
import { nextVisit } from "@core/formulas/customers/nextVisit";
import { normalizeLabel } from "@core/cells/outcome";
import type { CustomerIdentity } from "@core/customers/customerIdentity";
import type { ExcelResult } from "../excelFailure";
import { unguardTextColumns } from "../goals/placeRows";
import { runExcel } from "../runExcel";
import { openTable } from "../tables/openTable";
import { writeKeyedRows } from "../write/writeKeyedRows";
import { activityRow } from "./activityRow";
import { CustomerWriteError, typedFailure } from "./customerWriteFailure";
import { locateCustomers } from "./locateCustomers";

/** A follow-up the manager logs for one customer. */
export type FollowUpInput = {
  readonly customer: CustomerIdentity;
  /** The name written in the Activities row's Customer column (the company, as Deals uses it). */
  readonly customerName: string;
  readonly date: number;
  /** Who made the contact: the customer's owner or another rep (Activities[Owner]). */
  readonly owner: string;
  readonly method: string;
  readonly summary: string;
  /** The deal the follow-up was about (Activities[DealID]); its Deals[LastActivity] moves to the date. */
  readonly dealId?: string;
  /** An explicit next contact; it goes into the Activities row (Customers.NextContact stays a formula). */
  readonly nextContact?: number | null;
  readonly satisfaction?: number | null;
};

/** What logging changed: the customer's row and its LastContact / NextContact after recalculation. */
export type FollowUpLogged = {
  readonly row: number;
  /** False when the customer's LastContact was already later than the follow-up (it is kept). */
  readonly lastContactUpdated: boolean;
  readonly lastContact: number | null;
  /** The NextContact cell's value after Excel recalculated it (a date serial, or "" / an error text). */
  readonly nextContact: Cell;
  /**
   * With a deal linked, what became of its Deals[LastActivity]: moved to the follow-up's date,
   * kept (it was as late already), or missing (no such deal, or no LastActivity column, now).
   */
  readonly dealLastActivity?: "moved" | "kept" | "missing";
};

/**
 * Logs a follow-up: appends an Activities row and moves the customer's LastContact to its date
 * (never backwards). Customers.NextContact is a formula column (SALES.NEXTVISIT of LastContact
 * and Tier): it is left as a formula and moves with LastContact, so the sheet stays live; an
 * explicit next contact is recorded in the Activities row's NextContact, which the pane's plan
 * prefers. The customer is found again by identity if the table changed since it was read.
 *
 * The write is the batch's last sync: a failure before it changes nothing, and nothing is read
 * after it, so a failed log never leaves a row behind that a retry would add again. The next
 * contact the pane shows is computed with the core from the tier and the Cadences table (the
 * formula cell reads #BUSY! in the sync that changed its inputs, so it is never read back).
 *
 * With a deal linked, the deal's Deals[LastActivity] then moves to the date (never backwards), found
 * by its DealID and written keyed by it (writeKeyedRows: a deal row moved meanwhile is found again).
 * It follows the Activities row, which is the record: if it fails, logging again finds the row
 * already there, adds nothing, and moves LastActivity then.
 *
 * @param input - the follow-up
 * @returns the customer's row with LastContact and NextContact as they are now, or the failure
 * @example
 * await logFollowUp({ customer, customerName: "Acme", date: 45470, owner: "Wang", method: "Call", summary: "Renewal" })
 * //=> { ok: true, value: { row: 12, lastContactUpdated: true, lastContact: 45470, nextContact: 45500 } }
 */
export async function logFollowUp(input: FollowUpInput): Promise<ExcelResult<FollowUpLogged>> {
  return typedFailure(
    await runExcel(async (context) => {
      const located = await locateCustomers(context, [input.customer]);
      const row = located.rows[0];
      const opened = await openTable(context, "Activities");
      if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Activities table.");
      if (opened.columns.Date < 0)
        throw new CustomerWriteError("ColumnMissing", "The Activities table has no Date column.");
      const { table: activities, headers } = opened;
      // Text-formatted ("@") columns store input as typed: the text guard must not go there.
      const lastRow = activities.getRange().getLastRow();
      lastRow.load("numberFormat");
      const cell = (key: string) => {
        const at = located.columns[key];
        const found = at >= 0 ? located.body.getCell(row, at) : undefined;
        found?.load("values");
        return found;
      };
      const lastCell = cell("LastContact");
      const tierCell = cell("Tier");
      const cadences = context.workbook.tables.getItemOrNullObject("Cadences");
      cadences.load("name");
      const cadenceRows = cadences.getDataBodyRange();
      cadenceRows.load("values");
      const activityBody = activities.getDataBodyRange();
      activityBody.load("rowCount");
      await context.sync();

      // The same follow-up already at the end of Activities: an earlier log whose answer was lost
      // (its closing sync failed after the row landed). Logging it again would add it twice.
      const tailRows = Math.min(activityBody.rowCount, RECENT_ROWS);
      const tail =
        tailRows > 0 ? activityBody.getRow(activityBody.rowCount - tailRows).getResizedRange(tailRows - 1, 0) : null;
      tail?.load("values");
      if (tail) await context.sync();
      const written = activityRow(headers, {
        Date: input.date,
        Customer: input.customerName,
        DealID: input.dealId,
        Owner: input.owner,
        Method: input.method,
        Summary: input.summary,
        NextContact: input.nextContact ?? null,
        Satisfaction: input.satisfaction ?? null,
      });
      const logged =
        tail !== null && (tail.values as Cell[][]).some((cells) => sameActivity(cells, written, opened.columns));

      const before = lastCell ? (parseDate(lastCell.values[0][0] as Cell) ?? null) : null;
      const update = lastCell !== undefined && (before === null || input.date >= before);
      const lastContact = update ? input.date : before;
      const cadence = cadences.isNullObject ? null : (cadenceRows.values as Cell[][]);
      const nextContact = nextContactOf(lastContact, tierCell ? (tierCell.values[0][0] as Cell) : null, cadence);

      if (!logged) activities.rows.add(undefined, unguardTextColumns([written], lastRow.numberFormat[0] ?? []));
      if (update) lastCell.values = [[input.date]];
      await context.sync();
      const logResult = { row, lastContactUpdated: update, lastContact, nextContact };
      if (!input.dealId?.trim()) return logResult;
      return { ...logResult, dealLastActivity: await moveLastActivity(context, input.dealId, input.date) };
    }),
  );
}

/**
 * What Customers[NextContact] (=SALES.NEXTVISIT(LastContact, Tier, Cadences)) holds once Excel has
 * recalculated: the same core function on the same inputs, so the pane need not read the formula
 * cell back. A table the core refuses falls back to the default cadence, as a missing one does.
 */
function nextContactOf(lastContact: number | null, tier: Cell, cadence: Cell[][] | null): Cell {
  if (lastContact === null) return "";
  const computed = nextVisit([[lastContact]], [[tier]], cadence);
  if (isSalesError(computed)) return cadence ? nextContactOf(lastContact, tier, null) : "";
  const value = computed[0][0];
  return isSalesError(value) ? "" : value;
}

/**
 * Moves a deal's LastActivity to a day unless it is as late already: the deal is found by its
 * DealID in the Deals table as it is now, and written keyed by it.
 */
async function moveLastActivity(
  context: Excel.RequestContext,
  dealId: string,
  day: number,
): Promise<"moved" | "kept" | "missing"> {
  const deals = await openTable(context, "Deals");
  if (!deals || deals.columns.DealID < 0 || deals.columns.LastActivity < 0) return "missing";
  const body = deals.table.getDataBodyRange();
  const ids = body.getColumn(deals.columns.DealID).load("values");
  const last = body.getColumn(deals.columns.LastActivity).load("values");
  await context.sync();
  const wanted = normalizeLabel(dealId);
  const row = (ids.values as Cell[][]).findIndex((cells) => normalizeLabel(cells[0]) === wanted);
  if (row < 0) return "missing";
  const before = parseDate(last.values[row][0] as Cell);
  if (before !== undefined && !Number.isNaN(before) && before >= day) return "kept";
  const write = await writeKeyedRows(
    context,
    deals.table,
    [deals.columns.LastActivity],
    [{ key: { columns: [deals.columns.DealID], cells: [ids.values[row][0] as Cell] }, cells: [day], row }],
  );
  return write.notWritten.length > 0 ? "missing" : "moved";
}

/** How many of the last Activities rows are checked for the same follow-up logged before. */
const RECENT_ROWS = 20;

/** The key columns of a follow-up: the same date, customer, deal, owner, method and summary is the same log. */
const ACTIVITY_KEY = ["Date", "Customer", "DealID", "Owner", "Method", "Summary"] as const;

/** Whether a row of Activities as read holds the follow-up about to be written (texts trimmed, a guard apostrophe ignored). */
function sameActivity(
  cells: readonly Cell[],
  written: readonly Cell[],
  columns: Readonly<Record<string, number>>,
): boolean {
  const plain = (cell: Cell) =>
    String(cell ?? "")
      .replace(/^'/, "")
      .trim();
  return ACTIVITY_KEY.every((key) => {
    const at = columns[key];
    return at < 0 || plain(cells[at]) === plain(written[at]);
  });
}
