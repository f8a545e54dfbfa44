import type { Cell, Matrix } from "@core/cells/cell";

/**
 * A one-column range as a SALES core takes it, keeping only the given rows (the same range when
 * rows is null), so a filtered figure is the function over the filtered column.
 *
 * @example
 * pickColumn([["a"], ["b"], ["c"]], Int32Array.from([0, 2])) //=> [["a"], ["c"]]
 */
export function pickColumn(column: Matrix, rows: Int32Array | null): Matrix {
  if (rows === null) return column;
  const picked: (readonly Cell[])[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) picked[i] = column[rows[i]];
  return picked;
}
