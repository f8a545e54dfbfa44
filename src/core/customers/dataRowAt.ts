/**
 * The 0-based data row of a table that a selected address starts in, or null when it starts
 * above or below the data body.
 *
 * @param address - an A1 address on the table's sheet, "B7" or "B7:D9" (a sheet prefix is ignored)
 * @param headerRow - the 0-based sheet row of the table's header
 * @param rowCount - how many data rows the table has
 * @returns the data row, or null
 *
 * @example
 * dataRowAt("C5:F5", 0, 300) //=> 3
 */
export function dataRowAt(address: string, headerRow: number, rowCount: number): number | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const match = /^\$?[A-Za-z]*\$?(\d+)/.exec(local);
  if (!match) return null;
  const row = Number(match[1]) - 1 - headerRow - 1;
  return row >= 0 && row < rowCount ? row : null;
}
