import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { tierCadence } from "@core/customers/tierCadence";
import { returnVisit, returnVisitSummary, type ReturnVisit } from "@core/service/returnVisit";
import { isOpenTicket } from "@core/service/serviceTickets";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { activityMethodChoices, serviceStatusChoices } from "@core/workbook/schema";
import { activityRow } from "../customers/activityRow";
import type { ExcelResult } from "../excelFailure";
import { unguardTextColumns } from "../goals/placeRows";
import { runExcel } from "../runExcel";
import { queueOpenTable } from "../tables/openTable";
import { ServiceWriteError, serviceFailure } from "./serviceWriteFailure";

/** A ticket's closing, checked by checkCloseTicket. */
export type TicketClosing = {
  readonly ticketId: string;
  /** The data row where the pane read the ticket (tried first). */
  readonly row: number;
  readonly resolvedOn: number;
  /** 1–5, or null when the customer gave none. */
  readonly satisfaction: number | null;
};

/** What closing did: the return visit scheduled, and whether the Activities row was there already. */
export type TicketClosed = {
  readonly ticketId: string;
  readonly customer: string;
  readonly returnVisit: ReturnVisit;
  /** False when a closing whose answer was lost had written the same return visit already. */
  readonly visitAdded: boolean;
  /** Whether the customer's Customers[LastContact] moved to the day (never backwards; false when not found). */
  readonly lastContactMoved: boolean;
};

/** How many of the last Activities rows are checked for the same return visit written before. */
const RECENT_ROWS = 20;

