import type { Cell } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";

/**
 * A cell as the import writes it into an ID column (the schema's `idText` columns: CustomerID,
 * DealID, ContractID, TicketID, GoalID, Phone): text without the spaces around it, and a whole
 * number as its digits (so Excel shows 13800138000, not 1.38E+10). The trim is JavaScript's
 * `String.prototype.trim`, which removes every Unicode space, so the no-break spaces (U+00A0) and
 * ideographic spaces (U+3000) that Chinese exports carry go too, as tabs and line breaks do.
 * Excel's SUMIFS and XLOOKUP do not ignore spaces: " HT-0001 " written as typed would match no
 * "HT-0001", and the payment would count toward no contract. Anything else is returned as it is.
 *
 * @param cell - a non-empty source cell of an ID column
 * @returns the value to write
 *
 * @example
 * [idCell(" HT-0001 "), idCell("\u00a0D-0001\u3000"), idCell(13800138000)] //=> ["HT-0001", "D-0001", "13800138000"]
 */
export function idCell(cell: Cell): Cell {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isInteger(cell)) return cell.toFixed(0);
  return cell;
}

/**
 * A cell as an import compares IDs and rows with the workbook's: without regard to case, as
 * Excel's SUMIFS and MATCH compare text, and trimmed with the same trim as {@link idCell}; a
 * number by its text form, so an ID typed 1001 and the text "1001" are one ID, as SUMIFS matches
 * them; an empty cell (or spaces) is "". For imported IDs the trim changes nothing any more:
 * validateRows writes them trimmed (idCell), so what is compared here is what is written and
 * what SUMIFS later matches; it still matters for the workbook's own cells, which may have been
 * typed with spaces, and for other columns keyed here (company, name). alreadyImported,
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
