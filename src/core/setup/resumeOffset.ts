import type { Cell } from "@core/cells/cell";
import type { WriteRow } from "@core/setup/tableRows";

const asWritten = (cell: Cell) => {
  const text = String(cell ?? "");
  // literalText's apostrophe is not part of the stored value.
  return text.startsWith("'") ? text.slice(1) : text;
};

/**
 * Where to resume writing a table's sample rows after an interrupted set-up: its rows so far
 * must be a prefix of the sample (checked on the first cell of its last row, which the seeded
 * sample makes unique enough: an ID, a rep or a date in order). Answers the number of rows
 * already written, or undefined when the table does not hold a prefix of these rows.
 *
 * @param rows - all sample rows of the table
 * @param rowCount - data rows the table holds
 * @param lastRowFirstCell - the first cell of its last data row
 * @returns the index of the first row still to write, or undefined
 * @example
 * resumeOffset([["C0001"], ["C0002"], ["C0003"]], 2, "C0002") //=> 2
 */
export function resumeOffset(rows: readonly WriteRow[], rowCount: number, lastRowFirstCell: Cell): number | undefined {
  if (rowCount < 1 || rowCount > rows.length) return undefined;
  return asWritten(rows[rowCount - 1][0]) === asWritten(lastRowFirstCell) ? rowCount : undefined;
}
