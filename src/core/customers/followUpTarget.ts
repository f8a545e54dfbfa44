import type { CustomerBook } from "./customerRecords";

/** The row the user selected, in the Customers or the Deals table (0-based data row). */
export type SelectedRecord = { readonly table: "Customers" | "Deals"; readonly row: number };

/** Who a quick follow-up is for: the customer, and the deal when a Deals row was selected. */
export type FollowUpTarget =
  | { readonly ok: true; readonly customerIndex: number; readonly dealId?: string }
  /** A Deals row whose Customer matches no row of Customers, or a row the book does not hold. */
  | { readonly ok: false; readonly problem: "noCustomer" | "noRow"; readonly dealId?: string };

/**
 * The customer (and deal) a follow-up logged from the selected row is about: a Customers row is
 * that customer; a Deals row is the deal's customer (matched as the book links deals to
 * customers: company, contact name or CustomerID) with that deal linked.
 *
 * @param book - the customer tables, cross-linked
 * @param selected - the selected data row and its table
 * @returns the target, or why there is none
 * @example
 * followUpTarget(book, { table: "Deals", row: 4 }) //=> { ok: true, customerIndex: 2, dealId: "D-0005" }
 */
export function followUpTarget(book: CustomerBook, selected: SelectedRecord): FollowUpTarget {
  if (selected.table === "Customers") {
    const customerIndex = book.customers.findIndex((customer) => customer.row === selected.row);
    return customerIndex < 0 ? { ok: false, problem: "noRow" } : { ok: true, customerIndex };
  }
  const dealIndex = book.deals.findIndex((deal) => deal.row === selected.row);
  if (dealIndex < 0) return { ok: false, problem: "noRow" };
  const deal = book.deals[dealIndex];
  const dealId = deal.id || undefined;
  const customerIndex = book.dealsOf.findIndex((deals) => deals.includes(dealIndex));
  if (customerIndex < 0) return { ok: false, problem: "noCustomer", ...(dealId ? { dealId } : {}) };
  return { ok: true, customerIndex, ...(dealId ? { dealId } : {}) };
}
