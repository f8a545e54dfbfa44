import type { Cell, CellOrMatrix, Matrix } from "./cell";
import { isMatrix } from "./flatten";

/**
 * A range as rows of cells; a single value becomes a 1 × 1 range, so aggregates read both the
 * same way.
 *
 * @example
 * asMatrix(5) //=> [[5]]
 */
export function asMatrix(arg: CellOrMatrix): Matrix {
  return isMatrix(arg) ? arg : [[arg]];
}

/**
 * The i-th cell of a range in row-major order, read in place. Aggregates that walk two or more
 * ranges side by side (amounts and outcomes) use this instead of flattening: a copy of a
 * 10^6-row column costs more than the whole sum. Excel ranges are rectangular, so `cols` is the
 * width of the first row; a single column (the usual shape) is read without division.
 *
 * @param range - the range, as from {@link asMatrix}
 * @param cols - its width, `range[0].length`
 * @param i - the 0-based row-major index
 * @returns the cell
 *
 * @example
 * cellAt([[1, 2], [3, 4]], 2, 2) //=> 3
 */
export function cellAt(range: Matrix, cols: number, i: number): Cell {
  return cols === 1 ? range[i][0] : range[(i / cols) | 0][i % cols];
}
