import type { PerformanceTableRows } from "@core/performance/performanceData";
import type { TableColumns } from "@core/workbook/areaColumns";
import { columnOfLetters } from "@core/workbook/columnLetters";
import { findTableName } from "@core/workbook/schema";
import { readTablesIn } from "../tables/readTables";

/** A table as read: where it is, its header row and body values. */
export type NamedTable = PerformanceTableRows & {
  readonly name: string;
  readonly sheet: string;
  /** 0-based sheet row and column of the header row's first cell. */
  readonly top: number;
  readonly left: number;
};

/** The top-left cell of an A1 address ("Sheet!C3:E9" → row 2, column 2). */
export function topLeftOf(address: string): { top: number; left: number } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(local.toUpperCase());
  if (!match) return { top: 0, left: 0 };
  return { top: Number(match[2]) - 1, left: columnOfLetters(match[1]) };
}

/**
 * Reads the workbook's tables whose names are asked for (any case, as Excel compares them) with
 * readTablesIn: one sync opens them, then one per page of rows sized by bytes. Only SalesGrid
 * table names are looked for; a table with an entry in `columns` loads only those columns (the
 * others read as ""), the rest whole.
 *
 * @param context - the request context of the surrounding Excel.run
 * @param names - the tables wanted, keyed in the answer as asked
 * @param columns - per table, the schema columns to load
 * @returns the tables present
 */
export async function readNamedTables(
  context: Excel.RequestContext,
  names: readonly string[],
  columns: TableColumns = {},
): Promise<Record<string, NamedTable>> {
  const asked = names.flatMap((name) => {
    const table = findTableName(name);
    return table ? [{ name, table }] : [];
  });
  const read = await readTablesIn(
    context,
    asked.map(({ table }) => table),
    columns,
  );
  const result: Record<string, NamedTable> = {};
  for (const { name, table } of asked) {
    const data = read[table];
    if (!data) continue;
    result[name] = {
      name,
      sheet: data.sheet,
      top: data.headerRow,
      left: data.firstColumn,
      headers: data.headers,
      rows: data.rows,
    };
  }
  return result;
}
