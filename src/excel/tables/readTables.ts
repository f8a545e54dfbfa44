import type { Cell } from "@core/cells/cell";
import { columnOfLetters } from "@core/workbook/columnLetters";
import { columnIndex, type ColumnIndex } from "@core/workbook/columnIndex";
import { findTableName, type TableName } from "@core/workbook/schema";
import type { ExcelResult } from "../excelFailure";
import { runExcel } from "../runExcel";

/** One SalesGrid table as read from the workbook: plain data, no proxies. */
export type TableData = {
  readonly name: TableName;
  /** The sheet it lives on. */
  readonly sheet: string;
  /** A1 address of the whole table on its sheet, header row included ("A1:Q301"). */
  readonly address: string;
  /** 0-based sheet row of the header row; data row i is at sheet row headerRow + 1 + i. */
  readonly headerRow: number;
  /** 0-based sheet column of the table's first column. */
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Position of each schema column in `headers` (-1 when the user removed it). */
  readonly columns: ColumnIndex;
  /** The data body's values, row by row (empty cells are ""); dates are serials. */
  readonly rows: readonly (readonly Cell[])[];
};

/** The tables asked for; a table the workbook lacks is absent from the record. */
export type TablesData = Partial<Record<TableName, TableData>>;

function parseTopLeft(address: string): { row: number; column: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const match = /^\$?([A-Z]+)\$?(\d+)/.exec(local.toUpperCase());
  if (!match) return { row: 0, column: 0 };
  return { row: Number(match[2]) - 1, column: columnOfLetters(match[1]) };
}

/**
 * Reads whole SalesGrid tables (header and data body values) in one `context.sync()`, whatever
 * language their headers are in. Tables are found by name, as Excel does (case-insensitively).
 *
 * @param names - the tables wanted
 * @returns the tables present, keyed by name, or the Office failure
 * @example
 * const read = await readTables(["Deals", "Stages"]);
 * if (read.ok) read.value.Deals?.rows.length //=> 1250
 */
export function readTables(names: readonly TableName[]): Promise<ExcelResult<TablesData>> {
  return runExcel(async (context) => {
    const all = context.workbook.tables;
    all.load("items/name");
    await context.sync();

    const wanted = new Set(names);
    const pending = all.items.flatMap((table) => {
      const name = findTableName(table.name);
      if (!name || !wanted.has(name)) return [];
      const range = table.getRange();
      range.load("address,values");
      table.worksheet.load("name");
      return [{ name, table, range }];
    });
    if (pending.length === 0) return {};
    await context.sync();

    const result: TablesData = {};
    for (const { name, table, range } of pending) {
      const [headerRow = [], ...rows] = range.values as Cell[][];
      const headers = headerRow.map((header) => String(header ?? ""));
      const topLeft = parseTopLeft(range.address);
      result[name] = {
        name,
        sheet: table.worksheet.name,
        address: range.address.slice(range.address.lastIndexOf("!") + 1),
        headerRow: topLeft.row,
        firstColumn: topLeft.column,
        headers,
        columns: columnIndex(name, headers),
        rows,
      };
    }
    return result;
  });
}
