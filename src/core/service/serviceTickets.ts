import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { columnIndex } from "@core/workbook/columnIndex";
import { serviceStatusChoices, workbookLanguages, type ColumnChoice } from "@core/workbook/schema";

/** One row of the Service table as the pane reads it (dates are serials, null when not a date). */
export type ServiceTicket = {
  /** 0-based data row where it was read. */
  readonly row: number;
  readonly id: string;
  readonly customer: string;
  readonly dealId: string;
  readonly openedOn: number | null;
  /** The type as written (either language, or the manager's own). */
  readonly type: string;
  readonly owner: string;
  readonly priority: string;
  readonly status: string;
  readonly resolvedOn: number | null;
  /** 1–5 when given as such, else null. */
  readonly satisfaction: number | null;
  readonly summary: string;
};

const text = (cell: Cell | undefined) => (cell === null || cell === undefined ? "" : String(cell).trim());

/**
 * The English key of a choice written in either language ("维修" → "Repair"), or the text as
 * written when it is none of the choices (compared trimmed and case-insensitively).
 *
 * @param choices - a schema choice list
 * @param cell - the cell as read
 * @returns the English label of the matching choice, or the trimmed text
 * @example
 * choiceKey(serviceTypeChoices, " 投诉 ") //=> "Complaint"
 */
export function choiceKey(choices: readonly ColumnChoice[], cell: Cell): string {
  const wanted = normalizeLabel(cell);
  const found = choices.find((choice) =>
    workbookLanguages.some((language) => normalizeLabel(choice[language]) === wanted),
  );
  return found ? found["en-US"] : text(cell);
}

/**
 * Whether a ticket is still open: no ResolvedOn and a Status other than Closed (已关闭).
 *
 * @example
 * isOpenTicket({ status: "处理中", resolvedOn: null }) //=> true
 */
export function isOpenTicket(ticket: Pick<ServiceTicket, "status" | "resolvedOn">): boolean {
  return ticket.resolvedOn === null && choiceKey(serviceStatusChoices, ticket.status) !== "Closed";
}

/**
 * The tickets of the Service table, read by its header in either language. Rows without a
 * TicketID, customer and opening date (blank rows) are skipped; a satisfaction outside 1–5 reads as none.
 *
 * @param headers - the Service table's header row
 * @param rows - its data rows
 * @returns one ticket per non-blank row, in row order
 * @example
 * serviceTickets(["TicketID", "Customer", "OpenedOn"], [["T-0001", "Acme", 45500]])[0].openedOn //=> 45500
 */
export function serviceTickets(headers: readonly string[], rows: readonly (readonly Cell[])[]): ServiceTicket[] {
  const columns = columnIndex("Service", headers);
  const tickets: ServiceTicket[] = [];
  rows.forEach((cells, row) => {
    const at = (key: string) => (columns[key] >= 0 ? cells[columns[key]] : "");
    const date = (key: string) => parseDate(at(key)) ?? null;
    const satisfaction = parseNumber(at("Satisfaction"));
    const ticket: ServiceTicket = {
      row,
      id: text(at("TicketID")),
      customer: text(at("Customer")),
      dealId: text(at("DealID")),
      openedOn: date("OpenedOn"),
      type: text(at("Type")),
      owner: text(at("Owner")),
      priority: text(at("Priority")),
      status: text(at("Status")),
      resolvedOn: date("ResolvedOn"),
      satisfaction:
        satisfaction !== undefined && Number.isInteger(satisfaction) && satisfaction >= 1 && satisfaction <= 5
          ? satisfaction
          : null,
      summary: text(at("Summary")),
    };
    if (ticket.id || ticket.customer || ticket.openedOn !== null) tickets.push(ticket);
  });
  return tickets;
}
