import type { Cell } from "@core/cells/cell";
import { columnOfLetters } from "@core/workbook/columnLetters";
import type { PerformanceTableRows } from "@core/performance/performanceData";

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
 * Queues the read of the workbook's tables whose names are asked for (any case, as Excel
 * compares them) and answers after one more sync: lists the tables, then loads what it needs.
 * Two syncs in all, whatever the number of tables.
 */
export async function readNamedTables(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<Record<string, NamedTable>> {
  const all = context.workbook.tables;
  all.load("items/name");
  await context.sync();
  const wanted = new Map(names.map((name) => [name.toLowerCase(), name]));
  const pending = all.items.flatMap((table) => {
    const name = wanted.get(table.name.toLowerCase());
    if (!name) return [];
    const range = table.getRange();
    range.load("address,values");
    table.worksheet.load("name");
    return [{ name, table, range }];
  });
  if (pending.length > 0) await context.sync();
  const result: Record<string, NamedTable> = {};
  for (const { name, table, range } of pending) {
    const [header = [], ...rows] = range.values as Cell[][];
    result[name] = {
      name,
      sheet: table.worksheet.name,
      ...topLeftOf(range.address),
      headers: header.map((h) => String(h ?? "")),
      rows,
    };
  }
  return result;
}
