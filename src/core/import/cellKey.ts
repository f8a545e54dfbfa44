import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";

/**
 * A cell as an import compares IDs and rows with the workbook's: without regard to case, as
 * Excel's SUMIFS and MATCH compare text, and trimmed (spaces around an ID are taken for a typing
 * slip; SUMIFS itself does not trim); a number by its text form, so an ID typed 1001 and the text
 * "1001" are one ID, as SUMIFS matches them; an empty cell (or spaces) is "". alreadyImported,
 * matchImport and unknownReferences all key cells by it.
 *
 * @param cell - the cell
 * @returns its key, "" when empty
 *
 * @example
 * [cellKey(" HT-0001 "), cellKey(1001), cellKey("  ")] //=> ["ht-0001", "1001", ""]
 */
export function cellKey(cell: Cell | undefined): string {
  if (cell === undefined || isEmpty(cell)) return "";
  return typeof cell === "string" ? cell.trim().toLowerCase() : String(cell);
}
