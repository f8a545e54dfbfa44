/**
 * Places values on 0–100 within their group: the lowest 0, the highest 100, the rest in between
 * in proportion; when all are equal (or there is one), each gets 50. Nulls stay null.
 *
 * @param values - one value per rep, null where the rep has none
 * @returns the scores, in the same order
 *
 * @example
 * minMaxScores([2, 4, null, 3]) //=> [0, 100, null, 50]
 */
export function minMaxScores(values: readonly (number | null)[]): (number | null)[] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value === null) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const span = max - min;
  return values.map((value) => {
    if (value === null) return null;
    // Within rounding of each other counts as equal, so noise cannot decide 0 against 100.
    if (!(span > 1e-9 * Math.max(Math.abs(max), Math.abs(min), 1))) return 50;
    return ((value - min) / span) * 100;
  });
}
