import type { Cell, CellOrMatrix } from "@core/cells/cell";
import { salesError, type Result } from "@core/errors";

/**
 * The one cell of an argument that takes a single value: the value itself, or the cell of a
 * one-cell range. A larger range is #VALUE!.
 *
 * @param arg - the argument as the wrapper received it
 * @param what - the argument's name, shown in the message
 * @returns the cell (possibly empty: callers choose its default)
 *
 * @example
 * scalarCell([["25%"]], "win_rate") //=> "25%"
 */
export function scalarCell(arg: CellOrMatrix, what: string): Result<Cell> {
  if (!Array.isArray(arg)) return arg as Cell;
  if (arg.length !== 1 || arg[0].length !== 1)
    return salesError("invalid-value", "outOfRange", { what, range: "one cell" });
  return arg[0][0];
}
