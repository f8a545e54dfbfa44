/**
 * An Excel table as the emulator keeps it: where it is, its columns, its options and the
 * calculated-column formulas Excel fills into new rows. Header cells are ordinary sheet cells
 * holding the column names, as in Excel.
 */
import type { CellRect } from "./address";

/** One table column. `calculated` is the column's formula, written for the first data row. */
export type TableColumnModel = { id: number; name: string; calculated?: string };

/** One table. `range` includes the header row and the totals row when they are shown. */
export type TableModel = {
  id: string;
  name: string;
  sheetId: number;
  range: CellRect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  columns: TableColumnModel[];
  nextColumnId: number;
};

/** The rows of a table's data body (inclusive), which may be empty (top > bottom) only transiently. */
export function dataBodyRows(table: TableModel): { top: number; bottom: number } {
  return {
    top: table.range.top + (table.showHeaders ? 1 : 0),
    bottom: table.range.bottom - (table.showTotals ? 1 : 0),
  };
}

/** The data body rectangle. */
export function dataBodyRect(table: TableModel): CellRect {
  const { top, bottom } = dataBodyRows(table);
  return { top, bottom, left: table.range.left, right: table.range.right };
}

/** The header row rectangle, or null when headers are hidden. */
export function headerRect(table: TableModel): CellRect | null {
  return table.showHeaders
    ? { top: table.range.top, bottom: table.range.top, left: table.range.left, right: table.range.right }
    : null;
}

/** The totals row rectangle, or null when totals are hidden. */
export function totalsRect(table: TableModel): CellRect | null {
  return table.showTotals
    ? { top: table.range.bottom, bottom: table.range.bottom, left: table.range.left, right: table.range.right }
    : null;
}

/** Index of a column by name (case-insensitive, as Excel matches names), or -1. */
export function columnIndexByName(table: TableModel, name: string): number {
  const wanted = name.trim().toLowerCase();
  return table.columns.findIndex((c) => c.name.toLowerCase() === wanted);
}

/** Table names: a letter, underscore or backslash first, then letters, digits, underscores, dots; not a cell address. */
export function isValidTableName(name: string): boolean {
  if (!/^[A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\\\u00C0-\uFFFF]*$/.test(name) || name.length > 255) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[rRcC]$/.test(name) || /^R\d*C\d*$/i.test(name)) return false;
  return true;
}

/** A header name made unique among `existing` the way Excel does ("Amount", "Amount2" …). */
export function uniqueColumnName(name: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(name.toLowerCase()) && name !== "") return name;
  const base = name === "" ? "Column" : name;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}
