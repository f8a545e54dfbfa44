import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import type { WorkbookLanguage } from "@core/workbook/schema";
import { literalText } from "@core/workbook/literalText";

/** Where converted data goes: a new sheet (the default), the end of the existing table, or the source itself. */
export type ImportMode = "new-sheet" | "append" | "in-place";

/**
 * What a writer puts into the workbook for one import, as plain data. `rows` are written in
 * chunks; every other part is small and written once.
 */
export type TableLayout = {
  readonly mode: ImportMode;
  /** The table's header row as it will stand (existing headers first for append and in place). */
  readonly headers: readonly string[];
  /**
   * The data rows to write, as wide as `headers` (in place: as wide as the source block plus the
   * added columns). Text is already guarded (literalText). `null` means "leave the cell": a cell
   * in place that needs no change, or a formula column a table fills itself.
   */
  readonly rows: readonly (readonly Cell[])[];
  /**
   * In place: the 0-based sheet row and column of the header row's first cell; `rows` are the
   * rows under it, one per sheet row (blank rows included, all null).
   */
  readonly anchor?: { readonly row: number; readonly column: number };
  /**
   * In place: each row's source cells as read (as wide as the source block), what identifies the
   * row when it is written, so a row moved meanwhile is never overwritten by another's values.
   */
  readonly keys?: readonly (readonly Cell[])[];
  /** Per column of `headers`: the number format of its data cells, or null to leave it. */
  readonly formats: readonly (string | null)[];
  /** Per column of `headers`: the formula of a formula column (filled once over the column), or null. */
  readonly formulas: readonly (string | null)[];
  /** Columns the table gains at its right end (append and in place), as positions in `headers`. */
  readonly addedColumns: readonly number[];
  /** The fingerprint of this write (see importFingerprint). */
  readonly fingerprint: string;
};

/** A value as it goes into a values array: text guarded so Excel stores it as typed, empty as "". */
export function outputCell(cell: Cell): Cell {
  if (cell === null || cell === undefined) return "";
  return typeof cell === "string" ? literalText(cell) : cell;
}

/**
 * A value for a cell formatted as Text (`@`): Excel stores whatever is written there as typed, an
 * apostrophe included, so text goes in without literalText's guard (a formula-like text cannot
 * become a formula in such a cell); empty is "".
 */
export function textCell(cell: Cell): Cell {
  return cell === null || cell === undefined ? "" : cell;
}

/** Excel table headers must be unique, compared case-insensitively: " (2)", " (3)" … are added. */
export function uniqueHeader(header: string, taken: Set<string>): string {
  let name = header;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${header} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** The header an extra column keeps: its own text, or "Column N" / "列 N" when it had none. */
export function extraHeader(header: Cell, index: number, language: WorkbookLanguage): string {
  if (isEmpty(header ?? null)) return language === "zh-CN" ? `列 ${index + 1}` : `Column ${index + 1}`;
  return String(header).trim();
}
