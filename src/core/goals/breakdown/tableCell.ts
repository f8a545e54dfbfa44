import type { Cell } from "@core/cells/cell";
import { parseDate } from "@core/cells/parseDate";
import { parseNumber } from "@core/cells/parseNumber";
import { columnIndex } from "@core/workbook/columnIndex";
import type { TableName } from "@core/workbook/schema";

/** A table as read from the workbook: its header row and data rows (dates as serials). */
export type TableCells = {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly Cell[])[];
};

/** Reads one schema column of a row of a table, by column key. */
export type TableCellReader = {
  /** The raw cell; null when the column is missing. */
  readonly raw: (row: readonly Cell[], key: string) => Cell;
  /** Trimmed text; null for an empty cell, a boolean or a missing column. */
  readonly text: (row: readonly Cell[], key: string) => string | null;
  /** A number read leniently (text numbers, ¥, separators); null when none. */
  readonly number: (row: readonly Cell[], key: string) => number | null;
  /** A date as a serial (a serial or date text); null when none. */
  readonly date: (row: readonly Cell[], key: string) => number | null;
};

/**
 * A reader of a SalesGrid table's cells by schema column key, whatever language or order its
 * headers are in (see columnIndex).
 *
 * @example
 * tableCell("Team", { headers: ["销售代表"], rows: [] }).text(["李雷"], "Rep") //=> "李雷"
 */
export function tableCell(name: TableName, table: TableCells): TableCellReader {
  const index = columnIndex(name, table.headers);
  const raw = (row: readonly Cell[], key: string): Cell => (index[key] >= 0 ? row[index[key]] : null);
  return {
    raw,
    text: (row, key) => {
      const cell = raw(row, key);
      if (cell === null || cell === undefined || typeof cell === "boolean") return null;
      const value = String(cell).trim();
      return value === "" ? null : value;
    },
    number: (row, key) => parseNumber(raw(row, key)) ?? null,
    date: (row, key) => parseDate(raw(row, key)) ?? null,
  };
}
