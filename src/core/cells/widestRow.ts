/**
 * The length of the longest row, in one loop. `Math.max(...rows.map(…))` passes every row as an
 * argument and overflows the call stack from about 125,000 rows (an import of a large list blanked
 * the pane that way), so data-sized arrays are never spread into a call.
 *
 * @param rows - the rows (or anything with a length per item)
 * @param atLeast - the answer when every row is shorter, or there is none
 * @param length - how long an item counts; its `length` by default
 * @returns the longest length, at least `atLeast`
 *
 * @example
 * widestRow([[1], [1, 2, 3], []]) //=> 3
 */
export function widestRow<T extends { readonly length: number }>(
  rows: readonly T[],
  atLeast = 0,
  length: (row: T) => number = (row) => row.length,
): number {
  let widest = atLeast;
  for (let i = 0; i < rows.length; i++) {
    const n = length(rows[i]);
    if (n > widest) widest = n;
  }
  return widest;
}
