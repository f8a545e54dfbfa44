import type { Cell, CellOrMatrix, Matrix } from "@core/cells/cell";

/** Whether an argument is a range (a 2-D array) rather than a single value. */
export function isMatrix(value: CellOrMatrix): value is Matrix {
  return Array.isArray(value);
}

/**
 * The cells of a range in row-major order; a single value becomes a one-cell list.
 *
 * @example
 * flatten([[1, 2], [3, 4]]) //=> [1, 2, 3, 4]
 */
export function flatten(value: CellOrMatrix): Cell[] {
  if (!isMatrix(value)) return [value];
  if (value.length === 1) return value[0].slice();
  if (value.length > 0 && value[0].length === 1) {
    const out: Cell[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = value[i][0];
    return out;
  }
  const out: Cell[] = [];
  for (const row of value) for (const cell of row) out.push(cell);
  return out;
}

/** The number of cells in a range (1 for a single value). */
export function cellCount(value: CellOrMatrix): number {
  if (!isMatrix(value)) return 1;
  let n = 0;
  for (const row of value) n += row.length;
  return n;
}

/** The shape of a range as [rows, columns]; a single value is 1 × 1. */
export function shapeOf(value: CellOrMatrix): [number, number] {
  if (!isMatrix(value)) return [1, 1];
  return [value.length, value.length === 0 ? 0 : value[0].length];
}

/**
 * Pours a flat row-major list back into the shape of a range.
 *
 * @example
 * reshape([1, 2, 3, 4], [2, 2]) //=> [[1, 2], [3, 4]]
 */
export function reshape<T>(values: readonly T[], [rows, cols]: [number, number]): T[][] {
  const out: T[][] = new Array(rows);
  for (let r = 0; r < rows; r++) out[r] = values.slice(r * cols, r * cols + cols);
  return out;
}
