import type { Cell } from "@core/cells/cell";
import { customerBook, type CustomerTables } from "@core/customers/customerBook";
import type { CustomerBook, CustomerTableRows } from "@core/customers/customerRecords";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";

/** A table in English headers from partial records keyed by column key. */
export function table(name: TableName, records: readonly Record<string, Cell>[]): CustomerTableRows {
  const headers = tableHeaders(name, "en-US");
  return { rows: records.map((r) => headers.map((h) => r[h] ?? "")), columns: columnIndex(name, headers) };
}

export type Records = Partial<Record<keyof CustomerTables, Record<string, Cell>[]>>;

export function tablesOf(records: Records): CustomerTables {
  const out: Record<string, CustomerTableRows> = {};
  for (const [name, rows] of Object.entries(records)) out[name] = table(name as TableName, rows ?? []);
  return { Customers: out.Customers ?? table("Customers", []), ...out } as CustomerTables;
}

export function bookOf(records: Records): CustomerBook {
  return customerBook(tablesOf(records));
}
