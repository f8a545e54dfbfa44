import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import { customerBook, type CustomerTables } from "@core/customers/customerBook";
import type { CustomerRecord, CustomerTableRows } from "@core/customers/customerRecords";
import { serviceLevels, type ServiceLevels } from "./serviceLevels";
import { serviceTickets, type ServiceTicket } from "./serviceTickets";

/** The tables the Service area reads, rows and header as read (each optional but Service). */
export type ServiceTables = {
  readonly Service: { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };
  readonly ServiceLevels?: { readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[] };
} & Omit<Partial<CustomerTables>, "Activities">;

/** A customer a ticket may be opened for, with the deals it may name. */
export type ServiceCustomer = {
  readonly record: CustomerRecord;
  /** DealIDs of the customer's deals, won ones first, newest first within each. */
  readonly dealIds: readonly string[];
};

/** What the Service area works from. */
export type ServiceData = {
  readonly tickets: readonly ServiceTicket[];
  readonly levels: ServiceLevels;
  readonly customers: readonly ServiceCustomer[];
  /** The Team's reps, else the customers' owners, each once. */
  readonly owners: readonly string[];
};

const emptyTable: CustomerTableRows = { rows: [], columns: {} };

/**
 * The Service area's facts from its tables: the tickets, the service levels, the customers a
 * ticket may be opened for (with their deals, won first) and who may own a ticket.
 *
 * @param tables - Service and, when present, ServiceLevels, Customers, Deals, Stages and Team
 * @returns the facts
 * @example
 * serviceData({ Service: { headers: ["TicketID"], rows: [["T-0001"]] } }).tickets[0].id //=> "T-0001"
 */
export function serviceData(tables: ServiceTables): ServiceData {
  const book = customerBook({
    Customers: tables.Customers ?? emptyTable,
    ...(tables.Deals ? { Deals: tables.Deals } : {}),
    ...(tables.Stages ? { Stages: tables.Stages } : {}),
    ...(tables.Team ? { Team: tables.Team } : {}),
  });
  const customers = book.customers.map((record, index) => {
    const deals = book.dealsOf[index]
      .map((at) => book.deals[at])
      .filter((deal) => deal.id)
      .sort(
        (a, b) => Number(b.outcome === "won") - Number(a.outcome === "won") || (b.closedOn ?? 0) - (a.closedOn ?? 0),
      );
    return { record, dealIds: deals.map((deal) => deal.id) };
  });
  const owners: string[] = [];
  const seen = new Set<string>();
  for (const name of book.reps.length > 0 ? book.reps : book.customers.map((c) => c.owner)) {
    const key = normalizeLabel(name);
    if (key && !seen.has(key)) {
      seen.add(key);
      owners.push(name.trim());
    }
  }
  return {
    tickets: serviceTickets(tables.Service.headers, tables.Service.rows),
    levels: tables.ServiceLevels
      ? serviceLevels(tables.ServiceLevels.headers, tables.ServiceLevels.rows)
      : new Map<string, number>(),
    customers,
    owners,
  };
}

/**
 * The tickets of one customer (its profile's list): those whose Customer names it by
 * CustomerID, company or contact name, newest first.
 *
 * @example
 * ticketsOf(tickets, { id: "C-1", company: "Acme", name: "Ann" }).map((t) => t.id) //=> ["T-0004", "T-0001"]
 */
export function ticketsOf(
  tickets: readonly ServiceTicket[],
  customer: Pick<CustomerRecord, "id" | "company" | "name">,
): ServiceTicket[] {
  const keys = new Set([customer.id, customer.company, customer.name].map(normalizeLabel).filter(Boolean));
  return tickets
    .filter((ticket) => keys.has(normalizeLabel(ticket.customer)))
    .sort((a, b) => (b.openedOn ?? 0) - (a.openedOn ?? 0) || b.row - a.row);
}
