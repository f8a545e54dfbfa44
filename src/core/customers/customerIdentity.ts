import type { Cell } from "@core/cells/cell";
import { normalizeLabel } from "@core/cells/outcome";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import type { CustomerRecord } from "@core/customers/customerRecords";

/** How a writer finds a customer's row again: by CustomerID, else company, else contact name. */
export type CustomerIdentity = {
  readonly key: "CustomerID" | "Company" | "Name";
  readonly value: string;
  /** 0-based data row where the pane read the customer (tried first). */
  readonly row: number;
  /** How the pane names the customer (for messages and Activities rows). */
  readonly label: string;
};

/**
 * The identity of a customer record.
 *
 * @example
 * customerIdentity({ row: 4, id: "", company: "Acme", name: "Ann", label: "Acme", … }) //=> { key: "Company", value: "Acme", row: 4, label: "Acme" }
 */
export function customerIdentity(customer: CustomerRecord): CustomerIdentity {
  const base = { row: customer.row, label: customer.label };
  if (customer.id) return { key: "CustomerID", value: customer.id, ...base };
  if (customer.company) return { key: "Company", value: customer.company, ...base };
  return { key: "Name", value: customer.name, ...base };
}

/**
 * Where a customer is among the rows of the Customers table as they are now: the row the pane read
 * when it still holds the customer, else the first row with the same identity, else -1 (the
 * user deleted it, or the identity column is gone).
 *
 * @param identity - the customer as the pane read it
 * @param columns - the Customers header's column index
 * @param identities - the identity column's cells now, one per data row
 * @returns the 0-based data row, or -1
 *
 * @example
 * findCustomerRow({ key: "CustomerID", value: "C2", row: 0, label: "B" }, { CustomerID: 0 }, ["C1", "C2"]) //=> 1
 */
export function findCustomerRow(identity: CustomerIdentity, columns: ColumnIndex, identities: readonly Cell[]): number {
  if ((columns[identity.key] ?? -1) < 0) return -1;
  const wanted = normalizeLabel(identity.value);
  const same = (cell: Cell) => normalizeLabel(cell) === wanted;
  if (identity.row >= 0 && identity.row < identities.length && same(identities[identity.row])) return identity.row;
  return identities.findIndex(same);
}
