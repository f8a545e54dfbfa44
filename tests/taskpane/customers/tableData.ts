import type { Cell } from "@core/cells/cell";
import { columnIndex } from "@core/workbook/columnIndex";
import { tableHeaders, type TableName } from "@core/workbook/schema";
import type { TableData } from "@excel/tables/readTables";

/** A table as readTables gives it, in English headers, from partial records keyed by header. */
export function table(name: TableName, records: readonly Record<string, Cell>[]): TableData {
  const headers = tableHeaders(name, "en-US");
  return {
    name,
    sheet: name,
    address: "A1",
    headerRow: 0,
    firstColumn: 0,
    headers,
    columns: columnIndex(name, headers),
    rows: records.map((r) => headers.map((h) => r[h] ?? "")),
  };
}
