import { columnIndex, type ColumnIndex } from "@core/workbook/columnIndex";
import type { TableName, TableSpec } from "@core/workbook/schema";

/** A SalesGrid table opened for a write: its proxy, its header row and where its columns are. */
export type OpenedTable = {
  readonly table: Excel.Table;
  /** The header row as it stands (Excel's column names, in the workbook's language). */
  readonly headers: readonly string[];
  /** Position of each spec column in `headers` (-1 when the user removed it). */
  readonly columns: ColumnIndex;
};

/**
 * Queues the opening of a SalesGrid table by its spec (see {@link openTable}) without syncing, so
 * several tables — and whatever else the caller loads — open in one request.
 *
 * @param context - the batch's context
 * @param spec - the table, by name or by a layout's spec
 * @returns the table proxy, and what answers the opened table (or null) once the caller synced
 * @example
 * const deals = queueOpenTable(context, "Deals");
 * await context.sync();
 * deals.opened()?.columns.Amount //=> 4
 */
export function queueOpenTable(
  context: Excel.RequestContext,
  spec: TableName | TableSpec,
): { readonly table: Excel.Table; readonly opened: () => OpenedTable | null } {
  const name = typeof spec === "string" ? spec : spec.name;
  const table = context.workbook.tables.getItemOrNullObject(name);
  table.load("name,columns/items/name");
  return { table, opened: () => openedTable(table, spec) };
}

/** The opened table from a synced look-up (a separate function: the caller synced it). */
function openedTable(table: Excel.Table, spec: TableName | TableSpec): OpenedTable | null {
  if (table.isNullObject) return null;
  const headers = table.columns.items.map((column) => String(column.name ?? ""));
  return { table, headers, columns: columnIndex(spec, headers) };
}

/**
 * Opens a SalesGrid table by its spec, found by name as Excel does (case-insensitively), with its
 * header row and column index, in one `context.sync()`. The header row is read as the table's
 * column names, which a missing table answers with nothing instead of failing the request, so
 * the absence and the header come back together; callers load the body once they know it is
 * there.
 *
 * @param context - the batch's context
 * @param spec - the table, by name or by a layout's spec (such as the Performance area's Scorecard)
 * @returns the table, or null when the workbook has none of that name
 * @example
 * const opened = await openTable(context, "Activities");
 * if (opened && opened.columns.Date < 0) throw new Error("no Date column");
 */
export async function openTable(
  context: Excel.RequestContext,
  spec: TableName | TableSpec,
): Promise<OpenedTable | null> {
  const { opened } = queueOpenTable(context, spec);
  await context.sync();
  return opened();
}
