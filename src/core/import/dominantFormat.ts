/**
 * The format that most numeric cells of a source column carry, ignoring General, so a column of
 * dates the user kept unmapped still shows dates when it is copied; undefined when the column has
 * no formatted numbers.
 *
 * @param values - the column's cells
 * @param formats - the number format of each cell (same length)
 *
 * @example
 * dominantFormat([45000, 45001, "x"], ["m/d/yyyy", "m/d/yyyy", "General"]) //=> "m/d/yyyy"
 */
export function dominantFormat(
  values: readonly unknown[],
  formats: readonly (string | null | undefined)[],
): string | undefined {
  const counts = new Map<string, number>();
  values.forEach((value, i) => {
    const format = formats[i];
    if (typeof value !== "number" || !format || format === "General") return;
    counts.set(format, (counts.get(format) ?? 0) + 1);
  });
  let best: string | undefined;
  let bestCount = 0;
  for (const [format, count] of counts) {
    if (count > bestCount) {
      best = format;
      bestCount = count;
    }
  }
  return best;
}
