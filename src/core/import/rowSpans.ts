/**
 * Sheet row numbers as the pane lists them: runs of consecutive rows joined, so a stop that
 * left thousands of rows unconverted still reads as a line.
 *
 * @param rows - row numbers, ascending
 * @returns the runs, as "2–151, 153"
 * @example
 * rowSpans([2, 3, 4, 7]) //=> "2–4, 7"
 */
export function rowSpans(rows: readonly number[]): string {
  const spans: string[] = [];
  for (let k = 0; k < rows.length;) {
    let end = k;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end += 1;
    spans.push(end === k ? `${rows[k]}` : `${rows[k]}–${rows[end]}`);
    k = end + 1;
  }
  return spans.join(", ");
}
