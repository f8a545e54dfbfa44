import type { Cell } from "@core/cells/cell";

/**
 * Whether a cell counts as empty: null, undefined, "" or a string of spaces.
 *
 * @example
 * isEmpty("  ") //=> true
 */
export function isEmpty(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell !== "string") return false;
  return cell.length === 0 || cell.trim().length === 0;
}
