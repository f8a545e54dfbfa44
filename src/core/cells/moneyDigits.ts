/**
 * The decimals a column of money shows: 2 when any of its figures has cents, else 0. A column
 * shows all its figures with the same decimals, so they line up; whole amounts never grow ".00".
 *
 * @param values - the column's amounts (null and non-finite ones are ignored)
 * @returns 0 or 2
 *
 * @example
 * moneyDigits([1200, 80.5]) //=> 2
 */
export function moneyDigits(values: readonly (number | null | undefined)[]): 0 | 2 {
  // Rounded to cents first: a float like 1200.0000001 (a formula's residue) has no cents to show.
  return values.some(
    (value) => typeof value === "number" && Number.isFinite(value) && Math.round(value * 100) % 100 !== 0,
  )
    ? 2
    : 0;
}