const plain = (cell: Cell) =>
  String(cell ?? "")
    .replace(/^'/, "")
    .trim();

/**
 * Closes a service ticket and schedules its return visit (回访), in one request after the reads:
 * the ticket's row (found by TicketID, the row the pane read tried first) gets Status Closed in
 * the table's language, ResolvedOn and Satisfaction; an Activities row records the closing — Date
 * ResolvedOn, the ticket's customer, deal and owner, Method Other, Summary "Return visit (回访):
 * ticket T-0003 (Repair) closed" (回访：工单T-0003（维修）已关闭), the satisfaction — with its
 * NextContact set to the return visit: after the customer's tier cadence (Cadences), within 7
 * days for a complaint (returnVisit). The customer's LastContact moves to the day (never
 * backwards), as a logged follow-up's does, so the Follow-ups view plans the 回访 from that row.
 * A ticket already closed is refused; if a closing's answer was lost after it landed, closing
 * again finds the ticket closed, and the same return visit among the last Activities rows is not
 * added twice.
 *
 * @param closing - the ticket and how it closed
 * @returns the return visit scheduled, or the failure
 * @example
 * await closeTicket({ ticketId: "T-0003", row: 2, resolvedOn: 45470, satisfaction: 5 })
 * //=> { ok: true, value: { ticketId: "T-0003", customer: "Acme", returnVisit: { due: 45484, days: 14, reason: "tier" }, visitAdded: true, lastContactMoved: true } }
 */
export async function closeTicket(closing: TicketClosing): Promise<ExcelResult<TicketClosed>> {
  return serviceFailure(
    await runExcel(async (context) => {
      const service = queueOpenTable(context, "Service");
      const activities = queueOpenTable(context, "Activities");
      const customers = queueOpenTable(context, "Customers");
      const cadences = context.workbook.tables.getItemOrNullObject("Cadences");
      cadences.load("name");
      const cadenceRows = cadences.getDataBodyRange();
      cadenceRows.load("values");
      await context.sync();
      const opened = service.opened();
      if (!opened) throw new ServiceWriteError("TableMissing", "The workbook has no Service table.");
      const log = activities.opened();
      if (!log) throw new ServiceWriteError("TableMissing", "The workbook has no Activities table.");
      if (opened.columns.TicketID < 0 || opened.columns.Status < 0 || opened.columns.ResolvedOn < 0)
        throw new ServiceWriteError("ColumnMissing", "The Service table lacks TicketID, Status or ResolvedOn.");
      if (log.columns.Date < 0)
        throw new ServiceWriteError("ColumnMissing", "The Activities table has no Date column.");

      // Only the columns read are loaded (a Customers table of 10^5 rows stays far under 5 MB).
      const serviceBody = opened.table.getDataBodyRange();
      const ids = serviceBody.getColumn(opened.columns.TicketID);
      ids.load("values");
      const activityBody = log.table.getDataBodyRange();
      activityBody.load("rowCount");
      const activityLast = log.table.getRange().getLastRow();
      activityLast.load("numberFormat");
      const people = customers.opened();
      const customerBody = people?.table.getDataBodyRange();
      const customerColumn = (key: string) => {
        const c = people ? people.columns[key] : -1;
        return c >= 0 && customerBody ? customerBody.getColumn(c).load("values") : null;
      };
      const identities = ["CustomerID", "Company", "Name"].map(customerColumn);
      const tiers = customerColumn("Tier");
      const lastContacts = customerColumn("LastContact");
      await context.sync();

      const id = normalizeLabel(closing.ticketId);
      const idCells = (ids.values as Cell[][]).map((r) => r[0]);
      const row =
        closing.row >= 0 && normalizeLabel(idCells[closing.row]) === id
          ? closing.row
          : idCells.findIndex((c) => normalizeLabel(c) === id);
      if (row < 0)
        throw new ServiceWriteError("TicketNotFound", `Ticket ${closing.ticketId} is no longer in the Service table.`);
      const ticketRow = serviceBody.getRow(row).load("values");
      const tailRows = Math.min(activityBody.rowCount, RECENT_ROWS);
      const tail =
        tailRows > 0 ? activityBody.getRow(activityBody.rowCount - tailRows).getResizedRange(tailRows - 1, 0) : null;
      tail?.load("values");
      await context.sync();

      const cells = (ticketRow.values as Cell[][])[0];
      const cell = (key: string): Cell => (opened.columns[key] >= 0 ? cells[opened.columns[key]] : "");
      const customer = plain(cell("Customer"));
      const resolved = parseDate(cell("ResolvedOn")) ?? null;
      const wasOpen = isOpenTicket({ status: plain(cell("Status")), resolvedOn: resolved });
      // Closed already on this very day: an earlier closing whose answer was lost; finish it.
      if (!wasOpen && resolved !== closing.resolvedOn)
        throw new ServiceWriteError("TicketClosed", `Ticket ${closing.ticketId} is closed already.`);

      // The customer's tier and LastContact, by CustomerID, else company, else contact name.
      const wanted = normalizeLabel(customer);
      let customerRow = -1;
      for (const column of identities) {
        if (customerRow >= 0 || !column) continue;
        customerRow = (column.values as Cell[][]).findIndex((r) => normalizeLabel(r[0]) === wanted);
      }
      const tier: Cell = customerRow >= 0 && tiers ? (tiers.values as Cell[][])[customerRow][0] : "";
      const lastContact =
        customerRow >= 0 && lastContacts
          ? (parseDate((lastContacts.values as Cell[][])[customerRow][0]) ?? null)
          : null;
      const cadence = tierCadence(cadences.isNullObject ? undefined : (cadenceRows.values as Cell[][]));
      const visit = returnVisit(cell("Type"), closing.resolvedOn, tier, cadence.days);

      const language = headerLanguage("Activities", log.headers);
      const other = activityMethodChoices.find((choice) => choice["en-US"] === "Other")!;
      const written = activityRow(log.headers, {
        Date: closing.resolvedOn,
        Customer: customer,
        DealID: plain(cell("DealID")),
        Owner: plain(cell("Owner")),
        Method: other[language],
        Summary: returnVisitSummary(plain(cell("TicketID")), cell("Type"), language),
        NextContact: visit.due,
        Satisfaction: closing.satisfaction,
      });
      const same = (r: Cell[]) =>
        ["Date", "Customer", "Summary", "NextContact"].every((key) => {
          const c = log.columns[key];
          return c < 0 || plain(r[c]) === plain(written[c]);
        });
      const visitThere = tail !== null && (tail.values as Cell[][]).some(same);

      if (!visitThere) log.table.rows.add(undefined, unguardTextColumns([written], activityLast.numberFormat[0] ?? []));
      if (wasOpen) {
        const closedLabel = serviceStatusChoices.find((choice) => choice["en-US"] === "Closed")!;
        const put = (key: string, value: string | number) =>
          (serviceBody.getCell(row, opened.columns[key]).values = [[value]]);
        put("Status", closedLabel[headerLanguage("Service", opened.headers)]);
        put("ResolvedOn", closing.resolvedOn);
        if (opened.columns.Satisfaction >= 0) put("Satisfaction", closing.satisfaction ?? "");
      }
      const moveLast =
        customerRow >= 0 && lastContacts !== null && (lastContact === null || closing.resolvedOn > lastContact);
      if (moveLast) lastContacts.getCell(customerRow, 0).values = [[closing.resolvedOn]];
      await context.sync();
      return {
        ticketId: plain(cell("TicketID")),
        customer,
        returnVisit: visit,
        visitAdded: !visitThere,
        lastContactMoved: moveLast,
      };
    }),
  );
}
