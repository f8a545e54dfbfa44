import type { TableName } from "@core/workbook/schema";
import type { ExcelResult } from "./excelFailure";
import { runExcel } from "./runExcel";
import type { Unsubscribe } from "./selection";

/** A change Excel reported in one of the watched SalesGrid tables. */
export type TableChange = {
  readonly table: TableName;
  /** The changed cells on the table's sheet ("B3", "A5:Q6"). */
  readonly address: string;
  /** Excel's `DataChangeType`: "RangeEdited", "RowInserted", "RowDeleted" … */
  readonly changeType: string;
  /** "Local" for a change made here (by the user or an add-in), "Remote" for a co-author's. */
  readonly source: "Local" | "Remote";
};

/** Which watched table an Excel table id is, learned once per id (null: not one we watch). */
type TableIds = Map<string, TableName | null>;

/** The watched table with this id, asked of Excel the first time the id is seen (a table made after subscribing). */
async function watchedTable(ids: TableIds, watched: readonly TableName[], tableId: string): Promise<TableName | null> {
  const known = ids.get(tableId);
  if (known !== undefined) return known;
  const found = await runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableId);
    table.load("name");
    await context.sync();
    return table.isNullObject ? null : table.name;
  });
  // A failed look-up is not remembered, so the next change asks again.
  if (!found.ok) return null;
  const name = watched.find((candidate) => candidate.toLowerCase() === found.value?.toLowerCase()) ?? null;
  ids.set(tableId, name);
  return name;
}

/**
 * Calls `handler` after each change of data in the named SalesGrid tables: typing, pasting,
 * fill-down, undo, rows inserted or deleted, a co-author's edit, and the add-in's own writes.
 * One `workbook.tables.onChanged` registration (ExcelApi 1.7, within the manifest's 1.10) serves
 * all of them, so a table created after subscribing (by set-up) is heard too; changes to other
 * tables are dropped here. Excel delivers events asynchronously, after the change.
 *
 * @param tables - the tables to watch, by their SalesGrid names
 * @param handler - called once per Excel event that touches one of them
 * @returns the function that ends the subscription, or the failure to subscribe
 * @example
 * const stop = await onTablesChanged(["Deals"], (change) => console.log(change.address));
 * // the user types in Deals!B3 → { table: "Deals", address: "B3", changeType: "RangeEdited", source: "Local" }
 */
export function onTablesChanged(
  tables: readonly TableName[],
  handler: (change: TableChange) => void,
): Promise<ExcelResult<Unsubscribe>> {
  const ids: TableIds = new Map();
  return runExcel(async (context) => {
    const existing = context.workbook.tables.load("items/id,items/name");
    const registration = context.workbook.tables.onChanged.add(async (event) => {
      const table = await watchedTable(ids, tables, event.tableId);
      if (table) handler({ table, address: event.address, changeType: event.changeType, source: event.source });
    });
    await context.sync();
    for (const table of existing.items)
      ids.set(table.id, tables.find((name) => name.toLowerCase() === table.name.toLowerCase()) ?? null);
    const unsubscribe: Unsubscribe = () =>
      runExcel(async (removeContext) => {
        registration.remove();
        await removeContext.sync();
      }, registration.context);
    return unsubscribe;
  });
}
