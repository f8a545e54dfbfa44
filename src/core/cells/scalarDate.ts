import type { Cell, CellOrMatrix } from "./cell";
import { isEmpty } from "./isEmpty";
import { parseDate } from "./parseDate";
import { showCell } from "./readCell";
import { salesError, type Result } from "../errors";

/**
 * A date serial from an argument that holds one date (a value or a one-cell range): an Excel
 * serial or text `YYYY-MM-DD`, `YYYY/M/D`, `YYYY年M月D日`. An empty argument is #VALUE! "… is
 * missing" (a date has no sensible default of 0), other text #VALUE! naming the argument.
 *
 * @param arg - the argument as the wrapper received it
 * @param what - the argument's name, shown in the message
 * @returns the whole-day serial, or #VALUE!
 *
 * @example
 * scalarDate("2024-01-31", "end") //=> 45322
 */
export function scalarDate(arg: CellOrMatrix, what: string): Result<number> {
  let cell: Cell;
  if (Array.isArray(arg)) {
    if (arg.length !== 1 || arg[0].length !== 1) return salesError("invalid-value", "outOfRange", { what, range: "one cell" });
    cell = arg[0][0];
  } else {
    cell = arg as Cell;
  }
  if (isEmpty(cell)) return salesError("invalid-value", "missingArgument", { what });
  return parseDate(cell) ?? salesError("invalid-value", "argNotADate", { what, value: showCell(cell) });
}
