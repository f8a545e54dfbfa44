import type { Cell } from "@core/cells/cell";
import { findCustomerRow, type CustomerIdentity } from "@core/customers/customerIdentity";
import type { ColumnIndex } from "@core/workbook/columnIndex";
import { openTable } from "../tables/openTable";
import { CustomerWriteError } from "./customerWriteFailure";

/** The Customers table as a writer found it: the body range, its column index and the customers' rows now. */
export type LocatedCustomers = {
  readonly table: Excel.Table;
  readonly body: Excel.Range;
  readonly headers: readonly string[];
  readonly columns: ColumnIndex;
  readonly rowCount: number;
  /** The data row of each identity asked for, in order (-1 never: a missing one throws). */
  readonly rows: readonly number[];
};

/**
 * Finds customers' rows in the Customers table as it is now (two syncs: the table and its header,
 * then its size and the identity columns), so a write lands on the right row even if the user sorted or edited the
 * table since the pane read it. Throws CustomerNotFound when one is gone, TableMissing when the
 * table is.
 *
 * @param context - the batch's context
 * @param identities - the customers, as the pane read them
 * @returns the table, its header and each customer's row
 */
export async function locateCustomers(
  context: Excel.RequestContext,
  identities: readonly CustomerIdentity[],
): Promise<LocatedCustomers> {
  const opened = await openTable(context, "Customers");
  if (!opened) throw new CustomerWriteError("TableMissing", "The workbook has no Customers table.");
  const { table, headers, columns } = opened;
  const body = table.getDataBodyRange();
  body.load("rowCount");
  const keys = [...new Set(identities.map((identity) => identity.key))].filter((key) => columns[key] >= 0);
  const loaded = new Map<string, Excel.Range>();
  for (const key of keys) {
    const column = body.getColumn(columns[key]);
    column.load("values");
    loaded.set(key, column);
  }
  await context.sync();
  const rows = identities.map((identity) => {
    const column = loaded.get(identity.key);
    const cells = column ? (column.values as Cell[][]).map((row) => row[0]) : [];
    const row = findCustomerRow(identity, columns, cells);
    if (row < 0) {
      throw new CustomerWriteError(
        "CustomerNotFound",
        `"${identity.label}" is no longer in the Customers table; refresh and try again.`,
      );
    }
    return row;
  });
  return { table, body, headers, columns, rowCount: body.rowCount, rows };
}
