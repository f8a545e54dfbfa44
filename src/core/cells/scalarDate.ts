import type { CellOrMatrix } from "@core/cells/cell";
import { isEmpty } from "@core/cells/isEmpty";
import { parseDate } from "@core/cells/parseDate";
import { showCell } from "@core/cells/readCell";
import { scalarCell } from "@core/cells/scalarCell";
import { isSalesError, salesError, type Result } from "@core/errors";

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
  const cell = scalarCell(arg, what);
  if (isSalesError(cell)) return cell;
  if (isEmpty(cell)) return salesError("invalid-value", "missingArgument", { what });
  return parseDate(cell) ?? salesError("invalid-value", "argNotADate", { what, value: showCell(cell) });
}
