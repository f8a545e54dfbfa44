import { normalizeLabel } from "@core/cells/outcome";
import type { CustomerBook } from "@core/customers/customerRecords";

/**
 * Customers whose company, contact name, CustomerID or phone contains the query (trimmed,
 * case-insensitive), those whose label starts with it first, then in table order.
 *
 * @param book - the customer tables
 * @param query - what the manager typed
 * @param limit - at most this many (20)
 * @returns indexes into the book's customers
 *
 * @example
 * findCustomers(book, "acme") //=> [3, 0]
 */
export function findCustomers(book: CustomerBook, query: string, limit = 20): number[] {
  const wanted = normalizeLabel(query);
  if (!wanted) return [];
  const starts: number[] = [];
  const contains: number[] = [];
  book.customers.forEach((customer, index) => {
    const label = normalizeLabel(customer.label);
    if (label.startsWith(wanted)) starts.push(index);
    else if (
      [customer.company, customer.name, customer.id, customer.phone].some((field) =>
        normalizeLabel(field).includes(wanted),
      )
    )
      contains.push(index);
  });
  return [...starts, ...contains].slice(0, limit);
}
