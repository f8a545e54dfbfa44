import type { Cell } from "@core/cells/cell";
import { headerLookup } from "@core/setup/planSetup";
import { columnFormula } from "@core/setup/formulaColumns";
import { nextTicketId } from "@core/service/ticketDrafts";
import { headerLanguage } from "@core/workbook/headerLanguage";
import { literalText } from "@core/workbook/literalText";
import { safeText } from "@core/workbook/safeText";
import { serviceStatusChoices } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { unguardTextColumns } from "../goals/placeRows";
import { runExcel } from "../runExcel";
import { queueOpenTable } from "../tables/openTable";
import { ServiceWriteError, serviceFailure } from "./serviceWriteFailure";

/** A ticket to open, checked by checkNewTicket (type and priority in the workbook's language). */
export type NewTicket = {
  readonly customer: string;
  readonly dealId: string;
  readonly openedOn: number;
  readonly type: string;
  readonly priority: string;
  readonly owner: string;
  readonly summary: string;
};

/** The ticket written: its TicketID, and whether an earlier attempt had written it already. */
export type TicketOpened = { readonly ticketId: string; readonly alreadyThere: boolean };

/** How many of the last Service rows are checked for the same ticket opened before. */
const RECENT_ROWS = 20;
const SAME = ["Customer", "DealID", "OpenedOn", "Type", "Priority", "Owner", "Summary"] as const;

const plain = (cell: Cell) =>
  String(cell ?? "")
    .replace(/^'/, "")
    .trim()
    .toLowerCase();

/**
 * Opens a service ticket: appends a Service row (or fills the blank row an empty table keeps) with the next TicketID (continuing the table's
 * pattern, T-0001 …), Status Open in the table's language, and Service[DueBy] written as its
 * formula (so it computes with the auto-fill option off too). Names and IDs go in as literal
 * text, the summary through the formula guard. The write is the batch's last sync; if its answer
 * was lost after the row landed, opening the same ticket again (same customer, deal, day, type,
 * priority, owner and summary among the last rows) answers with that row's ID instead of adding it twice.
 *
 * @param ticket - the ticket, validated by the pane
 * @returns the TicketID, or the failure
 * @example
 * await openTicket({ customer: "Acme", dealId: "D-0003", openedOn: 45470, type: "Repair", priority: "High", owner: "Li", summary: "Pump leaks" })
 * //=> { ok: true, value: { ticketId: "T-0013", alreadyThere: false } }
 */
export async function openTicket(ticket: NewTicket): Promise<ExcelResult<TicketOpened>> {
  return serviceFailure(
    await runExcel(async (context) => {
      const service = queueOpenTable(context, "Service");
      const levels = queueOpenTable(context, "ServiceLevels");
      await context.sync();
      const opened = service.opened();
      if (!opened) throw new ServiceWriteError("TableMissing", "The workbook has no Service table.");
      if (opened.columns.TicketID < 0)
        throw new ServiceWriteError("ColumnMissing", "The Service table has no TicketID column.");
      const { table, headers, columns } = opened;
      const body = table.getDataBodyRange();
      body.load("rowCount");
      const lastRow = table.getRange().getLastRow();
      lastRow.load("numberFormat");
      const ids = body.getColumn(columns.TicketID);
      ids.load("values");
      await context.sync();
      const tailRows = Math.min(body.rowCount, RECENT_ROWS);
      const tail = tailRows > 0 ? body.getRow(body.rowCount - tailRows).getResizedRange(tailRows - 1, 0) : null;
      tail?.load("values");
      if (tail) await context.sync();

      const language = headerLanguage("Service", headers);
      const levelsTable = levels.opened();
      const lookup = headerLookup({
        Service: { name: table.name, headers },
        ...(levelsTable ? { ServiceLevels: { name: levelsTable.table.name, headers: levelsTable.headers } } : {}),
      });
      const row: (string | number)[] = headers.map(() => "");
      const put = (key: string, value: string | number) => {
        if (columns[key] >= 0) row[columns[key]] = value;
      };
      const ticketId = nextTicketId((ids.values as Cell[][]).map((cells) => cells[0]));
      put("TicketID", literalText(ticketId));
      put("Customer", literalText(ticket.customer));
      put("DealID", ticket.dealId ? literalText(ticket.dealId) : "");
      put("OpenedOn", ticket.openedOn);
      put("Type", literalText(ticket.type));
      put("Owner", literalText(ticket.owner));
      put("Priority", literalText(ticket.priority));
      put("Status", serviceStatusChoices[0][language]);
      put("Summary", safeText(ticket.summary));
      put("DueBy", columnFormula("Service", "DueBy", lookup) ?? "");

      const earlier = ((tail?.values ?? []) as Cell[][]).find((cells) =>
        SAME.every((key) => columns[key] < 0 || plain(cells[columns[key]]) === plain(row[columns[key]])),
      );
      if (earlier) return { ticketId: String(earlier[columns.TicketID]).trim(), alreadyThere: true };
      const values = unguardTextColumns([row], lastRow.numberFormat[0] ?? []);
      // A table set up empty keeps one blank data row (Excel's tables never have none): the
      // first ticket goes into it rather than below it. Only a blank last row is reused.
      const last = (tail?.values as Cell[][] | undefined)?.[tailRows - 1];
      const dueBy = columns.DueBy;
      if (last && last.every((cell, c) => c === dueBy || cell === "" || cell === null))
        body.getRow(body.rowCount - 1).values = values;
      else table.rows.add(undefined, values);
      await context.sync();
      return { ticketId, alreadyThere: false };
    }),
  );
}
