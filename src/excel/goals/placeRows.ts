/**
 * Where each new row of a table write goes: into a data row it replaces (in place), or appended
 * after the table's last row. Rows replace the freed rows in order, the rest are appended; freed
 * rows left over are deleted (from the bottom up, so each index still names its row).
 *
 * Writing in place rather than deleting then appending keeps the rows below untouched (Excel
 * shifts no cells, formulas elsewhere keep their references) and is far fewer operations.
 *
 * @param freed - data row indexes whose rows are replaced, any order
 * @param count - how many rows are written
 * @returns for each written row its data row index or "append", and the rows to delete, descending
 * @example
 * placeRows([4, 2], 3) //=> { at: [2, 4, "append"], remove: [] }
 */
export function placeRows(freed: readonly number[], count: number): { at: (number | "append")[]; remove: number[] } {
  const slots = [...new Set(freed)].sort((a, b) => a - b);
  const at = Array.from({ length: count }, (_, k) => (k < slots.length ? slots[k] : ("append" as const)));
  return { at, remove: slots.slice(count).reverse() };
}

/**
 * Queues the write of consecutive new rows (a chunk) to their places: runs of adjacent data rows
 * as one range each, appended rows with one rows.add.
 *
 * @param table - the table
 * @param chunk - the rows, in order
 * @param at - each row's place (placeRows), aligned with chunk
 */
export function queuePlacedRows(
  table: Excel.Table,
  chunk: readonly (readonly (string | number)[])[],
  at: readonly (number | "append")[],
): void {
  const body = table.getDataBodyRange();
  const width = chunk[0]?.length ?? 0;
  const append: (string | number)[][] = [];
  for (let i = 0; i < chunk.length;) {
    const start = at[i];
    if (start === "append") {
      append.push([...chunk[i]]);
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < chunk.length && at[j] === start + (j - i)) j += 1;
    body.getCell(start, 0).getResizedRange(j - i - 1, width - 1).values = chunk.slice(i, j).map((row) => [...row]);
    i = j;
  }
  if (append.length > 0) table.rows.add(undefined, append);
}

/**
 * Drops the text guard (a leading apostrophe, see literalText) from values going into columns
 * formatted as Text ("@"): there Excel stores input as typed, so the apostrophe would stay.
 *
 * @param values - rows of values, some texts guarded with "'"
 * @param formats - the number format of each column where the rows go
 * @returns the values to write
 * @example
 * unguardTextColumns([["'2024", "'2024"]], ["@", "General"]) //=> [["2024", "'2024"]]
 */
export function unguardTextColumns(
  values: readonly (readonly (string | number)[])[],
  formats: readonly unknown[],
): (string | number)[][] {
  return values.map((row) =>
    row.map((cell, c) =>
      formats[c] === "@" && typeof cell === "string" && cell.startsWith("'") ? cell.slice(1) : cell,
    ),
  );
}
