import type { CellOrMatrix, Matrix } from "@core/cells/cell";
import { flatten, isMatrix } from "@core/cells/flatten";
import { salesError, type SalesError } from "@core/errors";

/**
 * A range as a column: rows of one cell each, in row-major order. A column (the shape Excel
 * hands over for a table column) is returned as it is, without a copy; a row, a block or a
 * single value is poured into a new column. Aggregates that walk two or more ranges side by
 * side (amounts and outcomes) read `column[i][0]` in one tight loop this way: indexing a block
 * with division, or flattening a 10^6-row column, costs more than the whole sum.
 *
 * @param arg - a range or a single value
 * @returns the cells as a column
 *
 * @example
 * asColumn([[1, 2], [3, 4]]) //=> [[1], [2], [3], [4]]
 */
export function asColumn(arg: CellOrMatrix): Matrix {
  if (isMatrix(arg) && (arg.length === 0 || arg[0].length === 1)) return arg;
  return flatten(arg).map((cell) => [cell]);
}

/**
 * #VALUE! "ranges must be the same size" unless every given column has as many cells as the
 * first; omitted arguments (null) are not compared. The same rule as `checkSameSize`, but on
 * columns from {@link asColumn}, where the size is the length: no pass over 10^6 rows.
 *
 * @example
 * sameSizeColumns([[1], [2]], null, [[3]])?.message //=> "ranges must be the same size"
 */
export function sameSizeColumns(...columns: (Matrix | null)[]): SalesError | undefined {
  let size = -1;
  for (const column of columns) {
    if (column === null) continue;
    if (size === -1) size = column.length;
    else if (column.length !== size) return salesError("invalid-value", "sameSize");
  }
  return undefined;
}
