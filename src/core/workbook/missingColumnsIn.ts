import { headerLanguage } from "@core/workbook/headerLanguage";
import { missingColumns, type MissingColumn, type TableColumns } from "@core/workbook/areaColumns";
import { columnIndex, type ColumnIndex } from "@core/workbook/columnIndex";
import type { TableName, WorkbookLanguage } from "@core/workbook/schema";

/** A table as read: its header row as written (other fields are not looked at). */
type ReadHeaders = { readonly headers: readonly string[] };

/**
 * The required columns the present tables lack, from their header rows as read. The headers named
 * are in the language the first present required table is written in, so the user types back a
 * header that matches its neighbours.
 *
 * @param required - per table, the columns an area or writer cannot do without
 * @param tables - the tables read (absent ones are not reported: areas name those on their own)
 * @returns the missing columns, table by table in the order of `required`
 * @example
 * missingColumnsIn({ Deals: ["Amount"] }, { Deals: { headers: ["商机编号", "阶段"] } })
 * //=> [{ table: "Deals", key: "Amount", header: "金额" }]
 */
export function missingColumnsIn(
  required: TableColumns,
  tables: Partial<Record<TableName, ReadHeaders>>,
): MissingColumn[] {
  const found: Partial<Record<TableName, ColumnIndex>> = {};
  let language: WorkbookLanguage | undefined;
  for (const table of Object.keys(required) as TableName[]) {
    const read = tables[table];
    if (!read) continue;
    found[table] = columnIndex(table, read.headers);
    language ??= headerLanguage(table, read.headers);
  }
  return missingColumns(required, found, language ?? "en-US");
}
